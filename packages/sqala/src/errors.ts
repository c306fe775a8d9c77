import { ApiError, type DecodedError, type ErrorContext } from "@payclients/auth-middleware";
import type { components } from "./generated/schema";

/** A Sqala error code: the documented ones (spelling as documented) or any newer string. */
export type SqalaErrorCode = components["schemas"]["SqalaErrorCode"];

/** Sqala's error body `{code, message, errors}`. */
export type SqalaErrorBody = components["schemas"]["SqalaError"];

/**
 * Decodes Sqala's `{code, message, errors: string[]}` (validation messages appended to the message and
 * kept as `details`), plus the bodies a gateway in front of it may answer instead: `{message}` or
 * `{Message}` without a code, a bare JSON string, or text/HTML (left to the shared fallback).
 */
export function decodeSqalaError({ body, parsed }: ErrorContext): DecodedError | undefined {
  if (typeof body === "string") return parsed && body.length > 0 ? { message: body } : undefined;
  if (body === null || typeof body !== "object" || Array.isArray(body)) return undefined;
  const envelope = body as Record<string, unknown>;
  const code = typeof envelope.code === "string" && envelope.code.length > 0 ? envelope.code : undefined;
  const rawMessage = [envelope.message, envelope.Message, envelope.error].find(
    (value): value is string => typeof value === "string" && value.length > 0,
  );
  const errors = Array.isArray(envelope.errors)
    ? envelope.errors.map((entry) => (typeof entry === "string" ? entry : JSON.stringify(entry)))
    : [];
  if (errors.length === 0) return { code, message: rawMessage };
  return { code, message: `${rawMessage ?? "Invalid request"} (${errors.join("; ")})`, details: errors };
}

/**
 * Whether `error` is a Sqala API error with this code, whatever its HTTP status (Sqala does not document
 * the status of most codes), e.g. `hasSqalaErrorCode(error, "CODE_ALREADY_EXISTS")`.
 */
export function hasSqalaErrorCode(error: unknown, code: SqalaErrorCode): error is ApiError {
  return ApiError.isInstance(error) && error.provider === "sqala" && error.code === code;
}
