import type { DecodedError, ErrorContext } from "@payclients/auth-middleware";

interface ValidationIssue {
  field?: unknown;
  messages?: unknown;
}

/**
 * Decodes Scalapay's envelope `{errorCode, errorId, message, httpStatusCode}`, where `message` is a string or,
 * for `api_validationerror`, a `{status, statusText, errors: [{field, messages, …}]}` object; and the bare
 * JSON string `"Unauthorized"` of 401s.
 */
export function decodeScalapayError({ body, parsed }: ErrorContext): DecodedError | undefined {
  if (typeof body === "string") {
    if (!parsed || body.length === 0) return undefined;
    return body === "Unauthorized" ? { code: "unauthorized", message: body } : { message: body };
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent; other values carry none of the fields below, and readFailure treats a decoder that throws (on null) as one that found nothing
  if (body === null || typeof body !== "object" || Array.isArray(body)) return undefined;
  const envelope = body as Record<string, unknown>;
  // Stryker disable next-line ConditionalExpression: equivalent; readFailure drops a code that is not a string
  const code = typeof envelope.errorCode === "string" ? envelope.errorCode : undefined;
  // Stryker disable next-line ConditionalExpression: equivalent; readFailure drops a request id that is not a string
  const requestId = typeof envelope.errorId === "string" ? envelope.errorId : undefined;
  const raw = envelope.message;
  if (typeof raw === "string") return { code, requestId, message: raw };
  if (raw !== null && typeof raw === "object") {
    const validation = raw as { statusText?: unknown; errors?: unknown };
    const issues = Array.isArray(validation.errors) ? (validation.errors as ValidationIssue[]) : [];
    const summary = issues
      .map((issue) => {
        const field = Array.isArray(issue.field) ? issue.field.join(".") : String(issue.field ?? "?");
        const messages = Array.isArray(issue.messages) ? issue.messages.join("; ") : "";
        return messages ? `${field}: ${messages}` : field;
      })
      .join(", ");
    const prefix = typeof validation.statusText === "string" ? validation.statusText : "Validation failed";
    return { code, requestId, message: summary ? `${prefix} (${summary})` : prefix, details: raw };
  }
  return { code, requestId };
}
