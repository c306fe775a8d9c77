import { type HmacWebhookInput, verifyHmacWebhook } from "@payclients/auth-middleware/webhooks";
import type { components } from "./generated/schema";

/** One __Pascal__ webhook event, typed from the spec's `webhooks` section. */
export type __Pascal__WebhookEvent = components["schemas"]["__Pascal__WebhookEvent"];

// The scheme is configuration: add `timestampHeader` and `signedPrefix` when the provider signs a timestamp.
const scheme = {
  provider: "__name__",
  secretName: "webhook secret",
  signatureHeader: "x-__name__-signature",
};

/** Verifies `x-__name__-signature` (hex HMAC-SHA256 of the raw body) and returns the typed event. */
export async function verify__Pascal__Webhook(options: HmacWebhookInput): Promise<__Pascal__WebhookEvent> {
  const { body } = await verifyHmacWebhook(scheme, options);
  return body as __Pascal__WebhookEvent;
}
