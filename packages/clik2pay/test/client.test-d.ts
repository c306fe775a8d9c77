import { describe, expectTypeOf, it } from "vitest";
import {
  type Clik2payClient,
  type Clik2payWebhookEvent,
  type components,
  createClik2payClient,
  verifyClik2payWebhook,
} from "../src/index";

declare const client: Clik2payClient;
const params = { path: { paymentRequestId: "pr-1" } };
const payer = { name: "Jane", email: "jane@example.com" };

describe("typed calls", () => {
  it("data is the success body, never optional", async () => {
    const created = await client.POST("/payment-requests", { body: { amount: 25.5, type: "ECOMM", payer } });
    expectTypeOf(created.data).not.toBeNullable();
    expectTypeOf(created.data).toExtend<components["schemas"]["PaymentRequest"]>();
    expectTypeOf(created.data.id).toEqualTypeOf<string>();
    expectTypeOf(created.data.amount).toEqualTypeOf<number | null | undefined>();
    const fetched = await client.GET("/payment-requests/{paymentRequestId}", { params });
    expectTypeOf(fetched.data).not.toBeNullable();
    expectTypeOf(fetched.data.status).toEqualTypeOf<string | undefined>();
    const cancelled = await client.POST("/payment-requests/{paymentRequestId}/cancellation", { params });
    expectTypeOf(cancelled.data).not.toBeNullable();
    expectTypeOf(cancelled.data).toExtend<components["schemas"]["PaymentRequestCancellation"]>();
    const refund = await client.POST("/payment-requests/{paymentRequestId}/refunds", {
      params,
      body: { amount: 5, recipient: { email: "jane@example.com" } },
    });
    expectTypeOf(refund.data).not.toBeNullable();
    expectTypeOf(refund.data).toExtend<components["schemas"]["Refund"]>();
    const refundState = await client.GET("/payment-requests/{paymentRequestId}/refunds/{refundId}", {
      params: { path: { paymentRequestId: "pr-1", refundId: "rf-1" } },
    });
    expectTypeOf(refundState.data.status).toEqualTypeOf<string | undefined>();
    const payment = await client.POST("/payments", {
      body: { amount: 1, recipient: { email: "a@example.com", mobileNumber: "4165550123" } },
    });
    expectTypeOf(payment.data).not.toBeNullable();
    expectTypeOf(payment.data).toExtend<components["schemas"]["Payment"]>();
    expectTypeOf(payment.response).toEqualTypeOf<Response>();
  });

  it("both create variants compile: fixed amount and FLEX with null amount", () => {
    void client.POST("/payment-requests", {
      body: { amount: null, type: "FLEX", payer, flexDetails: { minimum: 10, maximum: 20 } },
    });
    void client.POST("/payment-requests", {
      body: { merchantTransactionId: "ORDER-1", amount: 1, type: "EBILL", payer, deliveryMode: "SMS" },
    });
  });

  it("wrong paths, bodies and parameters fail to compile", () => {
    // @ts-expect-error unknown path
    void client.GET("/payment-requests", {});
    // @ts-expect-error the token endpoint lives on the other origin and is not a GET
    void client.GET("/oauth2/token", {});
    // @ts-expect-error GET is not defined on /payments
    void client.GET("/payments", {});
    // @ts-expect-error wrong body field type
    void client.POST("/payment-requests", { body: { amount: "25.50", type: "ECOMM", payer } });
    // @ts-expect-error unknown body field
    void client.POST("/payment-requests", { body: { amount: 1, type: "ECOMM", payer, colour: "red" } });
    // @ts-expect-error missing required field (payer)
    void client.POST("/payment-requests", { body: { amount: 1, type: "ECOMM" } });
    // @ts-expect-error SMART is read-only and cannot be created
    void client.POST("/payment-requests", { body: { amount: 1, type: "SMART", payer } });
    // @ts-expect-error FLEX needs flexDetails
    void client.POST("/payment-requests", { body: { amount: null, type: "FLEX", payer } });
    // @ts-expect-error deliveryMode is a closed enum on create
    void client.POST("/payment-requests", { body: { amount: 1, type: "ECOMM", payer, deliveryMode: "FAX" } });
    // @ts-expect-error Send Money needs both recipient fields
    void client.POST("/payments", { body: { amount: 1, recipient: { email: "a@example.com" } } });
    // @ts-expect-error the refund needs a recipient
    void client.POST("/payment-requests/{paymentRequestId}/refunds", { params, body: { amount: 1 } });
    // @ts-expect-error missing path parameter
    void client.GET("/payment-requests/{paymentRequestId}", { params: { path: {} } });
    // @ts-expect-error the init (with the path parameter) is required
    void client.GET("/payment-requests/{paymentRequestId}");
    // @ts-expect-error call options are typed
    void client.GET("/payment-requests/{paymentRequestId}", { params, timeoutMs: "5" });
    void client.GET("/payment-requests/{paymentRequestId}", { params, timeoutMs: 5, maxRetries: 0 });
  });

  it("client options require the three credentials", () => {
    // @ts-expect-error apiKey is required
    createClik2payClient({ username: "u", password: "p", environment: "sandbox" });
    // @ts-expect-error unknown environment
    createClik2payClient({ username: "u", password: "p", apiKey: "k", environment: "staging" });
    createClik2payClient({
      username: "u",
      password: "p",
      apiKey: "k",
      environment: "production",
      limiter: false,
    });
  });
});

describe("webhooks", () => {
  it("returns typed events narrowed by eventType", async () => {
    const secret = { username: "u", password: "p" };
    const delivery = await verifyClik2payWebhook({ payload: "", headers: {}, secret });
    expectTypeOf(delivery.events).toEqualTypeOf<readonly Clik2payWebhookEvent[]>();
    if (delivery.type === "PAYMENT-COMPLETED") {
      expectTypeOf(delivery.event).toEqualTypeOf<components["schemas"]["PaymentCompletedEvent"]>();
    }
    // @ts-expect-error not a documented event type
    if (delivery.type === "PAYMENT-REFUNDED") void delivery;
    // @ts-expect-error the agreed credentials are required
    void verifyClik2payWebhook({ payload: "", headers: {} });
    // @ts-expect-error the credentials are the `secret`, as in every verifier
    void verifyClik2payWebhook({ payload: "", headers: {}, username: "u", password: "p" });
    // @ts-expect-error Clik2pay sends no timestamp: no replay window to configure
    void verifyClik2payWebhook({ payload: "", headers: {}, secret, toleranceSeconds: 60 });
  });
});
