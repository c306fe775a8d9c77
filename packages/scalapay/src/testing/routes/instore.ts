import { isoTime, isRefusal } from "@payclients/testing";
import { DEFAULT_ORDER_EXPIRY_MS } from "../state";
import { instoreView, refundView } from "../views";
import { fail, invalidToken, toMoney } from "../wire";
import { CHECKOUT_ORIGIN, type RouteContext } from "./context";
import { references } from "./payments";

/** In-store orders and pay-by-link, on the device key (response shapes unverified). */
export function instoreRoutes({ api, book }: RouteContext): void {
  api.handle("POST /v1/instore/orders", ({ body }) => {
    // requestId is assumed to deduplicate retries (it is required and otherwise unexplained).
    const existing = book
      .all()
      .find((order) => order.channel === "instore" && order.requestId === body.requestId);
    if (existing) return { status: 200, body: instoreView(existing) };
    // A pre-approved consumer is assumed to be charged at once.
    const total = toMoney(body.totalAmount);
    const order = book.create("instore", total, structuredClone(body), DEFAULT_ORDER_EXPIRY_MS);
    order.requestId = body.requestId;
    order.status = "charged";
    order.captureStatus = "captured";
    order.capturedCents = total.cents;
    return { status: 200, body: instoreView(order) };
  });

  api.handle("GET /v1/instore/orders/references", ({ input }) => {
    const found = references({ book }, input.query, ["instore"]);
    return isRefusal(found) ? found : { status: 200, body: found };
  });

  api.handle("GET /v1/instore/orders/{token}", ({ input }) => {
    const order = book.find(input.path.token, ["instore"]);
    return order ? { status: 200, body: instoreView(order) } : invalidToken(input.path.token);
  });

  api.handle("POST /v1/instore/orders/{token}/refund", ({ body, input }) => {
    const order = book.find(input.path.token, ["instore"]);
    if (!order) return invalidToken(input.path.token);
    const existing = order.refunds.find((entry) => entry.requestId === body.requestId);
    const refunded =
      existing ?? book.refund(order, toMoney(body.refundAmount), { requestId: body.requestId });
    if (isRefusal(refunded)) return refunded;
    const { merchantOperatorId, requestId } = body;
    return {
      status: 200,
      body: { ...refundView(refunded), merchantOperatorId, requestId, status: order.status },
    };
  });

  api.handle("POST /v2/instore/paybylink/orders", ({ body }) => {
    const expiry = body.orderExpiryMilliseconds ?? DEFAULT_ORDER_EXPIRY_MS;
    const order = book.create("paybylink", toMoney(body.totalAmount), structuredClone(body), expiry);
    return {
      status: 200,
      body: {
        token: order.token,
        status: order.status,
        expires: isoTime(order.expiresAt),
        checkoutUrl: `${CHECKOUT_ORIGIN}/checkout/${order.token}`,
      },
    };
  });

  api.handle("POST /v2/instore/paybylink/orders/{token}/void", ({ input }) => {
    const order = book.find(input.path.token, ["paybylink"]);
    if (!order) return invalidToken(input.path.token);
    if (order.status !== "created" && !(order.status === "authorized" && order.capturedCents === 0)) {
      return fail(
        422,
        "invalid_token",
        `Pay-by-link order ${order.token} is ${order.status} and cannot be voided`,
      );
    }
    order.open = false;
    order.captureStatus = "voided";
    return {
      status: 200,
      body: {
        token: order.token,
        status: order.status,
        captureStatus: order.captureStatus,
        voidedAt: isoTime(book.now()),
      },
    };
  });
}
