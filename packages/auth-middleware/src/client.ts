import createClient, { type FetchResponse, type MaybeOptionalInit, type Middleware } from "openapi-fetch";
import type {
  HttpMethod,
  MediaType,
  OkStatus,
  OperationRequestBodyContent,
  PathsWithMethod,
  RequiredKeysOf,
} from "openapi-typescript-helpers";
import { ConfigurationError } from "./errors";
import type { RequestLimiter } from "./limiter";
import { type Logger, type LogLevel, leveledLogger } from "./logger";
import { Redactor } from "./redaction";
import { type Clock, realSleep, type Sleep, systemClock } from "./time";
import { TokenManager, type TokenStore, type TokenStrategy } from "./tokens";
import {
  type CallOptions,
  type ErrorDecoder,
  type IdempotencyConfig,
  requestIdOf,
  Transport,
} from "./transport";

/** Options every provider client accepts next to its credentials. */
export interface CommonClientOptions {
  /** A `fetch` implementation (default: the global one). */
  fetch?: typeof fetch;
  /** Retries after the first attempt for retry-safe requests (default 2). */
  maxRetries?: number;
  /** Per-attempt timeout in ms (default 60 000). */
  timeoutMs?: number;
  /** Receives one line per attempt (method, path, status, attempt, duration, request id); silent by default. */
  logger?: Logger;
  /** Lowest level passed to `logger` (default "info"). */
  logLevel?: LogLevel;
  /**
   * Client-side limiter (`new RequestLimiter({ maxConcurrent, requestsPerSecond })`; share one instance between
   * clients of the same account); `false` turns off a provider's default limiter.
   */
  limiter?: RequestLimiter | false;
  /** Where tokens are cached (default: in memory, per client). */
  tokenStore?: TokenStore;
  /** Time source for token expiry (default: the wall clock). */
  clock?: Clock;
  /** Sleep used between retries (default: real timers); inject to observe backoff without waiting. */
  sleep?: Sleep;
  /** Headers added to every API request. */
  headers?: Record<string, string>;
}

/** The provider half of a client: configuration only, the mechanism lives here. */
export interface ProviderDefinition {
  /** Provider name used in errors and logs, e.g. "scalapay". */
  provider: string;
  /** API base URL (origin plus optional base path); tokens are only ever sent to its origin. */
  baseUrl: string;
  token: TokenStrategy;
  decodeError: ErrorDecoder;
  /** Credential headers for one attempt (default `Authorization: Bearer <token>`). */
  authorize?: (headers: Headers, token: string, path: string) => void;
  /** Secrets beyond the strategy's own (e.g. an API key sent in a header), for redaction. */
  secrets?: readonly (string | undefined)[];
  idempotency?: IdempotencyConfig;
  deduplicationField?: string;
  authenticationHint?: string;
  /** Builds a limiter for the provider's documented limits, used unless the caller passes `limiter`. */
  defaultLimiter?: () => RequestLimiter;
  /** Separates token-store entries of different environments. */
  tokenNamespace?: string;
  /** Operations that take no credentials (e.g. public checkout pages): sent without a token. */
  isPublic?: (method: string, path: string) => boolean;
  /**
   * Adjusts a call's options before the request is built: per-operation guards (throw a `ConfigurationError`)
   * and body defaults (e.g. an account id the client was created with).
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
    ? [(Init & CallOptions & ExactBody<Init, Paths[Path][Method]>)?]
    : [Init & CallOptions & ExactBody<Init, Paths[Path][Method]>]
) => Promise<
  PayClientResult<SuccessData<FetchResponse<Paths[Path][Method], Init, MediaType>, Paths[Path][Method]>>
>;

// `keyof` of a union is only its common keys; a body may use any member's keys.
type KeysOfUnion<T> = T extends unknown ? keyof T : never;

// Generic inference skips excess-property checks, so unknown body fields are mapped to `never` explicitly.
type ExactBody<Init, Operation> = Init extends { body: infer Body }
  ? Body extends readonly unknown[]
    ? unknown
    : Body extends object
      ? {
          body: {
            [Key in Exclude<
              keyof Body,
              KeysOfUnion<NonNullable<OperationRequestBodyContent<Operation>>>
            >]: never;
          };
        }
      : unknown
  : unknown;

/** A typed client: `GET`/`POST`/`PUT`/`PATCH`/`DELETE` as in openapi-fetch, errors thrown as payclients errors. */
export interface PayClient<Paths extends {}> {
  readonly provider: string;
  readonly baseUrl: string;
  GET: PayClientMethod<Paths, "get">;
  POST: PayClientMethod<Paths, "post">;
  PUT: PayClientMethod<Paths, "put">;
  PATCH: PayClientMethod<Paths, "patch">;
  DELETE: PayClientMethod<Paths, "delete">;
  /** A view of the same client on another base path of the same origin, sharing its token and limiter. */
  withBaseUrl<OtherPaths extends {}>(baseUrl: string): PayClient<OtherPaths>;
  /** Token requests made so far by this client (observability for tests and benchmarks). */
  readonly stats: { readonly tokenRequests: number; readonly blockedOnToken: number };
}

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

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
  if (url.username || url.password) throw new ConfigurationError(`${label} must not contain credentials`);
  if (url.protocol === "https:") return url;
  if (
    url.protocol === "http:" &&
    (loopbackHosts.has(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname))
  ) {
    return url;
  }
  throw new ConfigurationError(
    `${label} must use https:// (plain http:// is only allowed for loopback hosts such as 127.0.0.1 and localhost); got ${url.protocol}//${url.host}`,
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
  if (typeof value !== "string" || value.length === 0) {
    throw new ConfigurationError(`${provider}: the "${name}" option is required (a non-empty string)`);
  }
  return value;
}

/** Builds a typed client for one provider from its definition and the caller's common options. */
export function createPayClient<Paths extends {}>(
  definition: ProviderDefinition,
  options: CommonClientOptions = {},
): PayClient<Paths> {
  const base = validateBaseUrl(definition.baseUrl);
  const baseUrl = base.href.replace(/\/+$/, "");
  const redactor = new Redactor(definition.secrets ?? []);
  const logger = leveledLogger(options.logger, options.logLevel);
  const clock = options.clock ?? systemClock;
  const fetchImplementation = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  for (const [name, value] of [
    ["maxRetries", options.maxRetries],
    ["timeoutMs", options.timeoutMs],
  ] as const) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
      throw new ConfigurationError(`${definition.provider}: ${name} must be a non-negative integer`);
    }
  }
  const tokens = new TokenManager({
    provider: definition.provider,
    strategy: definition.token,
    store: options.tokenStore,
    clock,
    redactor,
    logger,
    namespace: definition.tokenNamespace ?? base.origin,
    decodeError: (status, body, headers) =>
      definition.decodeError({
        status,
        body,
        parsed: typeof body !== "string",
        headers,
        method: "POST",
        path: "",
        source: "token",
      }),
  });
  const limiter = options.limiter === false ? undefined : (options.limiter ?? definition.defaultLimiter?.());
  const transport = new Transport({
    provider: definition.provider,
    apiOrigin: base.origin,
    fetch: fetchImplementation,
    strategy: definition.token,
    tokens,
    authorize: definition.authorize ?? ((headers, token) => headers.set("Authorization", `Bearer ${token}`)),
    decodeError: definition.decodeError,
    redactor,
    logger,
    clock,
    sleep: options.sleep ?? realSleep,
    maxRetries: options.maxRetries ?? 2,
    timeoutMs: options.timeoutMs ?? 60_000,
    limiter,
    idempotency: definition.idempotency,
    deduplicationField: definition.deduplicationField,
    authenticationHint: definition.authenticationHint,
    isPublic: definition.isPublic,
    random: Math.random,
  });
  // One token manager and transport per client; `withBaseUrl` views share them (same origin only).
  function bind<BoundPaths extends {}>(boundUrl: string): PayClient<BoundPaths> {
    const raw = createClient<BoundPaths>({
      baseUrl: boundUrl,
      ...(options.headers ? { headers: options.headers } : {}),
      fetch: () => Promise.reject(new Error("unreachable: the payclients middleware answers every request")),
    });
    const method = (name: "GET" | "POST" | "PUT" | "PATCH" | "DELETE") => {
      const call = raw[name] as (
        url: string,
        init: Record<string, unknown>,
      ) => Promise<{ data?: unknown; response: Response }>;
      return async (url: string, init: Record<string, unknown> & CallOptions = {}) => {
        const { maxRetries, timeoutMs, idempotencyKey, ...given } = init;
        const rest = definition.prepareCall ? definition.prepareCall(name, url, given) : given;
        const callOptions: CallOptions = {};
        if (maxRetries !== undefined) callOptions.maxRetries = maxRetries;
        if (timeoutMs !== undefined) callOptions.timeoutMs = timeoutMs;
        if (idempotencyKey !== undefined) callOptions.idempotencyKey = idempotencyKey;
        const middleware: Middleware = {
          onRequest: ({ request, schemaPath }) => transport.send(request, schemaPath, callOptions),
        };
        const result = await call(url, { ...rest, middleware: [middleware] });
        const { response } = result;
        // Read on demand: most callers never look at it.
        return {
          data: result.data,
          response,
          get requestId() {
            return requestIdOf(response.headers);
          },
        };
      };
    };
    const client = {
      provider: definition.provider,
      baseUrl: boundUrl,
      GET: method("GET"),
      POST: method("POST"),
      PUT: method("PUT"),
      PATCH: method("PATCH"),
      DELETE: method("DELETE"),
      withBaseUrl<OtherPaths extends {}>(url: string): PayClient<OtherPaths> {
        const next = validateBaseUrl(url);
        if (next.origin !== base.origin) {
          throw new ConfigurationError(
            `${definition.provider}: withBaseUrl must stay on ${base.origin} (tokens are only sent to the API origin)`,
          );
        }
        return bind<OtherPaths>(next.href.replace(/\/+$/, ""));
      },
      stats: {
        get tokenRequests() {
          return tokens.acquisitions;
        },
        get blockedOnToken() {
          return tokens.blockedCalls;
        },
      },
      toJSON: () => ({ provider: definition.provider, baseUrl: boundUrl }),
      [Symbol.for("nodejs.util.inspect.custom")]: () =>
        `PayClient { provider: '${definition.provider}', baseUrl: '${boundUrl}' }`,
    };
    return client as unknown as PayClient<BoundPaths>;
  }
  return bind<Paths>(baseUrl);
}
