import { isoTime } from "@payclients/testing";
import { DEFAULT_ORDER_EXPIRY_MS } from "../state";
import { invalidToken, toMoney } from "../wire";
import { CHECKOUT_ORIGIN, type RouteContext } from "./context";

/** Online orders: create (hosted checkout) and update references. */
export function orderRoutes({ api, book }: RouteContext): void {
  api.handle("POST /v2/orders", ({ body }) => {
    const details = structuredClone(body) as Record<string, unknown>;
    const order = book.create(
      "online",
      toMoney(body.totalAmount),
      details,
      body.orderExpiryMilliseconds ?? DEFAULT_ORDER_EXPIRY_MS,
    );
    return {
      status: 200,
      body: {
        token: order.token,
        expires: isoTime(order.expiresAt),
        checkoutUrl: `${CHECKOUT_ORIGIN}/checkout/${order.token}`,
      },
    };
  });

  api.handle("POST /v2/orders/{token}", ({ body, input }) => {
    const order = book.find(input.path.token);
    if (!order) return invalidToken(input.path.token);
    if (body.merchantReference !== undefined) {
      order.merchantReference = body.merchantReference;
      order.orderDetails.merchantReference = body.merchantReference;
    }
    if (body.merchantProcessorReference !== undefined)
      order.merchantProcessorReference = body.merchantProcessorReference;
    return {
      status: 200,
      body: {
        token: order.token,
        ...(order.merchantReference === undefined ? {} : { merchantReference: order.merchantReference }),
        ...(order.merchantProcessorReference === undefined
          ? {}
          : { merchantProcessorReference: order.merchantProcessorReference }),
      },
    };
  });
}
