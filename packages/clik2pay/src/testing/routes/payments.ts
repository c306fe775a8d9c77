import { isRefusal } from "@payclients/testing";
import { paymentView } from "../views";
import type { RouteContext } from "./context";

/** Send Money payments: create. */
export function paymentRoutes({ api, book }: RouteContext): void {
  api.handle("POST /payments", ({ body }) => {
    const payment = book.createPayment(body);
    return isRefusal(payment) ? payment : { status: 201, body: paymentView(payment) };
  });
}
