// How every request goes on the wire, API and token calls alike: one calling convention, `fetch(url, init)`, with
// the global `fetch` looked up per call when none is given, and redirects never followed.
import createClient, { type Client } from "openapi-fetch";

/** The `fetch` a client is given: always called as `fetch(url, init)`, never with a `Request`. */
export type FetchFunction = ((url: string, init: RequestInit) => Promise<Response>) & {
  /** See {@link wantsAttemptSignal}. */
  readonly [wantsAttemptSignal]?: boolean;
};

/**
 * Set to `true` on a `fetch` that closes its connection when its signal aborts and costs little to hand one (as
 * `nodeFetch` does): the pipeline then gives it every attempt's signal, aborted when the attempt times out, so a
 * request stalled before its headers releases its connection. Other `fetch`es get a signal only from a caller's.
 */
// Registered (Symbol.for), so the main entry and the `./node` entry, bundled apart, agree on it.
export const wantsAttemptSignal: unique symbol = Symbol.for("payclients.wantsAttemptSignal");

/** What openapi-fetch hands over per call: its request init, with the serialized body and the final URL. */
export interface PlainRequest {
  url: string;
  method: string;
  headers: Headers;
  body?: BodyInit | null;
  signal?: AbortSignal | null;
}

/**
 * openapi-fetch's `Request` option. openapi-fetch builds a `Request` per call only to hand it to `fetch`; a plain
 * object with the same fields saves constructing an undici Request per call (and fetch copying it again), most of
 * openapi-fetch's own per-call cost, and keeps a `fetch` from another copy of undici (a proxy dispatcher's) from
 * reading a foreign `Request` as the URL "[object Request]".
 */
export function PlainRequest(url: string, init: Omit<PlainRequest, "url">): PlainRequest {
  return { ...init, url };
}

/** Sends one request (see {@link wireFetch}); `signal` null leaves the request to its own bounds. */
export type WireSend = (
  url: string,
  method: string,
  headers: Headers,
  body: BodyInit | null,
  signal: AbortSignal | null,
) => Promise<Response>;

/**
 * The one way a request is sent. `redirect: "manual"`: a 3xx comes back as the response (an error) instead of being
 * followed, since fetch drops `Authorization` on a cross-origin redirect but not custom credential headers
 * (`x-api-key`), and a 307/308 would send a POST, a payment, again. The init is built here, once per attempt.
 */
export function wireFetch(custom: FetchFunction | undefined): WireSend {
  // Looked up per call, so a global `fetch` replaced after the client was created is still used.
  return (url, method, headers, body, signal) =>
    (custom ?? globalThis.fetch)(url, { method, headers, body, signal, redirect: "manual" });
}

/**
 * An openapi-fetch client for a provider's token endpoint that sends exactly like API calls do (see
 * `wireFetch`): the same `fetch` option, the same calling convention, no redirects.
 */
export function createTokenClient<Paths extends {}>(
  baseUrl: string,
  options: { fetch?: FetchFunction | undefined } = {},
): Client<Paths> {
  const send = wireFetch(options.fetch);
  return createClient<Paths>({
    baseUrl,
    Request: PlainRequest as unknown as typeof Request,
    fetch: (({ url, method, headers, body, signal }: PlainRequest) =>
      send(url, method, headers, body ?? null, signal ?? null)) as unknown as typeof fetch,
  });
}
