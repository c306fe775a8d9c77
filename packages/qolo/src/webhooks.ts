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

/**
 * What {@link verifyQoloWebhook} returns. Qolo documents no event-type field or header and no delivery id or
 * timestamp, so `type` is `undefined` and `event` is the parsed payload (route by subscription if you need to).
 */
export interface QoloWebhook extends WebhookDelivery<undefined, QoloWebhookEvent> {
  type: undefined;
}

/** Options of {@link verifyQoloWebhook}: `secret` is the `secret` of the subscription that delivered the event. */
export interface VerifyQoloWebhookOptions extends WebhookVerifyOptions {}

/**
 * Verifies a Qolo webhook: `x-qolo-signature` must be the hex HMAC-SHA256 of the raw payload keyed with the
 * subscription's `secret` (`crypto.subtle.verify`). Qolo documents no timestamp, so there is no replay window
 * to check. Returns `{ type: undefined, event }` or throws `WebhookVerificationError`.
 */
export async function verifyQoloWebhook(options: VerifyQoloWebhookOptions): Promise<QoloWebhook> {
  const { body } = await verifyHmacWebhook(qoloWebhookScheme, options);
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new WebhookVerificationError("qolo webhook: payload is not a JSON object");
  }
  return { type: undefined, event: body as QoloWebhookEvent };
}

const qoloWebhookScheme: HmacWebhookScheme = {
  provider: "qolo",
  signatureHeader: QOLO_SIGNATURE_HEADER,
};

/** Qolo's signing steps, for the emulator's synchronous signer (the same scheme the verifier reads). */
export const qoloWebhookSigning = /* @__PURE__ */ hmacWebhookSigning(qoloWebhookScheme);

/** Options of {@link signQoloWebhook}. */
export interface SignQoloWebhookOptions {
  /** The payload to send (serialized compactly), or the exact body string. */
  event: QoloWebhookEvent | Record<string, unknown> | string;
  /** The subscription's `secret`. */
  secret: string;
}

/** Signs a delivery as Qolo does, for tests of your endpoint: POST `body` with `headers`. */
export function signQoloWebhook(options: SignQoloWebhookOptions): Promise<SignedWebhook> {
  return signWebhook(qoloWebhookSigning, { body: webhookBody(options.event), secret: options.secret });
}
