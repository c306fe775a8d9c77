import { WebhookVerificationError } from "@payclients/auth-middleware";
import {
  type HmacSigningInput,
  type HmacWebhookScheme,
  hmacTimestamp,
  hmacWebhookSigning,
  readHeader,
  requireRawBody,
  requireWebhookHeaders,
  type SignedWebhook,
  signWebhook,
  type UnknownWebhookDelivery,
  verifyHmacWebhook,
  type WebhookDeliveryOf,
  type WebhookToleranceOptions,
  type WebhookVerifyOptions,
  webhookBody,
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

/** The body of each documented event type. */
export type VaiiPayWebhookEvents = {
  [Type in VaiiPayWebhookEventType]: webhooks[Type]["post"]["requestBody"]["content"]["application/json"];
};

/** The delivery metadata VaiiPay sends: `X-PaymentService-Timestamp`, in epoch milliseconds. */
interface VaiiPayDeliveryMetadata {
  /** The signed `X-PaymentService-Timestamp` (Unix seconds on the wire) in epoch milliseconds. */
  timestamp: number;
}

/** A verified delivery of a documented event: `event` narrows on `type` (the `X-PaymentService-Event` header). */
export type VaiiPayKnownWebhook = WebhookDeliveryOf<VaiiPayWebhookEvents, VaiiPayDeliveryMetadata>;

/** A verified delivery whose event type is not documented (VaiiPay may add events): acknowledge it. */
export type VaiiPayUnknownWebhook = UnknownWebhookDelivery<unknown, VaiiPayDeliveryMetadata>;

/** What {@link verifyVaiiPayWebhook} returns. */
export type VaiiPayWebhook = VaiiPayKnownWebhook | VaiiPayUnknownWebhook;

/** Options of {@link verifyVaiiPayWebhook}: `secret` is the payment application's `secret` (`WEBHOOK_SECRET`). */
export interface VerifyVaiiPayWebhookOptions extends WebhookVerifyOptions, WebhookToleranceOptions {}

const knownTypes = new Set<string>(vaiipayWebhookEventTypes);

const vaiipayWebhookScheme: HmacWebhookScheme = {
  provider: "vaiipay",
  signatureHeader: "X-PaymentService-Signature",
  timestampHeader: "X-PaymentService-Timestamp",
  signedPrefix: (timestamp) => `${timestamp}.`,
};

/** The header carrying the (unsigned) event type. */
const EVENT_HEADER = "X-PaymentService-Event";

/**
 * Verifies a VaiiPay webhook: `X-PaymentService-Signature` must be the hex HMAC-SHA256 of
 * `{X-PaymentService-Timestamp}.{raw body}` keyed with the application secret (`crypto.subtle.verify`),
 * and the timestamp must be within the tolerance. Returns `{ type, event, timestamp }` or throws
 * `WebhookVerificationError`.
 */
export async function verifyVaiiPayWebhook(options: VerifyVaiiPayWebhookOptions): Promise<VaiiPayWebhook> {
  // Misuse first: it must not pass for a forged delivery.
  requireRawBody("vaiipay", options?.payload);
  // The event header is not signed; it is required so that a delivery can be routed at all.
  const eventType = readHeader(
    // Stryker disable next-line OptionalChaining: equivalent; requireRawBody above already refused missing options
    requireWebhookHeaders("vaiipay", options?.headers),
    EVENT_HEADER,
  )?.trim();
  if (!eventType) throw new WebhookVerificationError(`vaiipay webhook: missing ${EVENT_HEADER} header`);
  const { body, timestampMs = 0 } = await verifyHmacWebhook(vaiipayWebhookScheme, options);
  if (!knownTypes.has(eventType)) return { type: "unknown", eventType, event: body, timestamp: timestampMs };
  const payment = (body as { payment?: { id?: unknown; status?: unknown } } | null)?.payment;
  if (typeof payment?.id !== "string" || typeof payment.status !== "string") {
    throw new WebhookVerificationError(
      `vaiipay webhook: ${eventType} payload has no payment with id and status`,
    );
  }
  return { type: eventType, event: body, timestamp: timestampMs } as VaiiPayKnownWebhook;
}

/** VaiiPay's signing steps, for the emulator's synchronous signer (the same scheme the verifier reads). */
export const vaiipayWebhookSigning = /* @__PURE__ */ hmacWebhookSigning(vaiipayWebhookScheme);

/** The signing input of a VaiiPay delivery: the event type header travels beside the signed body. */
export function vaiipaySigningInput(
  type: string,
  body: string,
  secret: string,
  timestampMs: number,
): HmacSigningInput {
  return {
    body,
    secret,
    timestamp: hmacTimestamp(vaiipayWebhookScheme, timestampMs),
    headers: { [EVENT_HEADER]: type },
  };
}

/** Options of {@link signVaiiPayWebhook}. */
export interface SignVaiiPayWebhookOptions {
  /** The event type, sent as `X-PaymentService-Event` (an undocumented one too, to test that path). */
  type: VaiiPayWebhookEventType | (string & {});
  /** The body to send (serialized compactly), or the exact body string. */
  event: VaiiPayWebhookEvent | Record<string, unknown> | string;
  /** The payment application's `secret`. */
  secret: string;
  /** Delivery time in epoch milliseconds (default now); sent as Unix seconds. */
  timestamp?: number | undefined;
}

/** Signs a delivery as VaiiPay does, for tests of your endpoint: POST `body` with `headers`. */
export function signVaiiPayWebhook(options: SignVaiiPayWebhookOptions): Promise<SignedWebhook> {
  const { type, event, secret, timestamp = Date.now() } = options;
  return signWebhook(vaiipayWebhookSigning, vaiipaySigningInput(type, webhookBody(event), secret, timestamp));
}
