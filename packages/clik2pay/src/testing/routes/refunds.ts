import { isRefusal } from "@payclients/testing";
import { refundView } from "../views";
import { fail } from "../wire";
import type { RouteContext } from "./context";
import { paymentRequestNotFound } from "./payment-requests";

/** Refunds of payment requests: create and retrieve. */
export function refundRoutes({ api, book }: RouteContext): void {
  // The success status is undocumented (the spec's 2XX); 201, as for the documented creates.
  api.handle("POST /payment-requests/{paymentRequestId}/refunds", ({ body, input }) => {
    const record = book.paymentRequests.get(input.path.paymentRequestId);
    if (!record) return paymentRequestNotFound(input.path.paymentRequestId);
    const refund = book.refund(record, body);
    return isRefusal(refund) ? refund : { status: 201, body: refundView(refund) };
  });

  api.handle("GET /payment-requests/{paymentRequestId}/refunds/{refundId}", ({ input }) => {
    const { paymentRequestId, refundId } = input.path;
    const record = book.paymentRequests.get(paymentRequestId);
    if (!record) return paymentRequestNotFound(paymentRequestId);
    const refund = record.refunds.get(refundId);
    return refund ? { status: 200, body: refundView(refund) } : fail(404, `Refund ${refundId} not found`);
  });
}
