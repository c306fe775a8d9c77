import { type DecodedError, TokenAcquisitionError } from "./errors";
import type { Logger } from "./logger";
import type { Redactor } from "./redaction";
import { type Clock, systemClock } from "./time";

/** A token as a strategy obtains it. `expiresInSeconds` absent means "valid until the API says 401". */
export interface IssuedToken {
  token: string;
  expiresInSeconds?: number | undefined;
}

/** A cached token; plain JSON so a shared store (Redis, a database) can hold it. */
export interface StoredToken {
  token: string;
  /** Epoch ms when the token was obtained. */
  issuedAt: number;
  /** Epoch ms when it expires; `null` for tokens without a known lifetime. */
  expiresAt: number | null;
}

/** Where tokens are cached; implement it over a shared store to share tokens across processes. */
export interface TokenStore {
  get(key: string): Promise<StoredToken | undefined>;
  /** `ttlMs` is `undefined` for tokens without a known lifetime. */
  set(key: string, value: StoredToken, ttlMs: number | undefined): Promise<void>;
  delete(key: string): Promise<void>;
}

/** The default store: a per-process map. */
export class MemoryTokenStore implements TokenStore {
  readonly #entries = new Map<string, StoredToken>();
  async get(key: string): Promise<StoredToken | undefined> {
    return this.#entries.get(key);
  }
  async set(key: string, value: StoredToken): Promise<void> {
    this.#entries.set(key, value);
  }
  async delete(key: string): Promise<void> {
    this.#entries.delete(key);
  }
}

/** What an openapi-fetch call returns; the token call is a typed call of the provider's own spec. */
export interface TokenCallResult<Data> {
  data?: Data | undefined;
  error?: unknown;
  response: Response;
}

/** What a strategy hands its `send` callback: headers to add and the abort signal. */
export type TokenRequestInit = {
  headers: Record<string, string>;
  signal: AbortSignal;
};

/** The OAuth2 token call's init: the form body and its serializer come with it. */
export type OAuth2TokenRequestInit = TokenRequestInit & {
  body: { grant_type: "client_credentials"; scope?: string };
  bodySerializer: (body: unknown) => string;
};

/** How a client obtains the token it puts on API requests. */
export interface TokenStrategy {
  /** Human label for logs and errors. */
  readonly kind: "static-key" | "credential-exchange" | "login" | "oauth2-client-credentials" | "callback";
  /** Whether a 401 is worth one replay with a newly acquired token (false for static keys). */
  readonly refreshable: boolean;
  /** Credential values that must never appear in messages or logs. */
  readonly secrets: readonly string[];
  /** Identifies the credential for a shared token store (never contains a secret). */
  readonly cacheKey: string;
  acquire(signal: AbortSignal): Promise<IssuedToken | TokenCallOutcome>;
}

/** A raw token-endpoint answer that the token manager turns into a token or a {@link TokenAcquisitionError}. */
export interface TokenCallOutcome {
  call: TokenCallResult<unknown>;
  read: (data: unknown) => IssuedToken;
}

/** Encodes `user:password` as an HTTP Basic `Authorization` value (UTF-8, web-standard APIs only). */
export function basicAuthorization(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** A fixed API key or token sent as is (Scalapay API key, VaiiPay client token). */
export function staticKey(key: string): TokenStrategy {
  return {
    kind: "static-key",
    refreshable: false,
    secrets: [key],
    cacheKey: "static",
    acquire: async () => ({ token: key }),
  };
}

/** A token the caller supplies through a callback (e.g. an OAuth2 token managed elsewhere); called again after a 401. */
export function tokenCallback(
  callback: (signal: AbortSignal) => Promise<string | IssuedToken> | string | IssuedToken,
): TokenStrategy {
  return {
    kind: "callback",
    refreshable: true,
    secrets: [],
    cacheKey: "callback",
    acquire: async (signal) => {
      const value = await callback(signal);
      return typeof value === "string" ? { token: value } : value;
    },
  };
}

/** Options of {@link credentialExchange}. */
export interface CredentialExchangeOptions<Data> {
  /** HTTP Basic user (e.g. Sqala appId). */
  username: string;
  /** HTTP Basic password (e.g. Sqala appSecret). */
  password: string;
  /** Other secrets the call carries (e.g. a refresh token), for redaction. */
  secrets?: readonly string[];
  /** Performs the typed token call with the given headers and signal. */
  send: (init: TokenRequestInit) => Promise<TokenCallResult<Data>>;
  /** Reads the token and lifetime from the success body. */
  read: (data: Data) => IssuedToken;
}

/** Exchanges HTTP Basic credentials (plus whatever body the provider wants) for a token. */
export function credentialExchange<Data>(options: CredentialExchangeOptions<Data>): TokenStrategy {
  const authorization = basicAuthorization(options.username, options.password);
  return {
    kind: "credential-exchange",
    refreshable: true,
    secrets: [options.username, options.password, authorization.slice(6), ...(options.secrets ?? [])],
    cacheKey: `exchange:${options.username}`,
    acquire: async (signal) => ({
      call: await options.send({ headers: { Authorization: authorization }, signal }),
      read: options.read as (data: unknown) => IssuedToken,
    }),
  };
}

/** Options of {@link loginExchange}. */
export interface LoginExchangeOptions<Data> {
  /** Identifies the account in a shared token store (e.g. the login id); not a secret. */
  account: string;
  /** Secrets in the login body, for redaction. */
  secrets: readonly string[];
  send: (init: TokenRequestInit) => Promise<TokenCallResult<Data>>;
  /** Reads the token; when it gives no lifetime, `lifetimeSeconds` applies. */
  read: (data: Data) => IssuedToken;
  /** Documented token lifetime used when the answer does not state one. */
  lifetimeSeconds?: number;
}

/** Logs in with credentials in the request body (Qolo: `{loginid, apikey}` → token valid 12 h). */
export function loginExchange<Data>(options: LoginExchangeOptions<Data>): TokenStrategy {
  return {
    kind: "login",
    refreshable: true,
    secrets: options.secrets,
    cacheKey: `login:${options.account}`,
    acquire: async (signal) => ({
      call: await options.send({ headers: {}, signal }),
      read: (data) => {
        const issued = options.read(data as Data);
        return issued.expiresInSeconds === undefined
          ? { token: issued.token, expiresInSeconds: options.lifetimeSeconds }
          : issued;
      },
    }),
  };
}

/** The standard OAuth2 token response. */
export interface OAuth2TokenResponse {
  access_token: string;
  expires_in?: number;
  token_type?: string;
}

/** Options of {@link oauth2ClientCredentials}. */
export interface OAuth2ClientCredentialsOptions<Data> {
  clientId: string;
  clientSecret: string;
  scope?: string | undefined;
  /** Performs the typed call; `body` is the form to send (the init carries a form serializer). */
  send: (init: OAuth2TokenRequestInit) => Promise<TokenCallResult<Data>>;
  /** Reads the token; defaults to `access_token` / `expires_in`. */
  read?: (data: Data) => IssuedToken;
}

/** OAuth2 client credentials: HTTP Basic client id/secret and a form-encoded `grant_type=client_credentials`. */
export function oauth2ClientCredentials<Data>(options: OAuth2ClientCredentialsOptions<Data>): TokenStrategy {
  const authorization = basicAuthorization(options.clientId, options.clientSecret);
  const read =
    options.read ??
    ((data: Data) => {
      const body = data as Partial<OAuth2TokenResponse> | undefined;
      return { token: String(body?.access_token ?? ""), expiresInSeconds: body?.expires_in };
    });
  const body: { grant_type: "client_credentials"; scope?: string } =
    options.scope === undefined
      ? { grant_type: "client_credentials" }
      : { grant_type: "client_credentials", scope: options.scope };
  return {
    kind: "oauth2-client-credentials",
    refreshable: true,
    secrets: [options.clientSecret, authorization.slice(6)],
    cacheKey: `oauth2:${options.clientId}:${options.scope ?? ""}`,
    acquire: async (signal) => ({
      call: await options.send({
        headers: { Authorization: authorization, "Content-Type": "application/x-www-form-urlencoded" },
        signal,
        bodySerializer: (value) => new URLSearchParams(value as Record<string, string>).toString(),
        body,
      }),
      read: read as (data: unknown) => IssuedToken,
    }),
  };
}

/**
 * The refresh window: how long before expiry a background refresh starts. max(60 s, 1 % of the lifetime),
 * never more than half the lifetime. 60 s covers token-endpoint latency and clock skew; every extra second of
 * window shortens each token's useful life, so a 10 % window would cost a 1-hour token ~11 % more token requests.
 */
export function refreshWindowMs(lifetimeMs: number): number {
  return Math.min(Math.max(60_000, lifetimeMs * 0.01), lifetimeMs / 2);
}

/** Options of {@link TokenManager}. */
export interface TokenManagerOptions {
  provider: string;
  strategy: TokenStrategy;
  store?: TokenStore | undefined;
  clock?: Clock | undefined;
  /** Decodes the token endpoint's error body (the provider's error decoder). */
  decodeError: (status: number, body: unknown, headers: Headers) => DecodedError | undefined;
  redactor: Redactor;
  logger?: Logger | undefined;
  /** Timeout of one token call (default 30 s). */
  timeoutMs?: number | undefined;
  /** Store key prefix, to keep environments apart. */
  namespace?: string | undefined;
}

/**
 * Owns the token lifecycle: single-flight acquisition, proactive background refresh inside the
 * refresh window, invalidation after a 401 guarded by a generation counter, and a pluggable store.
 */
export class TokenManager {
  readonly #options: TokenManagerOptions;
  readonly #store: TokenStore;
  readonly #clock: Clock;
  readonly #key: string;
  #memo: StoredToken | undefined;
  #inflight: Promise<StoredToken> | undefined;
  #generation = 0;
  #backgroundRetryAt = 0;
  /** Token-endpoint requests made by this manager (for tests, benchmarks and the demo). */
  acquisitions = 0;
  /** Calls that had to wait for a token (cold cache or expired token). */
  blockedCalls = 0;

  constructor(options: TokenManagerOptions) {
    this.#options = options;
    this.#store = options.store ?? new MemoryTokenStore();
    this.#clock = options.clock ?? systemClock;
    this.#key = `payclients:${options.provider}:${options.namespace ?? ""}:${options.strategy.cacheKey}`;
    for (const secret of options.strategy.secrets) options.redactor.add(secret);
  }

  /** A usable token: cached when valid, refreshed in the background inside the window, awaited otherwise. */
  async token(): Promise<string> {
    const now = this.#clock.now();
    let current = this.#memo;
    // Static keys never leave the process: a shared store would mix up different keys on one origin.
    if ((current === undefined || isExpired(current, now)) && this.#options.strategy.kind !== "static-key") {
      current = await this.#store.get(this.#key);
      if (current !== undefined && !isExpired(current, now)) {
        this.#memo = current;
        this.#options.redactor.add(current.token);
      }
    }
    if (current !== undefined && !isExpired(current, now)) {
      if (this.#inflight === undefined && now >= refreshAt(current) && now >= this.#backgroundRetryAt) {
        this.#acquire().catch((error: unknown) => {
          // A failed background refresh keeps the valid token and tries again a little later.
          this.#backgroundRetryAt = this.#clock.now() + 5_000;
          this.#options.logger?.warn("token refresh failed; still using the current token", {
            provider: this.#options.provider,
            error: error instanceof Error ? error.message : String(error),
          });
        });
      }
      return current.token;
    }
    this.blockedCalls += 1;
    return (await (this.#inflight ?? this.#acquire())).token;
  }

  /** Drops `token` after the API rejected it, unless it was already dropped or replaced by a newer one. */
  async invalidate(token: string): Promise<void> {
    if (this.#memo?.token !== token) return;
    this.#memo = undefined;
    this.#inflight = undefined;
    this.#generation += 1;
    if (this.#options.strategy.kind === "static-key") return;
    const stored = await this.#store.get(this.#key);
    if (stored?.token === token) await this.#store.delete(this.#key);
  }

  #acquire(): Promise<StoredToken> {
    const generation = this.#generation;
    const promise = this.#fetchToken().then(async (stored) => {
      // A refresh that started before an invalidation must not resurrect state the invalidation cleared.
      if (generation === this.#generation) {
        this.#memo = stored;
        if (this.#options.strategy.kind !== "static-key") {
          const ttl = stored.expiresAt === null ? undefined : stored.expiresAt - stored.issuedAt;
          await this.#store.set(this.#key, stored, ttl);
        }
      }
      return stored;
    });
    this.#inflight = promise;
    const clear = () => {
      if (this.#inflight === promise) this.#inflight = undefined;
    };
    promise.then(clear, clear);
    return promise;
  }

  async #fetchToken(): Promise<StoredToken> {
    const { provider, strategy, redactor } = this.#options;
    // Static keys and callbacks make no token request of their own.
    if (strategy.kind !== "static-key" && strategy.kind !== "callback") this.acquisitions += 1;
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new Error("token request timed out")),
      this.#options.timeoutMs ?? 30_000,
    );
    let outcome: IssuedToken | TokenCallOutcome;
    try {
      outcome = await strategy.acquire(controller.signal);
    } catch (error) {
      throw new TokenAcquisitionError({
        provider,
        message: redactor.text(
          `${provider}: token request (${strategy.kind}) failed before any response: ${describe(error, controller.signal)}`,
        ),
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }
    const issuedAt = this.#clock.now();
    const issued = "call" in outcome ? this.#readCall(outcome) : outcome;
    if (typeof issued.token !== "string" || issued.token.length === 0) {
      throw new TokenAcquisitionError({
        provider,
        message: `${provider}: the token response carried no token`,
      });
    }
    redactor.add(issued.token);
    const lifetime = issued.expiresInSeconds;
    const expiresAt =
      typeof lifetime === "number" && Number.isFinite(lifetime) ? issuedAt + lifetime * 1000 : null;
    this.#options.logger?.debug("token acquired", { provider, kind: strategy.kind, expiresAt });
    return { token: issued.token, issuedAt, expiresAt };
  }

  #readCall({ call, read }: TokenCallOutcome): IssuedToken {
    const { provider, strategy, redactor } = this.#options;
    const { response } = call;
    if (!response.ok || call.error !== undefined) {
      const body = redactor.value(call.error);
      let decoded: DecodedError | undefined;
      try {
        decoded = this.#options.decodeError(response.status, body, response.headers);
      } catch {
        decoded = undefined;
      }
      const reason =
        decoded?.message ?? (typeof body === "string" && body.length > 0 ? body.slice(0, 200) : "no detail");
      throw new TokenAcquisitionError({
        provider,
        status: response.status,
        code: decoded?.code,
        body,
        message: redactor.text(
          `${provider}: token endpoint (${strategy.kind}) answered ${response.status}${
            response.status === 401 || response.status === 403 ? " (credentials rejected)" : ""
          }: ${reason}`,
        ),
      });
    }
    try {
      return read(call.data);
    } catch (error) {
      if (error instanceof TokenAcquisitionError) throw error;
      throw new TokenAcquisitionError({
        provider,
        status: response.status,
        message: redactor.text(
          `${provider}: could not read the token response: ${error instanceof Error ? error.message : String(error)}`,
        ),
        cause: error,
      });
    }
  }
}

function isExpired(token: StoredToken, now: number): boolean {
  return token.expiresAt !== null && now >= token.expiresAt;
}

function refreshAt(token: StoredToken): number {
  if (token.expiresAt === null) return Number.POSITIVE_INFINITY;
  return token.expiresAt - refreshWindowMs(token.expiresAt - token.issuedAt);
}

function describe(error: unknown, signal: AbortSignal): string {
  if (signal.aborted) return "timed out";
  if (error instanceof Error) return error.message;
  return String(error);
}
