/** What a route handler answers. `body` is sent as is; `json()` builds the common case. */
export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/** A JSON response (any JSON value, including a bare string such as `"Unauthorized"`). */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
}

/** A text response with an explicit content type (HTML error pages, truncated JSON, …). */
export function text(
  status: number,
  body: string,
  headers: Record<string, string> = { "content-type": "text/plain; charset=utf-8" },
): EmulatorResponse {
  return { status, headers, body };
}

/** A response without a body. */
export function empty(status: number, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, headers };
}
