import { describe, expectTypeOf, it } from "vitest";
import { type components, createVaiiPayClient, createVaiiPayDashboardClient } from "../src/index";

// Pins specs/vaiipay.yaml (issue 15): closed types, so a misspelt field fails to compile at any depth,
// while fields the reference documents as optional stay optional.
type Schemas = components["schemas"];
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
    // @ts-expect-error `webhookURL` is not a field
    void dashboard.POST("/api/payment-applications", {
      body: { name: "Shop", secret: "s", webhookURL: "x" },
    });
  });

  it("documented optional fields stay optional", () => {
    expectTypeOf<Schemas["CheckoutRequestCommon"]["redirectUrl"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Schemas["CheckoutRequestCommon"]["expiresAt"]>().toEqualTypeOf<string | undefined>();
  });
});
