// Request media types: a provider that documents 415 Unsupported Media Type refuses a body not sent as JSON. The kit's
// validation reads the body as the operation's media type whatever its Content-Type says, so the check is the
// provider's choice, applied in its wire format (for bodies that fail to parse) and around its handlers (the rest).
import type { EmulatorResponse } from "../responses";
import type { EmulatorRequest } from "../server";
import type { HandleOptions } from "./emulator";

const jsonMediaType = /^application\/([\w.-]+\+)?json\b/i;

/** Whether a `Content-Type` names JSON: `application/json` or any `application/…+json`, parameters allowed. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  return jsonMediaType.test(contentType ?? "");
}

/**
 * The `Content-Type` of a request whose body is not sent as JSON (`""` when the header is absent); `undefined` when
 * the body is empty or sent as JSON. For a provider's 415.
 */
export function nonJsonBodyType(request: Pick<EmulatorRequest, "headers" | "rawBody">): string | undefined {
  if (request.rawBody.length === 0) return undefined;
  const type = request.headers["content-type"] ?? "";
  return isJsonMediaType(type) ? undefined : type;
}

/**
 * Handle options whose `wrap` answers `refuse(contentType)` (the provider's 415) instead of calling the handler when a
 * valid body arrived with a Content-Type other than JSON. Pass them to every `handle` of a JSON-only API.
 */
export function jsonBodiesOnly(refuse: (contentType: string) => EmulatorResponse): HandleOptions {
  return {
    wrap: (next) => async (request) => {
      const type = nonJsonBodyType(request);
      return type === undefined ? next(request) : refuse(type);
    },
  };
}
