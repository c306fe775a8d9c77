// Scalapay's wire format in the emulator: the error envelope, Joi-style validation issues, the bare 401, amounts.
import {
  type EmulatorResponse,
  json,
  type Refusal,
  refusal,
  type SpecIssue,
  type SpecWireFormat,
} from "@payclients/testing";

/** A Scalapay amount as sent on the wire: dot-decimal string plus ISO currency. */
export interface ScalapayAmount {
  amount: string;
  currency: string;
}

/** An amount in integer cents, as the emulator computes with it. */
export interface Money {
  cents: number;
  currency: string;
}

/** Scalapay's error envelope `{errorCode, errorId, message, httpStatusCode}` with a fresh `errorId`. */
export function scalapayErrorBody(
  status: number,
  errorCode: string,
  message: string | Record<string, unknown>,
): { errorCode: string; errorId: string; message: string | Record<string, unknown>; httpStatusCode: number } {
  return {
    errorCode,
    errorId: `error-${randomId(13, "0123456789abcdefghijklmnopqrstuvwxyz")}`,
    message,
    httpStatusCode: status,
  };
}

/** An error answer in Scalapay's envelope. */
export function fail(status: number, errorCode: string, message: string | Record<string, unknown>): Refusal {
  return refusal(json(status, scalapayErrorBody(status, errorCode, message)));
}

// Documented for GET payment details; the codes of the other operations' unknown-token answers are unverified.
export function invalidToken(token: string | undefined): Refusal {
  return fail(422, "invalid_token", `Invalid token${token ? ` ${token}` : ""}`);
}

/** One issue of Scalapay's `api_validationerror` message (Joi's shape). */
export interface ValidationIssue {
  field: string[];
  location: string;
  messages: string[];
  types: string[];
}

/** A 400 `api_validationerror` listing every issue. */
export function validationFailed(errors: ValidationIssue[]): Refusal {
  return fail(400, "api_validationerror", { status: 400, statusText: "Bad Request", errors });
}

/** One issue worded as Joi words it: `"quantity" must be an integer`, type `number.integer`. */
export function joiIssue(location: string, field: string[], type: string, text: string): ValidationIssue {
  return { field, location, messages: [`"${field.at(-1) ?? "value"}" ${text}`], types: [type] };
}

/** The kit's issue (a JSON Schema keyword) as Scalapay's Joi type and wording. */
export function scalapayIssue(issue: SpecIssue): ValidationIssue {
  const [type, text] = joiWording(issue);
  const field =
    issue.keyword === "additionalProperties"
      ? [...issue.field, String(issue.params.additionalProperty)]
      : issue.field;
  return joiIssue(issue.location === "header" ? "headers" : issue.location, field, type, text);
}

function joiWording({ keyword, params, value, message }: SpecIssue): [string, string] {
  const limit = params.limit;
  switch (keyword) {
    case "required":
      return ["any.required", "is required"];
    case "parse":
      return ["object.base", "must be an object"];
    case "type":
      return typeWording(String(params.type), value);
    case "enum":
      return ["any.only", `must be one of [${(params.allowedValues as unknown[]).join(", ")}]`];
    case "const":
      return ["any.only", `must be [${String(params.allowedValue)}]`];
    case "pattern":
      return [
        "string.pattern.base",
        `with value "${String(value)}" fails to match the required pattern: /${String(params.pattern)}/`,
      ];
    case "minimum":
      return ["number.min", `must be greater than or equal to ${limit}`];
    case "maximum":
      return ["number.max", `must be less than or equal to ${limit}`];
    case "minLength":
      return limit === 1
        ? ["string.empty", "is not allowed to be empty"]
        : ["string.min", `length must be at least ${limit} characters long`];
    case "maxLength":
      return ["string.max", `length must be less than or equal to ${limit} characters long`];
    case "format":
      return params.format === "date" || params.format === "date-time"
        ? ["date.base", "must be a valid date"]
        : [`string.${String(params.format)}`, `must be a valid ${String(params.format)}`];
    case "additionalProperties":
      return ["object.unknown", "is not allowed"];
    default:
      return [`any.${keyword}`, message];
  }
}

function typeWording(type: string, value: unknown): [string, string] {
  if (type === "integer") {
    return typeof value === "number"
      ? ["number.integer", "must be an integer"]
      : ["number.base", "must be a number"];
  }
  const base = type === "number" ? "number" : type;
  const article = /^[aeiou]/.test(base) ? "an" : "a";
  return [`${base}.base`, `must be ${article} ${base}`];
}

/** Scalapay's wording of what the kit refuses: validation envelope, bare 401, 404 envelope. */
export const scalapayWire: SpecWireFormat = {
  invalidRequest: (issues) => validationFailed(issues.map(scalapayIssue)),
  // Scalapay answers a bare JSON string here, not its error envelope.
  unauthorized: () => json(401, "Unauthorized"),
  // The real 404 body is not documented; the envelope keeps clients' decoding paths uniform.
  unknownOperation: (request): EmulatorResponse =>
    fail(404, "not_found", `Cannot ${request.method} ${request.path}`),
};

/** The spec's `Amount` (already validated: dot-decimal string, ISO currency) in cents. */
export function toMoney(amount: ScalapayAmount): Money {
  const [whole = "0", fraction = ""] = amount.amount.split(".");
  return { cents: Number(whole) * 100 + Number(fraction.padEnd(2, "0")), currency: amount.currency };
}

export function formatCents(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

export function money(cents: number, currency: string): ScalapayAmount {
  return { amount: formatCents(cents), currency };
}

export function randomId(length: number, alphabet: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let result = "";
  for (const byte of bytes) result += alphabet[byte % alphabet.length];
  return result;
}

/** A fresh order, refund or capture token. */
export const newToken = () => randomId(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
