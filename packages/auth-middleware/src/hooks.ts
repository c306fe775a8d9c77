import { REDACTED } from "./redaction";

/** One logical call, the same object in every hook of that call (a key for per-call state such as a span). */
export interface PayClientCall {
  /** Provider name, e.g. "scalapay". */
  readonly provider: string;
  /** HTTP method. */
  readonly method: string;
  /** The operation's path template, e.g. `/v2/orders/{token}`. */
  readonly path: string;
  /** The request URL without its query string (which may carry caller data). */
  readonly url: string;
}

/**
 * Observers of a client's calls, as openai-node's and openapi-fetch's users know them: `start` and `end` once per
 * call, `request` and then `response` or `error` once per attempt, `retry` before each wait for another attempt.
 * They see redacted headers only, never credentials or bodies; a hook that throws is ignored (observing never fails
 * a payment).
 */
export interface PayClientHooks {
  /** The call began (before any token wait). */
  start?(event: { call: PayClientCall }): void;
  /** An attempt is about to be sent; `headers` is a copy with credentials replaced by `[redacted]`. */
  request?(event: { call: PayClientCall; attempt: number; headers: Headers }): void;
  /** An attempt got a response (any status); `headers` is a copy with echoed secrets scrubbed. */
  response?(event: {
    call: PayClientCall;
    attempt: number;
    status: number;
    requestId: string | undefined;
    durationMs: number;
    headers: Headers;
  }): void;
  /** An attempt failed without a response (connection, timeout, token acquisition). */
  error?(event: { call: PayClientCall; attempt: number; error: unknown; durationMs: number }): void;
  /** Another attempt follows after `delayMs`; `reason` is the status or the error that caused it. */
  retry?(event: { call: PayClientCall; attempt: number; delayMs: number; reason: number | unknown }): void;
  /** The call ended: with the 2xx status, or with the error it rejects with. */
  end?(event: {
    call: PayClientCall;
    status?: number;
    requestId?: string | undefined;
    error?: unknown;
  }): void;
}

type Events = { [Name in keyof PayClientHooks]-?: Parameters<NonNullable<PayClientHooks[Name]>>[0] };

/** Calls one hook of every observer in `hooks`, ignoring what they throw. */
export function notify<Name extends keyof PayClientHooks>(
  hooks: readonly PayClientHooks[],
  name: Name,
  event: Events[Name],
): void {
  for (const observer of hooks) {
    try {
      // Stryker disable next-line OptionalChaining: equivalent; a missing hook would throw a TypeError the catch ignores (the `?.` spares the throw)
      (observer[name] as ((event: Events[Name]) => void) | undefined)?.(event);
    } catch {
      // An observer's failure is its own: the call goes on.
    }
  }
}

/** A copy of `headers` whose credential values read {@link REDACTED} and whose other values are scrubbed. */
export function redactedRequestHeaders(
  headers: Headers,
  token: string,
  scrub: (value: string) => string,
): Headers {
  const copy = new Headers();
  for (const [name, value] of headers) {
    const credential = name === "authorization" || (token !== "" && value.includes(token));
    copy.append(name, credential ? REDACTED : scrub(value));
  }
  return copy;
}
