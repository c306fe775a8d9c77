import { ConfigurationError, WebhookVerificationError } from "./errors";
import { type Clock, systemClock } from "./time";

/** Raw webhook body as received: verify signatures over these exact bytes, never over re-serialized JSON. */
export type RawBody = string | Uint8Array | ArrayBuffer;

/** Incoming webhook headers: a `Headers` or a Node-style record. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** What a value is, for a misuse message (never its content: a webhook body may hold personal data). */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value !== "object") return `a ${typeof value}`;
  return Array.isArray(value) ? "an array" : "a parsed object";
}

/**
 * Checks that a verifier was handed the raw request body. A parsed object (the `express.json()` mistake) or
 * nothing at all is a programming mistake, so a `ConfigurationError` (an application bug to fix, answered 500, not
 * a forged delivery answered 400), with the hint stripe-node gives: signatures cover the exact bytes received.
 */
export function requireRawBody(provider: string, payload: unknown): RawBody {
  if (typeof payload === "string" || payload instanceof Uint8Array || payload instanceof ArrayBuffer)
    return payload;
  throw new ConfigurationError(
    `${provider} webhook: the payload must be the raw request body (a string, Buffer, Uint8Array or ArrayBuffer); got ${describeValue(payload)}. Signatures cover the exact bytes received, so a body a framework already parsed cannot be verified: in Express use express.raw({ type: "application/json" }) on the webhook route instead of express.json(); with a fetch-style Request pass await request.text().`,
  );
}

/** Checks that a verifier was handed the request headers (a `Headers` or a Node-style record). */
export function requireWebhookHeaders(provider: string, headers: unknown): WebhookHeaders {
  if (
    headers instanceof Headers ||
    (typeof headers === "object" && headers !== null && !Array.isArray(headers))
  ) {
    return headers as WebhookHeaders;
  }
  throw new ConfigurationError(
    `${provider} webhook: headers must be the request's headers (a Headers object or a Node-style record such as req.headers); got ${describeValue(headers)}`,
  );
}

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

/** An HMAC-SHA256 key for WebCrypto (Node, Bun, Deno, edge runtimes). */
function hmacKey(secret: string, usage: "sign" | "verify"): Promise<CryptoKey> {
  const raw = new TextEncoder().encode(secret);
  // Stryker disable next-line BooleanLiteral: equivalent; the key never leaves this module, so whether it could be exported is unobservable
  return crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, [usage]);
}

/** The bytes to sign or verify. */
function payloadBytes(payload: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return (
    typeof payload === "string" ? new TextEncoder().encode(payload) : payload
  ) as Uint8Array<ArrayBuffer>;
}

/** Lowercase hex HMAC-SHA256 with WebCrypto (for signing test deliveries and other schemes). */
export async function hmacSha256Hex(secret: string, payload: string | Uint8Array): Promise<string> {
  const key = await hmacKey(secret, "sign");
  const signature = new Uint8Array(await crypto.subtle.sign("HMAC", key, payloadBytes(payload)));
  let hex = "";
  for (const byte of signature) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/** Compares two strings in time independent of where they differ (length differences return early). */
export function timingSafeEqual(left: string, right: string): boolean {
  if (left.length !== right.length) return false;
  let difference = 0;
  // Stryker disable next-line EqualityOperator: equivalent; one round past the end XORs NaN with NaN, which adds 0
  for (let index = 0; index < left.length; index += 1)
    difference |= left.charCodeAt(index) ^ right.charCodeAt(index);
  return difference === 0;
}

/** The bytes a hex string spells (either case), or `undefined` when it is not hex. */
function hexBytes(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) return undefined;
  const bytes = new Uint8Array(hex.length / 2);
  // Stryker disable next-line EqualityOperator: equivalent; a typed array ignores a write past its end
  for (let index = 0; index < bytes.length; index += 1) {
    bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
}

/**
 * Verifies a hex HMAC-SHA256 signature over `signedPayload` (either case, surrounding whitespace ignored) with
 * `crypto.subtle.verify`, the runtime's own constant-time comparison, rather than comparing strings here.
 */
export async function verifyHexSignature(
  secret: string,
  signedPayload: string | Uint8Array,
  signature: string | undefined,
): Promise<void> {
  if (signature === undefined || signature.length === 0)
    throw new WebhookVerificationError("missing signature");
  const presented = hexBytes(signature.trim());
  const key = await hmacKey(secret, "verify");
  if (!presented || !(await crypto.subtle.verify("HMAC", key, presented, payloadBytes(signedPayload)))) {
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
      // Stryker disable next-line EqualityOperator: equivalent; equal timestamps are within any tolerance, so never reach this message
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

/** What every provider's verifier takes; a provider adds what its scheme needs (e.g. a replay window). */
export interface WebhookVerifyOptions {
  /** The raw request body, exactly as received (not a framework-parsed object). */
  payload: RawBody;
  /** The request headers (a `Headers` or a Node-style record such as `req.headers`; any case). */
  headers: WebhookHeaders;
  /** The shared secret the provider authenticates deliveries with. */
  secret: string;
}

/** The replay window of a scheme that signs a delivery time. */
export interface WebhookToleranceOptions {
  /** Accepted distance between the delivery time and now, past or future, in seconds (default 300). */
  toleranceSeconds?: number | undefined;
  /** Source of the current time (default the wall clock); inject one to test the window without waiting. */
  clock?: Clock | undefined;
}

/**
 * A verified delivery: the typed `event` as the provider sent it, its `type`, and the delivery metadata the
 * provider sends (`id`, `timestamp` in epoch milliseconds), each present only where the provider sends it.
 */
export interface WebhookDelivery<Type extends string | undefined, Event> {
  /** The event type as the provider names it (a body field or a header). */
  type: Type;
  /** The event: the parsed, verified body (typed by the provider's spec). */
  event: Event;
  /** The provider's delivery id, for de-duplication. */
  id?: string;
  /** The signed delivery time in epoch milliseconds. */
  timestamp?: number;
}

/** One delivery per documented event type, so that `event` narrows by `type`. */
export type WebhookDeliveryOf<Events, Metadata = unknown> = {
  [Type in keyof Events & string]: { type: Type; event: Events[Type] } & Metadata;
}[keyof Events & string];

/** A verified delivery of an event type the provider did not document (providers add events): acknowledge it. */
export type UnknownWebhookDelivery<Event, Metadata = unknown> = {
  type: "unknown";
  /** The event type as sent. */
  eventType: string;
  event: Event;
} & Metadata;

/** One provider's HMAC-SHA256 webhook scheme: where the signature and timestamp travel and what was signed. */
export interface HmacWebhookScheme {
  /** Provider name; every message starts with "<provider> webhook:". */
  provider: string;
  /** Header carrying the hex signature. */
  signatureHeader: string;
  /** Header carrying the delivery time; omitted for schemes that sign no timestamp (no replay window then). */
  timestampHeader?: string;
  /** Unit of the timestamp: Unix seconds, epoch ms, or either (values below 10^12 read as seconds). */
  timestampUnit?: "seconds" | "milliseconds" | "either";
  /** Text signed in front of the raw body, given the timestamp header's value (default: nothing). */
  signedPrefix?: (timestamp: string) => string;
}

/** What a provider's HMAC verifier hands over from its caller. */
export interface HmacWebhookInput extends WebhookVerifyOptions, WebhookToleranceOptions {}

/** A delivery whose signature (and timestamp, when the scheme has one) checked out. */
export interface VerifiedHmacWebhook {
  /** The parsed JSON body. */
  body: unknown;
  /** The delivery time in epoch ms, for timestamped schemes. */
  timestampMs: number | undefined;
}

// Stryker disable StringLiteral: static mutants (module-load constants the vitest runner does not reload per mutant); webhook-boundaries.test.ts and helpers.test.ts pin every label
const unitLabels = {
  seconds: "Unix seconds",
  milliseconds: "epoch milliseconds",
  either: "epoch ms or seconds",
};
// Stryker restore StringLiteral

/** The replay window in milliseconds; a negative or non-numeric tolerance is a programming mistake. */
function toleranceMsOf(label: string, toleranceSeconds: number | undefined): number {
  const seconds = toleranceSeconds ?? 300;
  if (!(Number.isFinite(seconds) && seconds >= 0)) {
    throw new ConfigurationError(`${label}: toleranceSeconds must be a non-negative number`);
  }
  return seconds * 1000;
}

/**
 * Verifies a delivery under an HMAC-SHA256 scheme: `crypto.subtle.verify` over the exact received bytes,
 * timestamp freshness both ways, JSON body. Throws `WebhookVerificationError`, or `ConfigurationError` for a
 * programming mistake (missing secret, bad tolerance, a parsed or missing body, missing headers); the provider
 * then checks the event's shape.
 */
export async function verifyHmacWebhook(
  scheme: HmacWebhookScheme,
  input: HmacWebhookInput,
): Promise<VerifiedHmacWebhook> {
  const { provider } = scheme;
  const label = `${provider} webhook`;
  const secret = requireWebhookSecret(provider, input?.secret);
  const payload = requireRawBody(provider, input.payload);
  const headers = requireWebhookHeaders(provider, input.headers);
  const toleranceMs = toleranceMsOf(label, input.toleranceSeconds);
  let timestamp = "";
  let timestampMs: number | undefined;
  if (scheme.timestampHeader !== undefined) {
    const unit = scheme.timestampUnit ?? "seconds";
    // Stryker disable next-line StringLiteral: equivalent; a missing header fails the digits check below whatever it defaults to
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
  return labelWebhookErrors(provider, async () => {
    await verifyHexSignature(secret, signedBytes(scheme.signedPrefix?.(timestamp) ?? "", payload), signature);
    if (timestampMs !== undefined) {
      assertFreshTimestamp({ timestampMs, nowMs: (input.clock ?? systemClock).now(), toleranceMs });
    }
    return { body: parseWebhookJson(rawBodyText(payload)), timestampMs };
  });
}

/**
 * Runs verification steps whose `WebhookVerificationError`s name no provider (the shared primitives'), prefixing
 * each message with "<provider> webhook: " so every failure says whose delivery it was; the cause keeps the original.
 */
export async function labelWebhookErrors<Result>(
  provider: string,
  verify: () => Promise<Result>,
): Promise<Result> {
  try {
    return await verify();
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      throw new WebhookVerificationError(`${provider} webhook: ${error.message}`, { cause: error });
    }
    throw error;
  }
}

/** Checks that a verifier was handed its secret: a missing one is the integrator's bug, not a forged delivery. */
export function requireWebhookSecret(provider: string, secret: unknown): string {
  if (typeof secret === "string" && secret.length > 0) return secret;
  throw new ConfigurationError(`${provider} webhook: the secret option is required`);
}

/** A delivery as a provider sends it: POST `body` with `headers` (or hand both to the provider's verifier). */
export interface SignedWebhook {
  headers: Record<string, string>;
  body: string;
}

/**
 * One provider's signing scheme as two pure steps, so that the signer beside its verifier (WebCrypto, async) and
 * its emulator (Node's HMAC, synchronous) sign from the same definition: the text the provider HMACs, and the
 * delivery that carries the hex signature.
 */
export interface WebhookSigning<Input extends { secret: string }> {
  /** The exact text the provider signs. */
  signedText(input: Input): string;
  /** The delivery as sent, given the lowercase hex HMAC-SHA256 of `signedText(input)`. */
  delivery(input: Input, signature: string): SignedWebhook;
}

/** Signs a delivery under a provider's scheme with WebCrypto's HMAC-SHA256. */
export async function signWebhook<Input extends { secret: string }>(
  signing: WebhookSigning<Input>,
  input: Input,
): Promise<SignedWebhook> {
  return signing.delivery(input, await hmacSha256Hex(input.secret, signing.signedText(input)));
}

/** What an HMAC scheme's signer takes: the exact body, the secret and the timestamp header's value. */
export interface HmacSigningInput {
  /** The body to send, as sent. */
  body: string;
  secret: string;
  /** The timestamp header's value, in the scheme's unit (schemes with a timestamp header). */
  timestamp?: string | undefined;
  /** More headers the provider sends with the delivery (e.g. its event type). */
  headers?: Record<string, string> | undefined;
}

/** The signing steps of an HMAC scheme: the same prefix and headers its verifier reads. */
export function hmacWebhookSigning(scheme: HmacWebhookScheme): WebhookSigning<HmacSigningInput> {
  return {
    signedText: ({ body, timestamp = "" }) => `${scheme.signedPrefix?.(timestamp) ?? ""}${body}`,
    delivery: ({ body, timestamp, headers }, signature) => ({
      headers: {
        "content-type": "application/json",
        ...headers,
        ...(scheme.timestampHeader === undefined ? {} : { [scheme.timestampHeader]: timestamp ?? "" }),
        [scheme.signatureHeader]: signature,
      },
      body,
    }),
  };
}

/** The timestamp header's value of a scheme for a delivery time in epoch ms (seconds unless the unit is ms). */
export function hmacTimestamp(scheme: HmacWebhookScheme, timeMs: number): string {
  const unit = scheme.timestampUnit ?? "seconds";
  return String(unit === "seconds" ? Math.floor(timeMs / 1000) : Math.floor(timeMs));
}

/** A body to sign: a string as it is, anything else as compact JSON. */
export function webhookBody(payload: unknown): string {
  return typeof payload === "string" ? payload : JSON.stringify(payload);
}
