import { createEmulatorServer, json, webhookMisuse } from "@payclients/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ConfigurationError,
  type VaiiPayWebhook,
  verifyVaiiPayWebhook,
  WebhookVerificationError,
} from "../src/index";
import { type SignedVaiiPayWebhook, signVaiiPayWebhook } from "../src/testing/index";
import { type Harness, newPayment, rejection, START, startHarness } from "./helpers";

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => {
  await harness.close();
});

const nowMs = START;
const at = (ms: number) => ({ now: () => ms });
const verify = (
  webhook: SignedVaiiPayWebhook,
  overrides: Partial<Parameters<typeof verifyVaiiPayWebhook>[0]> = {},
) =>
  verifyVaiiPayWebhook({
    payload: webhook.body,
    headers: webhook.headers,
    secret: harness.emulator.webhookSecret,
    clock: { now: () => nowMs },
    ...overrides,
  });

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as Error).message;
}

describe("signVaiiPayWebhook (the scheme's one definition, beside the verifier)", () => {
  const secret = "whsec_app";
  const event = { payment: { id: "p1", status: "RECEIVED" } };
  const sign = (timestamp = nowMs) =>
    signVaiiPayWebhook({ type: "payment.received", event, secret, timestamp });

  it("round trip: what it signs verifies, typed by the event header, with the timestamp in epoch ms", async () => {
    const signed = await sign();
    expect(signed.headers["X-PaymentService-Timestamp"]).toBe(String(nowMs / 1000));
    await expect(verify(signed, { secret })).resolves.toEqual({
      type: "payment.received",
      event,
      timestamp: nowMs,
    });
  });

  it("a tampered body, a wrong secret and a stale timestamp are each a WebhookVerificationError", async () => {
    const signed = await sign();
    expect(await failure(verify(signed, { secret, payload: signed.body.replace("p1", "p2") }))).toBe(
      "vaiipay webhook: signature mismatch",
    );
    expect(await failure(verify(signed, { secret: "whsec_other" }))).toBe(
      "vaiipay webhook: signature mismatch",
    );
    expect(await failure(verify(await sign(nowMs - 301_000), { secret }))).toBe(
      "vaiipay webhook: timestamp outside the tolerance of 300 s (stale)",
    );
    const error = await rejection(verify(signed, { secret: "whsec_other" }));
    expect(String((error as Error).stack) + JSON.stringify(error)).not.toContain("whsec_");
  });
});

describe("verifyVaiiPayWebhook", () => {
  it("accepts the three documented events and types them by the event header", async () => {
    const { emulator } = harness;
    const first = await newPayment(harness);
    const second = await newPayment(harness, { reference: "ORDER-124" });
    const deliveries = [
      emulator.receivePayment(first.paymentId),
      emulator.completePayment(first.paymentId),
      emulator.underpayPayment(second.paymentId, { amount: 2_500 }),
    ];
    const events: VaiiPayWebhook[] = [];
    for (const delivery of deliveries) events.push(await verify(delivery.webhook));
    expect(events.map((event) => event.type)).toEqual([
      "payment.received",
      "payment.completed",
      "payment.underpaid",
    ]);
    const [received, completed, underpaid] = events;
    expect(received).toMatchObject({
      timestamp: START,
      event: { payment: { id: first.paymentId, status: "RECEIVED", receivedAmount: { amount: 10_000 } } },
    });
    if (completed?.type !== "payment.completed") throw new Error("expected payment.completed");
    expect(completed.event.payment.settledAmount?.amount).toBe(10_000);
    expect(underpaid).toMatchObject({ event: { payment: { id: second.paymentId, status: "UNDERPAID" } } });
  });

  it("signs {timestamp}.{raw body} with the application secret, as documented", async () => {
    const { emulator } = harness;
    const webhook = emulator.signWebhook("payment.received", '{"payment":{"id":"p1","status":"RECEIVED"}}', {
      timestamp: 1706356245,
      secret: "your_webhook_secret",
    });
    // printf '%s' '1706356245.{"payment":{"id":"p1","status":"RECEIVED"}}' | openssl dgst -sha256 -hmac your_webhook_secret
    expect(webhook.headers).toEqual({
      "content-type": "application/json",
      "X-PaymentService-Event": "payment.received",
      "X-PaymentService-Timestamp": "1706356245",
      "X-PaymentService-Signature": "2a99b10ccf1fab7df377933b3b3a4b4566f99eac68571f2c466377531939c629",
    });
    const event = await verifyVaiiPayWebhook({
      payload: webhook.body,
      headers: webhook.headers,
      secret: "your_webhook_secret",
      clock: at(1706356245_000),
    });
    expect(event).toMatchObject({
      type: "payment.received",
      timestamp: 1706356245_000,
      event: { payment: { id: "p1" } },
    });
  });

  it("accepts raw bytes, a Headers object and upper-case hex", async () => {
    const { emulator } = harness;
    const { paymentId } = await newPayment(harness);
    const { webhook } = emulator.receivePayment(paymentId);
    const headers = new Headers(webhook.headers);
    headers.set(
      "X-PaymentService-Signature",
      webhook.headers["X-PaymentService-Signature"]?.toUpperCase() ?? "",
    );
    const bytes = new TextEncoder().encode(webhook.body);
    await expect(verify(webhook, { payload: bytes, headers })).resolves.toMatchObject({
      type: "payment.received",
    });
    await expect(verify(webhook, { payload: bytes.buffer })).resolves.toMatchObject({
      type: "payment.received",
    });
    const lower = Object.fromEntries(
      Object.entries(webhook.headers).map(([name, value]) => [name.toLowerCase(), value]),
    );
    await expect(verify(webhook, { headers: lower })).resolves.toMatchObject({
      event: { payment: { id: paymentId } },
    });
  });

  it("rejects a tampered body and a wrong secret", async () => {
    const { emulator } = harness;
    const { paymentId } = await newPayment(harness);
    const { webhook } = emulator.receivePayment(paymentId);
    const tampered = webhook.body.replace('"amount":10000', '"amount":99999');
    expect(tampered).not.toBe(webhook.body);
    expect(await failure(verify(webhook, { payload: tampered }))).toBe("vaiipay webhook: signature mismatch");
    expect(await failure(verify(webhook, { secret: "whsec_other" }))).toBe(
      "vaiipay webhook: signature mismatch",
    );
    const retimed = { ...webhook.headers, "X-PaymentService-Timestamp": String(START / 1000 + 1) };
    expect(await failure(verify(webhook, { headers: retimed }))).toBe("vaiipay webhook: signature mismatch");
  });

  it("rejects stale and future deliveries outside the tolerance (default 5 minutes)", async () => {
    const { emulator } = harness;
    const webhook = emulator.signWebhook("payment.received", { payment: { id: "p1", status: "RECEIVED" } });
    await expect(verify(webhook, { clock: at(nowMs + 300_000) })).resolves.toMatchObject({
      type: "payment.received",
    });
    expect(await failure(verify(webhook, { clock: at(nowMs + 301_000) }))).toBe(
      "vaiipay webhook: timestamp outside the tolerance of 300 s (stale)",
    );
    expect(await failure(verify(webhook, { clock: at(nowMs - 301_000) }))).toBe(
      "vaiipay webhook: timestamp outside the tolerance of 300 s (in the future)",
    );
    await expect(
      verify(webhook, { clock: at(nowMs + 3_600_000), toleranceSeconds: 3600 }),
    ).resolves.toMatchObject({
      type: "payment.received",
    });
    expect(await failure(verify(webhook, { clock: at(nowMs + 61_000), toleranceSeconds: 60 }))).toContain(
      "(stale)",
    );
  });

  it("rejects missing or malformed headers", async () => {
    const { emulator } = harness;
    const webhook = emulator.signWebhook("payment.received", { payment: { id: "p1", status: "RECEIVED" } });
    const without = (name: string) =>
      Object.fromEntries(Object.entries(webhook.headers).filter(([header]) => header !== name));
    expect(await failure(verify(webhook, { headers: without("X-PaymentService-Event") }))).toBe(
      "vaiipay webhook: missing X-PaymentService-Event header",
    );
    expect(await failure(verify(webhook, { headers: without("X-PaymentService-Timestamp") }))).toBe(
      "vaiipay webhook: missing or invalid X-PaymentService-Timestamp header (Unix seconds)",
    );
    expect(await failure(verify(webhook, { headers: without("X-PaymentService-Signature") }))).toBe(
      "vaiipay webhook: missing X-PaymentService-Signature header",
    );
    expect(
      await failure(
        verify(webhook, {
          headers: { ...webhook.headers, "X-PaymentService-Timestamp": "2024-01-27T10:00:00Z" },
        }),
      ),
    ).toContain("invalid X-PaymentService-Timestamp");
    expect(await failure(verify(webhook, { headers: {} }))).toContain("missing X-PaymentService-Event");
  });

  it("rejects signed bodies that are not JSON or lack the payment", async () => {
    const { emulator } = harness;
    expect(await failure(verify(emulator.signWebhook("payment.completed", "not json")))).toBe(
      "vaiipay webhook: webhook body is not valid JSON",
    );
    expect(await failure(verify(emulator.signWebhook("payment.completed", { order: {} })))).toBe(
      "vaiipay webhook: payment.completed payload has no payment with id and status",
    );
    for (const body of ["null", { payment: { id: "p1" } }, { payment: { status: "PAID" } }]) {
      expect(await failure(verify(emulator.signWebhook("payment.completed", body as never)))).toBe(
        "vaiipay webhook: payment.completed payload has no payment with id and status",
      );
    }
  });

  it("reads the event header trimmed", async () => {
    const { emulator } = harness;
    const webhook = emulator.signWebhook("payment.received", { payment: { id: "p1", status: "RECEIVED" } });
    const headers = { ...webhook.headers, "X-PaymentService-Event": "  payment.received  " };
    await expect(verify(webhook, { headers })).resolves.toMatchObject({ type: "payment.received" });
  });

  it("no options at all is a ConfigurationError", async () => {
    await expect(verifyVaiiPayWebhook(undefined as never)).rejects.toBeInstanceOf(ConfigurationError);
    await expect(verifyVaiiPayWebhook({ payload: "{}" } as never)).rejects.toBeInstanceOf(ConfigurationError);
  });

  it("returns authentic deliveries of undocumented events as `unknown`", async () => {
    const { emulator } = harness;
    const webhook = emulator.signWebhook("payment.expired", { payment: { id: "p1", status: "EXPIRED" } });
    expect(await verify(webhook)).toEqual({
      type: "unknown",
      eventType: "payment.expired",
      timestamp: START,
      event: { payment: { id: "p1", status: "EXPIRED" } },
    });
  });

  it("does not authenticate the event header (the documented scheme signs only timestamp and body)", async () => {
    const { emulator } = harness;
    const { paymentId } = await newPayment(harness);
    const { webhook } = emulator.receivePayment(paymentId);
    const relabelled = { ...webhook.headers, "X-PaymentService-Event": "payment.completed" };
    await expect(verify(webhook, { headers: relabelled })).resolves.toMatchObject({
      type: "payment.completed",
    });
  });

  it("requires the secret", async () => {
    const { emulator } = harness;
    const webhook = emulator.signWebhook("payment.received", { payment: { id: "p1", status: "RECEIVED" } });
    await expect(verify(webhook, { secret: "" })).rejects.toThrow(
      new ConfigurationError("vaiipay webhook: the secret option is required"),
    );
  });
});

describe("delivering webhooks to a handler over HTTP", () => {
  it("the emulator POSTs signed deliveries that a handler verifies from the raw body", async () => {
    const { emulator } = harness;
    const received: string[] = [];
    await using receiver = await createEmulatorServer();
    receiver.route("POST", "/webhooks/vaiipay", async (request) => {
      try {
        const event = await verifyVaiiPayWebhook({
          payload: request.rawBody,
          headers: request.headers,
          secret: emulator.webhookSecret,
          clock: emulator.clock,
        });
        received.push(event.type);
        return json(200, { received: true });
      } catch (error) {
        return json(400, { error: (error as Error).message });
      }
    });
    const { paymentId } = await newPayment(harness);
    const { webhook } = emulator.receivePayment(paymentId);
    expect(await emulator.deliverWebhook(webhook, `${receiver.url}/webhooks/vaiipay`)).toBe(200);
    const forged = { ...webhook, body: webhook.body.replace("RECEIVED", "UNDERPAID") };
    expect(await emulator.deliverWebhook(forged, `${receiver.url}/webhooks/vaiipay`)).toBe(400);
    expect(received).toEqual(["payment.received"]);
    const [delivery] = receiver.requests();
    expect(delivery?.headers["x-paymentservice-event"]).toBe("payment.received");
    expect(delivery?.headers["content-type"]).toBe("application/json");
    expect(delivery?.body).toBe(webhook.body);
  });
});

describe("misuse", () => {
  it("a parsed or missing body or missing headers is a ConfigurationError that asks for the raw request", async () => {
    const outcomes = await webhookMisuse("vaiipay", verifyVaiiPayWebhook, {
      payload: "{}",
      headers: {},
      secret: "whsec_1234",
    });
    for (const { label, name, message, expected } of outcomes) {
      expect([label, name, message]).toEqual([label, "ConfigurationError", expect.stringMatching(expected)]);
    }
  });
});
