import { parseWebhookJson, type RawBody, rawBodyText, readHeader, verifyHexSignature, type WebhookHeaders } from "@payclients/auth-middleware/webhooks";
import type { components } from "./generated/schema";

/** A __Pascal__ webhook event, typed from the spec's `webhooks` section. */
export type __Pascal__WebhookEvent = components["schemas"]["__Pascal__WebhookEvent"];

/** Verifies `x-__name__-signature` (hex HMAC-SHA256 of the raw body) and returns the typed event. */
export async function verify__Pascal__Webhook(options: {
  payload: RawBody;
  headers: WebhookHeaders;
  secret: string;
}): Promise<__Pascal__WebhookEvent> {
  const text = rawBodyText(options.payload);
  await verifyHexSignature(options.secret, text, readHeader(options.headers, "x-__name__-signature"));
  return parseWebhookJson(text) as __Pascal__WebhookEvent;
}
