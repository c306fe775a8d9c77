import { gaveUp, waitFor } from "./bounds";
import {
  ConfigurationError,
  type DecodedError,
  TokenAcquisitionError,
  type TokenAcquisitionErrorInit,
} from "./errors";
import type { Logger } from "./logger";
import { hasControlCharacters, type Redactor } from "./redaction";
import { type Clock, systemClock } from "./time";
import { messageOf, readFailure } from "./transport";
import { Wakeups } from "./wakeups";

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

/**
 * Where tokens are cached; implement it over a shared store to share tokens across processes. `get`/`set`/`delete`
 * suffice for sharing; the optional members make a shared store fleet-wide (one token request, one refresh and one
 * invalidation per fleet, see the README's "Token stores"). Keys never contain a credential.
 */
export interface TokenStore {
  /** The stored token, or `undefined` when absent or expired. */
  get(key: string): Promise<StoredToken | undefined>;
  /** `ttlMs` is `undefined` for tokens without a known lifetime. */
  set(key: string, value: StoredToken, ttlMs: number | undefined): Promise<void>;
  /** Forgets the token (after the API rejected it). */
  delete(key: string): Promise<void>;
  /** Takes the one right to request `key`'s token for `ttlMs`: a lease id, or `undefined` while another holds it. */
  lease?(key: string, ttlMs: number): Promise<string | undefined>;
  /** Gives a lease up early; a no-op once it expired or another holder took over. */
  release?(key: string, lease: string): Promise<void>;
  /** Deletes the entry only while it still holds `token`, atomically: a late 401 never removes a newer token. */
  deleteIf?(key: string, token: string): Promise<void>;
  /** Resolves when `key`'s entry or lease may have changed, or after `ms` at most; never rejects. */
  changed?(key: string, ms: number): Promise<void>;
}

/** The default store: a per-process map, and the reference implementation of the whole {@link TokenStore} contract. */
export class MemoryTokenStore implements TokenStore {
  readonly #entries = new Map<string, StoredToken>();
  readonly #leases = new Map<string, { id: string; until: number }>();
  readonly #wakeups = new Wakeups();

  /** The stored token, if any. */
  async get(key: string): Promise<StoredToken | undefined> {
    return this.#entries.get(key);
  }
  async set(key: string, value: StoredToken): Promise<void> {
    this.#entries.set(key, value);
    this.#notify(key);
  }
  /** Forgets the token. */
  async delete(key: string): Promise<void> {
    this.#entries.delete(key);
    this.#notify(key);
  }
  async lease(key: string, ttlMs: number): Promise<string | undefined> {
    const now = Date.now();
    if ((this.#leases.get(key)?.until ?? 0) > now) return undefined;
    const id = crypto.randomUUID();
    this.#leases.set(key, { id, until: now + ttlMs });
    return id;
  }
  async release(key: string, lease: string): Promise<void> {
    if (this.#leases.get(key)?.id !== lease) return;
    this.#leases.delete(key);
    this.#notify(key);
  }
  async deleteIf(key: string, token: string): Promise<void> {
    if (this.#entries.get(key)?.token === token) await this.delete(key);
  }
  changed(key: string, ms: number): Promise<void> {
    return this.#wakeups.wait(key, ms);
  }
  #notify(key: string): void {
    this.#wakeups.wake(key);
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
  /** Form-encodes the body (`application/x-www-form-urlencoded`). */
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
  /** Identifies the credential in a shared token store (never a secret); `undefined` keeps tokens in this client. */
  readonly cacheKey: string | undefined;
  /** `headers` (e.g. the client's `User-Agent`) are to be sent with the token request, if the strategy makes one. */
  acquire(signal: AbortSignal, headers?: Record<string, string>): Promise<IssuedToken | TokenCallOutcome>;
}

/** A raw token-endpoint answer that the token manager turns into a token or a {@link TokenAcquisitionError}. */
export interface TokenCallOutcome {
  call: TokenCallResult<unknown>;
  /** Reads the token and lifetime from the success body. */
  read: (data: unknown) => IssuedToken;
}

/** Encodes `user:password` as an HTTP Basic `Authorization` value (UTF-8, web-standard APIs only). */
export function basicAuthorization(username: string, password: string): string {
  // btoa takes Latin-1 only: encode to UTF-8 bytes first (credentials are far below the spread argument limit).
  return `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${username}:${password}`)))}`;
}

/** A strategy; only static keys are not worth a replay after a 401. */
function strategy(
  kind: TokenStrategy["kind"],
  secrets: readonly string[],
  cacheKey: string | undefined,
  acquire: TokenStrategy["acquire"],
): TokenStrategy {
  return { kind, refreshable: kind !== "static-key", secrets, cacheKey, acquire };
}

/** A fixed API key or token sent as is (Scalapay API key, VaiiPay client token). */
export function staticKey(key: string): TokenStrategy {
  // Checked here, at creation, rather than when a header refuses it (or, with a stripped newline, silently alters it).
  if (hasControlCharacters(key)) {
    throw new ConfigurationError("the static key contains control characters (e.g. a trailing newline)");
  }
  // Never shared: two different keys on one origin would otherwise meet under one store key.
  // Stryker disable next-line ArrayDeclaration: equivalent; the key is also the token acquire returns, which the manager registers with the redactor before any request
  return strategy("static-key", [key], undefined, async () => ({ token: key }));
}

/** Options of {@link tokenCallback}. */
export interface TokenCallbackOptions {
  /**
   * Names the account the callback's tokens belong to (not a secret), so that clients of the same account share them
   * through a shared token store. Without it, the tokens stay in this client: nothing else tells two callbacks apart.
   */
  account?: string | undefined;
}

/** A token the caller supplies through a callback (e.g. an OAuth2 token managed elsewhere); called again after a 401. */
export function tokenCallback(
  callback: (signal: AbortSignal) => Promise<string | IssuedToken> | string | IssuedToken,
  options: TokenCallbackOptions = {},
): TokenStrategy {
  const { account } = options;
  return strategy(
    "callback",
    // Stryker disable next-line ArrayDeclaration: equivalent; a callback has no secrets of its own (an invented one only shows in text containing it)
    [],
    account === undefined ? undefined : `callback:${account}`,
    async (signal) => {
      const value = await callback(signal);
      return typeof value === "string" ? { token: value } : value;
    },
  );
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
  const { username, send, read } = options;
  const authorization = basicAuthorization(username, options.password);
  return strategy(
    "credential-exchange",
    // Stryker disable next-line ArrayDeclaration: equivalent; an invented extra secret only shows in text that contains it literally
    [username, options.password, authorization.slice(6), ...(options.secrets ?? [])],
    `exchange:${username}`,
    async (signal, headers) => ({
      call: await send({ headers: { ...headers, Authorization: authorization }, signal }),
      read: read as (data: unknown) => IssuedToken,
    }),
  );
}

/** Options of {@link loginExchange}. */
export interface LoginExchangeOptions<Data> {
  /** Identifies the account in a shared token store (e.g. the login id); not a secret. */
  account: string;
  /** Secrets in the login body, for redaction. */
  secrets: readonly string[];
  /** Performs the typed login call with the given headers and signal. */
  send: (init: TokenRequestInit) => Promise<TokenCallResult<Data>>;
  /** Reads the token; when it gives no lifetime, `lifetimeSeconds` applies. */
  read: (data: Data) => IssuedToken;
  /** Documented token lifetime used when the answer does not state one. */
  lifetimeSeconds?: number;
}

/** Logs in with credentials in the request body (Qolo: `{loginid, apikey}` → token valid 12 h). */
export function loginExchange<Data>(options: LoginExchangeOptions<Data>): TokenStrategy {
  const { read, lifetimeSeconds } = options;
  return strategy("login", options.secrets, `login:${options.account}`, async (signal, headers = {}) => ({
    call: await options.send({ headers, signal }),
    read: (data) => {
      const issued = read(data as Data);
      return issued.expiresInSeconds === undefined
        ? { token: issued.token, expiresInSeconds: lifetimeSeconds }
        : issued;
    },
  }));
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
  const { clientId, clientSecret, scope, send } = options;
  const authorization = basicAuthorization(clientId, clientSecret);
  const read =
    options.read ??
    ((data: Data) => {
      const body = data as Partial<OAuth2TokenResponse> | undefined;
      return { token: String(body?.access_token ?? ""), expiresInSeconds: body?.expires_in };
    });
  const body: { grant_type: "client_credentials"; scope?: string } =
    scope === undefined ? { grant_type: "client_credentials" } : { grant_type: "client_credentials", scope };
  return strategy(
    "oauth2-client-credentials",
    [clientSecret, authorization.slice(6)],
    // Stryker disable next-line StringLiteral: equivalent; only a scope spelled like the replacement could collide with the unscoped key
    `oauth2:${clientId}:${scope ?? ""}`,
    async (signal, headers) => ({
      call: await send({
        headers: {
          ...headers,
          Authorization: authorization,
          "Content-Type": "application/x-www-form-urlencoded",
        },
        signal,
        bodySerializer: (value) => new URLSearchParams(value as Record<string, string>).toString(),
        body,
      }),
      read: read as (data: unknown) => IssuedToken,
    }),
  );
}

/**
 * The refresh window: how long before expiry a background refresh starts. max(60 s, 1 % of the lifetime),
 * never more than half the lifetime. 60 s covers token-endpoint latency and clock skew; every extra second of
 * window shortens each token's useful life, so a 10 % window would cost a 1-hour token ~11 % more token requests.
 */
export function refreshWindowMs(lifetimeMs: number): number {
  return Math.min(Math.max(60_000, lifetimeMs * 0.01), lifetimeMs / 2);
}

// How long past its own deadline a token request may still be pending before it counts as stale: its own timer
// normally ends it first.
const staleGraceMs = 1_000;

// Longest single wait for another holder's token before looking at the store again: a store whose change
// notification got lost (or that has none) costs this much latency at most.
const leasePollMs = 250;

/** Lowercase hex of the first 128 bits of a text's SHA-256 (WebCrypto): names an account without revealing it. */
export async function hashForKey(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(digest.subarray(0, 16), (byte) => byte.toString(16).padStart(2, "0")).join("");
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
  /** Headers for the token request (the client's `User-Agent`). */
  headers?: Record<string, string> | undefined;
}

/**
 * Owns the token lifecycle: single-flight acquisition, proactive background refresh inside the
 * refresh window, invalidation after a 401 guarded by a generation counter, and a pluggable store.
 */
export class TokenManager {
  /** Token-endpoint requests made by this manager (for tests, benchmarks and the demo). */
  acquisitions = 0;
  /** Calls that had to wait for a token (cold cache or expired token). */
  blockedCalls = 0;
  /**
   * A usable token: cached when valid, refreshed in the background inside the window (kept alive by `waitUntil`),
   * awaited otherwise, for at most as long as `signal` allows (it rejects with the signal's reason). `signal` may be
   * a function returning it, called only when the call has to wait.
   */
  declare readonly token: (
    signal?: AbortSignal | (() => AbortSignal),
    waitUntil?: (promise: Promise<unknown>) => void,
  ) => Promise<string>;
  /**
   * The cached token when no call needs to wait or refresh (valid and outside its refresh window), else `undefined`:
   * the pipeline's synchronous fast path, before it awaits {@link token}.
   */
  declare readonly cached: () => string | undefined;
  /** Drops `token` after the API rejected it, unless it was already dropped or replaced by a newer one. */
  declare readonly invalidate: (token: string) => Promise<void>;

  // State lives in closures rather than private fields: the same logic, a third of the bundle size.
  constructor({
    provider,
    strategy,
    store: given,
    clock = systemClock,
    decodeError,
    redactor,
    logger,
    timeoutMs = 30_000,
    namespace = "",
    headers,
  }: TokenManagerOptions) {
    const { kind } = strategy;
    const store = given ?? new MemoryTokenStore();
    // Leases only matter in a store other clients share: the default store is this client's own.
    const { lease, release, changed } = given ?? {};
    // A store takes part in leases only with both halves: a lease nobody could give back would block the fleet.
    const leased = lease !== undefined && release !== undefined;
    // Provider, origin and a hash of the account: a shared store's key names show no credential, not even an id.
    let key = "";
    // Stryker disable next-line StringLiteral: equivalent; without a cacheKey the client is not shared and never uses its key
    const keyReady = hashForKey(strategy.cacheKey ?? "").then((hash) => {
      key = `payclients:${provider}:${namespace}:${hash}`;
    });
    // Only a strategy that names its credential may use a shared store (static keys and anonymous callbacks don't).
    const shared = strategy.cacheKey !== undefined;
    let memo: StoredToken | undefined;
    // The token request under way, and when it is stale: its own timer should have ended it by then, so a request
    // still pending is one whose runtime context is gone (on Workers, the request that started it has finished).
    let inflight: { promise: Promise<StoredToken>; staleAt: number } | undefined;
    let generation = 0;
    let backgroundRetryAt = 0;
    // The token the API last rejected: a shared store may still hand it out until its deletion has landed.
    let rejected: string | undefined;
    // One read of a shared store at a time, shared by every call that missed the cache meanwhile (a burst of calls
    // after a 401 costs the store one round trip, not one each).
    let reading: Promise<StoredToken | undefined> | undefined;
    const read = () => {
      reading ??= store.get(key).finally(() => {
        reading = undefined;
      });
      return reading;
    };
    const fail = (message: string, init?: Omit<TokenAcquisitionErrorInit, "provider" | "message">) =>
      new TokenAcquisitionError({
        provider,
        message: redactor.text(`${provider}: ${message}`),
        ...init,
        // A strategy's or reader's own error may quote a credential.
        cause: redactor.cause(init?.cause),
      });

    const fetchToken = async (): Promise<StoredToken> => {
      // Static keys and callbacks make no token request of their own.
      if (kind !== "static-key" && kind !== "callback") this.acquisitions += 1;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(new Error("token request timed out")), timeoutMs);
      let issued: IssuedToken | TokenCallOutcome;
      try {
        issued = await strategy.acquire(controller.signal, headers);
      } catch (error) {
        throw fail(
          `token request (${kind}) failed before any response: ${controller.signal.aborted ? "timed out" : messageOf(error)}`,
          { cause: error },
        );
      } finally {
        clearTimeout(timer);
      }
      const issuedAt = clock.now();
      if ("call" in issued) {
        const { call, read } = issued;
        const { response } = call;
        const { status } = response;
        if (!response.ok || call.error !== undefined) {
          const [body, { code }, detail] = readFailure(response, call.error, redactor, (value) =>
            decodeError(status, value, response.headers),
          );
          throw fail(
            `token endpoint (${kind}) answered ${status}${status === 401 || status === 403 ? " (credentials rejected)" : ""}: ${detail}`,
            { status, code, body },
          );
        }
        try {
          issued = read(call.data);
        } catch (error) {
          if (error instanceof TokenAcquisitionError) throw error;
          throw fail(`could not read the token response: ${messageOf(error)}`, { status, cause: error });
        }
      }
      const { token, expiresInSeconds } = issued;
      if (typeof token !== "string" || !token) throw fail("the token response carried no token");
      // A line break would make the Authorization header invalid, or inject another header once stripped.
      if (hasControlCharacters(token))
        throw fail("the token contains control characters; refused (not shown)");
      redactor.add(token);
      const expiresAt = Number.isFinite(expiresInSeconds)
        ? issuedAt + (expiresInSeconds as number) * 1000
        : null;
      logger?.debug("token acquired", { provider, kind, expiresAt });
      return { token, issuedAt, expiresAt };
    };

    // Neither missing, expired nor inside its refresh window: nobody needs to request a token.
    const fresh = (token: StoredToken | undefined): token is StoredToken => {
      if (token === undefined || token.token === rejected) return false;
      const { issuedAt, expiresAt } = token;
      return expiresAt === null || clock.now() < expiresAt - refreshWindowMs(expiresAt - issuedAt);
    };

    const fetchAndStore = async (started: number): Promise<StoredToken> => {
      const stored = await fetchToken();
      // A refresh that started before an invalidation must not resurrect state the invalidation cleared.
      if (started === generation) {
        memo = stored;
        const { issuedAt, expiresAt } = stored;
        if (shared) await store.set(key, stored, expiresAt === null ? undefined : expiresAt - issuedAt);
      }
      return stored;
    };

    // A token another client stored: used like one of ours (and scrubbed from messages like one).
    const adopt = (current: StoredToken, started: number) => {
      // Stryker disable next-line ConditionalExpression: equivalent for → true; adopt only takes a fresh token that is not the rejected one, which the newer generation's own read of the store takes too (only a store read differs)
      if (started === generation) memo = current;
      redactor.add(current.token);
      return current;
    };

    // Fleet-wide single flight over a store with leases: the holder requests the token and stores it before it lets
    // go; the others wait for it in the store. A holder that died lets go when its lease expires.
    const obtain = async (started: number, staleAt: number): Promise<StoredToken> => {
      if (!shared || !leased) return fetchAndStore(started);
      for (;;) {
        const id = await lease.call(store, key, timeoutMs + staleGraceMs);
        if (id !== undefined) {
          try {
            // The previous holder may have stored a token between our look and our lease.
            const current = await store.get(key);
            return fresh(current) ? adopt(current, started) : await fetchAndStore(started);
          } finally {
            await release.call(store, key, id);
          }
        }
        const current = await store.get(key);
        if (fresh(current)) return adopt(current, started);
        const left = staleAt - clock.now();
        if (left <= 0) throw fail("another process's token request did not finish in time");
        await (changed
          ? changed.call(store, key, Math.min(leasePollMs, left))
          : new Promise((resolve) => setTimeout(resolve, Math.min(leasePollMs, left))));
      }
    };

    const acquire = (): { promise: Promise<StoredToken>; staleAt: number } => {
      const started = generation;
      // With leases, the wait for another holder (at most its lease) comes before our own request.
      const staleAt = clock.now() + (timeoutMs + staleGraceMs) * (leased ? 2 : 1);
      const promise = obtain(started, staleAt);
      const pending = { promise, staleAt };
      inflight = pending;
      const clear = () => {
        if (inflight === pending) inflight = undefined;
      };
      promise.then(clear, clear);
      return pending;
    };

    const discard = (pending: typeof inflight) => {
      if (inflight !== pending) return;
      logger?.warn("a token request never settled (its runtime context ended?); starting a new one", {
        provider,
      });
      inflight = undefined;
    };

    // The request under way, unless it is stale: then it is dropped, and the next caller starts a fresh one.
    const live = () => {
      // Stryker disable next-line EqualityOperator: equivalent; a caller joining at the stale instant gives up after 0 ms and starts the same fresh request
      if (inflight && clock.now() >= inflight.staleAt) discard(inflight);
      return inflight;
    };

    // Each waiter waits on its own timer and signal (giving up leaves the shared request to its other waiters),
    // and at most until the request is stale.
    const wait = async (signal: AbortSignal | undefined): Promise<StoredToken> => {
      for (;;) {
        const pending = live() ?? acquire();
        const outcome = await waitFor(pending.promise, signal, pending.staleAt - clock.now());
        if (outcome !== gaveUp) return outcome;
        discard(pending);
      }
    };

    // Stryker disable next-line ArrowFunction,ConditionalExpression: equivalent; without it every call takes token()'s path, which returns the same fresh token (only slower)
    this.cached = () => (fresh(memo) ? memo.token : undefined);

    this.token = async (signal, waitUntil) => {
      if (!key) await keyReady;
      const now = clock.now();
      const valid = (token: StoredToken | undefined): token is StoredToken =>
        token !== undefined &&
        token.token !== rejected &&
        (token.expiresAt === null || now < token.expiresAt);
      let current = memo;
      if (!valid(current) && shared) {
        current = await read();
        if (valid(current)) {
          memo = current;
          redactor.add(current.token);
        }
      }
      if (valid(current)) {
        const { issuedAt, expiresAt } = current;
        if (
          !live() &&
          expiresAt !== null &&
          now >= expiresAt - refreshWindowMs(expiresAt - issuedAt) &&
          now >= backgroundRetryAt
        ) {
          const refresh = acquire().promise.catch((error: unknown) => {
            // A failed background refresh keeps the valid token and tries again a little later.
            backgroundRetryAt = clock.now() + 5_000;
            logger?.warn("token refresh failed; still using the current token", {
              provider,
              error: error instanceof Error ? error.message : String(error),
            });
          });
          // Without it, a runtime that ends work with its request (Workers) would cancel the refresh.
          waitUntil?.(refresh);
        }
        return current.token;
      }
      this.blockedCalls += 1;
      return (await wait(typeof signal === "function" ? signal() : signal)).token;
    };

    this.invalidate = async (token) => {
      if (memo?.token !== token) return;
      memo = inflight = undefined;
      rejected = token;
      // Stryker disable next-line AssignmentOperator: equivalent; any change separates the generations, the direction does not matter
      generation += 1;
      if (!shared) return;
      if (store.deleteIf) await store.deleteIf(key, token);
      else if ((await store.get(key))?.token === token) await store.delete(key);
    };

    for (const secret of strategy.secrets) redactor.add(secret);
  }
}
