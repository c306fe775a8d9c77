// The one file of the webhook recipes that calls the providers' verifiers: each provider becomes the same small
// shape, `verify(rawBody, headers) -> { provider, type, event }`, so the framework recipes stay generic and a change
// of the verifiers' API touches this file alone. Web-standard code only: the Workers recipe bundles it.
import type { RawBody, WebhookHeaders } from "@payclients/auth-middleware/webhooks";
import { type Clik2payWebhookEvent, verifyClik2payWebhook } from "@payclients/clik2pay";
import { type QoloWebhookEvent, verifyQoloWebhook } from "@payclients/qolo";
import { type ScalapayWebhookEvent, verifyScalapayWebhook } from "@payclients/scalapay";
import { type SqalaWebhookEvent, verifySqalaWebhook } from "@payclients/sqala";
import { type VaiiPayWebhook, verifyVaiiPayWebhook } from "@payclients/vaiipay";

export type { RawBody, WebhookHeaders };

/** The providers a recipe serves, one route each: `POST /webhooks/<provider>`. */
export const webhookProviders = ["scalapay", "sqala", "clik2pay", "qolo", "vaiipay"] as const;

/** A provider name, as in the route. */
export type WebhookProvider = (typeof webhookProviders)[number];

/** A delivery that passed its provider's check, narrowed on `provider`. */
export type VerifiedDelivery =
  | { provider: "scalapay"; type: ScalapayWebhookEvent["status"]; event: ScalapayWebhookEvent }
  | { provider: "sqala"; type: SqalaWebhookEvent["event"]; event: SqalaWebhookEvent }
  // One delivery may carry several events; `type` is the first one's.
  | { provider: "clik2pay"; type: Clik2payWebhookEvent["eventType"]; event: Clik2payWebhookEvent[] }
  | { provider: "qolo"; type: string; event: QoloWebhookEvent }
  | { provider: "vaiipay"; type: VaiiPayWebhook["type"]; event: VaiiPayWebhook };

/** Checks one delivery: resolves with the typed event or rejects with `WebhookVerificationError`. */
export type WebhookVerifier = (rawBody: RawBody, headers: WebhookHeaders) => Promise<VerifiedDelivery>;

/** The secrets each provider's check needs (what its dashboard or contract gives you). */
export interface WebhookSecrets {
  /** Scalapay signs callbacks with the merchant API key. */
  scalapayApiKey?: string | undefined;
  /** The Sqala webhook endpoint's secret. */
  sqalaSecret?: string | undefined;
  /** Clik2pay sends no signature, only the Basic credentials agreed for webhooks. */
  clik2payUsername?: string | undefined;
  clik2payPassword?: string | undefined;
  /** The `secret` of the Qolo webhook subscription. */
  qoloSecret?: string | undefined;
  /** The VaiiPay payment application's `secret`. */
  vaiipaySecret?: string | undefined;
}

/** One verifier per provider. A missing secret surfaces on use as `ConfigurationError` (answer 500, not 400). */
export function webhookVerifiers(secrets: WebhookSecrets): Record<WebhookProvider, WebhookVerifier> {
  const text = (value: string | undefined) => value ?? "";
  return {
    async scalapay(payload, headers) {
      const event = await verifyScalapayWebhook({ payload, headers, apiKey: text(secrets.scalapayApiKey) });
      return { provider: "scalapay", type: event.status, event };
    },
    async sqala(payload) {
      const event = await verifySqalaWebhook({ payload, secret: text(secrets.sqalaSecret) });
      return { provider: "sqala", type: event.event, event };
    },
    async clik2pay(payload, headers) {
      // Behind a proxy you know, pass `sourceIp` and `environment` too, to check Clik2pay's documented addresses.
      const events = await verifyClik2payWebhook({
        payload,
        headers,
        username: text(secrets.clik2payUsername),
        password: text(secrets.clik2payPassword),
      });
      return { provider: "clik2pay", type: (events[0] as Clik2payWebhookEvent).eventType, event: events };
    },
    async qolo(payload, headers) {
      const event = await verifyQoloWebhook({ payload, headers, secret: text(secrets.qoloSecret) });
      // Qolo documents no event-type field (one subscription per event type tells them apart); use it when present.
      return { provider: "qolo", type: typeof event.event_type === "string" ? event.event_type : "", event };
    },
    async vaiipay(payload, headers) {
      const event = await verifyVaiiPayWebhook({ payload, headers, secret: text(secrets.vaiipaySecret) });
      return { provider: "vaiipay", type: event.type, event };
    },
  };
}

/** The secrets from environment variables (`process.env` on Node, the bindings on Workers). */
export function webhookSecretsFromEnv(env: Record<string, unknown>): WebhookSecrets {
  const read = (name: string) => (typeof env[name] === "string" ? (env[name] as string) : undefined);
  return {
    scalapayApiKey: read("SCALAPAY_API_KEY"),
    sqalaSecret: read("SQALA_WEBHOOK_SECRET"),
    clik2payUsername: read("CLIK2PAY_WEBHOOK_USERNAME"),
    clik2payPassword: read("CLIK2PAY_WEBHOOK_PASSWORD"),
    qoloSecret: read("QOLO_WEBHOOK_SECRET"),
    vaiipaySecret: read("VAIIPAY_WEBHOOK_SECRET"),
  };
}
