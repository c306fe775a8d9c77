import {
  type ApiError,
  ConfigurationError,
  ConnectionError,
  createApiError,
  type DecodedError,
  PayClientsError,
  TimeoutError,
  TokenAcquisitionError,
} from "./errors";
import type { RequestLimiter } from "./limiter";
import type { Logger } from "./logger";
import type { Redactor } from "./redaction";
import type { Clock, Sleep } from "./time";
import type { TokenManager, TokenStrategy } from "./tokens";

/** What a provider's error decoder receives. */
export interface ErrorContext {
  status: number;
  /** Parsed JSON when the body parses, else the raw text (possibly empty). */
  body: unknown;
  /** Whether `body` came from JSON (a bare JSON string) rather than raw text (HTML, truncated JSON). */
  parsed: boolean;
  headers: Headers;
  method: string;
  /** OpenAPI path template of the operation, e.g. `/v2/payments/{token}`; empty for the token endpoint. */
  path: string;
  /** Whether the body came from the token endpoint or from an API operation. */
  source: "token" | "api";
}

/** Turns a provider's error body into the shared fields; return what you can, the rest has fallbacks. */
export type ErrorDecoder = (context: ErrorContext) => DecodedError | undefined;

/** Per-call options, accepted next to openapi-fetch's `params`/`body`/`headers`/`signal`. */
export interface CallOptions {
  /** Retries after the first attempt (default: the client's, 2). */
  maxRetries?: number;
  /** Per-attempt timeout in ms (default: the client's, 60 000). */
  timeoutMs?: number;
  /** Idempotency key to send; one is generated per call when the provider supports them. */
  idempotencyKey?: string;
}

/** Everything the transport needs; a provider package fills in the provider half. */
export interface TransportConfig {
  provider: string;
  apiOrigin: string;
  fetch: typeof fetch;
  strategy: TokenStrategy;
  tokens: TokenManager;
  /** Writes the credential headers for one attempt (default `Authorization: Bearer <token>`). */
  authorize: (headers: Headers, token: string, path: string) => void;
  decodeError: ErrorDecoder;
  redactor: Redactor;
  logger: Logger | undefined;
  clock: Clock;
  sleep: Sleep;
  maxRetries: number;
  timeoutMs: number;
  limiter: RequestLimiter | undefined;
  idempotency: IdempotencyConfig | undefined;
  /** A JSON body field whose presence makes a non-idempotent request safe to resend (Sqala `code`). */
  deduplicationField: string | undefined;
  /** Extra sentence for 401 messages (e.g. "sandbox and production credentials differ"). */
  authenticationHint: string | undefined;
  /** Operations sent without credentials. */
  isPublic: ((method: string, path: string) => boolean) | undefined;
  random: () => number;
}

/** A provider's idempotency header and which operations it applies to. */
export interface IdempotencyConfig {
  header: string;
  /** Default: every POST and PATCH. */
  appliesTo?: (method: string, path: string) => boolean;
}

const retryableStatuses = new Set([408, 429, 500, 502, 503, 504]);
const requestIdHeaders = ["x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id", "x-trace-id"];
const maxRetryAfterMs = 60_000;

/** Reads the request id a provider put on a response, if any. */
export function requestIdOf(headers: Headers): string | undefined {
  for (const name of requestIdHeaders) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

/** Exponential backoff: 0.5 s doubling per attempt, capped at 8 s, minus up to 25 % jitter. */
export function backoffDelayMs(attempt: number, random: () => number = Math.random): number {
  return Math.min(500 * 2 ** attempt, 8_000) * (1 - random() * 0.25);
}

/** Parses `Retry-After` (delta seconds or HTTP date) into ms from `now`; `undefined` when absent or invalid. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The request pipeline: limiter, token, idempotency key, per-attempt timeout, retries, 401 replay, error decoding. */
export class Transport {
  readonly #config: TransportConfig;

  constructor(config: TransportConfig) {
    this.#config = config;
  }

  /** Sends an openapi-fetch `Request`; resolves with a 2xx `Response` or rejects with a payclients error. */
  async send(request: Request, path: string, call: CallOptions): Promise<Response> {
    const config = this.#config;
    const url = request.url;
    if (!url.startsWith(`${config.apiOrigin}/`)) {
      throw new ConfigurationError(
        `${config.provider}: refusing to send credentials to ${new URL(url).origin}; the client is bound to ${config.apiOrigin}`,
      );
    }
    const method = request.method;
    // openapi-fetch hands over a fresh Request per call; its headers are ours to edit (fetch copies them per attempt).
    const headers = request.headers;
    const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
    const mutating = method === "POST" || method === "PATCH";
    let idempotencyKey: string | undefined;
    const idempotency = config.idempotency;
    // A key only makes a resend safe on operations the provider documents as idempotent; elsewhere a
    // caller's key is still sent, but the request is treated like any other POST.
    let keyHonoured = false;
    if (idempotency) {
      const applies = mutating && (idempotency.appliesTo?.(method, path) ?? true);
      idempotencyKey = call.idempotencyKey ?? headers.get(idempotency.header) ?? undefined;
      if (idempotencyKey === undefined && applies) idempotencyKey = crypto.randomUUID();
      if (idempotencyKey !== undefined) headers.set(idempotency.header, idempotencyKey);
      keyHonoured = applies && idempotencyKey !== undefined;
    }
    const resendSafe = !mutating || keyHonoured || hasField(body, headers, config.deduplicationField);
    const maxRetries = call.maxRetries ?? config.maxRetries;
    const timeoutMs = call.timeoutMs ?? config.timeoutMs;
    const signal = request.signal;
    const anonymous = config.isPublic?.(method, path) ?? false;
    let replayed = false;

    for (let attempt = 0; ; attempt += 1) {
      signal.throwIfAborted();
      let response: Response;
      let token = "";
      let holdsSlot = false;
      const started = config.clock.now();
      try {
        // The token first: waiting for it must not hold a limiter slot (the token call is not an API request).
        if (!anonymous) {
          token = await config.tokens.token();
          config.authorize(headers, token, path);
        }
        if (config.limiter) {
          await config.limiter.acquire(signal);
          holdsSlot = true;
        }
        response = await this.#attempt(url, method, headers, body, timeoutMs, signal);
      } catch (error) {
        if (holdsSlot) config.limiter?.release();
        if (signal.aborted) throw signal.reason;
        if (error instanceof TokenAcquisitionError) {
          // Nothing reached the API yet, so any method may try again when the token endpoint hiccuped.
          const transient = error.status === undefined || retryableStatuses.has(error.status);
          if (transient && attempt < maxRetries) {
            await config.sleep(backoffDelayMs(attempt, config.random), signal);
            continue;
          }
          throw error;
        }
        if (!(error instanceof TimeoutError) && PayClientsError.isInstance(error)) throw error;
        const failure =
          error instanceof TimeoutError
            ? error
            : new ConnectionError(
                config.redactor.text(`${config.provider}: ${method} ${path} failed: ${message(error)}`),
                {
                  cause: error,
                },
              );
        this.#log("warn", method, path, attempt, started, { error: failure.message });
        if (resendSafe && attempt < maxRetries) {
          await config.sleep(backoffDelayMs(attempt, config.random), signal);
          continue;
        }
        throw failure;
      }
      config.limiter?.release();
      const status = response.status;
      this.#log(response.ok ? "info" : "warn", method, path, attempt, started, {
        status,
        requestId: requestIdOf(response.headers),
      });
      if (response.ok) return response;

      if (status === 401 && !anonymous && config.strategy.refreshable && !replayed) {
        // The API rejected the token (expired, revoked): a fresh one and one replay, which is safe because
        // the request was refused before processing; this attempt does not count as a retry.
        replayed = true;
        await discard(response);
        await config.tokens.invalidate(token);
        attempt -= 1;
        continue;
      }
      if (resendSafe && attempt < maxRetries && retryableStatuses.has(status)) {
        const retryAfter = parseRetryAfter(response.headers.get("retry-after"), config.clock.now());
        if (retryAfter === undefined || retryAfter <= maxRetryAfterMs) {
          await discard(response);
          await config.sleep(retryAfter ?? backoffDelayMs(attempt, config.random), signal);
          continue;
        }
      }
      throw await this.decode(response, method, path);
    }
  }

  /** Reads an error response and builds the matching {@link ApiError}. */
  async decode(response: Response, method: string, path: string): Promise<ApiError> {
    const config = this.#config;
    const text = await response.text().catch(() => "");
    let body: unknown = text;
    let parsed = false;
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
        parsed = true;
      } catch {
        body = text;
      }
    }
    body = config.redactor.value(body);
    const { status, headers } = response;
    let decoded: DecodedError | undefined;
    try {
      decoded = config.decodeError({ status, body, parsed, headers, method, path, source: "api" });
    } catch {
      decoded = undefined;
    }
    const code = decoded?.code;
    let detail = decoded?.message ?? fallbackMessage(response, body);
    if (status === 401 && config.authenticationHint) detail = `${detail} (${config.authenticationHint})`;
    const retryAfterMs = parseRetryAfter(headers.get("retry-after"), config.clock.now());
    return createApiError({
      provider: config.provider,
      status,
      code,
      message: config.redactor.text(`${status} ${code ? `${code}: ` : ""}${detail}`),
      requestId: decoded?.requestId ?? requestIdOf(headers),
      details: decoded?.details,
      body,
      headers,
      retryAfterMs,
      classifyAs: decoded?.classifyAs,
    });
  }

  async #attempt(
    url: string,
    method: string,
    headers: Headers,
    body: Uint8Array<ArrayBuffer> | undefined,
    timeoutMs: number,
    callerSignal: AbortSignal,
  ): Promise<Response> {
    const controller = new AbortController();
    const onAbort = () => controller.abort(callerSignal.reason);
    callerSignal.addEventListener("abort", onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      return await this.#config.fetch(url, {
        method,
        headers,
        body: body ?? null,
        signal: controller.signal,
      });
    } catch (error) {
      if (timedOut) {
        throw new TimeoutError(
          `${this.#config.provider}: ${method} attempt timed out after ${timeoutMs} ms`,
          {
            cause: error,
          },
        );
      }
      throw error;
    } finally {
      clearTimeout(timer);
      callerSignal.removeEventListener("abort", onAbort);
    }
  }

  #log(
    level: "info" | "warn",
    method: string,
    path: string,
    attempt: number,
    started: number,
    fields: Record<string, unknown>,
  ): void {
    const logger = this.#config.logger;
    if (!logger) return;
    logger[level](`${this.#config.provider} ${method} ${path}`, {
      provider: this.#config.provider,
      method,
      path,
      attempt: attempt + 1,
      durationMs: this.#config.clock.now() - started,
      ...fields,
    });
  }
}

function hasField(body: Uint8Array | undefined, headers: Headers, field: string | undefined): boolean {
  if (field === undefined || body === undefined || !headers.get("content-type")?.includes("json"))
    return false;
  try {
    const parsed = JSON.parse(new TextDecoder().decode(body)) as Record<string, unknown>;
    const value = parsed?.[field];
    return value !== undefined && value !== null && value !== "";
  } catch {
    return false;
  }
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function message(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}

/** A useful message for bodies the decoder could not read: HTML pages, empty or truncated bodies, bare strings. */
function fallbackMessage(response: Response, body: unknown): string {
  const reason = response.statusText || "HTTP error";
  if (typeof body !== "string") return reason;
  if (!body) return `${reason} (empty body)`;
  if (/^\s*</.test(body)) {
    const title = /<title>([^<]*)</i.exec(body)?.[1]?.trim();
    return `${reason} (HTML body${title ? `: ${title}` : ""})`;
  }
  const snippet = body.slice(0, 200);
  return /^\s*[[{]/.test(body) ? `${reason} (unparseable JSON body: ${snippet})` : `${reason}: ${snippet}`;
}
