import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PermissionDeniedError, parseVaiiPayCheckoutUrl } from "../src/index";
import {
  checkoutBody,
  type Harness,
  newPayment,
  order,
  rejection,
  START,
  startHarness,
  uuidPattern,
} from "./helpers";

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => {
  await harness.close();
});

const startSeconds = START / 1000;

describe("payments (Client Token)", () => {
  it("createCheckout returns a signed checkout URL on the deployment host", async () => {
    const { emulator } = harness;
    const { checkoutUrl, paymentId, link } = await newPayment(harness);
    expect(checkoutUrl).toMatch(
      new RegExp(
        `^${emulator.url}/checkout/${paymentId}\\?expires=${startSeconds + 3600}&signature=[0-9a-f]{64}$`,
      ),
    );
    expect(paymentId).toMatch(uuidPattern);
    expect(link.query.expires).toBe(startSeconds + 3600);
    const page = await fetch(checkoutUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Order #123");
  });

  it("getPayment returns the payment object with Money amounts", async () => {
    const { client } = harness;
    const { paymentId } = await newPayment(harness, { settlementCurrencyCode: "USDT" });
    const { data, response } = await client.GET("/api/payment/{paymentId}", {
      params: { path: { paymentId } },
    });
    expect(response.status).toBe(200);
    expect(data.data).toEqual({
      id: paymentId,
      userId: 1,
      status: "PENDING",
      reference: "ORDER-123",
      referenceLabel: "Order #123",
      currencyCode: "USD",
      settlementCurrencyCode: "USDT",
      amount: { value: 100, amount: 10000, formatted: "$100.00" },
      receivedAmount: null,
      settledAmount: null,
      confirmedAt: null,
      foundAt: null,
      date: new Date(START).toISOString(),
    });
  });

  it("getUserInstructions returns the address and crypto amount for a provider/method", async () => {
    const { client } = harness;
    const { paymentId } = await newPayment(harness);
    const { data } = await client.GET("/api/payment/{paymentId}/provider/{provider}/method/{method}", {
      params: { path: { paymentId, provider: "crypto", method: "btc" } },
    });
    expect(data.data).toMatchObject({
      paymentId,
      provider: "crypto",
      method: "btc",
      currencyCode: "BTC",
      amount: "0.00200000",
      requiredConfirmations: 2,
      expiresAt: new Date(START + 3_600_000).toISOString(),
    });
    expect(data.data?.address).toMatch(/^bc1q[0-9a-f]{38}$/);
  });
});

describe("public checkout", () => {
  it("listCheckoutPaymentMethods lists the application's currency whitelist", async () => {
    const { client } = harness;
    const { paymentId } = await newPayment(harness);
    const { data } = await client.GET("/api/checkout/{paymentId}/payment-methods", {
      params: { path: { paymentId } },
    });
    expect(data.data).toEqual([
      { provider: "crypto", method: "btc", currencyCode: "BTC", name: "Bitcoin" },
      { provider: "crypto", method: "eth", currencyCode: "ETH", name: "Ethereum" },
      { provider: "crypto", method: "usdt", currencyCode: "USDT", name: "Tether" },
    ]);
  });

  it("getCheckoutUserInstructions checks the checkout URL's signature and expiry", async () => {
    const { client, clock } = harness;
    const { paymentId, link } = await newPayment(harness);
    const path = { paymentId, provider: "crypto", method: "eth" };
    const route = "/api/checkout/payment/{paymentId}/provider/{provider}/method/{method}" as const;
    const { data } = await client.GET(route, { params: { path, query: link.query } });
    expect(data.data).toMatchObject({ paymentId, currencyCode: "ETH", amount: "0.04000000" });
    expect(data.data?.address).toMatch(/^0x[0-9a-f]{40}$/);

    const tampered = await rejection(
      client.GET(route, {
        params: { path, query: { ...link.query, expires: (link.query.expires ?? 0) + 60 } },
      }),
    );
    expect(tampered).toBeInstanceOf(PermissionDeniedError);
    expect((tampered as PermissionDeniedError).message).toBe(
      `vaiipay: 403 Invalid signature. — GET ${route} is public: the checkout URL's expires/signature were probably rejected`,
    );
    await expect(client.GET(route, { params: { path } })).rejects.toThrow(/Invalid signature\./);

    clock.advance(3_601_000);
    await expect(client.GET(route, { params: { path, query: link.query } })).rejects.toThrow(
      /403 Checkout link expired\./,
    );
  });
});

describe("payment applications (dashboard)", () => {
  it("lists, creates and gets applications", async () => {
    const { emulator, dashboard } = harness;
    const listed = await dashboard.GET("/api/payment-applications");
    expect(listed.data.data).toHaveLength(1);
    expect(listed.data.data[0]).toMatchObject({ id: 1, name: "Emulator shop", clientId: emulator.clientId });

    const created = await dashboard.POST("/api/payment-applications", {
      body: {
        name: "Second shop",
        secret: "whsec_second",
        url: "https://second.example.com",
        callbackUrl: "https://second.example.com/webhooks/vaiipay",
        currencyWhitelist: ["USDT"],
        allowUnderpay: true,
      },
    });
    expect(created.response.status).toBe(200);
    const application = created.data.data;
    expect(application).toMatchObject({
      id: 2,
      name: "Second shop",
      userId: 1,
      currencyWhitelist: ["USDT"],
      site: {
        url: "https://second.example.com",
        callbackUrl: "https://second.example.com/webhooks/vaiipay",
        setting: { allowUnderpay: true, allowOverpay: false },
      },
      createdAt: new Date(START).toISOString(),
      deletedAt: null,
    });
    expect(application.clientId).toMatch(/^[a-z0-9]{32}$/);
    expect(application.site?.id).toMatch(uuidPattern);
    expect(JSON.stringify(application)).not.toContain("whsec_second");
    const [createRequest] = emulator.server.requests({ method: "POST" });
    expect(JSON.parse(createRequest?.body ?? "")).toEqual({
      name: "Second shop",
      secret: "whsec_second",
      url: "https://second.example.com",
      callbackUrl: "https://second.example.com/webhooks/vaiipay",
      currencyWhitelist: ["USDT"],
      allowUnderpay: true,
    });

    const fetched = await dashboard.GET("/api/payment-applications/{id}", {
      params: { path: { id: application.id } },
    });
    expect(fetched.data.data).toEqual(application);
    expect(emulator.server.requests({ method: "GET" }).at(-1)?.path).toBe("/api/payment-applications/2");
  });

  it("the dashboard token also reaches the payment operations", async () => {
    const { emulator, dashboard } = harness;
    const byClientId = await dashboard.POST("/api/payment/checkout", {
      body: { ...order, clientId: emulator.clientId },
    });
    const bySiteId = await dashboard.POST("/api/payment/checkout", {
      body: { ...order, reference: "ORDER-124", siteId: emulator.siteId },
    });
    const paymentId = parseVaiiPayCheckoutUrl(bySiteId.data.data.checkoutUrl).paymentId;
    const { data } = await dashboard.GET("/api/payment/{paymentId}", { params: { path: { paymentId } } });
    expect(data.data.reference).toBe("ORDER-124");
    expect(byClientId.data.data.checkoutUrl).not.toBe(bySiteId.data.data.checkoutUrl);
    const instructions = await dashboard.GET("/api/payment/{paymentId}/provider/{provider}/method/{method}", {
      params: { path: { paymentId, provider: "crypto", method: "usdt" } },
    });
    expect(instructions.data.data?.amount).toBe("100.00000000");
  });
});

describe("payment status progression", () => {
  it("RECEIVED then completed, visible through getPayment", async () => {
    const { emulator, client, clock } = harness;
    const { paymentId } = await newPayment(harness);
    const read = async () =>
      (await client.GET("/api/payment/{paymentId}", { params: { path: { paymentId } } })).data.data;

    clock.advance(120_000);
    const received = emulator.receivePayment(paymentId);
    expect(received.event).toBe("payment.received");
    expect(await read()).toMatchObject({
      status: "RECEIVED",
      receivedAmount: { value: 100, amount: 10000, formatted: "$100.00" },
      settledAmount: null,
      foundAt: new Date(START + 120_000).toISOString(),
      confirmedAt: new Date(START + 120_000).toISOString(),
    });

    const completed = emulator.completePayment(paymentId);
    expect(completed.event).toBe("payment.completed");
    expect(completed.payment.status).toBe("RECEIVED");
    expect(await read()).toMatchObject({ status: "RECEIVED", settledAmount: { amount: 10000 } });
    expect(() => emulator.completePayment(paymentId)).toThrow(/already completed/);
  });

  it("UNDERPAID, then a top-up to RECEIVED", async () => {
    const { emulator, client } = harness;
    const { paymentId } = await newPayment(harness);
    expect(emulator.underpayPayment(paymentId, { amount: 9_000 }).payment).toMatchObject({
      status: "UNDERPAID",
      receivedAmount: { value: 90, amount: 9_000, formatted: "$90.00" },
    });
    expect(() => emulator.completePayment(paymentId)).toThrow(/complete needs RECEIVED/);
    emulator.receivePayment(paymentId, { amount: 10_000 });
    const { data } = await client.GET("/api/payment/{paymentId}", { params: { path: { paymentId } } });
    expect(data.data.status).toBe("RECEIVED");
    expect(() => emulator.underpayPayment(paymentId, { amount: 1 })).toThrow(/cannot become UNDERPAID/);
  });

  it("an application that allows underpayment completes an UNDERPAID payment", async () => {
    const { emulator } = harness;
    const application = emulator.addApplication({
      name: "Lenient",
      secret: "whsec_lenient",
      allowUnderpay: true,
    });
    emulator.addClientToken({
      token: "ct_lenient",
      clientId: application.clientId,
      scopes: ["payments.create"],
    });
    const client = harness.clientWith("ct_lenient", application.clientId);
    const { data } = await client.POST("/api/payment/checkout", { body: checkoutBody() });
    const { paymentId } = parseVaiiPayCheckoutUrl(data.data.checkoutUrl);
    emulator.underpayPayment(paymentId, { amount: 5_000 });
    const completed = emulator.completePayment(paymentId);
    expect(completed.payment).toMatchObject({ status: "UNDERPAID", settledAmount: { amount: 5_000 } });
  });
});
