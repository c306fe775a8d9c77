import createClient, { type FetchResponse, type MaybeOptionalInit } from "openapi-fetch";
import type {
  HttpMethod,
  MediaType,
  OkStatus,
  OperationRequestBodyContent,
  PathsWithMethod,
  RequiredKeysOf,
} from "openapi-typescript-helpers";
import { version } from "../package.json";
import { type AttemptBound, boundAttempt } from "./bounds";
import { type Answer, type ParseAs, readSuccessBody, utf8 } from "./decoding";
import {
  ConfigurationError,
  ConnectionError,
  createApiError,
  PayClientsError,
  TimeoutError,
  TokenAcquisitionError,
} from "./errors";
import { notify, type PayClientCall, type PayClientHooks, redactedRequestHeaders } from "./hooks";
import type { Limiter } from "./limiter";
import { type Logger, type LogSetting, resolveLogger } from "./logger";
import { type OperationTable, operationFacts } from "./operations";
import { hasControlCharacters, Redactor } from "./redaction";
import { retryableStatuses } from "./retry";
import { type Clock, realSleep, type Sleep, systemClock } from "./time";
import { TokenManager, type TokenStore, type TokenStrategy } from "./tokens";
import {
  backoffDelayMs,
  type CallOptions,
  type ErrorDecoder,
  messageOf,
  parseRetryAfter,
  readFailure,
  requestIdOf,
} from "./transport";
import { type FetchFunction, PlainRequest, wantsAttemptSignal, wireFetch } from "./wire";

/** Options every provider client accepts next to its credentials. */
export interface CommonClientOptions {
  /**
   * A `fetch` for every request, token calls included, always called as `fetch(url, init)` (default: the global
   * one, looked up per call); e.g. undici's `fetch` with a proxy dispatcher.
   */
  fetch?: FetchFunction;
  /** Retries after the first attempt for retry-safe requests (default 2). */
  maxRetries?: number;
  /** Per-attempt timeout in ms (default 60 000). */
  timeoutMs?: number;
  /**
   * Receives one line per attempt (method, path, status, attempt, duration, request id), `(message, fields)`:
   * `console`, winston, or `pinoLogger(pino())`. Silent by default; `PAYCLIENTS_LOG` set means `console`.
   */
  logger?: Logger;
  /** Lowest level passed to `logger`, or "off" (default: `PAYCLIENTS_LOG`, else "info"). */
  logLevel?: LogSetting;
  /** Observers of every call and attempt (e.g. `openTelemetryHooks()` from `./otel`); they never see credentials. */
  hooks?: PayClientHooks | readonly PayClientHooks[];
  /**
   * Client-side limiter (`new RequestLimiter({ maxConcurrent, requestsPerSecond })`; share one instance between
   * clients of the same account), or any {@link Limiter} (e.g. `@payclients/redis`'s, shared by a fleet); `false`
   * turns off a provider's default limiter.
   */
  limiter?: Limiter | false;
  /** Where tokens are cached (default: in memory, per client). */
  tokenStore?: TokenStore;
  /** Time source for token expiry (default: the wall clock). */
  clock?: Clock;
  /** Sleep used between retries (default: real timers); inject to observe backoff without waiting. */
  sleep?: Sleep;
  /**
   * Keeps a background token refresh alive after the call that started it has returned; on Cloudflare Workers pass
   * `waitUntil` from `cloudflare:workers`, or `ctx.waitUntil.bind(ctx)` per call (see {@link CallOptions.waitUntil}).
   */
  waitUntil?: (promise: Promise<unknown>) => void;
  /**
   * Headers added to every API request. A `User-Agent` here replaces the client's own (see
   * {@link ProviderDefinition.userAgent}), on token requests too; per-call headers win over both.
   */
  headers?: Record<string, string>;
}

/** The provider half of a client: configuration only, the mechanism lives here. */
export interface ProviderDefinition {
  /** Provider name used in errors and logs, e.g. "scalapay". */
  provider: string;
  /** API base URL (origin plus optional base path); tokens are only ever sent to its origin. */
  baseUrl: string;
  /**
   * The provider package's product token, `<package name>/<version>` (e.g. `@payclients/sqala/1.2.0`): every
   * request, token requests included, carries `User-Agent: <userAgent> auth-middleware/<version>`.
   */
  userAgent?: string;
  token: TokenStrategy;
  decodeError: ErrorDecoder;
  /** Credential headers for one attempt (default `Authorization: Bearer <token>`). */
  authorize?: (headers: Headers, token: string, path: string) => void;
  /** Secrets beyond the strategy's own (e.g. an API key sent in a header), for redaction. */
  secrets?: readonly (string | undefined)[];
  /**
   * The provider's generated operation table (`generated/operations.ts`): which operations take an idempotency
   * header, which are public, which body field de-duplicates a create, how lists page.
   */
  operations?: OperationTable;
  authenticationHint?: string;
  /** Builds a limiter for the provider's documented limits, used unless the caller passes `limiter`. */
  defaultLimiter?: () => Limiter;
  /** Separates token-store entries of different environments. */
  tokenNamespace?: string;
  /**
   * Adjusts a call's options before the request is built: per-operation guards (throw a `ConfigurationError`)
   * and body defaults (e.g. an account id the client was created with). `init` is the caller's, call options
   * (`maxRetries`, `timeoutMs`, …) included; return it, or a copy, with whatever it changed.
   */
  prepareCall?: (method: string, path: string, init: Record<string, unknown>) => Record<string, unknown>;
}

/** A successful call: `data` is the typed success body (never optional), `response` the raw response. */
export interface PayClientResult<Data> {
  data: Data;
  response: Response;
  /** The provider's request id header, when it sent one. */
  requestId: string | undefined;
}

type SuccessData<Result, Operation> = Result extends { data: infer Data; error?: never }
  ? [Exclude<Data, undefined>] extends [never]
    ? undefined
    : Exclude<Data, undefined> | (true extends HasEmptySuccess<Operation> ? undefined : never)
  : never;

// A 2xx without content (e.g. 200 | 204) resolves with `data: undefined`, so such operations keep `undefined`.
type ResponsesOf<Operation> = Operation extends { responses: infer Responses } ? Responses : never;
type HasEmptySuccess<Operation> = {
  [Status in keyof ResponsesOf<Operation>]: Status extends OkStatus
    ? ResponsesOf<Operation>[Status] extends { content: object }
      ? false
      : true
    : false;
}[keyof ResponsesOf<Operation>];

/** One HTTP method of a payclients client: openapi-fetch's signature, plus {@link CallOptions}, resolving only on success. */
// biome-ignore lint/suspicious/noExplicitAny: mirrors openapi-fetch's own `ClientMethod` constraint.
export type PayClientMethod<Paths extends Record<string, any>, Method extends HttpMethod> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method>,
>(
  url: Path,
  ...init: RequiredKeysOf<Init> extends never
    ? [(Init & CallOptions & ExactBody<Init, Paths[Path][Method]> & TransportOwned)?]
    : [Init & CallOptions & ExactBody<Init, Paths[Path][Method]> & TransportOwned]
) => Promise<
  PayClientResult<SuccessData<FetchResponse<Paths[Path][Method], Init, MediaType>, Paths[Path][Method]>>
>;

// openapi-fetch accepts these per call, but the payclients transport owns the fetch and the request path.
type TransportOwned = { fetch?: never; middleware?: never };

// `keyof` of a union is only its common keys; a body may use any member's keys.
type KeysOfUnion<T> = T extends unknown ? keyof T : never;

// The type of `Key` in whichever union members have it.
type ValueOfUnion<T, Key> = T extends unknown ? (Key extends keyof T ? T[Key] : never) : never;

// Generic inference skips excess-property checks at every depth, so each key of the sent value that the
// expected type lacks is mapped to `never` (objects, array items and nullable members alike): a misspelt
// field anywhere in a body fails to compile. A free-form (`unknown`) value accepts anything.
type NoExcess<Actual, Expected> = unknown extends Expected
  ? unknown
  : Actual extends readonly (infer Item)[]
    ? NonNullable<Expected> extends readonly (infer ExpectedItem)[]
      ? readonly NoExcess<Item, ExpectedItem>[]
      : unknown
    : Actual extends object
      ? NonNullable<Expected> extends readonly unknown[]
        ? unknown
        : NonNullable<Expected> extends object
          ? {
              [Key in keyof Actual]: Key extends KeysOfUnion<NonNullable<Expected>>
                ? NoExcess<Actual[Key], ValueOfUnion<NonNullable<Expected>, Key>>
                : never;
            }
          : unknown
      : unknown;

type ExactBody<Init, Operation> = Init extends { body: infer Body }
  ? Body extends readonly unknown[]
    ? unknown
    : Body extends object
      ? { body: NoExcess<Body, OperationRequestBodyContent<Operation>> }
      : unknown
  : unknown;

/** A typed client: `GET`/`POST`/`PUT`/`PATCH`/`DELETE` as in openapi-fetch, errors thrown as payclients errors. */
export interface PayClient<Paths extends {}, Operations extends OperationTable = OperationTable> {
  readonly provider: string;
  readonly baseUrl: string;
  /** The provider's operation table, generated from its spec (what `listAll` reads a list's paging from). */
  readonly operations: Operations;
  GET: PayClientMethod<Paths, "get">;
  POST: PayClientMethod<Paths, "post">;
  PUT: PayClientMethod<Paths, "put">;
  PATCH: PayClientMethod<Paths, "patch">;
  DELETE: PayClientMethod<Paths, "delete">;
  /** A view of the same client on another base path of the same origin, sharing its token and limiter. */
  withBaseUrl<OtherPaths extends {}>(baseUrl: string): PayClient<OtherPaths, Operations>;
  /** Token requests made so far by this client (observability for tests and benchmarks). */
  readonly stats: { readonly tokenRequests: number; readonly blockedOnToken: number };
}

/** Parses and checks a base URL: https only, except http on loopback; no credentials in the URL. */
export function validateBaseUrl(value: unknown, label = "baseUrl"): URL {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ConfigurationError(`${label} is required and must be a URL string`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${label} is not a valid URL: ${JSON.stringify(value)}`);
  }
  const { protocol, hostname } = url;
  if (url.username || url.password) throw new ConfigurationError(`${label} must not contain credentials`);
  if (
    protocol === "https:" ||
    (protocol === "http:" && /^(localhost|\[::1\]|::1|127\.\d+\.\d+\.\d+)$/.test(hostname))
  ) {
    return url;
  }
  throw new ConfigurationError(
    `${label} must use https:// (http:// only on loopback hosts); got ${protocol}//${url.host}`,
  );
}

/** Picks the base URL from exactly one of a named environment or an explicit `baseUrl`, with clear errors. */
export function selectBaseUrl<Name extends string>(
  provider: string,
  environments: Readonly<Record<Name, string>>,
  options: { environment?: Name | undefined; baseUrl?: string | undefined },
): string {
  const names = Object.keys(environments)
    .map((name) => JSON.stringify(name))
    .join(" | ");
  const { environment, baseUrl } = options;
  if (environment !== undefined && baseUrl !== undefined) {
    throw new ConfigurationError(`${provider}: pass either environment or baseUrl, not both`);
  }
  if (environment !== undefined) {
    if (!Object.hasOwn(environments, environment)) {
      throw new ConfigurationError(
        `${provider}: unknown environment ${JSON.stringify(environment)} (use ${names})`,
      );
    }
    return environments[environment];
  }
  if (baseUrl === undefined)
    throw new ConfigurationError(`${provider}: pass environment (${names}) or baseUrl`);
  return baseUrl;
}

/** Fails with a clear error when a required credential is missing or empty. */
export function requireCredential(provider: string, name: string, value: unknown): string {
  if (typeof value !== "string" || !value) {
    throw new ConfigurationError(`${provider}: the "${name}" option is required (a non-empty string)`);
  }
  if (hasControlCharacters(value)) {
    throw new ConfigurationError(
      `${provider}: the "${name}" option contains control characters (e.g. a trailing newline from a file or environment variable)`,
    );
  }
  return value;
}

/**
 * Reads a response's body while the attempt's bound still applies (openapi-fetch would read it after the pipeline
 * let go): a stall then surfaces as a timeout, a reset as a connection error. The bound's end cancels the read,
 * which closes the connection rather than leaving it to drain, and ends the pending read, so no race is needed.
 */
async function readWithin(response: Response, bound: AttemptBound): Promise<Answer> {
  const reader = response.body?.getReader();
  // No body (204, 304): no bytes, which read as empty text.
  if (reader === undefined) return { response, bytes: undefined };
  bound.onEnd(() => reader.cancel().catch(() => undefined));
  const bytes = await readAll(reader);
  // A cancelled read ends as if the body had: what was read is not the whole body.
  bound.throwIfEnded();
  return { response, bytes };
}

/** A body's bytes, read to the end. */
async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  // A small body arrives in one chunk: no copy.
  // Stryker disable next-line ConditionalExpression: equivalent; a copy of the one chunk holds the same bytes (the check saves the copy)
  return chunks.length === 1
    ? (chunks[0] as Uint8Array)
    : new Uint8Array(await new Blob(chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer());
}

/**
 * What a successful call resolves with. The request id is read on demand (most callers never look at it) by one
 * getter on the prototype: a getter per result (an object literal's) would give each result its own hidden class,
 * which V8 keeps in old space with the getter's closure, so every response would outlive the next young-generation
 * collections (measured: the pipeline's GC time tripled).
 */
class CallResult<Data> implements PayClientResult<Data> {
  readonly data: Data;
  readonly response: Response;
  constructor(data: Data, response: Response) {
    this.data = data;
    this.response = response;
  }
  get requestId(): string | undefined {
    return requestIdOf(this.response.headers);
  }
}

/** A late response nobody waits for any more: its body is cancelled, so its connection is closed, not held. */
function discardLate(response: Promise<Response>): void {
  // One catch for both a failed fetch and a failed cancel.
  // Stryker disable next-line OptionalChaining: equivalent; a late bodiless response then throws a TypeError the catch ignores
  response.then((late) => late.body?.cancel()).catch(() => undefined);
}

/** Builds a typed client for one provider from its definition and the caller's common options. */
export function createPayClient<Paths extends {}, Operations extends OperationTable = OperationTable>(
  definition: ProviderDefinition & { operations?: Operations },
  options: CommonClientOptions = {},
): PayClient<Paths, Operations> {
  const {
    provider,
    token: strategy,
    decodeError,
    operations = {} as Operations,
    authenticationHint,
    prepareCall,
    authorize = (headers, token) => headers.set("Authorization", `Bearer ${token}`),
  } = definition;
  const {
    maxRetries = 2,
    timeoutMs = 60_000,
    clock = systemClock,
    sleep = realSleep,
    headers: commonHeaders,
    waitUntil,
  } = options;
  const fetchImplementation = wireFetch(options.fetch);
  // A transport that closes its connection on abort gets every attempt's signal (see wantsAttemptSignal).
  const signalEveryAttempt = options.fetch?.[wantsAttemptSignal] === true;
  // The header a caller's own `idempotencyKey` goes under on an operation the spec gives none.
  const idempotencyHeader = Object.values(operations).find((facts) => facts.idempotency)?.idempotency;
  const base = validateBaseUrl(definition.baseUrl);
  const { origin } = base;
  const originPrefix = `${origin}/`;
  // A caller's own User-Agent (any spelling) wins, as in stripe-node and openai-node.
  const userAgent =
    Object.entries(commonHeaders ?? {}).find(([name]) => name.toLowerCase() === "user-agent")?.[1] ??
    `${definition.userAgent ? `${definition.userAgent} ` : ""}auth-middleware/${version}`;
  const defaultHeaders = { "User-Agent": userAgent, ...commonHeaders };
  // Stryker disable next-line ArrayDeclaration: equivalent; an invented default secret would only show in text that contains it literally
  const redactor = new Redactor(definition.secrets ?? []);
  const logger = resolveLogger(options.logger, options.logLevel);
  // Stryker disable next-line ArrayDeclaration: equivalent; a made-up observer that is no hooks object has no hook to call, and notify() skips it
  const observers: readonly PayClientHooks[] = options.hooks ? [options.hooks].flat() : [];
  for (const [name, value] of Object.entries({ maxRetries, timeoutMs })) {
    if (!(Number.isInteger(value) && value >= 0)) {
      throw new ConfigurationError(`${provider}: ${name} must be a non-negative integer`);
    }
  }
  const tokens = new TokenManager({
    provider,
    strategy,
    store: options.tokenStore,
    clock,
    redactor,
    logger,
    namespace: definition.tokenNamespace ?? origin,
    headers: { "User-Agent": userAgent },
    decodeError: (status, body, headers) =>
      decodeError({
        status,
        body,
        parsed: typeof body !== "string",
        headers,
        method: "POST",
        path: "",
        source: "token",
      }),
  });
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: equivalent; `false ?? …` is false, which the pipeline treats as no limiter
  const limiter = options.limiter === false ? undefined : (options.limiter ?? definition.defaultLimiter?.());

  /** Reads an error response and builds the matching {@link ApiError}. */
  const decode = (
    { response, bytes }: Answer,
    method: string,
    path: string,
    retryAfterMs: number | undefined,
  ) => {
    const text = utf8(bytes);
    let body: unknown = text;
    let parsed = false;
    try {
      body = JSON.parse(text);
      parsed = true;
    } catch {
      // Not JSON (HTML, plain text, empty or truncated): the decoder and the fallback get the raw text.
    }
    const { status, headers } = response;
    const [scrubbed, decoded, detail] = readFailure(response, body, redactor, (value) =>
      decodeError({ status, body: value, parsed, headers, method, path, source: "api" }),
    );
    const { code } = decoded;
    const safeHeaders = redactor.headers(headers);
    const hint = status === 401 && authenticationHint ? ` (${authenticationHint})` : "";
    return createApiError({
      provider,
      status,
      code,
      message: redactor.text(`${provider}: ${status} ${code ? `${code}: ` : ""}${detail}${hint}`),
      requestId: decoded.requestId ?? requestIdOf(safeHeaders),
      details: decoded.details,
      body: scrubbed,
      headers: safeHeaders,
      retryAfterMs,
      classifyAs: decoded.classifyAs,
    });
  };

  /**
   * The request pipeline for the request openapi-fetch built (see {@link PlainRequest}): limiter, token,
   * idempotency key, per-attempt timeout, retries, 401 replay and error decoding. Resolves with a 2xx `Response`
   * and its body's bytes, or rejects with a payclients error.
   */
  const send = async (
    request: PlainRequest,
    path: string,
    call: CallOptions,
    observed: PayClientCall | undefined,
  ): Promise<Answer> => {
    // `headers` is a fresh `Headers` per call (openapi-fetch merges them anew); fetch copies them per attempt.
    const { url, method, headers } = request;
    const signal = request.signal ?? undefined;
    // The prefix test is the fast path; a per-call baseUrl may spell the same origin differently (case, :443).
    // Stryker disable next-line MethodExpression: equivalent; the origin comparison after the fast path decides the same
    if (!url.startsWith(originPrefix) && new URL(url).origin !== origin) {
      throw new ConfigurationError(
        `${provider}: refusing to send credentials to ${new URL(url).origin}; the client is bound to ${origin}`,
      );
    }
    let body = request.body ?? null;
    // A Request would refuse this; without one, fetch's TypeError would pass for a connection failure.
    if (body !== null && method === "GET")
      throw new ConfigurationError(`${provider}: a GET request cannot have a body`);
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent; a string body buffered to its UTF-8 bytes sends the same bytes, and openapi-fetch has set its content type
    if (body !== null && typeof body !== "string") {
      // Rare (FormData, bytes or a stream from a custom serializer): buffered once, so every attempt can send it
      // again. A stream that never ends holds the call here, before the timeout and the caller's signal apply.
      const buffered = new Response(body);
      const type = buffered.headers.get("content-type");
      if (type && !headers.has("content-type")) headers.set("content-type", type);
      body = new Uint8Array(await buffered.arrayBuffer());
    }
    const mutating = method === "POST" || method === "PATCH";
    const facts = operationFacts(operations, method, path);
    // A key only makes a resend safe on operations the spec gives the idempotency header; elsewhere a
    // caller's key is still sent (under the provider's header), but the request is treated like any other POST.
    const keyHonoured = mutating && facts?.idempotency !== undefined;
    const header = facts?.idempotency ?? idempotencyHeader;
    if (header !== undefined) {
      const key = call.idempotencyKey ?? headers.get(header) ?? (keyHonoured ? crypto.randomUUID() : null);
      if (key !== null) headers.set(header, key);
    }
    let resendSafe = !mutating || keyHonoured;
    const deduplicationField = facts?.deduplication;
    if (!resendSafe && deduplicationField && headers.get("content-type")?.includes("json")) {
      try {
        // Not a string only when buffered above, i.e. bytes, or absent: decoding no body throws, and finds no field.
        const text = typeof body === "string" ? body : new TextDecoder().decode(body as Uint8Array);
        // Stryker disable next-line OptionalChaining: equivalent; a JSON null body then throws inside this try, with the same outcome
        const value = JSON.parse(text)?.[deduplicationField];
        resendSafe = value !== undefined && value !== null && value !== "";
      } catch {
        // An unreadable body carries no deduplication field.
      }
    }
    const retries = call.maxRetries ?? maxRetries;
    const attemptTimeoutMs = call.timeoutMs ?? timeoutMs;
    const anonymous = facts?.public === true;
    let replayed = false;

    // One attempt within its bound (the deadline and the caller's signal): the wait for a token, then for a limiter
    // slot (a token wait must not hold a slot: the token call is not an API request), the request and its body.
    const exchange = async (
      bound: AttemptBound,
      progress: { token: string; sent: boolean },
      attempt: number,
    ) => {
      let holdsSlot = false;
      try {
        if (!anonymous) {
          // The bound's signal only when the token is not cached: building it costs more than the cached lookup.
          progress.token =
            tokens.cached() ?? (await tokens.token(() => bound.signal, call.waitUntil ?? waitUntil));
          authorize(headers, progress.token, path);
        }
        if (limiter) {
          await limiter.acquire(bound.signal);
          holdsSlot = true;
        }
        progress.sent = true;
        // Stryker disable next-line ConditionalExpression: equivalent; without hooks there is nobody to notify, the check only skips building the copy
        if (observed) {
          const sentHeaders = redactedRequestHeaders(headers, progress.token, (value) =>
            redactor.text(value),
          );
          notify(observers, "request", { call: observed, attempt, headers: sentHeaders });
        }
        // A signal goes to the global fetch only when the caller gave one (see bounds.ts), and then the bound's:
        // undici's Request keeps its listener on the signal until the Request is collected, which a long-lived
        // caller signal would pile up. Without one, the bound races the request and a late response is discarded,
        // but a request stalled before its headers keeps its connection (undici's headersTimeout, 300 s), which
        // only an aborted signal closes: a transport that asks for it gets the bound's signal on every attempt.
        const response = await bound.within(
          fetchImplementation(url, method, headers, body, signal || signalEveryAttempt ? bound.signal : null),
          discardLate,
        );
        return await readWithin(response, bound);
      } finally {
        bound.dispose();
        // Stryker disable next-line OptionalChaining: equivalent; holdsSlot is only set once limiter.acquire resolved
        if (holdsSlot) limiter?.release();
      }
    };

    for (let attempt = 0; ; attempt += 1) {
      signal?.throwIfAborted();
      let answer: Answer;
      // Stryker disable next-line ObjectLiteral,StringLiteral: equivalent; a credentialed attempt sets the token before reading it, a public one only compares it with header values
      const progress = { token: "", sent: false };
      const started = clock.now();
      // Undefined without a logger, so `log?.(…)` skips building the fields (request id lookups included).
      const log =
        logger &&
        ((level: "info" | "warn", fields: Record<string, unknown>) =>
          logger[level](`${provider} ${method} ${path}`, {
            provider,
            method,
            path,
            attempt: attempt + 1,
            durationMs: clock.now() - started,
            ...fields,
          }));
      const bound = boundAttempt(signal, attemptTimeoutMs);
      try {
        answer = await exchange(bound, progress, attempt + 1);
      } catch (error) {
        // The caller's own reason (an AbortError DOMException unless they gave one), never wrapped or retried.
        if (signal?.aborted) throw signal.reason;
        let failure = error;
        // Nothing reached the API before the fetch, so any method may try again.
        let retrySafe = resendSafe || !progress.sent;
        if (bound.expired) {
          failure = new TimeoutError(
            `${provider}: ${method} attempt timed out after ${attemptTimeoutMs} ms${progress.sent ? "" : " waiting for an access token or a limiter slot"}`,
            { cause: error },
          );
        } else if (error instanceof TokenAcquisitionError) {
          // Nothing reached the API yet, so any method may try again when the token endpoint hiccuped.
          const { status } = error;
          retrySafe = status === undefined || retryableStatuses.includes(status);
        } else {
          if (PayClientsError.isInstance(error)) throw error;
          failure = new ConnectionError(
            redactor.text(`${provider}: ${method} ${path} failed: ${messageOf(error)}`),
            { cause: redactor.cause(error) },
          );
        }
        if (!(error instanceof TokenAcquisitionError)) log?.("warn", { error: (failure as Error).message });
        const durationMs = clock.now() - started;
        // Stryker disable next-line ConditionalExpression: equivalent for → true; a call runs unobserved only when there are no observers to notify
        if (observed)
          notify(observers, "error", { call: observed, attempt: attempt + 1, error: failure, durationMs });
        if (retrySafe && attempt < retries) {
          const delayMs = backoffDelayMs(attempt);
          // Stryker disable next-line ConditionalExpression: equivalent for → true; a call runs unobserved only when there are no observers to notify
          if (observed)
            notify(observers, "retry", { call: observed, attempt: attempt + 1, delayMs, reason: failure });
          await sleep(delayMs, signal);
          continue;
        }
        throw failure;
      }
      const { status, ok } = answer.response;
      const responseHeaders = answer.response.headers;
      log?.(ok ? "info" : "warn", { status, requestId: requestIdOf(responseHeaders) });
      // Stryker disable next-line ConditionalExpression: equivalent; without hooks there is nobody to notify, the check only skips building the event
      if (observed) {
        notify(observers, "response", {
          call: observed,
          attempt: attempt + 1,
          status,
          requestId: requestIdOf(responseHeaders),
          durationMs: clock.now() - started,
          headers: redactor.headers(responseHeaders),
        });
      }
      if (ok) return answer;
      const replay = !replayed && status === 401 && !anonymous && strategy.refreshable;
      const retryAfter = parseRetryAfter(responseHeaders.get("retry-after"), clock.now());
      if (
        replay ||
        // A server asking for more than a minute is better answered by the caller than by a blocked call.
        (resendSafe && attempt < retries && retryableStatuses.includes(status) && (retryAfter ?? 0) <= 60_000)
      ) {
        const delayMs = replay ? 0 : (retryAfter ?? backoffDelayMs(attempt));
        // Stryker disable next-line ConditionalExpression: equivalent for → true; a call runs unobserved only when there are no observers to notify
        if (observed)
          notify(observers, "retry", { call: observed, attempt: attempt + 1, delayMs, reason: status });
        if (replay) {
          // The API rejected the token (expired, revoked): a fresh one and one replay, which is safe because
          // the request was refused before processing; this attempt does not count as a retry.
          replayed = true;
          await tokens.invalidate(progress.token);
          attempt -= 1;
        } else {
          await sleep(delayMs, signal);
        }
        continue;
      }
      throw decode(answer, method, path, retryAfter);
    }
  };

  /** Runs one call between the hooks' `start` and `end` (directly, without an extra async step, when there are none). */
  const observe = (
    request: PlainRequest,
    path: string,
    run: (observed: PayClientCall | undefined) => Promise<Response>,
  ): Promise<Response> =>
    // Stryker disable next-line ConditionalExpression: equivalent for → false; the call is then observed by nobody (only a shortcut)
    observers.length === 0 ? run(undefined) : observeCall(request, path, run);

  /** {@link observe} with hooks to notify. */
  const observeCall = async (
    request: PlainRequest,
    path: string,
    run: (observed: PayClientCall | undefined) => Promise<Response>,
  ): Promise<Response> => {
    // Stryker disable next-line StringLiteral: equivalent; split always yields a first element
    const observed = { provider, method: request.method, path, url: request.url.split("?")[0] ?? "" };
    notify(observers, "start", { call: observed });
    try {
      const response = await run(observed);
      notify(observers, "end", {
        call: observed,
        status: response.status,
        requestId: requestIdOf(response.headers),
      });
      return response;
    } catch (error) {
      notify(observers, "end", { call: observed, error });
      throw error;
    }
  };

  // One token manager and pipeline per client; `withBaseUrl` views share them (same origin only).
  function bind<BoundPaths extends {}>(boundUrl: string): PayClient<BoundPaths, Operations> {
    const raw = createClient<BoundPaths>({
      baseUrl: boundUrl,
      headers: defaultHeaders,
      Request: PlainRequest as unknown as typeof Request,
    });
    const method = (name: "GET" | "POST" | "PUT" | "PATCH" | "DELETE") => [
      name,
      async (url: string, init: Record<string, unknown> & CallOptions = {}) => {
        const { parseAs = "json" } = init as typeof init & { parseAs?: ParseAs };
        // openapi-fetch would hand per-call middleware our plain request object, not a `Request`.
        if (init.middleware !== undefined) {
          throw new ConfigurationError(
            `${provider}: per-call middleware is not supported by payclients clients`,
          );
        }
        const call = raw[name] as (
          url: string,
          init: Record<string, unknown>,
        ) => Promise<{ data?: unknown; response: Response }>;
        let data: unknown;
        // A per-call `fetch` rather than a middleware: openapi-fetch then skips its middleware bookkeeping, and
        // `url` is the operation's path template. The body is decoded here (see readSuccessBody); `stream` keeps
        // openapi-fetch from reading it a second time.
        // The call options (`maxRetries`, `timeoutMs`, …) ride along: openapi-fetch copies options it does not know
        // onto the request it hands our `fetch`, where nothing reads them, and a copy without them (a rest spread)
        // was the costliest step of this function.
        const { response } = await call(url, {
          ...(prepareCall ? prepareCall(name, url, init) : init),
          parseAs: "stream",
          fetch: (request: PlainRequest) =>
            observe(request, url, async (observed) => {
              const answer = await send(request, url, init, observed);
              const body = readSuccessBody(answer, parseAs, { provider, method: name, path: url, redactor });
              // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent; awaiting a decoded value yields it unchanged (the check only saves a promise tick)
              data = parseAs === "json" ? body : await body;
              return answer.response;
            }),
        });
        return new CallResult(data, response);
      },
    ];
    const summary = { provider, baseUrl: boundUrl };
    return {
      ...summary,
      operations,
      ...Object.fromEntries((["GET", "POST", "PUT", "PATCH", "DELETE"] as const).map(method)),
      withBaseUrl(url: string) {
        const next = validateBaseUrl(url);
        if (next.origin !== origin) {
          throw new ConfigurationError(
            `${provider}: withBaseUrl must stay on ${origin} (tokens are only sent to the API origin)`,
          );
        }
        return bind(next.href.replace(/\/+$/, ""));
      },
      stats: {
        get tokenRequests() {
          return tokens.acquisitions;
        },
        get blockedOnToken() {
          return tokens.blockedCalls;
        },
      },
      toJSON: () => summary,
      [Symbol.for("nodejs.util.inspect.custom")]: () =>
        `PayClient { provider: '${provider}', baseUrl: '${boundUrl}' }`,
    } as unknown as PayClient<BoundPaths, Operations>;
  }
  return bind(base.href.replace(/\/+$/, ""));
}
