import type { DecodedError } from "./errors";
import type { Redactor } from "./redaction";

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
  /** Idempotency key to send; one is generated per call on operations whose spec declares an idempotency header. */
  idempotencyKey?: string;
  /** Keeps a background token refresh this call starts alive (Cloudflare Workers: `ctx.waitUntil.bind(ctx)`). */
  waitUntil?: (promise: Promise<unknown>) => void;
}

/** Reads the request id a provider put on a response, if any. */
export function requestIdOf(headers: Headers): string | undefined {
  for (const name of ["x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id", "x-trace-id"]) {
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
  if (!value?.trim()) return undefined;
  const seconds = Number(value);
  const milliseconds = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  return Number.isNaN(milliseconds) ? undefined : Math.max(0, milliseconds);
}

/** An error's message, with its cause's message when it has one (fetch's "fetch failed" says little alone). */
export function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { cause } = error;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}

/**
 * Longest error body kept on `error.body`, in characters of its text (JSON bodies measured as serialized): a
 * longer body is kept as its first 65,536 characters of text followed by `… [truncated: N more characters]`.
 */
export const MAX_ERROR_BODY_LENGTH = 65_536;

/**
 * The one error-body path of the token endpoint and API operations: scrubs the body (depth-capped), runs the
 * provider's decoder (one that throws counts as having found nothing; fields that are not strings are dropped)
 * and picks the message, falling back to a description of the body; the body kept is length-capped.
 */
export function readFailure(
  response: Response,
  raw: unknown,
  redactor: Redactor,
  decode: (body: unknown) => DecodedError | undefined,
): [body: unknown, decoded: DecodedError, detail: string] {
  const body = redactor.value(raw);
  let decoded: DecodedError = {};
  try {
    decoded = { ...decode(body) };
  } catch {
    // A decoder that throws on an unexpected body is treated as one that found nothing.
  }
  for (const field of ["code", "message", "requestId"] as const) {
    if (typeof decoded[field] !== "string") delete decoded[field];
  }
  return [
    capBody(body),
    decoded,
    redirectDetail(response) ?? decoded.message ?? fallbackMessage(response.statusText, body),
  ];
}

/** A 3xx is never followed (see `wireFetch`): the message says so and where it pointed, whatever the body says. */
function redirectDetail({ status, type, headers }: Response): string | undefined {
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent in Node; only error statuses (>= 300) get here, and an opaque redirect (status 0) comes only from a browser's fetch
  if (type !== "opaqueredirect" && (status < 300 || status > 399)) return undefined;
  const location = headers.get("location");
  return `redirect${location ? ` to ${location}` : ""} not followed (payclients never follows redirects)`;
}

/** The body as kept on an error: whole up to {@link MAX_ERROR_BODY_LENGTH}, else the start of its text. */
function capBody(body: unknown): unknown {
  // Stryker disable next-line StringLiteral: equivalent; only the length is compared, any short fallback is far below the cap, and the body itself is kept
  const text = typeof body === "string" ? body : (JSON.stringify(body) ?? "");
  if (text.length <= MAX_ERROR_BODY_LENGTH) return body;
  return `${text.slice(0, MAX_ERROR_BODY_LENGTH)}… [truncated: ${text.length - MAX_ERROR_BODY_LENGTH} more characters]`;
}

/** A useful message for bodies the decoder could not read: HTML pages, empty or truncated bodies, bare strings. */
function fallbackMessage(statusText: string, body: unknown): string {
  const reason = statusText || "HTTP error";
  if (typeof body !== "string") return reason;
  if (!body) return `${reason} (empty body)`;
  if (/^\s*</.test(body)) {
    // Stryker disable next-line OptionalChaining: equivalent; the group always takes part in a match, so [1] is a string whenever exec matched
    const title = /<title>([^<]*)</i.exec(body)?.[1]?.trim();
    return `${reason} (HTML body${title ? `: ${title}` : ""})`;
  }
  const snippet = body.slice(0, 200);
  return /^\s*[[{]/.test(body) ? `${reason} (unparseable JSON body: ${snippet})` : `${reason}: ${snippet}`;
}
