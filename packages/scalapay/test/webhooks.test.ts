import { createHmac } from "node:crypto";
import { webhookMisuse } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { type ScalapayWebhookEvent, verifyScalapayWebhook, WebhookVerificationError } from "../src/index";
import { authorizedOrder, type Harness, START, startHarness } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness?.emulator.close();
});

const event = {
  totalAmount: 40.7,
  status: "charged",
  orderToken: "3Q1W8D5KBS",
  merchantReference: "order-1001",
} as const;

async function rejectionOf(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
}

describe("emulator.signWebhook", () => {
  it("signs V1:{timestamp}:{body} with HMAC-SHA256 keyed with the API key (checked independently)", async () => {
    harness = await startHarness();
    const { headers, body } = harness.emulator.signWebhook(event);
    expect(body).toBe(JSON.stringify(event));
    expect(headers["x-scalapay-timestamp"]).toBe(String(START));
    const expected = createHmac("sha256", harness.emulator.apiKey)
      .update(`V1:${START}:${body}`)
      .digest("hex");
    expect(headers["x-scalapay-hmac-v1"]).toBe(expected);
  });

  it("builds the documented payload for an order: totalAmount as a number, orderDetails on created", async () => {
    harness = await startHarness();
    const token = await authorizedOrder(harness);
    expect(harness.emulator.webhookEvent(token)).toEqual({
      orderToken: token,
      merchantReference: "order-1001",
      status: "authorized",
      totalAmount: 190,
    });
  });
});

describe("verifyScalapayWebhook", () => {
  it("accepts a valid delivery and returns the typed event", async () => {
    harness = await startHarness();
    const token = await authorizedOrder(harness);
    const signed = harness.emulator.signWebhook(harness.emulator.webhookEvent(token));
    const verified: ScalapayWebhookEvent = await verifyScalapayWebhook({
      payload: signed.body,
      headers: signed.headers,
      apiKey: harness.emulator.apiKey,
      now: START,
    });
    expect(verified).toEqual({
      orderToken: token,
      merchantReference: "order-1001",
      status: "authorized",
      totalAmount: 190,
    });
  });

  it("rejects a tampered body", async () => {
    harness = await startHarness();
    const signed = harness.emulator.signWebhook(event);
    const tampered = signed.body.replace("40.7", "4070");
    const error = await rejectionOf(
      verifyScalapayWebhook({
        payload: tampered,
        headers: signed.headers,
        apiKey: harness.emulator.apiKey,
        now: START,
      }),
    );
    expect(error.message).toMatch(/signature/);
  });

  it("rejects a delivery signed with another key", async () => {
    harness = await startHarness();
    const signed = harness.emulator.signWebhook(event, { apiKey: "sp_someone_else" });
    await rejectionOf(
      verifyScalapayWebhook({
        payload: signed.body,
        headers: signed.headers,
        apiKey: harness.emulator.apiKey,
        now: START,
      }),
    );
    // …and the right key for it verifies, so the failure above is about the key alone.
    await expect(
      verifyScalapayWebhook({
        payload: signed.body,
        headers: signed.headers,
        apiKey: "sp_someone_else",
        now: START,
      }),
    ).resolves.toMatchObject({ status: "charged" });
  });

  it("rejects a timestamp more than 5 minutes old, accepts one exactly 5 minutes old", async () => {
    harness = await startHarness();
    const stale = harness.emulator.signWebhook(event, { timestamp: START - 300_001 });
    const error = await rejectionOf(
      verifyScalapayWebhook({
        payload: stale.body,
        headers: stale.headers,
        apiKey: harness.emulator.apiKey,
        now: START,
      }),
    );
    expect(error.message).toMatch(/stale/);
    const edge = harness.emulator.signWebhook(event, { timestamp: START - 300_000 });
    await expect(
      verifyScalapayWebhook({
        payload: edge.body,
        headers: edge.headers,
        apiKey: harness.emulator.apiKey,
        now: START,
      }),
    ).resolves.toMatchObject({ orderToken: "3Q1W8D5KBS" });
  });

  it("rejects a timestamp more than 5 minutes in the future", async () => {
    harness = await startHarness();
    const future = harness.emulator.signWebhook(event, { timestamp: START + 300_001 });
    const error = await rejectionOf(
      verifyScalapayWebhook({
        payload: future.body,
        headers: future.headers,
        apiKey: harness.emulator.apiKey,
        now: START,
      }),
    );
    expect(error.message).toMatch(/future/);
  });

  it("rejects deliveries with a missing signature or timestamp header", async () => {
    harness = await startHarness();
    const signed = harness.emulator.signWebhook(event);
    const { "x-scalapay-hmac-v1": _signature, ...noSignature } = signed.headers;
    const { "x-scalapay-timestamp": _timestamp, ...noTimestamp } = signed.headers;
    const apiKey = harness.emulator.apiKey;
    expect(
      (
        await rejectionOf(
          verifyScalapayWebhook({ payload: signed.body, headers: noSignature, apiKey, now: START }),
        )
      ).message,
    ).toMatch(/scalapay webhook: missing x-scalapay-hmac-v1 header/);
    expect(
      (
        await rejectionOf(
          verifyScalapayWebhook({ payload: signed.body, headers: noTimestamp, apiKey, now: START }),
        )
      ).message,
    ).toMatch(/x-scalapay-timestamp/);
  });

  it("reads mixed-case header names, from a record or a Headers object", async () => {
    harness = await startHarness();
    const signed = harness.emulator.signWebhook(event);
    const mixed = {
      "X-Scalapay-HMAC-V1": String(signed.headers["x-scalapay-hmac-v1"]),
      "X-SCALAPAY-TIMESTAMP": String(signed.headers["x-scalapay-timestamp"]),
    };
    const apiKey = harness.emulator.apiKey;
    await expect(
      verifyScalapayWebhook({ payload: signed.body, headers: mixed, apiKey, now: START }),
    ).resolves.toMatchObject({ status: "charged" });
    await expect(
      verifyScalapayWebhook({ payload: signed.body, headers: new Headers(mixed), apiKey, now: START }),
    ).resolves.toMatchObject({ status: "charged" });
  });

  it("accepts the raw body as a Buffer, a Uint8Array or an ArrayBuffer", async () => {
    harness = await startHarness();
    const signed = harness.emulator.signWebhook({ ...event, merchantReference: "ordine-è-€" });
    const apiKey = harness.emulator.apiKey;
    const bytes = new TextEncoder().encode(signed.body);
    for (const payload of [Buffer.from(signed.body, "utf8"), bytes, bytes.buffer]) {
      await expect(
        verifyScalapayWebhook({ payload, headers: signed.headers, apiKey, now: START }),
      ).resolves.toMatchObject({
        merchantReference: "ordine-è-€",
      });
    }
    const altered = Buffer.from(signed.body.replace("ordine", "Ordine"), "utf8");
    await rejectionOf(
      verifyScalapayWebhook({ payload: altered, headers: signed.headers, apiKey, now: START }),
    );
  });

  it("rejects a correctly signed body that is not a status event", async () => {
    harness = await startHarness();
    const apiKey = harness.emulator.apiKey;
    for (const body of ["not json", '{"orderToken":"X"}']) {
      const signed = harness.emulator.signWebhook(body);
      await rejectionOf(
        verifyScalapayWebhook({ payload: signed.body, headers: signed.headers, apiKey, now: START }),
      );
    }
  });
});

describe("what a verified body must be", () => {
  it("a signed body that is not an object with a string status says so", async () => {
    harness = await startHarness();
    const apiKey = harness.emulator.apiKey;
    for (const body of ["null", "5", '{"status":1}', "[]"]) {
      const signed = harness.emulator.signWebhook(body);
      const error = await rejectionOf(
        verifyScalapayWebhook({ payload: signed.body, headers: signed.headers, apiKey, now: START }),
      );
      expect(error.message).toBe("scalapay webhook: payload has no status");
    }
  });

  it("a missing API key, or no options at all, is a ConfigurationError naming the apiKey option", async () => {
    await expect(verifyScalapayWebhook({ payload: "{}", headers: {}, apiKey: "" })).rejects.toThrow(
      "scalapay webhook: the apiKey option is required",
    );
    await expect(verifyScalapayWebhook(undefined as never)).rejects.toThrow("the apiKey option is required");
  });
});

describe("raw bytes", () => {
  it("verifies over the exact bytes received, even with a leading BOM", async () => {
    const key = "qhtfs87hjnc12kkos";
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(event))]);
    const timestamp = String(Date.now());
    const signature = createHmac("sha256", key)
      .update(Buffer.concat([Buffer.from(`V1:${timestamp}:`), body]))
      .digest("hex");
    const headers = { "x-scalapay-hmac-v1": signature, "x-scalapay-timestamp": timestamp };
    await expect(
      verifyScalapayWebhook({ payload: new Uint8Array(body), headers, apiKey: key }),
    ).resolves.toMatchObject({
      status: "charged",
    });
    await expect(
      verifyScalapayWebhook({ payload: body.subarray(3), headers, apiKey: key }),
    ).rejects.toBeInstanceOf(WebhookVerificationError);
  });
});

describe("misuse", () => {
  it("a parsed or missing body or missing headers is a ConfigurationError that asks for the raw request", async () => {
    const outcomes = await webhookMisuse("scalapay", verifyScalapayWebhook, {
      payload: "{}",
      headers: {},
      apiKey: "key_1234",
    });
    for (const { label, name, message, expected } of outcomes) {
      expect([label, name, message]).toEqual([label, "ConfigurationError", expect.stringMatching(expected)]);
    }
  });
});
