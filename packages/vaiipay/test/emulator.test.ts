import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PermissionDeniedError, UnprocessableEntityError } from "../src/index";
import { createVaiiPayEmulator } from "../src/testing/index";
import { checkoutBody, type Harness, newPayment, order, rejection, START, startHarness } from "./helpers";

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => {
  await harness.close();
});

/** A raw request, to see what the emulator answers to callers our clients never produce. */
async function raw(path: string, init: { method?: string; token?: string; body?: unknown } = {}) {
  const response = await fetch(`${harness.emulator.url}${path}`, {
    method: init.method ?? "GET",
    headers: {
      Accept: "application/json",
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: response.status, body: await response.json() };
}

describe("authentication", () => {
  it("answers 401 without a token, 403 for a Client Token on dashboard routes, 200 on public ones", async () => {
    const { emulator } = harness;
    const { paymentId } = await newPayment(harness);
    expect(await raw(`/api/payment/${paymentId}`)).toEqual({
      status: 401,
      body: { message: "Unauthenticated" },
    });
    expect(await raw("/api/payment-applications")).toEqual({
      status: 401,
      body: { message: "Unauthenticated" },
    });
    expect(await raw("/api/payment-applications", { token: emulator.clientToken })).toEqual({
      status: 403,
      body: { message: "Insufficient permissions" },
    });
    expect((await raw(`/api/checkout/${paymentId}/payment-methods`)).status).toBe(200);
    expect((await raw(`/api/payment/${paymentId}`, { token: emulator.dashboardToken })).status).toBe(200);
  });

  it("accepts configured tokens and the `*` scope", async () => {
    const clientId = "c".repeat(32);
    await using emulator = await createVaiiPayEmulator({
      clientTokens: [
        { token: "ct_all", clientId, scopes: ["*"] },
        { token: "ct_get", clientId, scopes: ["payments.get"] },
      ],
      dashboardTokens: ["oauth_static"],
      webhookSecret: "whsec_configured",
    });
    expect(emulator.clientId).toBe(clientId);
    expect(emulator.clientToken).toBe("ct_all");
    expect(emulator.dashboardToken).toBe("oauth_static");
    expect(emulator.webhookSecret).toBe("whsec_configured");
    const created = await fetch(`${emulator.url}/api/payment/checkout`, {
      method: "POST",
      headers: { Authorization: "Bearer ct_all", "Content-Type": "application/json" },
      body: JSON.stringify({ ...order, clientId }),
    });
    expect(created.status).toBe(200);
    const refused = await fetch(`${emulator.url}/api/payment/checkout`, {
      method: "POST",
      headers: { Authorization: "Bearer ct_get", "Content-Type": "application/json" },
      body: JSON.stringify({ ...order, clientId }),
    });
    expect(refused.status).toBe(403);
    const applications = await fetch(`${emulator.url}/api/payment-applications`, {
      headers: { Authorization: "Bearer oauth_static" },
    });
    expect(((await applications.json()) as { data: unknown[] }).data).toHaveLength(1);
  });
});

describe("applications isolate Client Tokens", () => {
  it("a token of another application cannot create or read this application's payments", async () => {
    const { emulator } = harness;
    const other = emulator.addApplication({ name: "Other shop", secret: "whsec_other" });
    emulator.addClientToken({ token: "ct_other", clientId: other.clientId, scopes: ["*"] });
    const otherClient = harness.clientWith("ct_other", other.clientId);
    const { paymentId } = await newPayment(harness);
    await expect(
      otherClient.GET("/api/payment/{paymentId}", { params: { path: { paymentId } } }),
    ).rejects.toThrow("404 Payment not found.");
    const error = await rejection(
      otherClient.POST("/api/payment/checkout", { body: checkoutBody({ clientId: emulator.clientId }) }),
    );
    expect(error).toBeInstanceOf(PermissionDeniedError);
    const own = await otherClient.POST("/api/payment/checkout", { body: checkoutBody() });
    expect(own.data.data.checkoutUrl).toContain("/checkout/");
  });
});

describe("checkout validation", () => {
  it("answers 422 with a Laravel-style field map: first what the spec states, then the application", async () => {
    const { dashboard } = harness;
    const invalid = { amount: 10.5, currencyCode: 840, referenceLabel: "x" } as unknown as typeof order;
    const error = await rejection(
      dashboard.POST("/api/payment/checkout", { body: { ...invalid, clientId: "nope" } }),
    );
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).details).toEqual({
      amount: ["The amount field must be an integer."],
      currencyCode: ["The currency code field must be a string."],
      reference: ["The reference field is required."],
      clientId: ["The client id field must be at least 32 characters."],
    });
    expect((error as UnprocessableEntityError).body).toMatchObject({
      message: "The amount field must be an integer. (and 3 more errors)",
    });
    await expect(
      dashboard.POST("/api/payment/checkout", { body: { ...order, clientId: "n".repeat(32) } }),
    ).rejects.toThrow("422 The selected client id is invalid.");
  });

  it("requires clientId or siteId and an expiry in the future, which becomes the link's expiry", async () => {
    const { dashboard, emulator, clock } = harness;
    const missing = await raw("/api/payment/checkout", {
      method: "POST",
      token: emulator.dashboardToken,
      body: order,
    });
    expect(missing).toEqual({
      status: 422,
      body: {
        message: "The client id field is required when site id is not present.",
        errors: { clientId: ["The client id field is required when site id is not present."] },
      },
    });
    const both = await raw("/api/payment/checkout", {
      method: "POST",
      token: emulator.dashboardToken,
      body: { ...order, clientId: emulator.clientId, siteId: emulator.siteId },
    });
    expect(both.body.errors).toEqual({
      clientId: ["The client id field prohibits site id from being present."],
    });
    const past = new Date(START - 1_000).toISOString();
    await expect(
      dashboard.POST("/api/payment/checkout", {
        body: { ...order, expiresAt: past, siteId: emulator.siteId },
      }),
    ).rejects.toThrow("The expires at field must be a date after now.");
    const expiresAt = new Date(START + 600_000).toISOString();
    const { paymentId, link } = await newPayment(harness, { expiresAt });
    expect(link.query.expires).toBe((START + 600_000) / 1000);
    clock.advance(601_000);
    const page = await fetch(
      `${emulator.url}/checkout/${paymentId}?expires=${link.query.expires}&signature=${link.query.signature}`,
    );
    expect(page.status).toBe(403);
  });

  it("answers unknown routes and unavailable methods with 404", async () => {
    const { emulator, client } = harness;
    expect(await raw("/api/payments", { token: emulator.clientToken })).toEqual({
      status: 404,
      body: { message: "The route api/payments could not be found." },
    });
    const { paymentId } = await newPayment(harness);
    await expect(
      client.GET("/api/payment/{paymentId}/provider/{provider}/method/{method}", {
        params: { path: { paymentId, provider: "crypto", method: "doge" } },
      }),
    ).rejects.toThrow("404 Payment method not available.");
  });
});

describe("status helpers", () => {
  it("refuse impossible transitions", async () => {
    const { emulator } = harness;
    const { paymentId } = await newPayment(harness);
    expect(() => emulator.receivePayment(paymentId, { amount: 9_999 })).toThrow(/use underpayPayment/);
    expect(() => emulator.underpayPayment(paymentId, { amount: 10_000 })).toThrow(/between 1 and 9999/);
    expect(() => emulator.completePayment(paymentId)).toThrow(/is PENDING/);
    expect(() => emulator.receivePayment("missing")).toThrow(/no payment missing/);
    expect(emulator.getPayment("missing")).toBeUndefined();
  });

  it("sign webhooks with the payment's application secret", async () => {
    const { emulator } = harness;
    const application = emulator.addApplication({ name: "Signed shop", secret: "whsec_signed" });
    const { data } = await harness.dashboard.POST("/api/payment/checkout", {
      body: { ...order, clientId: application.clientId },
    });
    const paymentId = new URL(data.data.checkoutUrl).pathname.split("/").at(-1) ?? "";
    const { webhook } = emulator.receivePayment(paymentId);
    expect(webhook).toEqual(
      emulator.signWebhook("payment.received", webhook.body, { secret: "whsec_signed" }),
    );
    expect(webhook).not.toEqual(emulator.signWebhook("payment.received", webhook.body));
  });
});
