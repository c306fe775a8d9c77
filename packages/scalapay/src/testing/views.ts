// What the emulator sends for its records: the spec's response shapes, built from state.
import { isoTime } from "@payclients/testing";
import type { components } from "../generated/schema";
import { type OrderRecord, openCents, type RefundRecord } from "./state";
import { money, type ScalapayAmount } from "./wire";

type Schemas = components["schemas"];

export const orderDetailsOf = (order: OrderRecord) =>
  structuredClone(order.orderDetails) as Schemas["OrderDetails"];

export const paymentView = (order: OrderRecord): Schemas["Payment"] => ({
  token: order.token,
  created: isoTime(order.createdAt),
  status: order.status,
  captureStatus: order.captureStatus,
  totalAmount: money(order.total.cents, order.total.currency),
  orderDetails: orderDetailsOf(order),
  ...(order.lastEligibilityFeedback ? { lastEligibilityFeedback: order.lastEligibilityFeedback } : {}),
});

export const multiCaptureView = (order: OrderRecord) =>
  ({
    token: order.token,
    status: order.status,
    captureStatus: order.captureStatus,
    totalAmount: money(order.total.cents, order.total.currency),
    totalCapturedAmount: money(order.capturedCents, order.total.currency),
    openToCaptureAmount: money(openCents(order), order.total.currency),
    orderDetails: orderDetailsOf(order),
    captures: structuredClone(order.captures),
  }) satisfies Schemas["MultiCaptureOrder"];

export const refundView = (refund: RefundRecord) =>
  ({
    token: refund.orderToken,
    amount: money(refund.cents, refund.currency),
    ...(refund.merchantReference === undefined ? {} : { merchantReference: refund.merchantReference }),
    ...(refund.merchantRefundReference === undefined
      ? {}
      : { merchantRefundReference: refund.merchantRefundReference }),
    refundToken: refund.refundToken,
    refundedAt: isoTime(refund.refundedAt),
  }) satisfies Schemas["RefundResponse"];

export const instoreView = (order: OrderRecord) => ({
  token: order.token,
  status: order.status,
  captureStatus: order.captureStatus,
  totalAmount: money(order.total.cents, order.total.currency),
  merchantReference: order.merchantReference,
  requestId: order.requestId,
  createdAt: isoTime(order.createdAt),
  refunds: order.refunds.map(refundView),
});

/** A copy of an emulated order's state, for assertions. */
export interface ScalapayOrderSnapshot {
  token: string;
  channel: OrderRecord["channel"];
  status: string;
  captureStatus: string;
  totalAmount: ScalapayAmount;
  capturedAmount: ScalapayAmount;
  refundedAmount: ScalapayAmount;
  openToCaptureAmount: ScalapayAmount;
  merchantReference: string | undefined;
  merchantProcessorReference: string | undefined;
  createdAt: string;
  expires: string;
  authorizationExpiryAt: string | undefined;
  lastEligibilityFeedback: string | undefined;
  orderDetails: Record<string, unknown>;
  captures: Record<string, unknown>[];
  refunds: Record<string, unknown>[];
}

export function snapshot(order: OrderRecord): ScalapayOrderSnapshot {
  const currency = order.total.currency;
  return {
    token: order.token,
    channel: order.channel,
    status: order.status,
    captureStatus: order.captureStatus,
    totalAmount: money(order.total.cents, currency),
    capturedAmount: money(order.capturedCents, currency),
    refundedAmount: money(order.refundedCents, currency),
    openToCaptureAmount: money(openCents(order), currency),
    merchantReference: order.merchantReference,
    merchantProcessorReference: order.merchantProcessorReference,
    createdAt: isoTime(order.createdAt),
    expires: isoTime(order.expiresAt),
    authorizationExpiryAt:
      order.authorizationExpiresAt === undefined ? undefined : isoTime(order.authorizationExpiresAt),
    lastEligibilityFeedback: order.lastEligibilityFeedback,
    orderDetails: structuredClone(order.orderDetails),
    captures: structuredClone(order.captures),
    refunds: order.refunds.map(refundView),
  };
}
