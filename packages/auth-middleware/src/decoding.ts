// Decoding a 2xx body. The pipeline does it rather than openapi-fetch, whose parse runs outside it: a body that is
// not JSON, truncated or empty would escape as a raw SyntaxError (quoting the body) or as `data: undefined`.
import { ResponseDecodingError } from "./errors";
import type { Redactor } from "./redaction";
import { requestIdOf } from "./transport";

/** openapi-fetch's per-call `parseAs`. */
export type ParseAs = "json" | "text" | "blob" | "arrayBuffer" | "stream";

/** Where a body came from, for the error message. */
export interface SuccessContext {
  provider: string;
  method: string;
  path: string;
  redactor: Redactor;
}

/** Characters of the body kept on a {@link ResponseDecodingError}. */
const excerptLength = 200;

/**
 * Reads a 2xx body as `parseAs` asks, like openapi-fetch would; with `json`, a body that does not parse (empty
 * included) is a {@link ResponseDecodingError}. 204, 205 and HEAD have no body by definition: `undefined`.
 */
export async function readSuccessBody(
  response: Response,
  parseAs: ParseAs,
  context: SuccessContext,
): Promise<unknown> {
  const { status } = response;
  if (status === 204 || status === 205 || context.method === "HEAD") return undefined;
  if (parseAs === "stream") return response.body;
  if (parseAs !== "json") return response[parseAs]();
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    // The SyntaxError is not kept as `cause`: its message quotes the body, secrets and all.
    throw decodingError(response, text, context);
  }
}

function decodingError(
  response: Response,
  text: string,
  { provider, method, path, redactor }: SuccessContext,
) {
  const { status } = response;
  // Scrubbed whole before it is cut, so a secret straddling the cut cannot leave a readable prefix.
  const excerpt = redactor.text(text).slice(0, excerptLength);
  const what =
    text.trim() === "" ? "an empty body" : `a body that is not valid JSON: ${excerpt.slice(0, 120)}`;
  return new ResponseDecodingError({
    provider,
    status,
    requestId: requestIdOf(response.headers),
    excerpt,
    message: `${provider}: ${method} ${path} answered ${status} with ${what} (the operation declares JSON; the request may have taken effect, so it was not retried)`,
  });
}
