import { describe, expectTypeOf, it } from "vitest";
import type { components, paths, ScalapayClient } from "../src/index";

// Pins specs/scalapay.yaml to Scalapay's published API reference (issue 15): required sets, enums,
// request bodies and nullability; and closed types, so a misspelt field fails to compile at any depth.
type Schemas = components["schemas"];
declare const client: ScalapayClient;

const amount = { amount: "10.00", currency: "EUR" };
const item = { name: "Mug", quantity: 1, category: "home", price: amount, sku: "M1" };
const instore = {
  merchantOperatorId: "op-1",
  merchantReference: "ref-1",
  preApprovalCode: "123456",
  requestId: "req-1",
  totalAmount: amount,
  items: [item],
};
const path = { token: "T" };

describe("in-store orders", () => {
  it("each item requires name, quantity, category, price and sku", () => {
    void client.POST("/v1/instore/orders", { body: instore });
    const { sku: _sku, ...withoutSku } = item;
    // @ts-expect-error an item without its sku is rejected by the API
    void client.POST("/v1/instore/orders", { body: { ...instore, items: [withoutSku] } });
    const coloured = { ...item, colour: "red" };
    // @ts-expect-error an item is not a free-form object
    void client.POST("/v1/instore/orders", { body: { ...instore, items: [coloured] } });
  });
});

describe("reporting", () => {
  it("disputes require startDate and endDate and filter by a documented disputeStatus", () => {
    const query = { startDate: "2025-01-01", endDate: "2025-01-31" };
    void client.GET("/v1/reporting/disputes", { params: { query: { ...query, disputeStatus: "won" } } });
    // @ts-expect-error startDate and endDate are required on disputes
    void client.GET("/v1/reporting/disputes", { params: { query: { page: 0 } } });
    // @ts-expect-error not a documented dispute status
    void client.GET("/v1/reporting/disputes", { params: { query: { ...query, disputeStatus: "pending" } } });
    type DisputeStatus = NonNullable<
      paths["/v1/reporting/disputes"]["get"]["parameters"]["query"]["disputeStatus"]
    >;
    expectTypeOf<DisputeStatus>().toEqualTypeOf<"open" | "processing" | "won" | "lost" | "closed">();
  });

  it("the payout orders and refunds lists take no date window (the reference has none)", () => {
    void client.GET("/v1/reporting/payouts/{token}/orders", {
      params: { path, query: { page: 0, size: 10 } },
    });
    void client.GET("/v1/reporting/payouts/{token}/orders", {
      // @ts-expect-error startDate is not a parameter of the payout orders list
      params: { path, query: { startDate: "2025-01-01" } },
    });
    void client.GET("/v1/reporting/payouts/{token}/refunds", {
      // @ts-expect-error endDate is not a parameter of the payout refunds list
      params: { path, query: { endDate: "2025-01-01" } },
    });
  });
});

describe("online orders", () => {
  it("no billing address field is required; the shipping address keeps its required set", () => {
    expectTypeOf<{ countryCode: string }>().toExtend<NonNullable<Schemas["CreateOrderRequest"]["billing"]>>();
    expectTypeOf<Schemas["BillingAddress"]>().toEqualTypeOf<Partial<Schemas["BillingAddress"]>>();
    expectTypeOf<{ countryCode: string }>().not.toExtend<Schemas["CreateOrderRequest"]["shipping"]>();
  });

  it("delay takes a required body with a required authorizationExpiryMilliseconds", () => {
    void client.POST("/v2/payments/{token}/delay", {
      params: { path },
      body: { authorizationExpiryMilliseconds: 432000000 },
    });
    // @ts-expect-error the body is required
    void client.POST("/v2/payments/{token}/delay", { params: { path } });
    // @ts-expect-error authorizationExpiryMilliseconds is required
    void client.POST("/v2/payments/{token}/delay", { params: { path }, body: { merchantReference: "r" } });
  });

  it("references may carry null references, as the reference's own example does", () => {
    expectTypeOf<null>().toExtend<Schemas["PaymentReference"]["merchantProcessorReference"]>();
    expectTypeOf<null>().toExtend<Schemas["PaymentReference"]["merchantOrderReference"]>();
  });
});

describe("pay-by-link", () => {
  const notification = { channels: ["email"] as ("email" | "sms")[], emailAddress: "a@example.com" };
  const link = { totalAmount: amount, items: [item], extensions: { type: { link: { notification } } } };

  it("create requires totalAmount, strict items and notification channels", () => {
    void client.POST("/v2/instore/paybylink/orders", { body: link });
    // @ts-expect-error totalAmount is required
    void client.POST("/v2/instore/paybylink/orders", { body: { items: [item] } });
    const textQuantity = { ...item, quantity: "1" };
    // @ts-expect-error items are strict (quantity is an integer)
    void client.POST("/v2/instore/paybylink/orders", { body: { ...link, items: [textQuantity] } });
    void client.POST("/v2/instore/paybylink/orders", {
      // @ts-expect-error the link notification requires channels
      body: { ...link, extensions: { type: { link: { notification: { emailAddress: "a@example.com" } } } } },
    });
    void client.POST("/v2/instore/paybylink/orders", {
      // @ts-expect-error channels are email or sms
      body: { ...link, extensions: { type: { link: { notification: { channels: ["fax"] } } } } },
    });
  });

  it("void takes {merchantOperatorId, requestId}", () => {
    const body = { merchantOperatorId: "op-1", requestId: "req-2" };
    void client.POST("/v2/instore/paybylink/orders/{token}/void", { params: { path }, body });
    const withoutRequestId = { params: { path }, body: { merchantOperatorId: "op-1" } };
    // @ts-expect-error requestId is required
    void client.POST("/v2/instore/paybylink/orders/{token}/void", withoutRequestId);
  });
});

describe("closed types", () => {
  it("a misspelt response field fails to compile, at any depth", async () => {
    const { data } = await client.POST("/v2/orders", { body: {} as Schemas["CreateOrderRequest"] });
    void data.token;
    // @ts-expect-error `tokn` is not a field
    void data.tokn;
    const payment = await client.GET("/v2/payments/{token}", { params: { path } });
    // @ts-expect-error `ammount` is not a field of the Amount object
    void payment.data.totalAmount?.ammount;
    // @ts-expect-error `givenName` is not a field (it is `givenNames`)
    void payment.data.orderDetails?.consumer?.givenName;
  });

  it("a misspelt nested request field fails to compile", () => {
    const body: Schemas["CreateOrderRequest"] = {
      totalAmount: amount,
      consumer: { givenNames: "Ana", surname: "Rossi", email: "a@example.com", phoneNumber: "+39" },
      shipping: {
        phoneNumber: "+39",
        countryCode: "IT",
        name: "Ana",
        postcode: "1",
        suburb: "Roma",
        line1: "Via",
      },
      items: [item],
      merchant: {
        // @ts-expect-error `redirectConfirmURL` is not a field (it is `redirectConfirmUrl`)
        redirectConfirmURL: "https://a.example",
        redirectCancelUrl: "https://a.example",
        redirectConfirmUrl: "x",
      },
    };
    void body;
  });

  it("documented optional fields stay optional", () => {
    expectTypeOf<Schemas["CreateOrderResponse"]["checkoutUrl"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Schemas["Item"]["brand"]>().toEqualTypeOf<string | undefined>();
  });
});
