import { WebhookVerificationError } from "@payclients/auth-middleware";
import {
  type HmacWebhookInput,
  type HmacWebhookScheme,
  readHeader,
  requireRawBody,
  requireWebhookHeaders,
  verifyHmacWebhook,
} from "@payclients/auth-middleware/webhooks";
import type { components, webhooks } from "./generated/schema";

/** A documented webhook event type (`X-PaymentService-Event`), from the spec's `webhooks` section. */
export type VaiiPayWebhookEventType = keyof webhooks;

/** The documented event types, for routing and exhaustiveness checks. */
export const vaiipayWebhookEventTypes = [
  "payment.completed",
  "payment.received",
  "payment.underpaid",
] as const satisfies readonly VaiiPayWebhookEventType[];

/** Any documented webhook body (`{ payment }`); the event type is in the header, not the body. */
export type VaiiPayWebhookEvent = components["schemas"]["VaiiPayWebhookEvent"];

/** The payment object of webhooks and `GET /api/payment/{paymentId}`. */
export type VaiiPayPayment = components["schemas"]["Payment"];

type WebhookBody<Type extends VaiiPayWebhookEventType> =
  webhooks[Type]["post"]["requestBody"]["content"]["application/json"];

/** A verified delivery of a documented event: narrow on `type`. */
export type VaiiPayKnownWebhook = {
  [Type in VaiiPayWebhookEventType]: {
    type: Type;
    /** `X-PaymentService-Timestamp` (Unix seconds). */
    timestamp: number;
    payment: VaiiPayPayment;
    body: WebhookBody<Type>;
  };
}[VaiiPayWebhookEventType];

/** A verified delivery whose event type is not documented (VaiiPay may add events): acknowledge it. */
export interface VaiiPayUnknownWebhook {
  type: "unknown";
  /** The `X-PaymentService-Event` value as sent. */
  eventType: string;
  timestamp: number;
  body: unknown;
}

/** What {@link verifyVaiiPayWebhook} returns. */
export type VaiiPayWebhook = VaiiPayKnownWebhook | VaiiPayUnknownWebhook;

/** Options of {@link verifyVaiiPayWebhook}. */
export interface VerifyVaiiPayWebhookOptions extends HmacWebhookInput {
  /** The payment application's `secret` (`WEBHOOK_SECRET`). */
  secret: string;
}

const knownTypes = new Set<string>(vaiipayWebhookEventTypes);

const scheme: HmacWebhookScheme = {
  provider: "vaiipay",
  secretName: "secret option (WEBHOOK_SECRET)",
  signatureHeader: "X-PaymentService-Signature",
  timestampHeader: "X-PaymentService-Timestamp",
  signedPrefix: (timestamp) => `${timestamp}.`,
};

/**
 * Verifies a VaiiPay webhook: `X-PaymentService-Signature` must be the hex HMAC-SHA256 of
 * `{X-PaymentService-Timestamp}.{raw body}` keyed with the application secret (`crypto.subtle.verify`),
 * and the timestamp must be within the tolerance. Returns the typed event or throws `WebhookVerificationError`.
 */
export async function verifyVaiiPayWebhook(options: VerifyVaiiPayWebhookOptions): Promise<VaiiPayWebhook> {
  // Misuse first: it must not pass for a forged delivery.
  requireRawBody("vaiipay", options?.payload);
  // The event header is not signed; it is required so that a delivery can be routed at all.
  const eventType = readHeader(
    // Stryker disable next-line OptionalChaining: equivalent; requireRawBody above already refused missing options
    requireWebhookHeaders("vaiipay", options?.headers),
    "x-paymentservice-event",
  )?.trim();
  if (!eventType)
    throw new WebhookVerificationError("vaiipay webhook: missing X-PaymentService-Event header");
  const { body, timestampMs = 0 } = await verifyHmacWebhook(scheme, options);
  const timestamp = timestampMs / 1000;
  if (!knownTypes.has(eventType)) return { type: "unknown", eventType, timestamp, body };
  const payment = (body as { payment?: { id?: unknown; status?: unknown } } | null)?.payment;
  if (typeof payment?.id !== "string" || typeof payment.status !== "string") {
    throw new WebhookVerificationError(
      `vaiipay webhook: ${eventType} payload has no payment with id and status`,
    );
  }
  return { type: eventType, timestamp, payment, body } as VaiiPayKnownWebhook;
}
