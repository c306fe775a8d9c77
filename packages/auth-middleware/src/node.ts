// An opt-in transport for Node: `fetch(url, init)` over `node:http`/`node:https` keep-alive agents, passed to a
// client's `fetch` option. Its own entry, so web runtimes never load Node's modules. It does what the pipeline asks
// of fetch (payclients never follows redirects; it hands this transport every attempt's signal, which it follows
// for the cost of one listener, so a timed-out attempt closes its socket) and skips what undici's fetch does per
// request for a browser's sake (Request and fetch-params objects, CORS and cache steps, its own abort plumbing).
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { type FetchFunction, wantsAttemptSignal } from "./wire";

/** Options of {@link nodeFetch}. */
export interface NodeFetchOptions {
  /** Agent for `http:` URLs (default: a keep-alive agent of this transport's own). */
  httpAgent?: HttpAgent;
  /** Agent for `https:` URLs (default: a keep-alive agent of this transport's own). */
  httpsAgent?: HttpsAgent;
}

// The default agents' options: connections stay open for the next request.
const keptAlive = { keepAlive: true };

// A response to these carries no body, whatever the server sends.
const nullBodyStatuses = new Set([101, 204, 205, 304]);

/**
 * A `fetch` over Node's `http`/`https` with keep-alive agents, for a client's `fetch` option; redirects are returned,
 * never followed (as the pipeline asks), request bodies are sent buffered, and the response body streams.
 */
export function nodeFetch(options: NodeFetchOptions = {}): FetchFunction {
  const httpAgent = options.httpAgent ?? new HttpAgent(keptAlive);
  const httpsAgent = options.httpsAgent ?? new HttpsAgent(keptAlive);
  const send: FetchFunction = async (url, init) => {
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
    const parts = requestParts(init);
    const [payload, headers] = parts instanceof Promise ? await parts : parts;
    return new Promise<Response>((resolve, reject) => {
      // Stryker disable next-line OptionalChaining: equivalent; onAbort is only called as a listener of a signal that exists
      const onAbort = () => outgoing.destroy(signal?.reason);
      const outgoing = (secure ? httpsRequest : httpRequest)(target, {
        // Node sends GET when none is given, as fetch does.
        method: init.method,
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
  // Aborting destroys the request and its socket, so a timed-out attempt closes its connection even before the
  // headers; a listener per request is all a signal costs here (no undici Request follows it).
  return Object.assign(send, { [wantsAttemptSignal]: true });
}

type RequestParts = [string | Uint8Array | undefined, Record<string, string>];

/**
 * The request's bytes and its headers as Node takes them, with the defaults fetch would add; at once for no body, a
 * string or bytes (every payclients request), as a promise for the bodies that must be read first.
 */
function requestParts(init: RequestInit): RequestParts | Promise<RequestParts> {
  const headers: Record<string, string> = {};
  // The pipeline's headers are a `Headers` already: read, not copied into another one first.
  const given = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
  given.forEach((value, name) => {
    headers[name] = value;
  });
  const { body } = init;
  // Fast paths for no body, a string (a JSON body) and bytes; the general path below sends the same bytes and type.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent; an absent body read through a Response is zero bytes, which Node sends as no body
  if (body === undefined || body === null) return [undefined, headers];
  // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: equivalent; a string read through a Response gives the same UTF-8 bytes and text/plain type
  if (typeof body === "string") {
    headers["content-type"] ??= "text/plain;charset=UTF-8";
    return [body, headers];
  }
  // Stryker disable next-line ConditionalExpression: equivalent; bytes read through a Response are the same bytes, with no type
  if (ArrayBuffer.isView(body))
    return [new Uint8Array(body.buffer, body.byteOffset, body.byteLength), headers];
  // Rare (form data, URL parameters, a blob, a stream): read the way fetch would, with the content type it implies.
  const buffered = new Response(body);
  const type = buffered.headers.get("content-type");
  if (type !== null) headers["content-type"] ??= type;
  return buffered.arrayBuffer().then((bytes): RequestParts => [new Uint8Array(bytes), headers]);
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
  const done = () => signal?.removeEventListener("abort", onAbort);
  let body: ReadableStream<Uint8Array> | null = null;
  if (head || nullBodyStatuses.has(status)) {
    incoming.resume();
    incoming.once("end", done);
    // A reset after the headers of a bodiless answer changes nothing for the caller.
    // Stryker disable next-line StringLiteral: equivalent; Node errors only an incomplete message, and a bodiless one is complete at its headers (a guard)
    incoming.once("error", done);
  } else {
    // The stream settles once: a cancel destroys the message, which then reports "aborted" too.
    let open = true;
    const settle = (action: () => void) => {
      // Stryker disable next-line ConditionalExpression: equivalent; only a cancel is followed by another settle ("aborted"), and erroring a cancelled stream is a no-op (the spec's)
      if (!open) return;
      // Stryker disable next-line BooleanLiteral: equivalent; see the line above, and no "data" follows a settle
      open = false;
      done();
      action();
    };
    const terminated = (cause: unknown) =>
      signal?.aborted ? signal.reason : new TypeError("terminated", { cause });
    body = new ReadableStream<Uint8Array>({
      start(controller) {
        incoming.on("data", (chunk: Buffer) => {
          // Stryker disable next-line ConditionalExpression: equivalent; a destroyed or ended message emits no more "data" (a guard: enqueue after a settle would throw)
          if (!open) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          // Stryker disable next-line EqualityOperator,ConditionalExpression,LogicalOperator: equivalent (→ true, &&, <): pausing a chunk later or after every chunk changes no outcome, pull() resumes; → false (never pausing) is pinned by the backpressure test, but a comment cannot disable half a mutator
          if ((controller.desiredSize ?? 0) <= 0) incoming.pause();
        });
        incoming.once("end", () => settle(() => controller.close()));
        // A reset or a destroy reports "aborted" first (an "error" only follows, and only to a listener).
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
  // A response's statusMessage is always a string (only a request's is undefined).
  const response = new Response(body, { status, statusText: incoming.statusMessage as string });
  // Appended to the response's own headers: a `Headers` passed to the constructor would be built, then copied.
  const { headers } = response;
  const raw = incoming.rawHeaders;
  for (let index = 0; index < raw.length; index += 2)
    headers.append(raw[index] as string, raw[index + 1] as string);
  // A constructed Response has an empty url; fetch's has the request's.
  Object.defineProperty(response, "url", { value: url });
  return response;
}
