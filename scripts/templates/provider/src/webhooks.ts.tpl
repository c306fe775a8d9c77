import { WebhookVerificationError } from "@payclients/auth-middleware";
import {
  type HmacWebhookScheme,
  hmacWebhookSigning,
  type SignedWebhook,
  signWebhook,
  verifyHmacWebhook,
  type WebhookDelivery,
  type WebhookVerifyOptions,
  webhookBody,
} from "@payclients/auth-middleware/webhooks";
import type { components } from "./generated/schema";

/** One __Pascal__ webhook event, typed from the spec's `webhooks` section. */
export type __Pascal__WebhookEvent = components["schemas"]["__Pascal__WebhookEvent"];

/** What {@link verify__Pascal__Webhook} returns: the shape every payclients verifier returns. */
export type __Pascal__Webhook = WebhookDelivery<string, __Pascal__WebhookEvent>;

/** Options of {@link verify__Pascal__Webhook}: the raw `payload`, `headers` and the webhook `secret`. */
export interface Verify__Pascal__WebhookOptions extends WebhookVerifyOptions {}

// The scheme is configuration: add `timestampHeader` and `signedPrefix` when the provider signs a timestamp
// (and `WebhookToleranceOptions` to the options).
const __camel__WebhookScheme: HmacWebhookScheme = {
  provider: "__name__",
  signatureHeader: "x-__name__-signature",
};

/** Verifies `x-__name__-signature` (hex HMAC-SHA256 of the raw body) and returns `{ type, event }`. */
export async function verify__Pascal__Webhook(options: Verify__Pascal__WebhookOptions): Promise<__Pascal__Webhook> {
  const { body } = await verifyHmacWebhook(__camel__WebhookScheme, options);
  const type = (body as { event?: unknown } | null)?.event;
  if (typeof type !== "string")
    throw new WebhookVerificationError("__name__ webhook: payload has no event name");
  return { type, event: body as __Pascal__WebhookEvent };
}

/** __Pascal__'s signing steps, for the emulator's synchronous signer (the same scheme the verifier reads). */
export const __camel__WebhookSigning = /* @__PURE__ */ hmacWebhookSigning(__camel__WebhookScheme);

/** Signs a delivery as __Pascal__ does, for tests of your endpoint: POST `body` with `headers`. */
export function sign__Pascal__Webhook(options: {
  event: __Pascal__WebhookEvent | string;
  secret: string;
}): Promise<SignedWebhook> {
  return signWebhook(__camel__WebhookSigning, { body: webhookBody(options.event), secret: options.secret });
}
