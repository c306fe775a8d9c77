// The parts of an OpenAPI 3.1 document the kit reads, and the walk from a document to its operations. Only local
// references (`#/components/...`) are followed: `pnpm generate` emits each spec as one self-contained document.

/** An OpenAPI 3.1 document as `pnpm generate` emits it (`src/generated/openapi.ts`), loosely typed. */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly paths?: Readonly<Record<string, unknown>>;
  readonly components?: Readonly<Record<string, unknown>>;
  readonly security?: readonly Readonly<Record<string, readonly string[]>>[];
  readonly [key: string]: unknown;
}

/** Where a request value is read; `body` is the JSON request body. */
export type SpecLocation = "path" | "query" | "header" | "body";

/** One parameter of an operation, references resolved. */
export interface SpecParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  /** JSON pointer of its schema inside the document (validators compile `$ref`s to it). */
  schemaPointer: string | undefined;
}

/** One operation of the document: `"METHOD /path"` and what validation needs of it. */
export interface SpecOperation {
  /** `"POST /v2/orders"`: the key of the generated operation table. */
  key: string;
  method: string;
  path: string;
  operationId: string | undefined;
  parameters: SpecParameter[];
  /** The request body, when the operation declares one: JSON, a form (`application/x-www-form-urlencoded`), or other. */
  body:
    | { required: boolean; mediaType: "json" | "form" | "other"; schemaPointer: string | undefined }
    | undefined;
  /** Alternatives of the security requirement; `[]` is public, `[{}]` optional credentials. */
  security: readonly Readonly<Record<string, readonly string[]>>[];
  /**
   * Declared responses by status (`"200"`, `"4XX"`, `"default"`): the pointer of the JSON media type's schema, if any,
   * and every declared media type (`[]` when the response declares no content).
   */
  responses: Record<string, SpecResponse>;
}

/** One declared response of an operation. */
export interface SpecResponse {
  /** JSON pointer of the JSON media type's schema (`application/json` or any `+json`), if declared. */
  schemaPointer: string | undefined;
  /** Every media type its `content` declares, lower-cased (`["application/json", "text/plain"]`). */
  mediaTypes: string[];
}

import { isJsonMediaType } from "./media-type";

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

type Node = Record<string, unknown>;

/** Every operation of a document, in document order. */
export function specOperations(document: OpenApiDocument): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const itemPointer = `/paths/${escapePointer(path)}`;
    for (const method of methods) {
      const operation = (item as Node)[method] as Node | undefined;
      if (operation === undefined) continue;
      const operationPointer = `${itemPointer}/${method}`;
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        operationId: typeof operation.operationId === "string" ? operation.operationId : undefined,
        parameters: parametersOf(document, item as Node, itemPointer, operation, operationPointer),
        body: bodyOf(document, operation, operationPointer),
        security: (operation.security ?? document.security ?? []) as SpecOperation["security"],
        responses: responsesOf(document, operation, operationPointer),
      });
    }
  }
  return operations;
}

/**
 * Adds responses the spec does not declare per operation but the provider answers on any of them (e.g. Scalapay's
 * 422 `invalid_token` for an unknown order): status → a `#/components/responses/...` reference.
 */
export function withFallbackResponses(
  document: OpenApiDocument,
  operations: SpecOperation[],
  fallback: Readonly<Record<string, string>>,
): SpecOperation[] {
  return operations.map((operation) => {
    const responses = { ...operation.responses };
    for (const [status, ref] of Object.entries(fallback)) {
      if (responses[status] !== undefined) continue;
      const { node, pointer } = resolve(document, { $ref: ref }, ref.slice(1));
      responses[status] = responseOf(node, pointer);
    }
    return { ...operation, responses };
  });
}

/** Operation-level parameters override path-level ones with the same name and location. */
function parametersOf(
  document: OpenApiDocument,
  item: Node,
  itemPointer: string,
  operation: Node,
  operationPointer: string,
): SpecParameter[] {
  const byKey = new Map<string, SpecParameter>();
  const read = (list: unknown, pointer: string) => {
    (Array.isArray(list) ? list : []).forEach((entry, index) => {
      const { node, pointer: at } = resolve(document, entry, `${pointer}/parameters/${index}`);
      const parameter: SpecParameter = {
        name: String(node.name),
        in: node.in as SpecParameter["in"],
        required: node.required === true || node.in === "path",
        schemaPointer: node.schema === undefined ? undefined : `${at}/schema`,
      };
      byKey.set(`${parameter.in}:${parameter.name.toLowerCase()}`, parameter);
    });
  };
  read(item.parameters, itemPointer);
  read(operation.parameters, operationPointer);
  return [...byKey.values()];
}

function bodyOf(document: OpenApiDocument, operation: Node, operationPointer: string): SpecOperation["body"] {
  if (operation.requestBody === undefined) return undefined;
  const { node, pointer } = resolve(document, operation.requestBody, `${operationPointer}/requestBody`);
  const required = node.required === true;
  const json = jsonSchemaPointer(node, pointer);
  if (json !== undefined) return { required, mediaType: "json", schemaPointer: json };
  const form = (node.content as Record<string, Node> | undefined)?.["application/x-www-form-urlencoded"];
  if (form === undefined) return { required, mediaType: "other", schemaPointer: undefined };
  const formPointer = `${pointer}/content/application~1x-www-form-urlencoded/schema`;
  return { required, mediaType: "form", schemaPointer: form.schema === undefined ? undefined : formPointer };
}

function responsesOf(
  document: OpenApiDocument,
  operation: Node,
  operationPointer: string,
): SpecOperation["responses"] {
  const responses: SpecOperation["responses"] = {};
  for (const [status, entry] of Object.entries((operation.responses ?? {}) as Node)) {
    const { node, pointer } = resolve(
      document,
      entry,
      `${operationPointer}/responses/${escapePointer(status)}`,
    );
    responses[status.toUpperCase()] = responseOf(node, pointer);
  }
  return responses;
}

function responseOf(node: Node, pointer: string): SpecResponse {
  const mediaTypes = Object.keys((node.content ?? {}) as Node).map((type) => type.toLowerCase());
  return { schemaPointer: jsonSchemaPointer(node, pointer), mediaTypes };
}

/** The schema of the JSON media type (`application/json` or any `+json`), if declared. */
function jsonSchemaPointer(node: Node, pointer: string): string | undefined {
  const content = (node.content ?? {}) as Record<string, Node>;
  const type = Object.keys(content).find(isJsonMediaType);
  if (type === undefined || content[type]?.schema === undefined) return undefined;
  return `${pointer}/content/${escapePointer(type)}/schema`;
}

/** Follows local `$ref`s (parameters, request bodies, responses) to the node and its pointer. */
function resolve(
  document: OpenApiDocument,
  entry: unknown,
  pointer: string,
): { node: Node; pointer: string } {
  let node = entry as Node;
  let at = pointer;
  for (let hops = 0; typeof node?.$ref === "string"; hops += 1) {
    const ref = node.$ref as string;
    if (!ref.startsWith("#/") || hops > 20) throw new Error(`unsupported $ref ${ref} at ${at}`);
    at = ref.slice(1);
    node = readPointer(document, at) as Node;
    if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  }
  return { node, pointer: at };
}

/** The node at a JSON pointer of the document (`/components/schemas/Amount`), or `undefined`. */
export function readPointer(document: OpenApiDocument, pointer: string): unknown {
  let node: unknown = document;
  for (const token of pointer.split("/").slice(1)) {
    node = (node as Node | undefined)?.[token.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return node;
}

function escapePointer(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}
