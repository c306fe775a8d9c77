// An opt-in transport for Node: `fetch(url, init)` over `node:http`/`node:https` keep-alive agents, passed to a
// client's `fetch` option. Its own entry, so web runtimes never load Node's modules. It does what the pipeline asks
// of fetch (payclients never follows redirects, bounds each attempt itself and hands over a signal only when the
// caller gave one) and skips what undici's fetch does per request for a browser's sake (Request and fetch-params
// objects, CORS and cache steps, its own abort plumbing).
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { FetchFunction } from "./wire";

/** Options of {@link nodeFetch}. */
export interface NodeFetchOptions {
  /** Agent for `http:` URLs (default: a keep-alive agent of this transport's own). */
  httpAgent?: HttpAgent;
  /** Agent for `https:` URLs (default: a keep-alive agent of this transport's own). */
  httpsAgent?: HttpsAgent;
}

// A response to these carries no body, whatever the server sends.
const nullBodyStatuses = new Set([101, 204, 205, 304]);

/**
 * A `fetch` over Node's `http`/`https` with keep-alive agents, for a client's `fetch` option; redirects are returned,
 * never followed (as the pipeline asks), request bodies are sent buffered, and the response body streams.
 */
export function nodeFetch(options: NodeFetchOptions = {}): FetchFunction {
  const httpAgent = options.httpAgent ?? new HttpAgent({ keepAlive: true });
  const httpsAgent = options.httpsAgent ?? new HttpsAgent({ keepAlive: true });
  return async (url, init) => {
    const { signal } = init;
    signal?.throwIfAborted();
    if (init.redirect === "follow") {
      throw new TypeError(
        "nodeFetch never follows redirects: pass redirect: 'manual' (payclients clients do)",
      );
    }
    const target = new URL(url);
    const secure = target.protocol === "https:";
    if (!secure && target.protocol !== "http:")
      throw new TypeError(`fetch failed: unsupported URL ${target.protocol}`);
    const [payload, headers] = await requestParts(init);
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => outgoing.destroy(signal?.reason);
      const outgoing = (secure ? httpsRequest : httpRequest)(target, {
        method: init.method ?? "GET",
        headers,
        agent: secure ? httpsAgent : httpAgent,
      });
      outgoing.once("response", (incoming) => {
        try {
          resolve(responseOf(incoming, url, init.method === "HEAD", signal, onAbort));
        } catch (error) {
          incoming.destroy();
          reject(new TypeError("fetch failed", { cause: error }));
        }
      });
      outgoing.once("error", (error) => {
        signal?.removeEventListener("abort", onAbort);
        reject(signal?.aborted ? signal.reason : new TypeError("fetch failed", { cause: error }));
      });
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: equivalent; the listener is removed once the exchange ends, and a signal aborts once
      signal?.addEventListener("abort", onAbort, { once: true });
      outgoing.end(payload);
    });
  };
}

/** The request's bytes and its headers as Node takes them, with the defaults fetch would add. */
async function requestParts(
  init: RequestInit,
): Promise<[string | Uint8Array | undefined, Record<string, string>]> {
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => {
    headers[name] = value;
  });
  const { body } = init;
  // Stryker disable next-line ConditionalExpression: equivalent; a null body sends nothing either way
  if (body === undefined || body === null) return [undefined, headers];
  if (typeof body === "string") {
    headers["content-type"] ??= "text/plain;charset=UTF-8";
    return [body, headers];
  }
  if (ArrayBuffer.isView(body))
    return [new Uint8Array(body.buffer, body.byteOffset, body.byteLength), headers];
  // Rare (form data, URL parameters, a blob, a stream): read the way fetch would, with the content type it implies.
  const buffered = new Response(body);
  const type = buffered.headers.get("content-type");
  if (type !== null) headers["content-type"] ??= type;
  return [new Uint8Array(await buffered.arrayBuffer()), headers];
}

/** A `Response` over Node's incoming message; its body streams with backpressure, and cancelling it closes the socket. */
function responseOf(
  incoming: IncomingMessage,
  url: string,
  head: boolean,
  signal: AbortSignal | null | undefined,
  onAbort: () => void,
): Response {
  const status = incoming.statusCode ?? 0;
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let index = 0; index < raw.length; index += 2)
    headers.append(raw[index] as string, raw[index + 1] as string);
  const done = () => signal?.removeEventListener("abort", onAbort);
  let body: ReadableStream<Uint8Array> | null = null;
  if (head || nullBodyStatuses.has(status)) {
    incoming.resume();
    incoming.once("end", done);
    // A reset after the headers of a bodiless answer changes nothing for the caller.
    incoming.once("error", done);
  } else {
    // The stream settles once: a reset can surface as both "aborted" and "error", and a cancelled one as neither.
    let open = true;
    const settle = (action: () => void) => {
      if (!open) return;
      open = false;
      done();
      action();
    };
    const terminated = (cause: unknown) =>
      signal?.aborted ? signal.reason : new TypeError("terminated", { cause });
    body = new ReadableStream<Uint8Array>({
      start(controller) {
        incoming.on("data", (chunk: Buffer) => {
          if (!open) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          // Stryker disable next-line EqualityOperator: equivalent; pausing one chunk later changes no outcome
          if ((controller.desiredSize ?? 0) <= 0) incoming.pause();
        });
        incoming.once("end", () => settle(() => controller.close()));
        incoming.once("error", (error) => settle(() => controller.error(terminated(error))));
        incoming.once("aborted", () =>
          settle(() => controller.error(terminated(new Error("other side closed")))),
        );
      },
      pull() {
        incoming.resume();
      },
      cancel() {
        settle(() => incoming.destroy());
      },
    });
  }
  const response = new Response(body, { status, statusText: incoming.statusMessage ?? "", headers });
  // A constructed Response has an empty url; fetch's has the request's.
  Object.defineProperty(response, "url", { value: url });
  return response;
}
