import { ConfigurationError, WebhookVerificationError } from "@payclients/auth-middleware";
import {
  assertFreshTimestamp,
  parseWebhookJson,
  type RawBody,
  rawBodyText,
  readHeader,
  verifyHexSignature,
  type WebhookHeaders,
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
export interface VerifyVaiiPayWebhookOptions {
  /** The raw request body, exactly as received (e.g. from `express.raw`). */
  payload: RawBody;
  /** The request headers (any case). */
  headers: WebhookHeaders;
  /** The payment application's `secret` (`WEBHOOK_SECRET`). */
  secret: string;
  /** Accepted clock distance, past or future (default 5 minutes). */
  toleranceMs?: number;
  /** Current time in epoch ms (default `Date.now()`). */
  now?: number;
}

const knownTypes = new Set<string>(vaiipayWebhookEventTypes);

/**
 * Verifies a VaiiPay webhook: `X-PaymentService-Signature` must be the hex HMAC-SHA256 of
 * `{X-PaymentService-Timestamp}.{raw body}` keyed with the application secret (compared in constant time),
 * and the timestamp must be within the tolerance. Returns the typed event or throws `WebhookVerificationError`.
 */
export async function verifyVaiiPayWebhook(options: VerifyVaiiPayWebhookOptions): Promise<VaiiPayWebhook> {
  const { payload, headers, secret } = options;
  if (typeof secret !== "string" || secret.length === 0) {
    throw new ConfigurationError("vaiipay webhook: the secret option (WEBHOOK_SECRET) is required");
  }
  const toleranceMs = options.toleranceMs ?? 300_000;
  if (!(Number.isFinite(toleranceMs) && toleranceMs >= 0)) {
    throw new ConfigurationError("vaiipay webhook: toleranceMs must be a non-negative number");
  }
  const eventType = readHeader(headers, "x-paymentservice-event")?.trim();
  if (!eventType)
    throw new WebhookVerificationError("vaiipay webhook: missing X-PaymentService-Event header");
  const timestamp = readHeader(headers, "x-paymentservice-timestamp")?.trim();
  if (timestamp === undefined || !/^\d{1,12}$/.test(timestamp)) {
    throw new WebhookVerificationError(
      "vaiipay webhook: missing or invalid X-PaymentService-Timestamp header (Unix seconds)",
    );
  }
  const signature = readHeader(headers, "x-paymentservice-signature");
  if (!signature?.trim()) {
    throw new WebhookVerificationError("vaiipay webhook: missing X-PaymentService-Signature header");
  }
  try {
    await verifyHexSignature(secret, signedPayload(timestamp, payload), signature);
    assertFreshTimestamp({
      timestampMs: Number(timestamp) * 1000,
      nowMs: options.now ?? Date.now(),
      toleranceMs,
    });
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      throw new WebhookVerificationError(`vaiipay webhook: ${error.message}`);
    }
    throw error;
  }
  const body = parseWebhookJson(rawBodyText(payload));
  const seconds = Number(timestamp);
  if (!knownTypes.has(eventType)) return { type: "unknown", eventType, timestamp: seconds, body };
  const payment = (body as { payment?: unknown } | null)?.payment;
  if (
    payment === null ||
    typeof payment !== "object" ||
    typeof (payment as { id?: unknown }).id !== "string" ||
    typeof (payment as { status?: unknown }).status !== "string"
  ) {
    throw new WebhookVerificationError(
      `vaiipay webhook: ${eventType} payload has no payment with id and status`,
    );
  }
  return {
    type: eventType as VaiiPayWebhookEventType,
    timestamp: seconds,
    payment: payment as VaiiPayPayment,
    body: body as VaiiPayWebhookEvent,
  } as VaiiPayKnownWebhook;
}

// Signs the exact received bytes: decoding and re-encoding would alter bodies that are not valid UTF-8.
function signedPayload(timestamp: string, payload: RawBody): string | Uint8Array {
  if (typeof payload === "string") return `${timestamp}.${payload}`;
  const bytes = payload instanceof ArrayBuffer ? new Uint8Array(payload) : payload;
  const prefix = new TextEncoder().encode(`${timestamp}.`);
  const joined = new Uint8Array(prefix.length + bytes.length);
  joined.set(prefix);
  joined.set(bytes, prefix.length);
  return joined;
}
