import { requireCredential, WebhookVerificationError } from "@payclients/auth-middleware";
import {
  parseWebhookJson,
  type RawBody,
  rawBodyText,
  requireRawBody,
  verifyHexSignature,
} from "@payclients/auth-middleware/webhooks";
import type { components } from "./generated/schema";

/** A webhook delivery, typed from the spec's `webhooks` section and discriminated by `event`. */
export type SqalaWebhookEvent = components["schemas"]["SqalaWebhookEvent"];

/** The documented event names (`payment.paid`, `withdrawal.failed`, `subscription.charge.paid`, …). */
export type SqalaWebhookEventName = SqalaWebhookEvent["event"];

/** Options of {@link verifySqalaWebhook}. */
export interface VerifySqalaWebhookOptions {
  /** The raw request body, exactly as received (not a framework-parsed object). */
  payload: RawBody;
  /** The endpoint's secret from the developer portal (64 characters). */
  secret: string;
}

/**
 * Verifies a Sqala webhook: the body field `signature` must be the lowercase hex HMAC-SHA256 of
 * `JSON.stringify(data)` keyed with the endpoint secret (checked with `crypto.subtle.verify`). Sqala signs the
 * re-serialized `data`, not the raw bytes, so the raw body is parsed here with `JSON.parse` and `data`
 * re-serialized compactly in its original key order; a framework's own parse (date revivers, dropped
 * keys, BigInt numbers) could change that serialization. There is no timestamp: de-duplicate on `id`.
 * Returns the typed event or throws `WebhookVerificationError` (`ConfigurationError` for a missing secret or a
 * payload that is not the raw body).
 */
export async function verifySqalaWebhook(options: VerifySqalaWebhookOptions): Promise<SqalaWebhookEvent> {
  const secret = requireCredential("sqala", "secret", options?.secret);
  const body = parseWebhookJson(rawBodyText(requireRawBody("sqala", options.payload)));
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new WebhookVerificationError("sqala webhook: body is not a JSON object");
  }
  const envelope = body as Record<string, unknown>;
  const signature = typeof envelope.signature === "string" ? envelope.signature : undefined;
  if (!("data" in envelope) || envelope.data === undefined) {
    throw new WebhookVerificationError("sqala webhook: body has no data to verify");
  }
  await verifyHexSignature(secret, JSON.stringify(envelope.data), signature);
  if (typeof envelope.event !== "string") {
    throw new WebhookVerificationError("sqala webhook: body has no event name");
  }
  return envelope as SqalaWebhookEvent;
}
