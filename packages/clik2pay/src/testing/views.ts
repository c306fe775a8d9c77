// What the emulator sends for its records: the spec's response shapes (a drifted field fails to compile), as copies
// that a caller may change without touching the emulator's state.
import type { components } from "../generated/schema";
import type { PaymentRequestRecord, PaymentState, RefundState } from "./state";

type Schemas = components["schemas"];

/** A payment request as the API returns it. */
export const paymentRequestView = (record: PaymentRequestRecord): Schemas["PaymentRequest"] =>
  structuredClone(record.view);

/** A refund as the API returns it. */
export const refundView = (refund: RefundState): Schemas["Refund"] => structuredClone(refund);

/** A Send Money payment as the API returns it. */
export const paymentView = (payment: PaymentState): Schemas["Payment"] => structuredClone(payment);

/** The answer to a cancellation (what third-party code reads: `event.status`). */
export const cancellationView = (record: PaymentRequestRecord): Schemas["PaymentRequestCancellation"] => ({
  event: { status: record.view.status },
});
