import { ConfigurationError, WebhookVerificationError } from "./errors";

/** Raw webhook body as received: verify signatures over these exact bytes, never over re-serialized JSON. */
export type RawBody = string | Uint8Array | ArrayBuffer;

/** Incoming webhook headers: a `Headers` or a Node-style record. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** The raw body as UTF-8 text. */
export function rawBodyText(body: RawBody): string {
  if (typeof body === "string") return body;
  return new TextDecoder().decode(body instanceof ArrayBuffer ? new Uint8Array(body) : body);
}

/**
 * The bytes a provider signed: `prefix` followed by the raw body, without decoding the body (a BOM or invalid
 * UTF-8 in the body must not change what is verified).
 */
export function signedBytes(prefix: string, body: RawBody): string | Uint8Array {
  if (typeof body === "string") return `${prefix}${body}`;
  const head = new TextEncoder().encode(prefix);
  const tail = body instanceof ArrayBuffer ? new Uint8Array(body) : body;
  const joined = new Uint8Array(head.length + tail.length);
  joined.set(head, 0);
  joined.set(tail, head.length);
  return joined;
}

/** Reads a header case-insensitively from either header shape. */
export function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/** Lowercase hex HMAC-SHA256 with WebCrypto (Node, Bun, Deno, edge runtimes). */
export async function hmacSha256Hex(secret: string, payload: string | Uint8Array): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const data = typeof payload === "string" ? encoder.encode(payload) : payload;
  const signature = new Uint8Array(await crypto.subtle.sign("HMAC", key, data as Uint8Array<ArrayBuffer>));
  let hex = "";
  for (const byte of signature) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/** Compares two strings in time independent of where they differ (length differences return early). */
export function timingSafeEqual(left: string, right: string): boolean {
  if (left.length !== right.length) return false;
  let difference = 0;
  for (let index = 0; index < left.length; index += 1)
    difference |= left.charCodeAt(index) ^ right.charCodeAt(index);
  return difference === 0;
}

/** Verifies a hex HMAC-SHA256 signature over `signedPayload`; case-insensitive hex, constant-time. */
export async function verifyHexSignature(
  secret: string,
  signedPayload: string | Uint8Array,
  signature: string | undefined,
): Promise<void> {
  if (signature === undefined || signature.length === 0)
    throw new WebhookVerificationError("missing signature");
  const expected = await hmacSha256Hex(secret, signedPayload);
  if (!timingSafeEqual(expected, signature.trim().toLowerCase())) {
    throw new WebhookVerificationError("signature mismatch");
  }
}

/** Options of {@link assertFreshTimestamp}. */
export interface TimestampCheck {
  /** Timestamp of the delivery in epoch milliseconds. */
  timestampMs: number;
  /** Current time in epoch milliseconds. */
  nowMs: number;
  /** Accepted distance in either direction (past or future). */
  toleranceMs: number;
}

/** Rejects deliveries older or newer than the tolerance (replays and clock tricks). */
export function assertFreshTimestamp({ timestampMs, nowMs, toleranceMs }: TimestampCheck): void {
  if (!Number.isFinite(timestampMs)) throw new WebhookVerificationError("missing or invalid timestamp");
  if (Math.abs(nowMs - timestampMs) > toleranceMs) {
    throw new WebhookVerificationError(
      `timestamp outside the tolerance of ${Math.round(toleranceMs / 1000)} s (${timestampMs < nowMs ? "stale" : "in the future"})`,
    );
  }
}

/** Parses a verified body; a body that is not JSON is a verification failure, not a crash. */
export function parseWebhookJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new WebhookVerificationError("webhook body is not valid JSON");
  }
}

/** One provider's HMAC-SHA256 webhook scheme: where the signature and timestamp travel and what was signed. */
export interface HmacWebhookScheme {
  /** Provider name; every message starts with "<provider> webhook:". */
  provider: string;
  /** What the caller's secret is called, for the missing-secret message (e.g. "apiKey option"). */
  secretName: string;
  /** Header carrying the hex signature. */
  signatureHeader: string;
  /** Header carrying the delivery time; omitted for schemes that sign no timestamp (no replay window then). */
  timestampHeader?: string;
  /** Unit of the timestamp: Unix seconds, epoch ms, or either (values below 10^12 read as seconds). */
  timestampUnit?: "seconds" | "milliseconds" | "either";
  /** Text signed in front of the raw body, given the timestamp header's value (default: nothing). */
  signedPrefix?: (timestamp: string) => string;
}

/** What a provider's verifier hands over from its caller. */
export interface HmacWebhookInput {
  /** The raw request body, exactly as received. */
  payload: RawBody;
  /** The request headers (any case). */
  headers: WebhookHeaders;
  secret: string;
  /** Accepted clock distance, past or future (default 5 minutes). */
  toleranceMs?: number | undefined;
  /** Current time in epoch ms (default `Date.now()`). */
  now?: number | undefined;
}

/** A delivery whose signature (and timestamp, when the scheme has one) checked out. */
export interface VerifiedWebhook {
  /** The parsed JSON body. */
  body: unknown;
  /** The delivery time in epoch ms, for timestamped schemes. */
  timestampMs: number | undefined;
}

const unitLabels = {
  seconds: "Unix seconds",
  milliseconds: "epoch milliseconds",
  either: "epoch ms or seconds",
};

/**
 * Verifies a delivery under an HMAC-SHA256 scheme: constant-time comparison over the exact received bytes,
 * timestamp freshness both ways, JSON body. Throws `WebhookVerificationError` (or `ConfigurationError` for a
 * missing secret or bad tolerance); the provider then checks the event's shape.
 */
export async function verifyHmacWebhook(
  scheme: HmacWebhookScheme,
  input: HmacWebhookInput,
): Promise<VerifiedWebhook> {
  const label = `${scheme.provider} webhook`;
  const { payload, headers, secret } = input;
  if (typeof secret !== "string" || secret.length === 0) {
    throw new ConfigurationError(`${label}: the ${scheme.secretName} is required`);
  }
  const toleranceMs = input.toleranceMs ?? 300_000;
  if (!(Number.isFinite(toleranceMs) && toleranceMs >= 0)) {
    throw new ConfigurationError(`${label}: toleranceMs must be a non-negative number`);
  }
  let timestamp = "";
  let timestampMs: number | undefined;
  if (scheme.timestampHeader !== undefined) {
    const unit = scheme.timestampUnit ?? "seconds";
    timestamp = readHeader(headers, scheme.timestampHeader)?.trim() ?? "";
    if (!/^\d{1,13}$/.test(timestamp)) {
      throw new WebhookVerificationError(
        `${label}: missing or invalid ${scheme.timestampHeader} header (${unitLabels[unit]})`,
      );
    }
    const value = Number(timestamp);
    timestampMs = unit === "milliseconds" || (unit === "either" && value >= 1e12) ? value : value * 1000;
  }
  const signature = readHeader(headers, scheme.signatureHeader)?.trim();
  if (!signature) throw new WebhookVerificationError(`${label}: missing ${scheme.signatureHeader} header`);
  try {
    await verifyHexSignature(secret, signedBytes(scheme.signedPrefix?.(timestamp) ?? "", payload), signature);
    if (timestampMs !== undefined) {
      assertFreshTimestamp({ timestampMs, nowMs: input.now ?? Date.now(), toleranceMs });
    }
    return { body: parseWebhookJson(rawBodyText(payload)), timestampMs };
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      throw new WebhookVerificationError(`${label}: ${error.message}`, { cause: error });
    }
    throw error;
  }
}
