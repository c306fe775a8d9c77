import { isRefusal } from "@payclients/testing";
import { cancellationView, paymentRequestView } from "../views";
import { fail } from "../wire";
import type { RouteContext } from "./context";

/** The 404 for an unknown payment request id. */
export const paymentRequestNotFound = (id: string) => fail(404, `Payment request ${id} not found`);

/** Payment requests (Interac Request Money): create, retrieve, cancel. */
export function paymentRequestRoutes({ api, book }: RouteContext): void {
  api.handle("POST /payment-requests", ({ body }) => {
    const record = book.createPaymentRequest(body);
    return isRefusal(record) ? record : { status: 201, body: paymentRequestView(record) };
  });

  api.handle("GET /payment-requests/{paymentRequestId}", ({ input }) => {
    const record = book.paymentRequests.get(input.path.paymentRequestId);
    if (!record) return paymentRequestNotFound(input.path.paymentRequestId);
    return { status: 200, body: paymentRequestView(record) };
  });

  // The success status is undocumented (the spec's 2XX); 200, as Odoo reads a body from it.
  api.handle("POST /payment-requests/{paymentRequestId}/cancellation", ({ input }) => {
    const record = book.paymentRequests.get(input.path.paymentRequestId);
    if (!record) return paymentRequestNotFound(input.path.paymentRequestId);
    const cancelled = book.cancel(record);
    return isRefusal(cancelled) ? cancelled : { status: 200, body: cancellationView(cancelled) };
  });
}
