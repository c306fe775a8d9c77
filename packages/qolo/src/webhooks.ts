import { WebhookVerificationError } from "@payclients/auth-middleware";
import {
  type HmacWebhookInput,
  type HmacWebhookScheme,
  verifyHmacWebhook,
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
export interface VerifyQoloWebhookOptions extends Pick<HmacWebhookInput, "payload" | "headers"> {
  /** The `secret` of the webhook subscription (notification) that delivered the event. */
  secret: string;
}

/**
 * Verifies a Qolo webhook: `x-qolo-signature` must be the hex HMAC-SHA256 of the raw payload keyed with the
 * subscription's `secret` (`crypto.subtle.verify`). Qolo documents no timestamp, so there is no replay window
 * to check. Returns the parsed event or throws `WebhookVerificationError`.
 */
export async function verifyQoloWebhook(options: VerifyQoloWebhookOptions): Promise<QoloWebhookEvent> {
  const { body } = await verifyHmacWebhook(scheme, options);
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new WebhookVerificationError("qolo webhook: payload is not a JSON object");
  }
  return body as QoloWebhookEvent;
}

const scheme: HmacWebhookScheme = {
  provider: "qolo",
  secretName: "subscription secret",
  signatureHeader: QOLO_SIGNATURE_HEADER,
};
