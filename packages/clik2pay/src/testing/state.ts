// The emulator's payment requests, refunds and payments, and the rules the spec cannot state: rules across fields
// (FLEX amounts, the delivery mode's contact), unique merchantTransactionIds, which statuses may be cancelled or
// refunded, refunds within what remains. Pure state on an injected clock: no HTTP here.
import { randomInt, randomUUID } from "node:crypto";
import { type EmulatorClock, isoTime, type Refusal } from "@payclients/testing";
import type { components } from "../generated/schema";
import { fail } from "./wire";

type Schemas = components["schemas"];

/** A payment request as stored: the spec's shape with what the emulator always sets. */
export type PaymentRequestState = Schemas["PaymentRequest"] & {
  status: string;
  type: string;
  amount: number | null;
};
/** A refund as stored. */
export type RefundState = Schemas["Refund"] & {
  paymentRequestId: string;
  amount: number;
  recipient: Schemas["RefundRecipient"];
  status: string;
};
/** A Send Money payment as stored. */
export type PaymentState = Schemas["Payment"] & { amount: number; status: string };

/** A payment request with what the emulator tracks beside it: the paid amount and its refunds. */
export interface PaymentRequestRecord {
  view: PaymentRequestState;
  paidCents: number;
  refunds: Map<string, RefundState>;
}

const pendingStatuses = new Set(["CREATED", "SCHEDULED", "ACTIVE"]);
const refundableStatuses = new Set(["PAID", "SETTLED"]);

const toCents = (amount: number) => Math.round(amount * 100);

/** Every payment request, refund and payment of one emulator. */
export class Clik2payBook {
  readonly paymentRequests = new Map<string, PaymentRequestRecord>();
  readonly payments = new Map<string, PaymentState>();
  readonly #usedTransactionIds = new Set<string>();
  readonly #clock: EmulatorClock;
  readonly #merchant: { id: string; name: string };

  constructor(clock: EmulatorClock, merchant: { id: string; name: string }) {
    this.#clock = clock;
    this.#merchant = merchant;
  }

  /** The emulated day (UTC), `YYYY-MM-DD`. */
  today(): string {
    return isoTime(this.#clock.now()).slice(0, 10);
  }

  /** Creates a payment request (the body is valid against the spec); a later delivery date schedules it. */
  createPaymentRequest(body: Schemas["CreatePaymentRequestRequest"]): PaymentRequestRecord | Refusal {
    const problem = crossFieldProblem(body) ?? this.#claim(body.merchantTransactionId);
    if (problem) return problem;
    const { amount: _amount, status: _status, merchant: _merchant, ...fields } = body;
    const shortCode = randomShortCode();
    const view: PaymentRequestState = {
      ...structuredClone(fields),
      id: randomUUID(),
      amount: body.type === "FLEX" ? null : body.amount,
      status: body.deliveryDate !== undefined && body.deliveryDate > this.today() ? "SCHEDULED" : "CREATED",
      merchant: { ...this.#merchant },
      paymentLink: `https://pay.clik2pay.com/r/${shortCode}`,
      shortCode,
    };
    const record = { view, paidCents: 0, refunds: new Map() };
    this.paymentRequests.set(view.id, record);
    return record;
  }

  /** Cancels a pending payment request. */
  cancel(record: PaymentRequestRecord): PaymentRequestRecord | Refusal {
    if (!pendingStatuses.has(record.view.status)) {
      return fail(400, `A payment request in status ${record.view.status} cannot be cancelled`);
    }
    record.view.status = "CANCELLED";
    return record;
  }

  /** Refunds a PAID or SETTLED request, at most what was paid and not yet refunded. */
  refund(record: PaymentRequestRecord, body: Schemas["CreateRefundRequest"]): RefundState | Refusal {
    const { recipient } = body;
    // "At least one of": a rule across fields. An e-Transfer needs somewhere to go [I].
    if (!recipient.email && !recipient.mobileNumber) {
      return fail(400, "recipient with an email or a mobileNumber is required");
    }
    if (!refundableStatuses.has(record.view.status)) {
      return fail(
        400,
        `Only PAID or SETTLED payment requests can be refunded (status is ${record.view.status})`,
      );
    }
    const refunded = [...record.refunds.values()]
      .filter((refund) => refund.status !== "CANCELLED")
      .reduce((sum, refund) => sum + toCents(refund.amount), 0);
    const remaining = record.paidCents - refunded;
    if (toCents(body.amount) > remaining) {
      return fail(400, `amount exceeds the refundable amount of ${(remaining / 100).toFixed(2)}`);
    }
    const refund: RefundState = {
      id: randomUUID(),
      paymentRequestId: record.view.id,
      amount: body.amount,
      recipient: structuredClone(recipient),
      status: "CREATED",
    };
    record.refunds.set(refund.id, refund);
    return refund;
  }

  /** Creates a Send Money payment (the body is valid against the spec). */
  createPayment(body: Schemas["CreatePaymentRequest"]): PaymentState | Refusal {
    const problem = this.#claim(body.merchantTransactionId);
    if (problem) return problem;
    const { status: _status, merchant: _merchant, ...fields } = body;
    const payment = {
      ...structuredClone(fields),
      id: randomUUID(),
      status: "CREATED",
      merchant: { ...this.#merchant },
    };
    this.payments.set(payment.id, payment);
    return payment;
  }

  /** A payment request that must exist (for the helpers tests drive). */
  mustFind(id: string): PaymentRequestRecord {
    const record = this.paymentRequests.get(id);
    if (!record) throw new Error(`clik2pay emulator: no payment request ${id}`);
    return record;
  }

  /** Moves a payment request between statuses; throws when it is in none of `from`. */
  transition(id: string, from: readonly string[], to: string): PaymentRequestRecord {
    const record = this.mustFind(id);
    if (!from.includes(record.view.status)) {
      throw new Error(
        `clik2pay emulator: payment request ${id} is ${record.view.status}; moving to ${to} needs ${from.join(" or ")}`,
      );
    }
    record.view.status = to;
    return record;
  }

  /** The payer paid an ACTIVE request (a FLEX request the chosen amount, within its range). */
  pay(id: string, chosen: number | undefined): PaymentRequestRecord {
    const { view } = this.mustFind(id);
    let amount = view.amount;
    if (view.type === "FLEX") {
      const flex = view.flexDetails ?? {};
      amount = chosen ?? flex.requested ?? flex.maximum ?? null;
      const low = flex.minimum ?? 0.01;
      const high = flex.maximum ?? Number.POSITIVE_INFINITY;
      if (amount === null || amount < low || amount > high) {
        throw new Error(`clik2pay emulator: FLEX amount ${amount} is outside ${low}-${high}`);
      }
    } else if (chosen !== undefined && chosen !== view.amount) {
      throw new Error("clik2pay emulator: only FLEX payment requests are paid with a chosen amount");
    }
    const record = this.transition(id, ["ACTIVE"], "PAID");
    record.paidCents = toCents(amount ?? 0);
    return record;
  }

  #claim(merchantTransactionId: string | undefined): Refusal | undefined {
    if (merchantTransactionId === undefined) return undefined;
    if (this.#usedTransactionIds.has(merchantTransactionId)) {
      return fail(400, `merchantTransactionId ${merchantTransactionId} has already been used`);
    }
    this.#usedTransactionIds.add(merchantTransactionId);
    return undefined;
  }
}

// Rules across fields of a valid create body. The spec types FLEX's amount as number-or-null only so that clients can
// type the body (see CreateFlexPaymentRequest); the docs say it must be null.
function crossFieldProblem(body: Schemas["CreatePaymentRequestRequest"]): Refusal | undefined {
  if (body.type === "FLEX") {
    if (body.amount !== null) return fail(400, "amount must be null for FLEX payment requests");
    const { minimum, maximum, requested } = body.flexDetails;
    if (minimum !== undefined && maximum !== undefined && minimum > maximum) {
      return fail(400, "flexDetails.minimum must not exceed flexDetails.maximum");
    }
    const low = minimum ?? Number.NEGATIVE_INFINITY;
    const high = maximum ?? Number.POSITIVE_INFINITY;
    if (requested !== undefined && (requested < low || requested > high)) {
      return fail(400, "flexDetails.requested must lie between minimum and maximum");
    }
  }
  if (body.deliveryMode === "EMAIL" && !body.payer.email) {
    return fail(400, "payer.email is required for deliveryMode EMAIL");
  }
  if (body.deliveryMode === "SMS" && !body.payer.mobileNumber) {
    return fail(400, "payer.mobileNumber is required for deliveryMode SMS");
  }
  return undefined;
}

function randomShortCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  let code = "";
  for (let index = 0; index < 8; index += 1) code += alphabet[randomInt(alphabet.length)];
  return code;
}
