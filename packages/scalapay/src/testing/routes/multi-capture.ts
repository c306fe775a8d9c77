import { isoTime, isRefusal, type Refusal } from "@payclients/testing";
import { amountProblem, type OrderRecord, openCents } from "../state";
import { multiCaptureView, refundView } from "../views";
import { fail, type Money, money, newToken, type ScalapayAmount, toMoney } from "../wire";
import type { RouteContext } from "./context";

/** Multi-capture on orders in delayed capture: partial captures, the closing void, refunds (bodies unverified). */
export function multiCaptureRoutes({ api, book }: RouteContext): void {
  const delayed = (token: string): OrderRecord | Refusal => {
    const order = book.capturable(token);
    if (isRefusal(order)) return order;
    return order.captureStatus === "delayed"
      ? order
      : fail(422, "invalid_token", `Order ${order.token} is not in delayed capture`);
  };

  api.handle("POST /v2/payments/{token}/delay/capture", ({ body, input }) => {
    const order = delayed(input.path.token);
    if (isRefusal(order)) return order;
    const open = openCents(order);
    const amount = body?.amount === undefined ? undefined : toMoney(body.amount);
    const problem = amountProblem(order, amount, open);
    if (problem) return problem;
    const cents = amount?.cents ?? open;
    order.capturedCents += cents;
    order.status = "charged";
    order.captures.push({
      captureToken: newToken(),
      amount: money(cents, order.total.currency),
      ...(body?.merchantReference === undefined ? {} : { merchantReference: body.merchantReference }),
      capturedAt: isoTime(book.now()),
    });
    // Documented: capturing the whole remaining amount closes the order.
    if (order.capturedCents === order.total.cents) {
      order.open = false;
      order.captureStatus = "captured";
    }
    return { status: 200, body: multiCaptureView(order) };
  });

  api.handle("POST /v2/payments/{token}/delay/void", ({ input }) => {
    const order = delayed(input.path.token);
    if (isRefusal(order)) return order;
    order.open = false;
    order.captureStatus = order.capturedCents > 0 ? "captured" : "voided";
    return { status: 200, body: multiCaptureView(order) };
  });

  api.handle("POST /v2/payments/{token}/delay/refund", ({ body, input }) => {
    const order = book.find(input.path.token);
    if (!order) return fail(422, "invalid_token", `Invalid token ${input.path.token}`);
    // The body is not documented (the spec accepts any object): take `refundAmount` (like refund) or `amount`
    // (like delay/capture), when it is an amount.
    const amount = amountIn(body?.refundAmount) ?? amountIn(body?.amount);
    const refunded = book.refund(order, amount, {
      merchantRefundReference:
        typeof body?.merchantRefundReference === "string" ? body.merchantRefundReference : undefined,
    });
    return isRefusal(refunded)
      ? refunded
      : { status: 200, body: { ...multiCaptureView(order), refunds: order.refunds.map(refundView) } };
  });
}

function amountIn(value: unknown): Money | undefined {
  const candidate = value as ScalapayAmount | undefined;
  const valid =
    typeof candidate?.amount === "string" &&
    /^\d{1,13}(\.\d{1,2})?$/.test(candidate.amount) &&
    typeof candidate.currency === "string";
  return valid ? toMoney(candidate) : undefined;
}
