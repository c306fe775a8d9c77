import type { DecodedError, ErrorContext } from "@payclients/auth-middleware";

/**
 * Decodes Clik2pay error bodies. The shape is undocumented, so every plausible one is read: the API Gateway
 * `{message}`, the `{detail}` that integrations read (a string, or an object/array kept as `details`), the
 * OAuth2 `{error, error_description}` of the token endpoint, and bare JSON strings. Anything else falls back
 * to the shared status-based message.
 */
export function decodeClik2payError({ body, parsed }: ErrorContext): DecodedError | undefined {
  if (typeof body === "string") return parsed && body.length > 0 ? { message: body } : undefined;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent; other values carry none of the fields below, and readFailure treats a decoder that throws (on null) as one that found nothing
  if (body === null || typeof body !== "object" || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const code = firstString(record.error, record.code, record.errorCode);
  const requestId = firstString(record.requestId, record.traceId);
  const { detail } = record;
  const detailText = typeof detail === "string" ? detail : undefined;
  // Stryker disable next-line ConditionalExpression: equivalent for `detail !== undefined` → true; an undefined detail makes `structured` undefined either way
  const structured = detail !== undefined && detailText === undefined ? detail : undefined;
  const message =
    firstString(record.error_description, record.message, detailText) ??
    (structured === undefined ? code : summarize(structured));
  const decoded: DecodedError = {};
  // Stryker disable ConditionalExpression: equivalent; a field set to undefined is one left out (readFailure drops non-strings, `details: undefined` is no details); the `===` mutants pin each field
  if (code !== undefined) decoded.code = code;
  if (message !== undefined) decoded.message = message;
  if (requestId !== undefined) decoded.requestId = requestId;
  if (structured !== undefined) decoded.details = structured;
  // Stryker disable next-line EqualityOperator: equivalent; readFailure reads an empty result and undefined alike
  return Object.keys(decoded).length > 0 ? decoded : undefined;
  // Stryker restore ConditionalExpression
}

function firstString(...values: unknown[]): string | undefined {
  for (const value of values) if (typeof value === "string" && value.length > 0) return value;
  return undefined;
}

// FastAPI-style validation detail (`[{loc, msg}]`) is a common shape behind `detail`; other values are shown as JSON.
function summarize(detail: unknown): string {
  if (Array.isArray(detail)) {
    const parts = detail.map((item) => {
      if (item === null || typeof item !== "object") return String(item);
      const entry = item as { loc?: unknown; msg?: unknown; message?: unknown };
      const text = firstString(entry.msg, entry.message) ?? JSON.stringify(item);
      return Array.isArray(entry.loc) ? `${entry.loc.join(".")}: ${text}` : text;
    });
    return parts.join(", ");
  }
  const text = JSON.stringify(detail);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
