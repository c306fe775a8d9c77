// The fault matrix as data: what the fake answers (token endpoint and API), the call's bounds, and what every
// provider's client must do about it. `fault-suite.test.ts` runs each case for each provider.
import {
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InternalServerError,
  type PayClientsError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  TokenAcquisitionError,
} from "@payclients/auth-middleware";
import { expect } from "vitest";
import type { ProviderAdapter } from "./adapters";
import { type FakeRequest, json, type Reply, raw } from "./fake";

/** What a case's replies can use: the provider, fresh tokens, the credentials a request carried. */
export interface CaseContext {
  adapter: ProviderAdapter;
  /** Origin of a second fake, the target of cross-origin redirects. */
  foreignOrigin: string;
  /** A fresh token, remembered as a secret and as the one the API accepts. */
  issue(): string;
  /** A well-formed token answer carrying a fresh token. */
  tokenOk(expiresInSeconds?: number): Reply;
  /** The default API answer: 200 JSON for the right credentials, 401 otherwise. */
  apiOk(request: FakeRequest): Reply;
}

type Respond = (context: CaseContext, request: FakeRequest, index: number) => Reply;

/** How a call must end: exactly an error class (or one of several), any payclients error, success, or the caller's abort. */
export type Outcome =
  | "success"
  | "abort"
  | "payclients"
  | (abstract new (
      ...args: never[]
    ) => PayClientsError)
  | ReadonlyArray<abstract new (...args: never[]) => PayClientsError>;

/** What the fakes must have seen, and how the call ended. */
export interface Expected {
  outcome: Outcome;
  /** Requests to the token endpoint (checked for providers that have one; default 1). */
  token?: number;
  api: number;
  /** Requests that reached the other origin (default 0). */
  foreign?: number;
  /** Every API request carried the same, present deduplication key. */
  sameKey?: boolean;
  /** Further checks on the error (or `undefined` on success) and the sleeps between attempts. */
  check?: (error: unknown, sleeps: readonly number[]) => void;
}

/** One row of the matrix. */
export interface FaultCase {
  name: string;
  /** Only for providers with a token endpoint. */
  tokenEndpoint?: boolean;
  operation?: "read" | "create";
  maxRetries: number;
  /** Per-attempt timeout: {@link stallTimeoutMs} where the case stalls on purpose, else 2 s (a loaded machine must not
   * turn a slow answer into a timeout the case is not about). */
  timeoutMs?: number;
  token?: Respond;
  api?: Respond;
  /** Abort the caller's signal once the fake stalls. */
  abortOnStall?: boolean;
  /** Pass a `fetch` that, like an undici `fetch` bound to a dispatcher, takes only `(url, init)`. */
  urlOnlyFetch?: boolean;
  expect: (adapter: ProviderAdapter) => Expected;
}

const echo = (request: FakeRequest) =>
  [request.headers.authorization, request.headers["x-api-key"], request.body].filter(Boolean).join(" ");
/** An error body that echoes the credentials, as a careless gateway would: redaction must catch it. */
const echoing = (status: number, request: FakeRequest, headers: Record<string, string> = {}) =>
  json(status, { message: `rejected: ${echo(request)}`, error: echo(request) }, headers);
const always =
  (reply: Reply): Respond =>
  () =>
    reply;
const firstThenOk =
  (first: Respond): Respond =>
  (context, request, index) =>
    index === 0 ? first(context, request, index) : context.apiOk(request);
const payment = JSON.stringify({ id: "PAY1", status: "ok", padding: "x".repeat(64) });
const keyed = (adapter: ProviderAdapter) => adapter.keyOf !== undefined;
/** The per-attempt timeout of the cases that stall on purpose: short, so the suite stays fast. */
export const stallTimeoutMs = 500;

const tokenErrorNamesProvider = (name: string) => (error: unknown) =>
  expect((error as Error).message).toMatch(new RegExp(`^${name}: `));
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
const cappedMessage = (error: unknown) => expect((error as Error).message.length).toBeLessThanOrEqual(4096);

const atTokenEndpoint = (cases: FaultCase[]) => cases.map((entry) => ({ ...entry, tokenEndpoint: true }));
const onCreate = (cases: FaultCase[]) => cases.map((entry) => ({ ...entry, operation: "create" as const }));

/** Cases at the token endpoint (providers with one). */
const tokenCases = atTokenEndpoint([
  {
    name: "token endpoint down (connection reset)",
    maxRetries: 1,
    token: always({ kind: "reset" }),
    expect: ({ name }) => ({
      outcome: TokenAcquisitionError,
      token: 2,
      api: 0,
      check: tokenErrorNamesProvider(name),
    }),
  },
  {
    name: "token endpoint answers 503",
    maxRetries: 1,
    token: (_context, request) => echoing(503, request),
    expect: ({ name }) => ({
      outcome: TokenAcquisitionError,
      token: 2,
      api: 0,
      check: tokenErrorNamesProvider(name),
    }),
  },
  {
    name: "token endpoint slow (never answers)",
    maxRetries: 0,
    timeoutMs: stallTimeoutMs,
    token: always({ kind: "stallHeaders" }),
    expect: () => ({ outcome: [TimeoutError, TokenAcquisitionError], token: 1, api: 0 }),
  },
  {
    name: "token answer malformed (text)",
    maxRetries: 0,
    token: always(raw(200, "text/plain", "Service temporarily unavailable")),
    expect: ({ name }) => ({
      outcome: TokenAcquisitionError,
      token: 1,
      api: 0,
      check: tokenErrorNamesProvider(name),
    }),
  },
  {
    name: "token answer truncated",
    maxRetries: 0,
    token: ({ adapter, issue }) => {
      const text = JSON.stringify(adapter.tokenAnswer?.(issue(), 3600));
      return raw(200, "application/json", text.slice(0, text.indexOf('"expires') + 10));
    },
    expect: ({ name }) => ({
      outcome: TokenAcquisitionError,
      token: 1,
      api: 0,
      check: tokenErrorNamesProvider(name),
    }),
  },
  {
    name: "token answer without expiry",
    maxRetries: 0,
    token: ({ tokenOk }) => tokenOk(),
    expect: () => ({ outcome: "success", token: 1, api: 1 }),
  },
  {
    name: "token endpoint answers 401",
    maxRetries: 1,
    token: (_context, request) => echoing(401, request),
    expect: ({ name }) => ({
      outcome: TokenAcquisitionError,
      token: 1,
      api: 0,
      check: tokenErrorNamesProvider(name),
    }),
  },
  {
    name: "token with a newline",
    maxRetries: 0,
    token: ({ adapter, issue }) => json(200, adapter.tokenAnswer?.(`${issue()}\nX-Injected: yes`, 3600)),
    expect: ({ name }) => ({
      outcome: TokenAcquisitionError,
      token: 1,
      api: 0,
      check: tokenErrorNamesProvider(name),
    }),
    // Qolo's login reader already refuses a token with whitespace.
  },
  {
    name: "caller abort while waiting for the token",
    maxRetries: 0,
    timeoutMs: stallTimeoutMs,
    token: always({ kind: "stallHeaders" }),
    abortOnStall: true,
    expect: () => ({ outcome: "abort", token: 1, api: 0 }),
  },
]);

/** A 2xx the JSON operation cannot use: a typed error (the class is the fix's to choose), never resent. */
const unusableSuccess = (name: string, reply: Reply): FaultCase => ({
  name,
  maxRetries: 0,
  api: always(reply),
  expect: () => ({ outcome: "payclients", api: 1 }),
});

/** Cases at the API, on the read. */
const readCases: FaultCase[] = [
  {
    name: "API 401 once",
    maxRetries: 0,
    api: firstThenOk((_context, request) => echoing(401, request)),
    expect: (adapter) =>
      adapter.refreshable
        ? { outcome: "success", token: 2, api: 2 }
        : { outcome: AuthenticationError, api: 1 },
  },
  {
    name: "API 401 always",
    maxRetries: 2,
    api: (_context, request) => echoing(401, request),
    expect: (adapter) => ({
      outcome: AuthenticationError,
      token: 2,
      api: adapter.refreshable ? 2 : 1,
    }),
  },
  {
    name: "API 403",
    maxRetries: 2,
    api: (_context, request) => echoing(403, request),
    expect: () => ({ outcome: PermissionDeniedError, api: 1 }),
  },
  {
    name: "429 with Retry-After in seconds",
    maxRetries: 1,
    api: (_context, request) => echoing(429, request, { "retry-after": "2" }),
    expect: () => ({
      outcome: RateLimitError,
      api: 2,
      check: (error, sleeps) => {
        expect(sleeps).toEqual([2000]);
        expect((error as RateLimitError).retryAfterMs).toBe(2000);
      },
    }),
  },
  {
    name: "429 with Retry-After as an HTTP date, then success",
    maxRetries: 1,
    api: firstThenOk((_context, request) =>
      echoing(429, request, { "retry-after": new Date(Date.now() + 3000).toUTCString() }),
    ),
    expect: () => ({
      outcome: "success",
      api: 2,
      check: (_error, sleeps) => {
        expect(sleeps).toHaveLength(1);
        expect(sleeps[0]).toBeGreaterThan(1000);
        expect(sleeps[0]).toBeLessThanOrEqual(3000);
      },
    }),
  },
  {
    name: "503 then success",
    maxRetries: 1,
    api: firstThenOk((_context, request) => echoing(503, request)),
    expect: () => ({ outcome: "success", api: 2 }),
  },
  {
    name: "connection reset before the headers",
    maxRetries: 1,
    api: always({ kind: "reset" }),
    expect: () => ({ outcome: ConnectionError, api: 2 }),
  },
  {
    name: "connection reset during the 2xx body",
    maxRetries: 1,
    api: always({ kind: "resetDuringBody", body: payment }),
    expect: () => ({ outcome: ConnectionError, api: 2 }),
  },
  {
    name: "stalled headers",
    maxRetries: 1,
    timeoutMs: stallTimeoutMs,
    api: always({ kind: "stallHeaders" }),
    expect: () => ({ outcome: TimeoutError, api: 2 }),
  },
  {
    name: "stalled 2xx body",
    maxRetries: 1,
    timeoutMs: stallTimeoutMs,
    api: always({ kind: "stallBody", body: payment }),
    expect: () => ({ outcome: TimeoutError, api: 2 }),
  },
  {
    name: "HTML error body",
    maxRetries: 0,
    api: (_context, request) =>
      raw(
        502,
        "text/html",
        `<html><head><title>Bad gateway</title></head><body>${echo(request)}</body></html>`,
      ),
    expect: () => ({ outcome: InternalServerError, api: 1 }),
  },
  {
    name: "empty error body",
    maxRetries: 0,
    api: always(raw(500, undefined, "")),
    expect: () => ({ outcome: InternalServerError, api: 1 }),
  },
  {
    name: "truncated JSON error body",
    maxRetries: 0,
    api: (_context, request) =>
      raw(
        400,
        "application/json",
        JSON.stringify({ message: `bad: ${echo(request)}`, code: "X" }).slice(0, -12),
      ),
    expect: () => ({ outcome: BadRequestError, api: 1 }),
  },
  {
    name: "huge (5 MB) error body",
    maxRetries: 0,
    // Reading 5 MB took over 2 s on a fresh clone under pnpm test's load; the case is about the cap, not the time.
    timeoutMs: 10_000,
    api: always(json(500, { message: "x".repeat(5 * 1024 * 1024), error: "overloaded" })),
    expect: () => ({ outcome: InternalServerError, api: 1, check: cappedMessage }),
  },
  {
    name: "deeply nested (3,000 levels) error body",
    maxRetries: 0,
    api: always(raw(500, "application/json", nested(3000))),
    expect: () => ({ outcome: InternalServerError, api: 1 }),
  },
  unusableSuccess("non-JSON 2xx body", raw(200, "text/plain", "OK")),
  unusableSuccess("truncated JSON 2xx body", raw(200, "application/json", payment.slice(0, 20))),
  unusableSuccess("empty 2xx body", raw(200, "application/json", "")),
  {
    name: "307 to another origin",
    maxRetries: 0,
    api: ({ foreignOrigin }) => json(307, {}, { location: `${foreignOrigin}/elsewhere` }),
    expect: () => ({ outcome: "payclients", api: 1, foreign: 0 }),
  },
  {
    name: "error response echoing a credential in a header",
    maxRetries: 0,
    api: (_context, request) => echoing(500, request, { "x-debug-credentials": echo(request) }),
    expect: () => ({ outcome: InternalServerError, api: 1 }),
  },
  {
    name: "caller abort before the headers",
    maxRetries: 1,
    timeoutMs: stallTimeoutMs,
    api: always({ kind: "stallHeaders" }),
    abortOnStall: true,
    expect: () => ({ outcome: "abort", api: 1 }),
  },
  {
    name: "caller abort during the 2xx body",
    maxRetries: 1,
    timeoutMs: stallTimeoutMs,
    api: always({ kind: "stallBody", body: payment }),
    abortOnStall: true,
    expect: () => ({ outcome: "abort", api: 1 }),
  },
  {
    name: "a url-only fetch option serves every request",
    maxRetries: 0,
    urlOnlyFetch: true,
    expect: () => ({ outcome: "success", api: 1 }),
  },
];

/** A keyed create must be resent with the same key; an unkeyed one never. */
const resentWhenKeyed =
  (failure: Expected["outcome"]) =>
  (adapter: ProviderAdapter): Expected =>
    keyed(adapter) ? { outcome: "success", api: 2, sameKey: true } : { outcome: failure, api: 1 };

/** Cases on the keyed create. */
const createCases = onCreate([
  {
    name: "create: 503, then success",
    maxRetries: 1,
    api: firstThenOk((_context, request) => echoing(503, request)),
    expect: resentWhenKeyed(InternalServerError),
  },
  {
    name: "create: connection reset before the headers, then success",
    maxRetries: 1,
    api: firstThenOk(always({ kind: "reset" })),
    expect: resentWhenKeyed(ConnectionError),
  },
  {
    name: "create: stalled headers, then success",
    maxRetries: 1,
    // The second attempt must succeed within the same per-attempt timeout: 500 ms failed it on a loaded machine.
    timeoutMs: stallTimeoutMs * 3,
    api: firstThenOk(always({ kind: "stallHeaders" })),
    expect: resentWhenKeyed(TimeoutError),
  },
  {
    name: "create: connection reset during the 2xx body, then success",
    maxRetries: 1,
    api: firstThenOk(always({ kind: "resetDuringBody", body: payment })),
    expect: resentWhenKeyed(ConnectionError),
  },
  {
    name: "create: 307 to another origin",
    maxRetries: 0,
    api: ({ foreignOrigin }) => json(307, {}, { location: `${foreignOrigin}/elsewhere` }),
    expect: () => ({ outcome: "payclients", api: 1, foreign: 0 }),
  },
]);

/** Every case; those marked `tokenEndpoint` run only for providers with one. */
export const faultCases: readonly FaultCase[] = [...tokenCases, ...readCases, ...createCases];
