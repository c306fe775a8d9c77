import { ApiError, type DecodedError, type ErrorContext } from "@payclients/auth-middleware";
import type { components } from "./generated/schema";

/** A Sqala error code: the documented ones (spelling as documented) or any newer string. */
export type SqalaErrorCode = components["schemas"]["SqalaErrorCode"];

/** Sqala's error body `{code, message, errors}`. */
export type SqalaErrorBody = components["schemas"]["SqalaError"];

// Sqala answers a duplicate with 400; classified as a conflict so callers can catch `ConflictError`.
const conflictCodes = new Set<string>(["CODE_ALREADY_EXISTS", "DUPLICATE_TRASACTION_DETECTED"]);

/**
 * Decodes Sqala's `{code, message, errors: string[]}` (validation messages appended to the message and
 * kept as `details`), plus the bodies a gateway in front of it may answer instead: `{message}` or
 * `{Message}` without a code, a bare JSON string, or text/HTML (left to the shared fallback).
 * `CODE_ALREADY_EXISTS` and `DUPLICATE_TRASACTION_DETECTED` are classified as `ConflictError` (status stays 400).
 */
export function decodeSqalaError({ body, parsed }: ErrorContext): DecodedError | undefined {
  if (typeof body === "string") return parsed && body.length > 0 ? { message: body } : undefined;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent; other values carry none of the fields below, and readFailure treats a decoder that throws (on null) as one that found nothing
  if (body === null || typeof body !== "object" || Array.isArray(body)) return undefined;
  const envelope = body as Record<string, unknown>;
  const code = typeof envelope.code === "string" && envelope.code.length > 0 ? envelope.code : undefined;
  const rawMessage = [envelope.message, envelope.Message, envelope.error].find(
    (value): value is string => typeof value === "string" && value.length > 0,
  );
  const errors = Array.isArray(envelope.errors)
    ? envelope.errors.map((entry) => (typeof entry === "string" ? entry : JSON.stringify(entry)))
    : [];
  // Stryker disable next-line ConditionalExpression: equivalent for `code !== undefined` → true; the set of conflict codes holds no undefined
  const classification = code !== undefined && conflictCodes.has(code) ? { classifyAs: 409 } : {};
  if (errors.length === 0) return { code, message: rawMessage, ...classification };
  return {
    code,
    message: `${rawMessage ?? "Invalid request"} (${errors.join("; ")})`,
    details: errors,
    ...classification,
  };
}

/**
 * Whether `error` is a Sqala API error with this code, whatever its HTTP status and class (Sqala does not
 * document the status of most codes), e.g. `hasSqalaErrorCode(error, "INSUFFICIENT_BALANCE")`; the duplicate
 * codes are also `ConflictError`s.
 */
export function hasSqalaErrorCode(error: unknown, code: SqalaErrorCode): error is ApiError {
  return ApiError.isInstance(error) && error.provider === "sqala" && error.code === code;
}
