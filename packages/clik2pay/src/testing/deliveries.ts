// Webhooks as Clik2pay sends them: events about the emulator's resources, and deliveries with the agreed HTTP Basic
// credentials (the one scheme, `clik2payWebhookDelivery`, lives beside the verifier).
import type { Clik2payEnvironment } from "../client";
import {
  type Clik2payWebhookEvent,
  type Clik2payWebhookEventType,
  clik2payWebhookDelivery,
  clik2payWebhookSourceIps,
} from "../webhooks";
import type { Clik2payBook } from "./state";
import { paymentRequestView, paymentView, refundView } from "./views";

/** Options of the webhook helpers. */
export interface Clik2payWebhookDeliveryOptions {
  /** Send the events as a JSON array, as in the docs' example (default true); `false` sends one bare object. */
  array?: boolean;
  /** Overrides the Basic username (e.g. to test a wrong credential). */
  username?: string;
  /** Overrides the Basic password. */
  password?: string;
  /** Omits the `Authorization` header. */
  omitAuthorization?: boolean;
  /** Which documented source address `sourceIp` reports (default "sandbox"). */
  environment?: Clik2payEnvironment;
}

/** A webhook as Clik2pay would send it: feed it to your endpoint or to `verifyClik2payWebhook`. */
export interface Clik2payWebhookDelivery {
  headers: Record<string, string>;
  body: string;
  /** The first documented Clik2pay source address of the chosen environment. */
  sourceIp: string;
}

const defaultMessages: Record<Clik2payWebhookEventType, string> = {
  "PAYMENT-COMPLETED": "The payer successfully completed the transaction.",
  "PAYMENT-FAILED": "The transaction failed.",
  "PAYMENT-LINK-FOLLOWED": "The payer followed the payment link.",
  "PAYMENT-PROCESSING": "The transaction is being processed.",
};

/** The event Clik2pay would send about a payment request, payment or refund (by id), with its current state. */
export function webhookEvent(
  book: Clik2payBook,
  eventType: Clik2payWebhookEventType,
  resourceId: string,
  message?: string,
): Clik2payWebhookEvent {
  return {
    eventType,
    message: message ?? defaultMessages[eventType],
    ...findResource(book, resourceId),
  } as Clik2payWebhookEvent;
}

function findResource(book: Clik2payBook, id: string) {
  const request = book.paymentRequests.get(id);
  if (request) return { resourceType: "payment-request", resource: paymentRequestView(request) };
  const payment = book.payments.get(id);
  if (payment) return { resourceType: "payment", resource: paymentView(payment) };
  for (const record of book.paymentRequests.values()) {
    const refund = record.refunds.get(id);
    if (refund) return { resourceType: "refund", resource: refundView(refund) };
  }
  throw new Error(`clik2pay emulator: no payment request, payment or refund ${id}`);
}

/** Headers (HTTP Basic with the webhook credentials unless overridden or omitted) and body of a delivery. */
export function webhookDelivery(
  credentials: { username: string; password: string },
  events: Clik2payWebhookEvent | readonly Clik2payWebhookEvent[],
  options: Clik2payWebhookDeliveryOptions = {},
): Clik2payWebhookDelivery {
  const secret = {
    username: options.username ?? credentials.username,
    password: options.password ?? credentials.password,
  };
  return {
    ...clik2payWebhookDelivery({
      events,
      array: options.array,
      secret: options.omitAuthorization ? undefined : secret,
    }),
    sourceIp: clik2payWebhookSourceIps[options.environment ?? "sandbox"][0] ?? "",
  };
}
