// The emulator's orders and the business rules of their life cycle that the spec cannot state: expiry, what may be
// captured, voided or refunded, and amounts within what remains. Pure state on an injected clock: no HTTP here.
import type { EmulatorClock, Refusal } from "@payclients/testing";
import { fail, formatCents, invalidToken, type Money, newToken } from "./wire";

/** Where an order was created. */
export type ScalapayOrderChannel = "online" | "instore" | "paybylink";

export interface OrderRecord {
  token: string;
  channel: ScalapayOrderChannel;
  seq: number;
  createdAt: number;
  expiresAt: number;
  status: string;
  captureStatus: string;
  /** Whether uncaptured authorization remains capturable. */
  open: boolean;
  total: Money;
  capturedCents: number;
  refundedCents: number;
  merchantReference: string | undefined;
  merchantProcessorReference: string | undefined;
  authorizationExpiresAt: number | undefined;
  lastEligibilityFeedback: string | undefined;
  orderDetails: Record<string, unknown>;
  captures: Record<string, unknown>[];
  refunds: RefundRecord[];
  requestId: string | undefined;
}

export interface RefundRecord {
  refundToken: string;
  orderToken: string;
  cents: number;
  currency: string;
  merchantReference: string | undefined;
  merchantRefundReference: string | undefined;
  requestId: string | undefined;
  refundedAt: number;
}

export const DEFAULT_ORDER_EXPIRY_MS = 2_400_000;
export const DEFAULT_AUTHORIZATION_EXPIRY_MS = 432_000_000;

/** Every order of one emulator. */
export class OrderBook {
  readonly #orders = new Map<string, OrderRecord>();
  readonly #clock: EmulatorClock;
  #seq = 0;

  constructor(clock: EmulatorClock) {
    this.#clock = clock;
  }

  now(): number {
    return this.#clock.now();
  }

  /** Every order, checkout expiry applied. */
  all(): OrderRecord[] {
    return [...this.#orders.values()].map((order) => this.#expire(order));
  }

  /** An order of one of `channels`; applies checkout expiry lazily, so `clock.advance` acts without timers. */
  find(token: string | undefined, channels?: ScalapayOrderChannel[]): OrderRecord | undefined {
    const order = token === undefined ? undefined : this.#orders.get(token);
    if (!order || (channels && !channels.includes(order.channel))) return undefined;
    return this.#expire(order);
  }

  #expire(order: OrderRecord): OrderRecord {
    if (order.status === "created" && this.now() >= order.expiresAt) {
      order.status = "expired";
      order.lastEligibilityFeedback = "DECLINED_FRAUD";
    }
    return order;
  }

  create(
    channel: ScalapayOrderChannel,
    total: Money,
    details: Record<string, unknown>,
    expiryMs: number,
  ): OrderRecord {
    const order: OrderRecord = {
      token: newToken(),
      channel,
      seq: ++this.#seq,
      createdAt: this.now(),
      expiresAt: this.now() + expiryMs,
      status: "created",
      captureStatus: "pending",
      open: false,
      total,
      capturedCents: 0,
      refundedCents: 0,
      merchantReference:
        typeof details.merchantReference === "string" ? details.merchantReference : undefined,
      merchantProcessorReference: undefined,
      authorizationExpiresAt: undefined,
      lastEligibilityFeedback: undefined,
      orderDetails: details,
      captures: [],
      refunds: [],
      requestId: undefined,
    };
    this.#orders.set(order.token, order);
    return order;
  }

  /** An approved, uncaptured authorization, or why not; the real codes for these states are unverified. */
  capturable(token: string | undefined): OrderRecord | Refusal {
    const order = this.find(token);
    if (!order) return invalidToken(token);
    if (order.status !== "authorized" && !(order.status === "charged" && order.open)) {
      return fail(
        422,
        "invalid_token",
        `Order ${order.token} is ${order.status} and cannot be captured or voided`,
      );
    }
    if (!order.open) return fail(422, "invalid_token", `Order ${order.token} has no open authorization`);
    if (order.authorizationExpiresAt !== undefined && this.now() >= order.authorizationExpiresAt) {
      return fail(422, "invalid_token", `The authorization of order ${order.token} expired`);
    }
    return order;
  }

  /** Refunds captured money (all that remains when `requested` is absent). */
  refund(
    order: OrderRecord,
    requested: Money | undefined,
    references: {
      merchantReference?: string | undefined;
      merchantRefundReference?: string | undefined;
      requestId?: string;
    },
  ): RefundRecord | Refusal {
    const refundable = order.capturedCents - order.refundedCents;
    const cents = requested?.cents ?? refundable;
    if (requested && requested.currency !== order.total.currency) {
      return fail(
        400,
        "invalid_amount",
        `Refund currency ${requested.currency} differs from ${order.total.currency}`,
      );
    }
    // Only captured money can be refunded; the real error code for an excessive refund is unverified.
    if (cents <= 0 || cents > refundable) {
      return fail(
        400,
        "invalid_amount",
        `Refund amount must be positive and at most the refundable ${formatCents(refundable)}`,
      );
    }
    const record: RefundRecord = {
      refundToken: newToken(),
      orderToken: order.token,
      cents,
      currency: order.total.currency,
      merchantReference: references.merchantReference ?? order.merchantReference,
      merchantRefundReference: references.merchantRefundReference,
      requestId: references.requestId,
      refundedAt: this.now(),
    };
    order.refunds.push(record);
    order.refundedCents += cents;
    if (order.refundedCents === order.capturedCents && !order.open) order.status = "refunded";
    return record;
  }
}

/** Uncaptured authorization left on an order, in cents. */
export const openCents = (order: OrderRecord) => (order.open ? order.total.cents - order.capturedCents : 0);

/** Why an amount cannot be taken from an order (other currency, not positive, above `limit`), if it cannot. */
export function amountProblem(
  order: OrderRecord,
  amount: Money | undefined,
  limit: number,
): Refusal | undefined {
  if (amount === undefined) return undefined;
  if (amount.currency !== order.total.currency) {
    return fail(
      400,
      "invalid_amount",
      `Currency ${amount.currency} differs from the order currency ${order.total.currency}`,
    );
  }
  if (amount.cents <= 0 || amount.cents > limit) {
    return fail(
      400,
      "invalid_amount",
      `Amount ${formatCents(amount.cents)} must be positive and at most ${formatCents(limit)}`,
    );
  }
  return undefined;
}
