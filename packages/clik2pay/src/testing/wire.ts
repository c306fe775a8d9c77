// Clik2pay's wire format in the emulator: the API's `{message}` errors (API Gateway's wording for credentials), the
// Auth API's RFC 6749 errors, and validation issues worded as one message, read from the spec's own limits.
import {
  type EmulatorRequest,
  type EmulatorResponse,
  issueSchemas,
  json,
  type OpenApiDocument,
  type Refusal,
  readBearerToken,
  refusal,
  type SpecIssue,
  type SpecWireFormat,
  type TokenIssuer,
} from "@payclients/testing";

/** The error body the emulated API answers (`{message}`, as API Gateway does; the real shape is undocumented). */
export function clik2payErrorBody(message: string): { message: string } {
  return { message };
}

/** An API error answer with Clik2pay's body. */
export function fail(status: number, message: string): Refusal {
  return refusal(json(status, clik2payErrorBody(message)));
}

/** An Auth API error (RFC 6749 section 5.2; the Auth API's own error bodies are undocumented). */
export function oauthError(error: string, description: string): Refusal {
  return refusal(json(400, { error, error_description: description }));
}

const notFound = (request: EmulatorRequest): EmulatorResponse =>
  json(404, clik2payErrorBody(`Not Found: ${request.path}`));

/**
 * The API's wording: credentials as API Gateway orders them (the bearer's authorizer first, then the API key), and
 * a 400 naming what is wrong. `document` is the API host's part of the spec, which words the limits.
 */
export function clik2payApiWire(tokens: TokenIssuer, document: OpenApiDocument): SpecWireFormat {
  return {
    invalidRequest: (issues, request) => fail(400, describeIssues(issues, request, document)),
    unauthorized(request) {
      const state = tokens.check(readBearerToken(request));
      if (state === "expired") return json(401, clik2payErrorBody("The incoming token has expired"));
      if (state !== "valid") return json(401, clik2payErrorBody("Unauthorized"));
      return json(403, clik2payErrorBody("Forbidden"));
    },
    unknownOperation: notFound,
  };
}

/** The Auth API's wording: `invalid_client` with a Basic challenge, `unsupported_grant_type`, `invalid_request`. */
export function clik2payTokenWire(document: OpenApiDocument): SpecWireFormat {
  return {
    invalidRequest(issues, request) {
      if (issues.some((issue) => issue.field[0] === "grant_type" && issue.keyword !== "required")) {
        return oauthError("unsupported_grant_type", "grant_type must be client_credentials");
      }
      return oauthError("invalid_request", describeIssues(issues, request, document));
    },
    unauthorized: () =>
      json(401, { error: "invalid_client" }, { "www-authenticate": 'Basic realm="clik2pay"' }),
    unknownOperation: notFound,
  };
}

// SMART is a response-only type (the spec's PaymentRequestType: "read-only; reusable links").
const readOnlyTypes = new Set(["SMART"]);

/** Every distinct issue as one sentence each, joined: `amount must be a number between 0.01 and 10000`. */
export function describeIssues(
  issues: SpecIssue[],
  request: EmulatorRequest,
  document: OpenApiDocument,
): string {
  const relevant = issuesOfVariant(issues, request.json());
  const typeValues = relevant.filter((issue) => issue.keyword === "enum" || issue.keyword === "const");
  const messages = relevant.map((issue) =>
    issue.keyword === "enum" || issue.keyword === "const"
      ? enumMessage(issue, typeValues)
      : issueMessage(issue, issueSchemas(document, request, issue)[0] ?? {}),
  );
  return [...new Set(messages)].join("; ");
}

// The create body is a oneOf of a fixed-amount and a FLEX variant, and Ajv reports the issues of both: keep those of
// the variant the body's `type` picks, so a FLEX body is not told its type must be ECOMM. A type neither variant
// takes is the only issue then.
function issuesOfVariant(issues: SpecIssue[], body: unknown): SpecIssue[] {
  const summary = (issue: SpecIssue) => issue.keyword === "oneOf" || issue.keyword === "anyOf";
  if (!issues.some((issue) => summary(issue) && issue.field.length === 0)) return issues;
  const onType = issues.filter((issue) => issue.field.join(".") === "type" && issue.keyword !== "required");
  if (onType.length > 1) return onType;
  const flex = (body as { type?: unknown } | undefined)?.type === "FLEX";
  const kept = issues.filter((issue) => {
    if (summary(issue)) return false;
    const [head] = issue.field;
    if (flex) {
      // The fixed variant's Amount (a number with limits); FLEX's own amount is number-or-null.
      const fixedAmount =
        head === "amount" && issue.keyword !== "required" && !Array.isArray(issue.params.type);
      return !(head === "type" && issue.keyword === "enum") && !fixedAmount;
    }
    return !(head === "type" && issue.keyword === "const") && head !== "flexDetails";
  });
  return kept.length > 0 ? kept : issues.filter((issue) => !summary(issue));
}

function enumMessage(issue: SpecIssue, all: SpecIssue[]): string {
  const name = issue.field.join(".");
  if (name === "type" && readOnlyTypes.has(String(issue.value))) {
    return `type ${String(issue.value)} is read-only and cannot be created`;
  }
  const allowed = all
    .filter((other) => other.field.join(".") === name)
    .flatMap((other) =>
      other.keyword === "enum" ? (other.params.allowedValues as unknown[]) : [other.params.allowedValue],
    );
  return `${name} must be one of ${[...new Set(allowed)].join(", ")}`;
}

/** One issue in Clik2pay's words; `schema` is the spec's schema that states the broken keyword. */
function issueMessage(issue: SpecIssue, schema: Record<string, unknown>): string {
  const name = issue.field.join(".");
  if (issue.field.length === 0) return "Invalid request body: expected a JSON object";
  const { keyword, params } = issue;
  switch (keyword) {
    case "required":
      return requiredMessage(issue.field, schema);
    case "type":
      return `${name} must be ${typeWords(params.type)}`;
    case "minimum":
    case "maximum":
      return `${name} must be ${typeWords(schema.type ?? "number")}${rangeWords(schema.minimum, schema.maximum)}`;
    case "minLength":
    case "maxLength":
      return lengthMessage(name, schema.minLength, schema.maxLength);
    case "pattern": {
      const digits = /^\^\[0-9\]\{(\d+)\}\$$/.exec(String(params.pattern));
      return digits ? `${name} must be ${digits[1]} digits` : `${name} must match ${String(params.pattern)}`;
    }
    case "format":
      return params.format === "date"
        ? `${name} must be a date (YYYY-MM-DD)`
        : `${name} must be a valid ${String(params.format)}`;
    case "additionalProperties":
      return `${[...issue.field, String(params.additionalProperty)].join(".")} is not allowed`;
    default:
      return `${name} ${issue.message}`;
  }
}

// A nested object names every field it requires ("recipient.email and recipient.mobileNumber are required").
function requiredMessage(field: string[], schema: Record<string, unknown>): string {
  const parent = field.slice(0, -1);
  const listed =
    parent.length > 0 && Array.isArray(schema.required) ? (schema.required as string[]) : field.slice(-1);
  const names = listed.map((name) => [...parent, name].join("."));
  const last = names.pop();
  return names.length === 0 ? `${last} is required` : `${names.join(", ")} and ${last} are required`;
}

function typeWords(type: unknown): string {
  if (Array.isArray(type)) return type.map(typeWords).join(" or ");
  if (type === "integer") return "an integer";
  if (type === "object" || type === "array") return `an ${type}`;
  return type === "null" ? "null" : `a ${String(type)}`;
}

function rangeWords(minimum: unknown, maximum: unknown): string {
  if (minimum !== undefined && maximum !== undefined) return ` between ${minimum} and ${maximum}`;
  if (minimum !== undefined) return ` of at least ${minimum}`;
  return maximum === undefined ? "" : ` of at most ${maximum}`;
}

function lengthMessage(name: string, minLength: unknown, maxLength: unknown): string {
  if (minLength !== undefined && maxLength !== undefined) {
    return `${name} must be a string of ${minLength}-${maxLength} characters`;
  }
  return minLength === undefined
    ? `${name} must be at most ${maxLength} characters`
    : `${name} must be at least ${minLength} characters`;
}
