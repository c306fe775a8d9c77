import type { DecodedError, ErrorContext } from "@payclients/auth-middleware";

/** Decodes the __Pascal__ error body `{code, message}`. */
export function decode__Pascal__Error({ body }: ErrorContext): DecodedError | undefined {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  return {
    code: typeof record.code === "string" ? record.code : undefined,
    message: typeof record.message === "string" ? record.message : undefined,
  };
}
