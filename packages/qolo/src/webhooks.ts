import { WebhookVerificationError } from "@payclients/auth-middleware";
import {
  parseWebhookJson,
  type RawBody,
  rawBodyText,
  readHeader,
  verifyHexSignature,
  type WebhookHeaders,
} from "@payclients/auth-middleware/webhooks";
import type { components, webhooks } from "./generated/schema";

/** A documented webhook event type (a delivery's event; `all` is only a subscription wildcard). */
export type QoloWebhookEventType = keyof webhooks;

/** The event types a subscription's `event_type` accepts: every event type plus `all`. */
export type QoloEventType = components["schemas"]["QoloEventType"];

/** The payload of each event type, typed from the spec's `webhooks` section (shapes unverified: open objects). */
export type QoloWebhookEvents = {
  [Type in QoloWebhookEventType]: webhooks[Type]["post"]["requestBody"]["content"]["application/json"];
};

/** Any Qolo webhook payload; no documented field tells the event type apart. */
export type QoloWebhookEvent = components["schemas"]["QoloWebhookEvent"];

/** The header carrying the hex HMAC-SHA256 of the raw payload. */
export const QOLO_SIGNATURE_HEADER = "x-qolo-signature";

/** Options of {@link verifyQoloWebhook}. */
export interface VerifyQoloWebhookOptions {
  /** The raw request body, exactly as received (not re-serialized JSON). */
  payload: RawBody;
  /** The request headers (any case). */
  headers: WebhookHeaders;
  /** The `secret` of the webhook subscription (notification) that delivered the event. */
  secret: string;
}

/**
 * Verifies a Qolo webhook: `x-qolo-signature` must be the hex HMAC-SHA256 of the raw payload keyed with the
 * subscription's `secret` (constant-time compare). Qolo documents no timestamp, so there is no replay window
 * to check. Returns the parsed event or throws `WebhookVerificationError`.
 */
export async function verifyQoloWebhook(options: VerifyQoloWebhookOptions): Promise<QoloWebhookEvent> {
  if (typeof options.secret !== "string" || options.secret.length === 0) {
    throw new WebhookVerificationError("qolo webhook: the subscription secret is required");
  }
  const signature = readHeader(options.headers, QOLO_SIGNATURE_HEADER);
  if (signature === undefined || signature.trim() === "") {
    throw new WebhookVerificationError(`qolo webhook: missing ${QOLO_SIGNATURE_HEADER} header`);
  }
  const { payload } = options;
  // Signed over the received bytes, so a body that is not valid UTF-8 cannot verify after decoding.
  const signed =
    typeof payload === "string" || payload instanceof Uint8Array ? payload : new Uint8Array(payload);
  try {
    await verifyHexSignature(options.secret, signed, signature);
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      throw new WebhookVerificationError(`qolo webhook: ${error.message}`, { cause: error });
    }
    throw error;
  }
  const event = parseWebhookJson(rawBodyText(payload));
  if (event === null || typeof event !== "object" || Array.isArray(event)) {
    throw new WebhookVerificationError("qolo webhook: payload is not a JSON object");
  }
  return event as QoloWebhookEvent;
}
