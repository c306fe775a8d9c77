import type { DecodedError, ErrorContext } from "@payclients/auth-middleware";

const messageFields = ["message", "Message", "error_description", "detail", "title", "error", "errorMessage"];
const codeFields = ["code", "error_code", "errorCode", "Code"];
const requestIdFields = ["traceId", "trace_id", "requestId", "request_id", "correlation_id", "correlationId"];

/**
 * Decodes Qolo error bodies, whose shape is undocumented: a bare JSON string ("Card not found"), or an object
 * with a message under a common name (`message`, `error`, `title`/`detail`, …), an optional code and
 * trace id, and validation errors as an array or an ASP.NET-style `{field: [messages]}` map. Empty, HTML and
 * other text bodies fall back to the HTTP status, which Qolo documents as the error signal.
 */
export function decodeQoloError({ body, parsed }: ErrorContext): DecodedError | undefined {
  if (typeof body === "string") {
    const message = body.trim();
    return parsed && message.length > 0 ? { message } : undefined;
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const envelope = body as Record<string, unknown>;
  const code = firstString(envelope, codeFields) ?? numericCode(envelope.code);
  const requestId = firstString(envelope, requestIdFields);
  const errors = envelope.errors ?? envelope.Errors;
  const issues = summarizeIssues(errors);
  let message = firstString(envelope, messageFields);
  if (message === undefined || message === code) message = issues ?? message;
  else if (issues !== undefined) message = `${message} (${issues})`;
  return {
    code,
    message,
    requestId,
    // Stryker disable next-line ConditionalExpression: equivalent; `details: undefined` and no details are the same ApiError
    ...(errors === undefined ? {} : { details: errors }),
  };
}

function firstString(record: Record<string, unknown>, fields: readonly string[]): string | undefined {
  for (const field of fields) {
    const value = record[field];
    if (typeof value === "string" && value.trim().length > 0) return value.trim();
  }
  return undefined;
}

function numericCode(value: unknown): string | undefined {
  // Stryker disable next-line ConditionalExpression: equivalent; Number.isFinite is false for anything but a number
  return typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;
}

function summarizeIssues(errors: unknown): string | undefined {
  const parts: string[] = [];
  if (Array.isArray(errors)) {
    for (const issue of errors) {
      if (typeof issue === "string") parts.push(issue);
      else if (
        // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent; a number or boolean issue taken for an object has none of the fields read below
        typeof issue === "object" &&
        issue !== null
      ) {
        const record = issue as Record<string, unknown>;
        const field = firstString(record, ["field", "property", "propertyName", "name"]);
        const text = firstString(record, ["message", "Message", "error", "description", "errorMessage"]);
        if (text !== undefined) parts.push(field === undefined ? text : `${field}: ${text}`);
        else if (field !== undefined) parts.push(field);
      }
    }
  } else if (typeof errors === "object" && errors !== null) {
    for (const [field, value] of Object.entries(errors as Record<string, unknown>)) {
      const texts = (Array.isArray(value) ? value : [value]).filter(
        (entry): entry is string => typeof entry === "string",
      );
      parts.push(texts.length > 0 ? `${field}: ${texts.join("; ")}` : field);
    }
  }
  return parts.length > 0 ? parts.join(", ") : undefined;
}
