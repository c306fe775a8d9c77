// Decoding a 2xx body. The pipeline does it rather than openapi-fetch, whose parse runs outside it: a body that is
// not JSON, truncated or empty would escape as a raw SyntaxError (quoting the body) or as `data: undefined`.
import { ResponseDecodingError } from "./errors";
import type { Redactor } from "./redaction";
import { requestIdOf } from "./transport";

/** openapi-fetch's per-call `parseAs`. */
export type ParseAs = "json" | "text" | "blob" | "arrayBuffer" | "stream";

/** A response whose body the pipeline has read (within the attempt's bound): the response and the body's bytes. */
export interface Answer {
  response: Response;
  /** `undefined` when the response has no body (204, 304). */
  bytes: Uint8Array | undefined;
}

/** Where a body came from, for the error message. */
export interface SuccessContext {
  provider: string;
  method: string;
  path: string;
  redactor: Redactor;
}

/** Characters of the body kept on a {@link ResponseDecodingError}. */
const excerptLength = 200;

const decoder = new TextDecoder();

/** Bytes as text, as `Response.text()` reads them (UTF-8, a leading BOM dropped, bad sequences replaced). */
export function utf8(bytes: Uint8Array | undefined): string {
  return decoder.decode(bytes);
}

/**
 * Reads a 2xx body as `parseAs` asks, like openapi-fetch would; with `json`, a body that does not parse (empty
 * included) is a {@link ResponseDecodingError}. 204 and 205 have no body by definition: `undefined` (payclients
 * clients have no HEAD method). JSON (every call but a few) is decoded at once, without a promise; the other forms
 * come as a promise (or a stream) to await.
 */
export function readSuccessBody(
  { response, bytes }: Answer,
  parseAs: ParseAs,
  { provider, method, path, redactor }: SuccessContext,
): unknown {
  const { status } = response;
  if (status === 204 || status === 205) return undefined;
  if (parseAs !== "json") {
    // Rare (text, blob, arrayBuffer, stream): a Response over the bytes reads them exactly as the original would
    // have (a blob's type included).
    const copy = new Response(bytes as Uint8Array<ArrayBuffer> | undefined, { headers: response.headers });
    return parseAs === "stream" ? copy.body : copy[parseAs]();
  }
  const text = utf8(bytes);
  try {
    return JSON.parse(text);
  } catch {
    // The SyntaxError is not kept as `cause`: its message quotes the body, secrets and all.
    throw new ResponseDecodingError({
      provider,
      status,
      requestId: requestIdOf(response.headers),
      // Scrubbed whole before it is cut, so a secret straddling the cut cannot leave a readable prefix.
      excerpt: redactor.text(text).slice(0, excerptLength),
      message: `${provider}: ${method} ${path} answered ${status} with ${text.trim() ? "a body that is not valid JSON" : "an empty body"} (expected JSON; the request may have taken effect: not retried)`,
    });
  }
}
