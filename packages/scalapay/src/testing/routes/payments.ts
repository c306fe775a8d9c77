import { isoTime, isRefusal, type Refusal } from "@payclients/testing";
import type { paths } from "../../generated/schema";
import { amountProblem, DEFAULT_AUTHORIZATION_EXPIRY_MS, type ScalapayOrderChannel } from "../state";
import { orderDetailsOf, paymentView, refundView } from "../views";
import { fail, invalidToken, joiIssue, money, toMoney, validationFailed } from "../wire";
import type { RouteContext } from "./context";

type Reference =
  paths["/v2/payments/references"]["get"]["responses"][200]["content"]["application/json"][number];

/** Online payments: details, reference look-up, capture, delay, void, refund; and the merchant configuration. */
export function paymentRoutes({ api, book }: RouteContext): void {
  api.handle("GET /v2/payments/references", ({ input }) => {
    const found = references({ book }, input.query, ["online", "paybylink"]);
    return isRefusal(found) ? found : { status: 200, body: found };
  });

  api.handle("GET /v2/payments/{token}", ({ input }) => {
    const order = book.find(input.path.token);
    return order ? { status: 200, body: paymentView(order) } : invalidToken(input.path.token);
  });

  api.handle("POST /v2/payments/capture", ({ body }) => {
    const order = book.capturable(body.token);
    if (isRefusal(order)) return order;
    if (order.capturedCents > 0)
      return fail(422, "invalid_token", `Order ${order.token} is already captured`);
    const amount = body.amount === undefined ? undefined : toMoney(body.amount);
    const problem = amountProblem(order, amount, order.total.cents);
    if (problem) return problem;
    order.capturedCents = amount?.cents ?? order.total.cents;
    order.open = false;
    order.status = "charged";
    order.captureStatus = "captured";
    if (body.merchantReference !== undefined) order.merchantReference = body.merchantReference;
    return {
      status: 200,
      body: {
        token: order.token,
        status: "APPROVED",
        totalAmount: money(order.total.cents, order.total.currency),
        orderDetails: orderDetailsOf(order),
        capturedAt: isoTime(book.now()),
      },
    };
  });

  api.handle(
    "POST /v2/payments/{token}/delay",
    ({ body, input }) => {
      const order = book.capturable(input.path.token);
      if (isRefusal(order)) return order;
      if (order.captureStatus !== "pending") {
        return fail(422, "invalid_token", `Order ${order.token} is already in delayed capture`);
      }
      order.captureStatus = "delayed";
      const expiry = body?.authorizationExpiryMilliseconds ?? DEFAULT_AUTHORIZATION_EXPIRY_MS;
      order.authorizationExpiresAt = book.now() + expiry;
      if (body?.merchantReference !== undefined) order.merchantReference = body.merchantReference;
      return {
        status: 200,
        body: {
          token: order.token,
          status: "AUTHORIZED",
          authorizationExpiryAt: isoTime(order.authorizationExpiresAt),
          totalAmount: money(order.total.cents, order.total.currency),
          orderDetails: orderDetailsOf(order),
        },
      };
    },
    { acceptsEmptyBody: "the reference requires a body, but Scalapay's PHP SDK sends none (5-day default)" },
  );

  api.handle("POST /v2/payments/{token}/void", ({ body, input }) => {
    const order = book.capturable(input.path.token);
    if (isRefusal(order)) return order;
    if (order.capturedCents > 0)
      return fail(422, "invalid_token", `Order ${order.token} is already captured; refund it`);
    order.open = false;
    order.captureStatus = "voided";
    if (body?.merchantReference !== undefined) order.merchantReference = body.merchantReference;
    return {
      status: 200,
      body: {
        token: order.token,
        ...(order.merchantReference === undefined ? {} : { merchantReference: order.merchantReference }),
        voidedAt: isoTime(book.now()),
      },
    };
  });

  api.handle("POST /v2/payments/{token}/refund", ({ body, input }) => {
    const order = book.find(input.path.token);
    if (!order) return invalidToken(input.path.token);
    const refunded = book.refund(order, toMoney(body.refundAmount), {
      merchantReference: body.merchantReference,
      merchantRefundReference: body.merchantRefundReference,
    });
    return isRefusal(refunded) ? refunded : { status: 200, body: refundView(refunded) };
  });

  // The response shape of /v3/configurations is not documented; this is a plausible, lenient stand-in.
  api.handle("GET /v3/configurations", () => ({
    status: 200,
    body: {
      currency: "EUR",
      products: [
        {
          product: "pay-in-3",
          type: "online",
          numberOfPayments: 3,
          minimumAmount: money(500, "EUR"),
          maximumAmount: money(200_000, "EUR"),
        },
        {
          product: "pay-in-4",
          type: "online",
          numberOfPayments: 4,
          minimumAmount: money(500, "EUR"),
          maximumAmount: money(200_000, "EUR"),
        },
        {
          product: "later",
          type: "online",
          numberOfPayments: 1,
          minimumAmount: money(500, "EUR"),
          maximumAmount: money(100_000, "EUR"),
        },
      ],
    },
  }));
}

/**
 * Orders of `channels` matching every given reference, newest first, at most 100. At least one reference is
 * required: a rule across parameters that OpenAPI cannot state, so it stays here.
 */
export function references(
  { book }: Pick<RouteContext, "book">,
  query: { orderToken?: string; merchantOrderReference?: string; merchantProcessorReference?: string },
  channels: ScalapayOrderChannel[],
): Reference[] | Refusal {
  const { orderToken, merchantOrderReference, merchantProcessorReference } = query;
  if (
    orderToken === undefined &&
    merchantOrderReference === undefined &&
    merchantProcessorReference === undefined
  ) {
    return validationFailed([
      joiIssue(
        "query",
        [],
        "object.missing",
        "must contain at least one of [orderToken, merchantOrderReference, merchantProcessorReference]",
      ),
    ]);
  }
  return book
    .all()
    .filter(
      (order) =>
        channels.includes(order.channel) &&
        (orderToken === undefined || order.token === orderToken) &&
        (merchantOrderReference === undefined || order.merchantReference === merchantOrderReference) &&
        (merchantProcessorReference === undefined ||
          order.merchantProcessorReference === merchantProcessorReference),
    )
    .sort((left, right) => right.seq - left.seq)
    .slice(0, 100)
    .map((order) => ({
      orderToken: order.token,
      ...(order.merchantReference === undefined ? {} : { merchantOrderReference: order.merchantReference }),
      ...(order.merchantProcessorReference === undefined
        ? {}
        : { merchantProcessorReference: order.merchantProcessorReference }),
      createdAt: isoTime(order.createdAt),
    }));
}
