import { WebhookVerificationError } from "@payclients/auth-middleware";
import {
  assertFreshTimestamp,
  parseWebhookJson,
  type RawBody,
  rawBodyText,
  readHeader,
  signedBytes,
  verifyHexSignature,
  type WebhookHeaders,
} from "@payclients/auth-middleware/webhooks";
import type { components } from "./generated/schema";

/** An order-status callback, typed from the spec's `webhooks` section. */
export type ScalapayWebhookEvent = components["schemas"]["ScalapayWebhookEvent"];

/** Options of {@link verifyScalapayWebhook}. */
export interface VerifyScalapayWebhookOptions {
  /** The raw request body, exactly as received. */
  payload: RawBody;
  /** The request headers (any case). */
  headers: WebhookHeaders;
  /** The merchant API key: Scalapay signs callbacks with it. */
  apiKey: string;
  /** Accepted clock distance, past or future (default 5 minutes). */
  toleranceMs?: number;
  /** Current time in epoch ms (default `Date.now()`). */
  now?: number;
}

/**
 * Verifies a Scalapay callback: `x-scalapay-hmac-v1` must be the hex HMAC-SHA256 of
 * `V1:{x-scalapay-timestamp}:{raw body}` keyed with the API key, and the timestamp must be fresh.
 * Returns the typed event or throws `WebhookVerificationError`.
 */
export async function verifyScalapayWebhook(
  options: VerifyScalapayWebhookOptions,
): Promise<ScalapayWebhookEvent> {
  const timestampHeader = readHeader(options.headers, "x-scalapay-timestamp");
  if (timestampHeader === undefined || !/^\d+$/.test(timestampHeader.trim())) {
    throw new WebhookVerificationError("scalapay webhook: missing or invalid x-scalapay-timestamp header");
  }
  const text = rawBodyText(options.payload);
  const timestamp = timestampHeader.trim();
  await verifyHexSignature(
    options.apiKey,
    signedBytes(`V1:${timestamp}:`, options.payload),
    readHeader(options.headers, "x-scalapay-hmac-v1"),
  );
  // The documented example is epoch milliseconds; a seconds value (10 digits) is accepted too (unverified).
  const numeric = Number(timestamp);
  assertFreshTimestamp({
    timestampMs: numeric < 1e12 ? numeric * 1000 : numeric,
    nowMs: options.now ?? Date.now(),
    toleranceMs: options.toleranceMs ?? 300_000,
  });
  const event = parseWebhookJson(text);
  if (
    event === null ||
    typeof event !== "object" ||
    typeof (event as { status?: unknown }).status !== "string"
  ) {
    throw new WebhookVerificationError("scalapay webhook: payload has no status");
  }
  return event as ScalapayWebhookEvent;
}
