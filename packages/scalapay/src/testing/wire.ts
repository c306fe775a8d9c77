// Scalapay wire formats for the emulator: the error envelope, Joi-style validation issues, amounts, ids.
import { type EmulatorRequest, type EmulatorResponse, json } from "@payclients/testing";

/** A Scalapay amount as sent on the wire: dot-decimal string plus ISO currency. */
export interface ScalapayAmount {
  amount: string;
  currency: string;
}

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

const amountPattern = /^\d{1,13}(\.\d{1,2})?$/;

export function fail(
  status: number,
  errorCode: string,
  message: string | Record<string, unknown>,
): EmulatorResponse {
  return json(status, scalapayErrorBody(status, errorCode, message));
}

// Documented for GET payment details; the codes of the other operations' unknown-token answers are unverified.
export function invalidToken(token: string | undefined): EmulatorResponse {
  return fail(422, "invalid_token", `Invalid token${token ? ` ${token}` : ""}`);
}

/** The JSON body; invalid JSON comes back as its text so validation reports "must be an object". */
export function bodyOf(request: EmulatorRequest, optional = false): unknown {
  if (request.rawBody.length === 0) return optional ? {} : undefined;
  return request.json() ?? request.text();
}

export function invalidBody(): EmulatorResponse {
  return validationFailed([issue("body", [], "object.base", '"value" must be an object')]);
}

export interface ValidationIssue {
  field: string[];
  location: string;
  messages: string[];
  types: string[];
}

/** One validation issue in the shape of Scalapay's `api_validationerror` message. */
export function issue(location: string, field: string[], type: string, message: string): ValidationIssue {
  return { field, location, messages: [message], types: [type] };
}

export function validationFailed(errors: ValidationIssue[]): EmulatorResponse {
  return fail(400, "api_validationerror", { status: 400, statusText: "Bad Request", errors });
}

/** Collects Joi-style issues (the shape of Scalapay's `api_validationerror` message) instead of stopping at the first. */
export class Validator {
  readonly #issues: ValidationIssue[] = [];
  readonly #location: string;

  constructor(location: string) {
    this.#location = location;
  }

  add(field: string[], type: string, text: string): void {
    this.#issues.push(issue(this.#location, field, type, `"${field.at(-1) ?? "value"}" ${text}`));
  }

  failure(): EmulatorResponse | undefined {
    return this.#issues.length > 0 ? validationFailed(this.#issues) : undefined;
  }

  object(value: unknown, path: string[], required = true): Record<string, unknown> | undefined {
    if (value === undefined) {
      if (required) this.add(path, "any.required", "is required");
      return undefined;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      this.add(path, "object.base", "must be an object");
      return undefined;
    }
    return value as Record<string, unknown>;
  }

  string(parent: Record<string, unknown> | undefined, path: string[], required = true): string | undefined {
    const value = read(parent, path);
    if (parent === undefined || (value === undefined && !required)) return undefined;
    if (value === undefined) this.add(path, "any.required", "is required");
    else if (typeof value !== "string") this.add(path, "string.base", "must be a string");
    else if (value.length === 0) this.add(path, "string.empty", "is not allowed to be empty");
    else return value;
    return undefined;
  }

  integer(
    parent: Record<string, unknown> | undefined,
    path: string[],
    { min, required = true }: { min: number; required?: boolean },
  ): number | undefined {
    const value = read(parent, path);
    if (parent === undefined || (value === undefined && !required)) return undefined;
    if (value === undefined) this.add(path, "any.required", "is required");
    else if (typeof value !== "number" || !Number.isFinite(value))
      this.add(path, "number.base", "must be a number");
    else if (!Number.isInteger(value)) this.add(path, "number.integer", "must be an integer");
    else if (value < min) this.add(path, "number.min", `must be greater than or equal to ${min}`);
    else return value;
    return undefined;
  }

  array(parent: Record<string, unknown> | undefined, path: string[]): unknown[] | undefined {
    const value = read(parent, path);
    if (parent === undefined) return undefined;
    if (value === undefined) this.add(path, "any.required", "is required");
    else if (!Array.isArray(value)) this.add(path, "array.base", "must be an array");
    else return value;
    return undefined;
  }

  oneOf(parent: Record<string, unknown> | undefined, path: string[], allowed: string[]): void {
    const value = read(parent, path);
    if (value !== undefined && !allowed.includes(value as string)) {
      this.add(path, "any.only", `must be one of [${allowed.join(", ")}]`);
    }
  }

  /** Amounts must be dot-decimal strings; arithmetic then happens in integer cents. */
  amount(parent: Record<string, unknown> | undefined, path: string[], required = true): Money | undefined {
    if (parent === undefined) return undefined;
    const value = this.object(read(parent, path), path, required);
    if (value === undefined) return undefined;
    const amount = this.string(value, [...path, "amount"]);
    const currency = this.string(value, [...path, "currency"]);
    if (amount !== undefined && !amountPattern.test(amount)) {
      this.add(
        [...path, "amount"],
        "string.pattern.base",
        `with value "${amount}" fails to match the required pattern: ${amountPattern}`,
      );
      return undefined;
    }
    if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) {
      this.add(
        [...path, "currency"],
        "string.pattern.base",
        `with value "${currency}" fails to match the required pattern: /^[A-Z]{3}$/`,
      );
      return undefined;
    }
    return amount === undefined || currency === undefined ? undefined : { cents: toCents(amount), currency };
  }
}

function read(parent: Record<string, unknown> | undefined, path: string[]): unknown {
  const key = path.at(-1);
  return parent === undefined || key === undefined ? undefined : parent[key];
}

export function parseDate(
  check: Validator,
  value: string | null,
  name: string,
  endOfDay: boolean,
  required = false,
): number | undefined {
  if (value === null || value === "") {
    if (required) check.add([name], "any.required", "is required");
    return undefined;
  }
  // Whether reporting dates are dates or date-times is unverified: accept both, a bare date spanning its whole day.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const parsed = Date.parse(dateOnly ? `${value}T00:00:00.000Z` : value);
  if (Number.isNaN(parsed)) {
    check.add([name], "date.base", "must be a valid date");
    return undefined;
  }
  return dateOnly && endOfDay ? parsed + 86_399_999 : parsed;
}

export function queryInteger(
  check: Validator,
  value: string | null,
  name: string,
  { min, max = Number.POSITIVE_INFINITY, fallback }: { min: number; max?: number; fallback: number },
): number {
  if (value === null || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) {
    check.add([name], "number.min", `must be an integer greater than or equal to ${min}`);
    return fallback;
  }
  if (parsed > max) {
    check.add([name], "number.max", `must be less than or equal to ${max}`);
    return fallback;
  }
  return parsed;
}

export function toCents(amount: string): number {
  const [whole = "0", fraction = ""] = amount.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

export function formatCents(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

export function money(cents: number, currency: string): ScalapayAmount {
  return { amount: formatCents(cents), currency };
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}

export function randomId(length: number, alphabet: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let result = "";
  for (const byte of bytes) result += alphabet[byte % alphabet.length];
  return result;
}
