import { WebhookVerificationError } from "@payclients/auth-middleware";
import {
  type HmacWebhookScheme,
  hmacTimestamp,
  hmacWebhookSigning,
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

/** An order-status callback, typed from the spec's `webhooks` section. */
export type ScalapayWebhookEvent = components["schemas"]["ScalapayWebhookEvent"];

/** A documented order status a callback is sent for (`created`, `authorized`, `charged`, `refunded`, `expired`). */
export type ScalapayWebhookEventType = keyof webhooks;

/** The payload of each documented status. */
export type ScalapayWebhookEvents = {
  [Type in ScalapayWebhookEventType]: webhooks[Type]["post"]["requestBody"]["content"]["application/json"];
};

/** The delivery metadata Scalapay sends: `x-scalapay-timestamp`, in epoch milliseconds. */
interface ScalapayDeliveryMetadata {
  /** The signed `x-scalapay-timestamp` in epoch milliseconds (a seconds value is multiplied by 1000). */
  timestamp: number;
}

/**
 * What {@link verifyScalapayWebhook} returns: `type` is the order `status`, `event` the payload typed for it.
 * Scalapay says the status list may grow: an undocumented status arrives as `type: "unknown"` with the
 * always-present fields, so that a `switch (type)` narrows `event`.
 */
export type ScalapayWebhook =
  | WebhookDeliveryOf<ScalapayWebhookEvents, ScalapayDeliveryMetadata>
  | UnknownWebhookDelivery<components["schemas"]["OrderWebhookEventBase"], ScalapayDeliveryMetadata>;

/** Options of {@link verifyScalapayWebhook}: `secret` is the merchant API key, which signs the callbacks. */
export interface VerifyScalapayWebhookOptions extends WebhookVerifyOptions, WebhookToleranceOptions {}

// Stryker disable next-line StringLiteral: static mutants (a module-load constant the vitest runner does not reload per mutant); "each documented status verifies typed as itself" in webhooks.test.ts pins every status
const knownTypes = new Set(["created", "authorized", "charged", "refunded", "expired"]);

/**
 * Verifies a Scalapay callback: `x-scalapay-hmac-v1` must be the hex HMAC-SHA256 of
 * `V1:{x-scalapay-timestamp}:{raw body}` keyed with the API key, and the timestamp must be fresh.
 * Returns `{ type, event, timestamp }` or throws `WebhookVerificationError`.
 */
export async function verifyScalapayWebhook(options: VerifyScalapayWebhookOptions): Promise<ScalapayWebhook> {
  const { body, timestampMs = 0 } = await verifyHmacWebhook(scalapayWebhookScheme, options);
  // Read through `?.`: null, a number, a string, a list or an object without it all have no string status.
  const status = (body as { status?: unknown } | null)?.status;
  if (typeof status !== "string")
    throw new WebhookVerificationError("scalapay webhook: payload has no status");
  const event = body as ScalapayWebhookEvent;
  if (!knownTypes.has(status)) return { type: "unknown", eventType: status, event, timestamp: timestampMs };
  return { type: status, event, timestamp: timestampMs } as ScalapayWebhook;
}

// The documented example timestamp is epoch milliseconds; a seconds value is accepted too (unverified).
const scalapayWebhookScheme: HmacWebhookScheme = {
  provider: "scalapay",
  signatureHeader: "x-scalapay-hmac-v1",
  timestampHeader: "x-scalapay-timestamp",
  timestampUnit: "either",
  signedPrefix: (timestamp) => `V1:${timestamp}:`,
};

/** Scalapay's signing steps, for the emulator's synchronous signer (the same scheme the verifier reads). */
export const scalapayWebhookSigning = /* @__PURE__ */ hmacWebhookSigning(scalapayWebhookScheme);

/** Options of {@link signScalapayWebhook}. */
export interface SignScalapayWebhookOptions {
  /** The payload to send (serialized compactly), or the exact body string. */
  event: ScalapayWebhookEvent | Record<string, unknown> | string;
  /** The merchant API key. */
  secret: string;
  /** Delivery time in epoch milliseconds (default now); sent as `x-scalapay-timestamp` in milliseconds. */
  timestamp?: number | undefined;
}

/** Signs a callback as Scalapay does, for tests of your endpoint: POST `body` with `headers`. */
export function signScalapayWebhook(options: SignScalapayWebhookOptions): Promise<SignedWebhook> {
  return signWebhook(scalapayWebhookSigning, {
    body: webhookBody(options.event),
    secret: options.secret,
    timestamp: hmacTimestamp(scalapayWebhookScheme, options.timestamp ?? Date.now()),
  });
}
