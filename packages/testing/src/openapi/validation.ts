// Request and response validation against an OpenAPI 3.1 document with Ajv (JSON Schema 2020-12, the dialect of
// OpenAPI 3.1). Every validator is a `$ref` into the document registered whole, so the spec's own `$ref`s resolve
// unchanged; validators compile on first use of an operation and are cached per document.
import type { ErrorObject, ValidateFunction } from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { OpenApiDocument, SpecLocation, SpecOperation, SpecParameter } from "./document";
import { isJsonMediaType } from "./media-type";

/** One way a request breaks its operation's spec, for a provider's formatter to word. */
export interface SpecIssue {
  location: SpecLocation;
  /** Field path inside the location: `["items", "0", "quantity"]`; `[]` is the whole body. */
  field: string[];
  /**
   * The JSON Schema keyword that failed (`required`, `type`, `enum`, `pattern`, `minimum`, `format`, …), or
   * `parse` for a body that is not JSON.
   */
  keyword: string;
  /** Ajv's parameters of the keyword, e.g. `{ type: "integer" }`, `{ allowedValues: [...] }`, `{ limit: 5000 }`. */
  params: Record<string, unknown>;
  /** Ajv's English message, e.g. "must be integer" (providers usually reword it). */
  message: string;
  /** The offending value (`undefined` when missing). */
  value: unknown;
}

/** A request as validation reads it. */
export interface RequestParts {
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string>;
  rawBody: Uint8Array;
}

/** What a valid request carries, coerced to the spec's types (query `"5"` → `5`). */
export interface ValidatedInput {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  body: unknown;
}

interface DocumentValidators {
  documentId: string;
  strict: Ajv2020;
  coercing: Ajv2020;
  cache: Map<string, ValidateFunction>;
}

const perDocument = new WeakMap<OpenApiDocument, DocumentValidators>();
let documents = 0;

// `strict: false`: OpenAPI adds keywords JSON Schema does not know (`discriminator`, `example`, `x-*`); they are
// annotations, and refusing them would refuse valid specs. `validateSchema: false`: the document is no schema itself.
function validatorsOf(document: OpenApiDocument): DocumentValidators {
  let validators = perDocument.get(document);
  if (validators) return validators;
  documents += 1;
  const documentId = `payclients:openapi:${documents}`;
  const create = (coerceTypes: boolean | "array") => {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false, coerceTypes });
    addFormats(ajv);
    ajv.addSchema(document as object, documentId);
    return ajv;
  };
  validators = { documentId, strict: create(false), coercing: create("array"), cache: new Map() };
  perDocument.set(document, validators);
  return validators;
}

function refTo(validators: DocumentValidators, pointer: string): { $ref: string } {
  const fragment = pointer
    .split("/")
    .map((token) => encodeURIComponent(token))
    .join("/");
  return { $ref: `${validators.documentId}#${fragment}` };
}

function compiled(
  validators: DocumentValidators,
  cacheKey: string,
  build: () => { ajv: Ajv2020; schema: object },
): ValidateFunction {
  let validate = validators.cache.get(cacheKey);
  if (!validate) {
    const { ajv, schema } = build();
    validate = ajv.compile(schema);
    validators.cache.set(cacheKey, validate);
  }
  return validate;
}

/** Validates path, query, header and body of a request against its operation; coerces parameter types. */
export function validateRequest(
  document: OpenApiDocument,
  operation: SpecOperation,
  request: RequestParts,
  { emptyBodyAllowed = false }: { emptyBodyAllowed?: boolean } = {},
): { issues: SpecIssue[]; input: ValidatedInput } {
  const validators = validatorsOf(document);
  const issues: SpecIssue[] = [];
  const input: ValidatedInput = {
    path: { ...request.params },
    query: queryValues(operation.parameters, request.query),
    header: headerValues(operation.parameters, request.headers),
    body: undefined,
  };
  for (const location of ["path", "query", "header"] as const) {
    const parameters = operation.parameters.filter((parameter) => parameter.in === location);
    if (parameters.length === 0) continue;
    const validate = compiled(validators, `${operation.key} ${location}`, () => ({
      ajv: validators.coercing,
      schema: parameterSchema(validators, parameters),
    }));
    if (!validate(input[location])) issues.push(...issuesOf(location, validate.errors, input[location]));
  }
  const body = operation.body;
  if (request.rawBody.length === 0) {
    if (body?.required && !emptyBodyAllowed) {
      issues.push({
        location: "body",
        field: [],
        keyword: "required",
        params: {},
        message: "is required",
        value: undefined,
      });
    }
    return { issues, input };
  }
  const text = new TextDecoder().decode(request.rawBody);
  if (body?.mediaType === "form") {
    input.body = Object.fromEntries(new URLSearchParams(text));
  } else if (body?.mediaType === "other") {
    return { issues, input };
  } else {
    try {
      input.body = JSON.parse(text);
    } catch {
      issues.push({
        location: "body",
        field: [],
        keyword: "parse",
        params: {},
        message: "must be JSON",
        value: text,
      });
      return { issues, input };
    }
  }
  const pointer = body?.schemaPointer;
  if (pointer !== undefined) {
    // Form fields arrive as strings: the coercing validator reads `"5"` as the schema's integer.
    const validate = compiled(validators, `${operation.key} body`, () => ({
      ajv: body?.mediaType === "form" ? validators.coercing : validators.strict,
      schema: refTo(validators, pointer),
    }));
    if (!validate(input.body)) issues.push(...issuesOf("body", validate.errors, input.body));
  }
  return { issues, input };
}

/**
 * Checks an answer against the operation's declared responses: the status must be declared (exactly, as `4XX`, or
 * by `default`); a body sent as JSON (or without a `Content-Type`) must match the JSON media type's schema, and a body
 * of another media type (`text/plain`) must be one the response declares. Returns what is wrong, in words; `[]` when
 * it conforms.
 */
export function validateResponse(
  document: OpenApiDocument,
  operation: SpecOperation,
  status: number,
  body: string | undefined,
  contentType?: string,
): string[] {
  const declared = [String(status), `${String(status)[0]}XX`, "DEFAULT"].find(
    (key) => operation.responses[key] !== undefined,
  );
  if (declared === undefined) {
    const known = Object.keys(operation.responses).join(", ");
    return [`status ${status} is not declared for ${operation.key} (declared: ${known})`];
  }
  const { schemaPointer: pointer, mediaTypes } = operation.responses[
    declared
  ] as SpecOperation["responses"][string];
  if (body === undefined || body.length === 0) return [];
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (mediaType !== "" && !isJsonMediaType(mediaType)) {
    // Only JSON is read against a schema; any other body is checked for its media type alone.
    if (mediaTypes.length === 0 || mediaTypes.includes(mediaType)) return [];
    return [`the ${status} body is ${mediaType}, not a declared media type (${mediaTypes.join(", ")})`];
  }
  if (pointer === undefined) return [];
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return [`the ${status} body is not JSON`];
  }
  const validators = validatorsOf(document);
  const validate = compiled(validators, `${operation.key} response ${declared}`, () => ({
    ajv: validators.strict,
    schema: refTo(validators, pointer),
  }));
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || "(body)"} ${error.message ?? error.keyword} (${error.schemaPath})`,
  );
}

function parameterSchema(validators: DocumentValidators, parameters: SpecParameter[]): object {
  const properties: Record<string, object> = {};
  for (const parameter of parameters) {
    properties[parameter.name] = parameter.schemaPointer ? refTo(validators, parameter.schemaPointer) : {};
  }
  return {
    type: "object",
    properties,
    required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
  };
}

function queryValues(parameters: SpecParameter[], query: URLSearchParams): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const parameter of parameters) {
    if (parameter.in !== "query") continue;
    const all = query.getAll(parameter.name);
    if (all.length > 0) values[parameter.name] = all.length === 1 ? all[0] : all;
  }
  return values;
}

function headerValues(parameters: SpecParameter[], headers: Record<string, string>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const parameter of parameters) {
    const value = parameter.in === "header" ? headers[parameter.name.toLowerCase()] : undefined;
    if (value !== undefined) values[parameter.name] = value;
  }
  return values;
}

function issuesOf(
  location: SpecLocation,
  errors: ErrorObject[] | null | undefined,
  root: unknown,
): SpecIssue[] {
  return (errors ?? []).map((error) => {
    const field = error.instancePath
      .split("/")
      .slice(1)
      .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
    const missing = error.keyword === "required" ? String(error.params.missingProperty) : undefined;
    if (missing !== undefined) field.push(missing);
    return {
      location,
      field,
      keyword: error.keyword,
      params: error.params as Record<string, unknown>,
      message: error.message ?? error.keyword,
      value: missing !== undefined ? undefined : valueAt(root, field),
    };
  });
}

function valueAt(root: unknown, field: string[]): unknown {
  let node = root;
  for (const key of field) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}
