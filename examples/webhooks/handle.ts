// What every framework recipe does once it holds the raw body: pick the provider's verifier, answer 400 for a
// delivery that fails verification (the provider retries, a forger learns nothing) and 200 once the event is handled.
// Anything else (a missing secret is a ConfigurationError) is the application's bug: it propagates, so the
// framework answers 500 and the provider retries later.
import { WebhookVerificationError } from "@payclients/auth-middleware";
import {
  type RawBody,
  type VerifiedDelivery,
  type WebhookHeaders,
  type WebhookProvider,
  type WebhookVerifier,
  webhookProviders,
} from "./providers.ts";

/** Your processing of a verified delivery; keep it short (providers time out after a few seconds) or enqueue. */
export type WebhookListener = (delivery: VerifiedDelivery) => void | Promise<void>;

/** What a recipe needs: the verifiers (`webhookVerifiers(...)`) and what to do with a verified delivery. */
export interface WebhookRecipeOptions {
  verifiers: Record<WebhookProvider, WebhookVerifier>;
  onEvent?: WebhookListener | undefined;
}

/** The status and JSON body a recipe answers. */
export interface WebhookReply {
  status: 200 | 400 | 404;
  body: { received: true; type: string } | { error: string };
}

const isProvider = (name: string): name is WebhookProvider =>
  (webhookProviders as readonly string[]).includes(name);

/** Verifies one delivery to `POST /webhooks/<provider>` and hands it to `onEvent`. */
export async function handleWebhook(
  options: WebhookRecipeOptions,
  provider: string,
  rawBody: RawBody,
  headers: WebhookHeaders,
): Promise<WebhookReply> {
  if (!isProvider(provider)) return { status: 404, body: { error: `no webhook route for ${provider}` } };
  let delivery: VerifiedDelivery;
  try {
    delivery = await options.verifiers[provider](rawBody, headers);
  } catch (error) {
    if (WebhookVerificationError.isInstance(error)) return { status: 400, body: { error: error.message } };
    throw error;
  }
  await options.onEvent?.(delivery);
  return { status: 200, body: { received: true, type: typeName(delivery) } };
}

/** The delivery's event type for the answer; Qolo names none (one subscription per type tells them apart). */
export function typeName(delivery: VerifiedDelivery): string {
  return delivery.type ?? "unnamed";
}
