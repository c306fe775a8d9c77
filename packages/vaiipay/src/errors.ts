import type { DecodedError, ErrorContext } from "@payclients/auth-middleware";
import { type VaiiPayOperationAccess, vaiipayOperationAccess } from "./operations";

/** What a VaiiPay `PermissionDeniedError` carries in `details`. */
export interface VaiiPayPermissionDetails {
  /** The Client Token scope the operation needs (`null` for dashboard and public operations). */
  requiredScope: string | null;
  /** The operation's auth context, when the operation is in the spec. */
  authContext: VaiiPayOperationAccess["context"] | undefined;
}

interface BodyFields {
  code?: string | undefined;
  message?: string | undefined;
  details?: unknown;
}

/**
 * Decodes VaiiPay errors. Only "401 Unauthenticated" and "403 Insufficient permissions" are documented and
 * the body shape is not, so any JSON object (`message`, `error` as string or object, `code`, Laravel-style
 * `errors` field map), a bare JSON string or no body is accepted. A 403 names what the operation needs:
 * the Client Token scope from the spec's security requirement, or a dashboard OAuth2 access token.
 */
export function decodeVaiiPayError({
  status,
  body,
  parsed,
  method,
  path,
}: ErrorContext): DecodedError | undefined {
  const fields = readBody(body, parsed);
  if (status !== 403) return fields;
  const access = vaiipayOperationAccess(method, path);
  const requirement = requirementOf(access);
  const message = fields.message ?? "Insufficient permissions";
  const details: VaiiPayPermissionDetails & { body?: unknown } = {
    requiredScope: access?.scope ?? null,
    authContext: access?.context,
    ...(fields.details === undefined ? {} : { body: fields.details }),
  };
  return {
    code: fields.code,
    message: requirement ? `${message} — ${method} ${path} ${requirement}` : message,
    details,
  };
}

function requirementOf(access: VaiiPayOperationAccess | undefined): string | undefined {
  if (access === undefined) return undefined;
  if (access.context === "client") {
    return `needs the Client Token scope "${access.scope}" (or "*") or a dashboard OAuth2 access token`;
  }
  if (access.context === "dashboard") {
    return "is a dashboard operation: it needs an OAuth2 access token (no Client Token scope grants it)";
  }
  return "is public: the checkout URL's expires/signature were probably rejected";
}

function readBody(body: unknown, parsed: boolean): BodyFields {
  if (typeof body === "string") {
    // Unparsed text (HTML pages, truncated JSON) is left to the shared fallback message.
    return parsed && body.length > 0 ? { message: body } : {};
  }
  // Stryker disable next-line ConditionalExpression: equivalent for `typeof body !== "object"` → false; a number or boolean read as a record has none of the fields below, and fields left undefined are no fields
  if (body === null || typeof body !== "object" || Array.isArray(body)) return {};
  const record = body as Record<string, unknown>;
  const nested =
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent; a string, a list or null read as `nested` has no message or code either
    record.error !== null && typeof record.error === "object" && !Array.isArray(record.error)
      ? (record.error as Record<string, unknown>)
      : undefined;
  const errorText = typeof record.error === "string" && record.error.length > 0 ? record.error : undefined;
  const message = text(record.message) ?? text(nested?.message) ?? errorText;
  const code =
    codeOf(record.code) ??
    codeOf(nested?.code) ??
    // Stryker disable next-line ConditionalExpression: equivalent for `errorText !== undefined` → true; an undefined errorText yields an undefined code either way
    (errorText !== undefined && errorText !== message ? errorText : undefined);
  const fieldErrors = fieldErrorsOf(record.errors);
  if (fieldErrors === undefined) return { code, message };
  const summary = Object.entries(fieldErrors)
    .map(([field, messages]) => `${field}: ${messages.join(" ")}`)
    .join("; ");
  return {
    code,
    message: message ? `${message} (${summary})` : summary,
    details: fieldErrors,
  };
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

function codeOf(value: unknown): string | undefined {
  if (typeof value === "string" && value.length > 0) return value;
  // Stryker disable next-line ConditionalExpression: equivalent for `typeof value === "number"` → true; Number.isFinite is false for anything but a number (it does not coerce)
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

// Laravel-style `{ errors: { field: ["message", …] } }`; inferred, not documented by VaiiPay.
function fieldErrorsOf(value: unknown): Record<string, string[]> | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const result: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(value)) {
    const list = (Array.isArray(messages) ? messages : [messages]).filter(
      (entry): entry is string => typeof entry === "string",
    );
    if (list.length > 0) result[field] = list;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
