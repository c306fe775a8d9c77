// The one file of the webhook recipes that calls the providers' verifiers: each provider becomes the same small
// shape, `verify(rawBody, headers) -> { provider, type, event }`, so the framework recipes stay generic and a change
// of the verifiers' API touches this file alone. Web-standard code only: the Workers recipe bundles it.
import type { RawBody, WebhookHeaders } from "@payclients/auth-middleware/webhooks";
import { type Clik2payWebhook, verifyClik2payWebhook } from "@payclients/clik2pay";
import { type QoloWebhook, verifyQoloWebhook } from "@payclients/qolo";
import { type ScalapayWebhook, verifyScalapayWebhook } from "@payclients/scalapay";
import { type SqalaWebhook, verifySqalaWebhook } from "@payclients/sqala";
import { type VaiiPayWebhook, verifyVaiiPayWebhook } from "@payclients/vaiipay";

export type { RawBody, WebhookHeaders };

/** The providers a recipe serves, one route each: `POST /webhooks/<provider>`. */
export const webhookProviders = ["scalapay", "sqala", "clik2pay", "qolo", "vaiipay"] as const;

/** A provider name, as in the route. */
export type WebhookProvider = (typeof webhookProviders)[number];

/**
 * A delivery that passed its provider's check: the provider's own result (`{ type, event }` plus what the provider
 * sends of `id` and `timestamp`), tagged with the provider so that it narrows on `provider`, then on `type`.
 */
export type VerifiedDelivery =
  | ({ provider: "scalapay" } & ScalapayWebhook)
  | ({ provider: "sqala" } & SqalaWebhook)
  | ({ provider: "clik2pay" } & Clik2payWebhook)
  | ({ provider: "qolo" } & QoloWebhook)
  | ({ provider: "vaiipay" } & VaiiPayWebhook);

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
  // Every verifier takes the same options (`payload`, `headers`, `secret`); only what the secret is differs.
  return {
    scalapay: async (payload, headers) => ({
      provider: "scalapay",
      ...(await verifyScalapayWebhook({ payload, headers, secret: text(secrets.scalapayApiKey) })),
    }),
    sqala: async (payload, headers) => ({
      provider: "sqala",
      ...(await verifySqalaWebhook({ payload, headers, secret: text(secrets.sqalaSecret) })),
    }),
    // Behind a proxy you know, pass `sourceIp` and `environment` too, to check Clik2pay's documented addresses.
    clik2pay: async (payload, headers) => ({
      provider: "clik2pay",
      ...(await verifyClik2payWebhook({
        payload,
        headers,
        secret: { username: text(secrets.clik2payUsername), password: text(secrets.clik2payPassword) },
      })),
    }),
    qolo: async (payload, headers) => ({
      provider: "qolo",
      ...(await verifyQoloWebhook({ payload, headers, secret: text(secrets.qoloSecret) })),
    }),
    vaiipay: async (payload, headers) => ({
      provider: "vaiipay",
      ...(await verifyVaiiPayWebhook({ payload, headers, secret: text(secrets.vaiipaySecret) })),
    }),
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
