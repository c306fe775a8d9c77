import { WebhookVerificationError } from "@payclients/auth-middleware";
import {
  type HmacWebhookInput,
  type HmacWebhookScheme,
  verifyHmacWebhook,
} from "@payclients/auth-middleware/webhooks";
import type { components } from "./generated/schema";

/** An order-status callback, typed from the spec's `webhooks` section. */
export type ScalapayWebhookEvent = components["schemas"]["ScalapayWebhookEvent"];

/** Options of {@link verifyScalapayWebhook}. */
export interface VerifyScalapayWebhookOptions extends Omit<HmacWebhookInput, "secret"> {
  /** The merchant API key: Scalapay signs callbacks with it. */
  apiKey: string;
}

/**
 * Verifies a Scalapay callback: `x-scalapay-hmac-v1` must be the hex HMAC-SHA256 of
 * `V1:{x-scalapay-timestamp}:{raw body}` keyed with the API key, and the timestamp must be fresh.
 * Returns the typed event or throws `WebhookVerificationError`.
 */
export async function verifyScalapayWebhook(
  options: VerifyScalapayWebhookOptions,
): Promise<ScalapayWebhookEvent> {
  const { body } = await verifyHmacWebhook(scheme, { ...options, secret: options?.apiKey });
  if (
    body === null ||
    // Stryker disable next-line ConditionalExpression: equivalent; a number, string or boolean has no string `status` either
    typeof body !== "object" ||
    typeof (body as { status?: unknown }).status !== "string"
  ) {
    throw new WebhookVerificationError("scalapay webhook: payload has no status");
  }
  return body as ScalapayWebhookEvent;
}

// The documented example timestamp is epoch milliseconds; a seconds value is accepted too (unverified).
const scheme: HmacWebhookScheme = {
  provider: "scalapay",
  secretName: "apiKey option",
  signatureHeader: "x-scalapay-hmac-v1",
  timestampHeader: "x-scalapay-timestamp",
  timestampUnit: "either",
  signedPrefix: (timestamp) => `V1:${timestamp}:`,
};
