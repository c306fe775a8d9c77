// Deliveries for the webhook recipe tests, each signed by its provider's emulator: bodies with non-ASCII text and odd
// whitespace (a recipe that decodes them wrongly or re-serialises parsed JSON fails verification), their tampered
// twins, and the secrets that verify them. Node-only (the emulators' signers); the recipes never import it.

import { type WebhookProvider, type WebhookSecrets, webhookSecretsFromEnv } from "../webhooks/providers.ts";
import { startEmulators } from "./emulators.ts";

/** A request as a provider sends it. */
export interface Delivery {
  body: string;
  headers: Record<string, string>;
}

/** One provider's case: a signed delivery, the event type it carries, and a tampered copy that must fail. */
export interface DeliveryCase {
  delivery: Delivery;
  type: string;
  tampered: Delivery;
  /** What the refusal of the tampered copy says. */
  refusal: string;
}

/** Every provider's case, the secrets that verify them (as options and as environment variables). */
export interface WebhookFixture {
  cases: Record<WebhookProvider, DeliveryCase>;
  secrets: WebhookSecrets;
  env: Record<string, string>;
  close(): Promise<void>;
}

// Accents, CJK, an astral-plane emoji and a right-to-left word: bytes that a Latin-1 decode or an escaping
// serialiser changes.
const text = "Café Zürich — 注文 №42 🧾 مرحبا";
const qoloSecret = "qolo-subscription-secret";
const mismatch = "signature mismatch";

/** Odd but valid JSON layout: tabs, CRLF, spaces before colons; `JSON.stringify(JSON.parse(body))` differs. */
function oddlySpaced(value: unknown): string {
  return `\t${JSON.stringify(value, null, " \t").replaceAll('":', '" :').replaceAll("\n", "\r\n")} \r\n`;
}

/** The same delivery with the first occurrence of `from` in its body replaced: the signature no longer matches. */
function tamper(delivery: Delivery, from: string, to: string): Delivery {
  if (!delivery.body.includes(from)) throw new Error(`fixture: ${JSON.stringify(from)} is not in the body`);
  return { ...delivery, body: delivery.body.replace(from, to) };
}

/** Starts the five emulators and signs one delivery per provider with them. */
export async function createWebhookFixture(): Promise<WebhookFixture> {
  const emulators = await startEmulators();
  const { scalapay, sqala, clik2pay, qolo, vaiipay } = emulators;

  const scalapayDelivery = scalapay.signWebhook(
    oddlySpaced({ orderToken: "ORD-7Q2X", merchantReference: text, status: "charged", totalAmount: 40.7 }),
  );

  // Sqala signs `JSON.stringify(data)`, so its envelope may be laid out freely; the text in `data` is signed.
  const sqalaData = { id: "pay_81", amount: 4070, payer: { name: text }, status: "PAID" };
  const sqalaDelivery = {
    body: oddlySpaced(JSON.parse(sqala.signWebhook("payment.paid", sqalaData))),
    headers: { "content-type": "application/json" },
  };

  // Clik2pay sends no signature, only Basic credentials: the tampering it can detect is of those.
  const clik2payEvent = {
    eventType: "PAYMENT-COMPLETED",
    message: text,
    resourceType: "payment",
    resource: { id: "c2p_9", amount: 40.7, status: "COMPLETED" },
  };
  const clik2payDelivery = clik2pay.webhookDelivery(clik2payEvent as never);
  const clik2payCase = {
    headers: clik2payDelivery.headers,
    body: oddlySpaced(JSON.parse(clik2payDelivery.body)),
  };

  const qoloDelivery = qolo.signWebhook(
    oddlySpaced(qolo.webhookEvent("transfer.success", { transfer_guid: "t-1", memo: text })),
    { secret: qoloSecret },
  );

  const vaiipayDelivery = vaiipay.signWebhook(
    "payment.received",
    oddlySpaced({ payment: { id: "pay-3", status: "RECEIVED", description: text, amount: 4070 } }),
  );

  const env = {
    SCALAPAY_API_KEY: scalapay.apiKey,
    SQALA_WEBHOOK_SECRET: sqala.webhookSecret,
    CLIK2PAY_WEBHOOK_USERNAME: clik2pay.webhookUsername,
    CLIK2PAY_WEBHOOK_PASSWORD: clik2pay.webhookPassword,
    QOLO_WEBHOOK_SECRET: qoloSecret,
    VAIIPAY_WEBHOOK_SECRET: vaiipay.webhookSecret,
  };
  return {
    cases: {
      scalapay: {
        delivery: scalapayDelivery,
        type: "charged",
        tampered: tamper(scalapayDelivery, "40.7", "40.8"),
        refusal: mismatch,
      },
      sqala: {
        delivery: sqalaDelivery,
        type: "payment.paid",
        tampered: tamper(sqalaDelivery, "4070", "4071"),
        refusal: mismatch,
      },
      clik2pay: {
        delivery: clik2payCase,
        type: "PAYMENT-COMPLETED",
        tampered: {
          body: clik2payCase.body,
          headers: clik2pay.webhookDelivery(clik2payEvent as never, { password: "guessed" }).headers,
        },
        refusal: "Basic credentials do not match",
      },
      qolo: {
        delivery: qoloDelivery,
        // Qolo names no event type; the recipes answer "unnamed".
        type: "unnamed",
        tampered: tamper(qoloDelivery, "t-1", "t-2"),
        refusal: mismatch,
      },
      vaiipay: {
        delivery: vaiipayDelivery,
        type: "payment.received",
        tampered: tamper(vaiipayDelivery, "4070", "4071"),
        refusal: mismatch,
      },
    },
    secrets: webhookSecretsFromEnv(env),
    env,
    close: emulators.close,
  };
}
