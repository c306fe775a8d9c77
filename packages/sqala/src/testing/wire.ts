// Sqala's wire format in the emulator: the `{code, message, errors}` envelope, validation issues worded as the
// class-validator messages Sqala's `errors[]` carries ("amount must be a positive number", SQ-OAS), and NestJS's
// default 404 for a path the API does not have.
import {
  type EmulatorRequest,
  json,
  type Refusal,
  refusal,
  type SpecIssue,
  type SpecWireFormat,
} from "@payclients/testing";

/** Sqala's error body `{code, message, errors}`. */
export function sqalaErrorBody(
  code: string,
  message: string,
  errors: string[] = [],
): { code: string; message: string; errors: string[] } {
  return { code, message, errors };
}

/** An error answer in Sqala's envelope. */
export function fail(status: number, code: string, message: string, errors: string[] = []): Refusal {
  return refusal(json(status, sqalaErrorBody(code, message, errors)));
}

/** The documented 400 `INVALID_BODY` with its class-validator messages. */
export function invalidBody(errors: string[]): Refusal {
  return fail(400, "INVALID_BODY", "Invalid body, check 'errors' property for more info.", errors);
}

/** The documented `OBJECT_NOT_FOUND` (its 404 status is inferred). */
export function objectNotFound(what: string, id: string | undefined): Refusal {
  return fail(404, "OBJECT_NOT_FOUND", `${what} ${id ?? ""} not found`.replace(/\s+/g, " ").trim());
}

/** The kit's issues as class-validator words them, one message each, in order, without repeats. */
export function classValidatorMessages(issues: SpecIssue[]): string[] {
  return [...new Set(collapseUnions(issues).map(classValidatorMessage))];
}

/**
 * Ajv reports every branch of a failed `oneOf`/`anyOf` (Sqala's metadata: a list or a map). Issues inside the value
 * come from the branch whose shape matched and say what is wrong; only when none exist is the union itself worded,
 * from its branches' types or allowed values.
 */
function collapseUnions(issues: SpecIssue[]): SpecIssue[] {
  const unions = issues.filter((issue) => issue.keyword === "oneOf" || issue.keyword === "anyOf");
  let kept = issues.filter((issue) => !unions.includes(issue));
  for (const union of unions) {
    const at = union.field.join("/");
    const under = (issue: SpecIssue) =>
      issue.location === union.location && (at === "" || `${issue.field.join("/")}/`.startsWith(`${at}/`));
    const inside = kept.filter(under);
    const deeper = inside.filter((issue) => issue.field.length > union.field.length);
    const shaped = inside.filter((issue) => !["type", "enum", "const"].includes(issue.keyword));
    const chosen = deeper.length > 0 ? deeper : shaped.length > 0 ? shaped : [merged(union, inside)];
    kept = [...kept.filter((issue) => !under(issue)), ...chosen];
  }
  return kept;
}

function merged(union: SpecIssue, branches: SpecIssue[]): SpecIssue {
  const allowed = branches.flatMap((issue) =>
    issue.keyword === "enum"
      ? (issue.params.allowedValues as unknown[])
      : issue.keyword === "const"
        ? [issue.params.allowedValue]
        : [],
  );
  if (allowed.length > 0) return { ...union, keyword: "enum", params: { allowedValues: allowed } };
  const types = branches.flatMap((issue) => (issue.keyword === "type" ? [String(issue.params.type)] : []));
  return { ...union, keyword: "type", params: { type: [...new Set(types)].join(",") } };
}

function classValidatorMessage(issue: SpecIssue): string {
  const name = issue.field.join(".");
  const { keyword, params } = issue;
  const limit = params.limit;
  if (name === "" && issue.location === "body") return "body must be a JSON object";
  switch (keyword) {
    case "required":
      return `${name} should not be empty`;
    case "type":
      return typeMessage(name, String(params.type));
    case "enum":
    case "const": {
      const allowed = keyword === "enum" ? (params.allowedValues as unknown[]) : [params.allowedValue];
      return `${name} must be one of the following values: ${allowed.join(", ")}`;
    }
    case "exclusiveMinimum":
      return limit === 0 ? `${name} must be a positive number` : `${name} must be greater than ${limit}`;
    case "minimum":
      return `${name} must not be less than ${limit}`;
    case "maximum":
      return `${name} must not be greater than ${limit}`;
    case "exclusiveMaximum":
      return `${name} must be less than ${limit}`;
    case "minLength":
      return `${name} must be longer than or equal to ${limit} characters`;
    case "maxLength":
      return `${name} must be shorter than or equal to ${limit} characters`;
    case "minItems":
      return `${name} must contain at least ${limit} elements`;
    case "maxItems":
      return `${name} must contain no more than ${limit} elements`;
    case "pattern":
      return `${name} must match /${String(params.pattern)}/ regular expression`;
    case "format":
      return formatMessage(name, String(params.format));
    case "additionalProperties":
      return `property ${[...issue.field, String(params.additionalProperty)].join(".")} should not exist`;
    default:
      return `${name} ${issue.message}`;
  }
}

function typeMessage(name: string, type: string): string {
  const words: Record<string, string> = {
    string: "a string",
    integer: "an integer number",
    number: "a number conforming to the specified constraints",
    boolean: "a boolean value",
    array: "an array",
    object: "an object",
  };
  if (type === "object") return `nested property ${name} must be either object or array`;
  const wanted = type.split(",").map((one) => words[one] ?? `a ${one}`);
  return `${name} must be ${wanted.join(" or ")}`;
}

function formatMessage(name: string, format: string): string {
  if (format === "email") return `${name} must be an email`;
  if (format === "uri") return `${name} must be a URL address`;
  if (format === "date-time" || format === "date") return `${name} must be a valid ISO 8601 date string`;
  return `${name} must be a valid ${format}`;
}

/** How the emulator tells an expired Bearer token from an unknown one (the kit only knows "rejected"). */
export interface SqalaWireOptions {
  tokenExpired(request: EmulatorRequest): boolean;
}

/** Sqala's wording of what the kit refuses: `INVALID_BODY`, `UNAUTHORIZED` (assumed), NestJS's 404. */
export function sqalaWire({ tokenExpired }: SqalaWireOptions): SpecWireFormat {
  return {
    invalidRequest: (issues) => invalidBody(classValidatorMessages(issues)),
    // The 401 body is not documented; Sqala's envelope with an undocumented code is assumed.
    unauthorized(request, reason) {
      // The token endpoint is the one operation on HTTP Basic (the app credentials); every other is on Bearer.
      if (request.path.endsWith("/access-tokens")) {
        return fail(401, "UNAUTHORIZED", "Invalid app credentials (HTTP Basic APP_ID:APP_SECRET)");
      }
      const expired = reason === "rejected" && tokenExpired(request);
      return fail(
        401,
        "UNAUTHORIZED",
        expired ? "The access token has expired" : "Missing or invalid access token",
      );
    },
    // Sqala runs on NestJS: an unknown route answers its default 404 shape, not the error envelope.
    unknownOperation: (request) =>
      json(404, { message: `Cannot ${request.method} ${request.path}`, error: "Not Found", statusCode: 404 }),
  };
}
