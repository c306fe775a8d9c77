import type { PayClient, PayClientResult } from "@payclients/auth-middleware";
import { describe, expectTypeOf, it } from "vitest";
import {
  type components,
  createVaiiPayClient,
  createVaiiPayDashboardClient,
  type paths,
  type VaiiPayClientPaths,
  type VaiiPayDashboardClient,
  type VaiiPayWebhook,
  type vaiipayOperations,
  verifyVaiiPayWebhook,
} from "../src/index";

const client = createVaiiPayClient({
  baseUrl: "https://api.yourdomain.com",
  clientToken: "ct",
  clientId: "a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6",
});
const dashboard = createVaiiPayDashboardClient({
  baseUrl: "https://api.yourdomain.com",
  accessToken: async () => "oauth",
});
const order = { amount: 10000, currencyCode: "USD", reference: "ORDER-123", referenceLabel: "Order #123" };
type Schemas = components["schemas"];

describe("operations per auth context", () => {
  it("the Client Token client has the client and public paths only", () => {
    expectTypeOf<keyof VaiiPayClientPaths>().toEqualTypeOf<
      | "/api/payment/checkout"
      | "/api/payment/{paymentId}"
      | "/api/payment/{paymentId}/provider/{provider}/method/{method}"
      | "/api/checkout/payment/{paymentId}/provider/{provider}/method/{method}"
      | "/api/checkout/{paymentId}/payment-methods"
    >();
    expectTypeOf<VaiiPayDashboardClient>().toEqualTypeOf<PayClient<paths, typeof vaiipayOperations>>();
  });

  it("dashboard operations fail to compile on the Client Token client", () => {
    // @ts-expect-error listPaymentApplications is a dashboard operation
    void client.GET("/api/payment-applications", {});
    // @ts-expect-error getPaymentApplication is a dashboard operation
    void client.GET("/api/payment-applications/{id}", { params: { path: { id: 1 } } });
    // @ts-expect-error createPaymentApplication is a dashboard operation
    void client.POST("/api/payment-applications", { body: { name: "Shop", secret: "s" } });
    // @ts-expect-error unknown path
    void client.GET("/api/payments", {});
    void dashboard.GET("/api/payment-applications");
    void dashboard.GET("/api/payment-applications/{id}", { params: { path: { id: "1" } } });
    void dashboard.GET("/api/payment/{paymentId}", { params: { path: { paymentId: "p" } } });
    void client.GET("/api/checkout/{paymentId}/payment-methods", { params: { path: { paymentId: "p" } } });
  });
});

describe("checkout bodies", () => {
  type ClientCheckoutBody =
    VaiiPayClientPaths["/api/payment/checkout"]["post"]["requestBody"]["content"]["application/json"];

  it("the dashboard client takes the spec's body; the Client Token client may also leave clientId out", () => {
    expectTypeOf<Schemas["CreateCheckoutRequest"]>().toExtend<ClientCheckoutBody>();
    expectTypeOf<Schemas["CheckoutRequestCommon"]>().toExtend<ClientCheckoutBody>();
    void client.POST("/api/payment/checkout", { body: order });
    void client.POST("/api/payment/checkout", { body: { ...order, clientId: "x" } });
    void client.POST("/api/payment/checkout", { body: { ...order, siteId: "s" } });
    void dashboard.POST("/api/payment/checkout", { body: { ...order, clientId: "x" } });
    void dashboard.POST("/api/payment/checkout", { body: { ...order, siteId: "s" } });
    // @ts-expect-error the dashboard client must name the application
    void dashboard.POST("/api/payment/checkout", { body: order });
    // @ts-expect-error siteId does not replace a required common field
    void client.POST("/api/payment/checkout", { body: { amount: 1, currencyCode: "USD", siteId: "s" } });
  });

  it("misspelled application keys fail to compile on both clients", () => {
    // @ts-expect-error clientID is not a field (clientId is)
    void client.POST("/api/payment/checkout", { body: { ...order, clientID: "x" } });
    // @ts-expect-error siteID is not a field (siteId is)
    void client.POST("/api/payment/checkout", { body: { ...order, siteID: "s" } });
    // @ts-expect-error client_id is not a field, even next to a valid clientId
    void dashboard.POST("/api/payment/checkout", { body: { ...order, clientId: "x", client_id: "x" } });
    // @ts-expect-error site_id is not a field, even next to a valid siteId
    void dashboard.POST("/api/payment/checkout", { body: { ...order, siteId: "s", site_id: "s" } });
  });

  it("wrong, unknown and missing fields fail to compile", () => {
    // @ts-expect-error amount is an integer in minor units, not a string
    void client.POST("/api/payment/checkout", { body: { ...order, amount: "100.00" } });
    // @ts-expect-error unknown body field
    void client.POST("/api/payment/checkout", { body: { ...order, colour: "red" } });
    // @ts-expect-error referenceLabel is required
    void client.POST("/api/payment/checkout", { body: { amount: 1, currencyCode: "USD", reference: "R" } });
    // @ts-expect-error secret is required
    void dashboard.POST("/api/payment-applications", { body: { name: "Shop" } });
    // @ts-expect-error unknown body field
    void dashboard.POST("/api/payment-applications", { body: { name: "Shop", secret: "s", webhook: "x" } });
    // @ts-expect-error the path parameters are required
    void client.GET("/api/payment/{paymentId}");
    void client.GET("/api/checkout/payment/{paymentId}/provider/{provider}/method/{method}", {
      // @ts-expect-error expires is a number (Unix seconds)
      params: { path: { paymentId: "p", provider: "crypto", method: "btc" }, query: { expires: "soon" } },
    });
  });
});

describe("results", () => {
  it("data is the typed success body, not optional", async () => {
    const checkout = await client.POST("/api/payment/checkout", { body: order });
    expectTypeOf(checkout).toExtend<PayClientResult<Schemas["CreateCheckoutResponse"]>>();
    expectTypeOf<Schemas["CreateCheckoutResponse"]>().toExtend<typeof checkout.data>();
    expectTypeOf<undefined>().not.toExtend<typeof checkout.data>();
    expectTypeOf(checkout.data.data.checkoutUrl).toEqualTypeOf<string>();
    expectTypeOf(checkout.response).toEqualTypeOf<Response>();

    const payment = await client.GET("/api/payment/{paymentId}", { params: { path: { paymentId: "p" } } });
    expectTypeOf(payment.data).toExtend<Schemas["PaymentResponse"]>();
    expectTypeOf<undefined>().not.toExtend<typeof payment.data>();
    expectTypeOf(payment.data.data.status).toEqualTypeOf<string>();
    expectTypeOf(payment.data.data.amount.amount).toEqualTypeOf<number>();

    const applications = await dashboard.GET("/api/payment-applications");
    expectTypeOf(applications.data.data).toExtend<Schemas["PaymentApplication"][]>();
    expectTypeOf(applications.data.data[0]?.clientId).toEqualTypeOf<string | undefined>();
    const created = await dashboard.POST("/api/payment-applications", {
      body: { name: "Shop", secret: "s" },
    });
    expectTypeOf(created.data.data.clientId).toEqualTypeOf<string>();
    expectTypeOf<undefined>().not.toExtend<typeof created.data>();
  });
});

describe("webhooks", () => {
  it("narrow on the event type", () => {
    const event = {} as VaiiPayWebhook;
    expectTypeOf(event.timestamp).toEqualTypeOf<number>();
    if (event.type === "payment.underpaid") {
      expectTypeOf(event.event).toEqualTypeOf<Schemas["PaymentUnderpaidEvent"]>();
      expectTypeOf(event.event.payment).toEqualTypeOf<Schemas["Payment"]>();
    }
    if (event.type === "unknown") {
      expectTypeOf(event.eventType).toEqualTypeOf<string>();
      expectTypeOf(event.event).toEqualTypeOf<unknown>();
    }
    expectTypeOf(event.type).toEqualTypeOf<
      "payment.completed" | "payment.received" | "payment.underpaid" | "unknown"
    >();
  });

  it("take payload, headers, secret, toleranceSeconds and clock; other names do not compile", () => {
    void verifyVaiiPayWebhook({
      payload: "",
      headers: {},
      secret: "s",
      toleranceSeconds: 1,
      clock: { now: () => 0 },
    });
    // @ts-expect-error the clock is a Clock (as on the client), not a number
    void verifyVaiiPayWebhook({ payload: "", headers: {}, secret: "s", now: 0 });
    // @ts-expect-error the tolerance is in seconds, named so
    void verifyVaiiPayWebhook({ payload: "", headers: {}, secret: "s", toleranceMs: 0 });
    // @ts-expect-error the application secret is `secret`, as in every verifier
    void verifyVaiiPayWebhook({ payload: "", headers: {}, webhookSecret: "s" });
  });
});

// Issue 15: closed types, so a misspelt field fails to compile at any depth; optional fields stay optional.
describe("closed types", () => {
  it("a misspelt response field fails to compile, at any depth", async () => {
    const { data } = await client.POST("/api/payment/checkout", { body: order });
    void data.data.checkoutUrl;
    // @ts-expect-error `checkoutURL` is not a field (it is `checkoutUrl`)
    void data.data.checkoutURL;
    const payment = await client.GET("/api/payment/{paymentId}", { params: { path: { paymentId: "p" } } });
    // @ts-expect-error `formated` is not a Money field (it is `formatted`)
    void payment.data.data.amount?.formated;
  });

  it("a misspelt request field fails to compile (the request bodies are flat)", () => {
    // @ts-expect-error `referencelabel` is not a field (it is `referenceLabel`)
    void client.POST("/api/payment/checkout", { body: { ...order, referencelabel: "x" } });
    void dashboard.POST("/api/payment-applications", {
      // @ts-expect-error `webhookURL` is not a field
      body: { name: "Shop", secret: "s", webhookURL: "x" },
    });
  });

  it("documented optional fields stay optional", () => {
    expectTypeOf<Schemas["CheckoutRequestCommon"]["redirectUrl"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Schemas["CheckoutRequestCommon"]["expiresAt"]>().toEqualTypeOf<string | undefined>();
  });
});
