import { describe, expectTypeOf, it } from "vitest";
import {
  type components,
  createScalapayClient,
  listAll,
  SCALAPAY_SANDBOX_API_KEY,
  type ScalapayClient,
  type ScalapayWebhookEvent,
  type ScalapayWebhookEvents,
  verifyScalapayWebhook,
} from "../src/index";
import { type ScalapayEmulator, signScalapayWebhook } from "../src/testing/index";

declare const client: ScalapayClient;
declare const emulator: ScalapayEmulator;

const validBody: components["schemas"]["CreateOrderRequest"] = {
  totalAmount: { amount: "190.00", currency: "EUR" },
  consumer: { phoneNumber: "+39333", givenNames: "Mario", surname: "Rossi", email: "mario@example.com" },
  shipping: {
    phoneNumber: "+39333",
    countryCode: "IT",
    name: "Mario",
    postcode: "20121",
    suburb: "Milano",
    line1: "Via 1",
  },
  items: [
    {
      name: "Sneakers",
      category: "clothes",
      sku: "S1",
      quantity: 1,
      price: { amount: "190.00", currency: "EUR" },
    },
  ],
  merchant: { redirectConfirmUrl: "https://shop.example/ok", redirectCancelUrl: "https://shop.example/ko" },
};

describe("request types", () => {
  it("rejects unknown paths", () => {
    // @ts-expect-error: not a Scalapay path
    void client.GET("/v2/unknown", {});
    // @ts-expect-error: POST on a GET-only path
    void client.POST("/v3/configurations", {});
  });

  it("rejects a wrongly typed body field", () => {
    void client.POST("/v2/orders", {
      body: {
        ...validBody,
        // @ts-expect-error: amounts are strings ("190.00"), not numbers
        totalAmount: { amount: 190, currency: "EUR" },
      },
    });
    void client.POST("/v2/payments/capture", {
      // @ts-expect-error: token must be a string
      body: { token: 42 },
    });
  });

  it("rejects a body missing a required field", () => {
    const { merchant: _merchant, ...withoutMerchant } = validBody;
    // @ts-expect-error: `merchant` is required
    void client.POST("/v2/orders", { body: withoutMerchant });
    // @ts-expect-error: refund needs refundAmount
    void client.POST("/v2/payments/{token}/refund", { params: { path: { token: "T" } }, body: {} });
    // @ts-expect-error: the path parameter is required
    void client.GET("/v2/payments/{token}", {});
  });

  it("accepts per-call options next to the request", () => {
    expectTypeOf(client.POST)
      .parameter(1)
      .toMatchTypeOf<{ idempotencyKey?: string; maxRetries?: number; timeoutMs?: number } | undefined>();
  });
});

describe("response types", () => {
  it("createOrder data is non-optional, with token: string", async () => {
    const { data, requestId } = await client.POST("/v2/orders", { body: validBody });
    expectTypeOf(data).not.toBeUndefined();
    expectTypeOf(data).not.toBeNullable();
    expectTypeOf(data.token).toEqualTypeOf<string>();
    expectTypeOf(data.checkoutUrl).toEqualTypeOf<string | undefined>();
    expectTypeOf(requestId).toEqualTypeOf<string | undefined>();
  });

  it("getPayment data carries the Amount object", async () => {
    const { data } = await client.GET("/v2/payments/{token}", { params: { path: { token: "T" } } });
    expectTypeOf<NonNullable<typeof data.totalAmount>["amount"]>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<typeof data.totalAmount>["currency"]>().toEqualTypeOf<string>();
    expectTypeOf(data.status).toEqualTypeOf<string | undefined>();
  });

  it("references data is an array", async () => {
    const { data } = await client.GET("/v2/payments/references", { params: { query: { orderToken: "T" } } });
    expectTypeOf(data).toBeArray();
  });
});

describe("client options", () => {
  it("environment and baseUrl together is a type error", () => {
    // @ts-expect-error: pass either environment or baseUrl
    createScalapayClient({
      apiKey: SCALAPAY_SANDBOX_API_KEY,
      environment: "sandbox",
      baseUrl: "https://example.com",
    });
    // @ts-expect-error: one of them is required
    createScalapayClient({ apiKey: SCALAPAY_SANDBOX_API_KEY });
    // @ts-expect-error: unknown environment
    createScalapayClient({ apiKey: SCALAPAY_SANDBOX_API_KEY, environment: "staging" });
    expectTypeOf(
      createScalapayClient({ apiKey: SCALAPAY_SANDBOX_API_KEY, environment: "sandbox" }),
    ).toEqualTypeOf<ScalapayClient>();
  });
});

describe("emulator and webhook types", () => {
  it("signWebhook accepts a typed event and returns headers plus body", () => {
    const signed = emulator.signWebhook(emulator.webhookEvent("T"));
    expectTypeOf(signed).toEqualTypeOf<{ headers: Record<string, string>; body: string }>();
    expectTypeOf(emulator.webhookEvent("T")).toEqualTypeOf<ScalapayWebhookEvent>();
  });
});

describe("the webhook shape every provider shares", () => {
  it("narrows event by type, and an undocumented status is type unknown with the base fields", async () => {
    const delivery = await verifyScalapayWebhook({ payload: "", headers: {}, secret: "k" });
    expectTypeOf(delivery.timestamp).toEqualTypeOf<number>();
    if (delivery.type === "created") {
      expectTypeOf(delivery.event).toEqualTypeOf<ScalapayWebhookEvents["created"]>();
      expectTypeOf(delivery.event.status).toEqualTypeOf<"created">();
    } else if (delivery.type === "unknown") {
      expectTypeOf(delivery.eventType).toEqualTypeOf<string>();
      expectTypeOf(delivery.event).toEqualTypeOf<components["schemas"]["OrderWebhookEventBase"]>();
    }
  });

  it("takes payload, headers, secret, toleranceSeconds and clock; the old and other names do not compile", () => {
    verifyScalapayWebhook({
      payload: "",
      headers: {},
      secret: "k",
      toleranceSeconds: 60,
      clock: { now: () => 0 },
    });
    // @ts-expect-error the API key is the `secret`, as in every verifier
    verifyScalapayWebhook({ payload: "", headers: {}, apiKey: "k" });
    // @ts-expect-error the tolerance is in seconds, named so
    verifyScalapayWebhook({ payload: "", headers: {}, secret: "k", toleranceMs: 1 });
    // @ts-expect-error the clock is a Clock, not a number
    verifyScalapayWebhook({ payload: "", headers: {}, secret: "k", now: 0 });
    expectTypeOf(signScalapayWebhook({ event: "{}", secret: "k" })).resolves.toEqualTypeOf<{
      headers: Record<string, string>;
      body: string;
    }>();
  });
});

describe("listAll", () => {
  it("yields each reporting list's item type from the spec", () => {
    expectTypeOf(listAll(client, "/v1/reporting/orders")).toEqualTypeOf<
      AsyncGenerator<components["schemas"]["ReportingOrder"], void, undefined>
    >();
    expectTypeOf(
      listAll(client, "/v1/reporting/payouts/{token}/refunds", { params: { path: { token: "P1" } } }),
    ).toEqualTypeOf<AsyncGenerator<components["schemas"]["ReportingRefund"], void, undefined>>();
  });

  it("non-list paths, a missing required query or path parameter and the size in the query fail to compile", () => {
    // @ts-expect-error getConfigurations is not a paginated list
    void listAll(client, "/v3/configurations");
    // @ts-expect-error the disputes list requires its window
    void listAll(client, "/v1/reporting/disputes");
    // @ts-expect-error the payout token is required
    void listAll(client, "/v1/reporting/payouts/{token}/orders");
    // @ts-expect-error the page size is listAll's pageSize option
    void listAll(client, "/v1/reporting/orders", { params: { query: { size: 10 } } }, { maxItems: 10 });
  });
});
