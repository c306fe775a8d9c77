import { createHmac } from "node:crypto";
import { webhookMisuse } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { type ScalapayWebhook, verifyScalapayWebhook, WebhookVerificationError } from "../src/index";
import { signScalapayWebhook } from "../src/testing/index";
import { authorizedOrder, type Harness, START, startHarness } from "./helpers";

let harness: Harness;
const clock = { now: () => START };
afterEach(async () => {
  await harness?.close();
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

describe("signScalapayWebhook (the scheme's one definition, beside the verifier)", () => {
  const secret = "sp_live_key";
  const sign = (options: { timestamp?: number; secret?: string } = {}) =>
    signScalapayWebhook({ event, secret, timestamp: START, ...options });

  it("round trip: what it signs verifies, typed by status, with the timestamp in epoch ms", async () => {
    const signed = await sign();
    expect(signed.headers["x-scalapay-timestamp"]).toBe(String(START));
    const verified = await verifyScalapayWebhook({
      payload: signed.body,
      headers: signed.headers,
      secret,
      clock,
    });
    expect(verified).toEqual({ type: "charged", event, timestamp: START });
  });

  it("each documented status verifies typed as itself", async () => {
    const types: string[] = [];
    for (const status of ["created", "authorized", "charged", "refunded", "expired"]) {
      const signed = await signScalapayWebhook({ event: { ...event, status }, secret, timestamp: START });
      types.push(
        (await verifyScalapayWebhook({ payload: signed.body, headers: signed.headers, secret, clock })).type,
      );
    }
    expect(types).toEqual(["created", "authorized", "charged", "refunded", "expired"]);
  });

  it("a tampered body, a wrong secret and a stale timestamp are each a WebhookVerificationError", async () => {
    const signed = await sign();
    const verify = (payload: string, key: string) =>
      verifyScalapayWebhook({ payload, headers: signed.headers, secret: key, clock });
    expect((await rejectionOf(verify(signed.body.replace("40.7", "4070"), secret))).message).toBe(
      "scalapay webhook: signature mismatch",
    );
    expect((await rejectionOf(verify(signed.body, "sp_other_key"))).message).toBe(
      "scalapay webhook: signature mismatch",
    );
    const stale = await sign({ timestamp: START - 300_001 });
    const error = await rejectionOf(
      verifyScalapayWebhook({ payload: stale.body, headers: stale.headers, secret, clock }),
    );
    expect(error.message).toBe("scalapay webhook: timestamp outside the tolerance of 300 s (stale)");
    await expect(
      verifyScalapayWebhook({
        payload: stale.body,
        headers: stale.headers,
        secret,
        clock,
        toleranceSeconds: 301,
      }),
    ).resolves.toMatchObject({ type: "charged" });
    for (const caught of [error]) expect(JSON.stringify(caught) + String(caught.stack)).not.toContain(secret);
  });

  it("an undocumented status verifies as type unknown with the status as sent (Scalapay says the list may grow)", async () => {
    const signed = await signScalapayWebhook({
      event: { ...event, status: "disputed" },
      secret,
      timestamp: START,
    });
    await expect(
      verifyScalapayWebhook({ payload: signed.body, headers: signed.headers, secret, clock }),
    ).resolves.toEqual({
      type: "unknown",
      eventType: "disputed",
      event: { ...event, status: "disputed" },
      timestamp: START,
    });
  });
});

describe("verifyScalapayWebhook", () => {
  it("accepts a valid delivery and returns the typed event", async () => {
    harness = await startHarness();
    const token = await authorizedOrder(harness);
    const signed = harness.emulator.signWebhook(harness.emulator.webhookEvent(token));
    const verified: ScalapayWebhook = await verifyScalapayWebhook({
      payload: signed.body,
      headers: signed.headers,
      secret: harness.emulator.apiKey,
      clock,
    });
    expect(verified).toEqual({
      type: "authorized",
      event: { orderToken: token, merchantReference: "order-1001", status: "authorized", totalAmount: 190 },
      timestamp: START,
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
        secret: harness.emulator.apiKey,
        clock,
      }),
    );
    expect(error.message).toMatch(/signature/);
  });

  it("rejects a delivery signed with another key", async () => {
    harness = await startHarness();
    const signed = harness.emulator.signWebhook(event, { secret: "sp_someone_else" });
    await rejectionOf(
      verifyScalapayWebhook({
        payload: signed.body,
        headers: signed.headers,
        secret: harness.emulator.apiKey,
        clock,
      }),
    );
    // …and the right key for it verifies, so the failure above is about the key alone.
    await expect(
      verifyScalapayWebhook({
        payload: signed.body,
        headers: signed.headers,
        secret: "sp_someone_else",
        clock,
      }),
    ).resolves.toMatchObject({ type: "charged", event: { status: "charged" } });
  });

  it("rejects a timestamp more than 5 minutes old, accepts one exactly 5 minutes old", async () => {
    harness = await startHarness();
    const stale = harness.emulator.signWebhook(event, { timestamp: START - 300_001 });
    const error = await rejectionOf(
      verifyScalapayWebhook({
        payload: stale.body,
        headers: stale.headers,
        secret: harness.emulator.apiKey,
        clock,
      }),
    );
    expect(error.message).toMatch(/stale/);
    const edge = harness.emulator.signWebhook(event, { timestamp: START - 300_000 });
    await expect(
      verifyScalapayWebhook({
        payload: edge.body,
        headers: edge.headers,
        secret: harness.emulator.apiKey,
        clock,
      }),
    ).resolves.toMatchObject({ event: { orderToken: "3Q1W8D5KBS" } });
  });

  it("rejects a timestamp more than 5 minutes in the future", async () => {
    harness = await startHarness();
    const future = harness.emulator.signWebhook(event, { timestamp: START + 300_001 });
    const error = await rejectionOf(
      verifyScalapayWebhook({
        payload: future.body,
        headers: future.headers,
        secret: harness.emulator.apiKey,
        clock,
      }),
    );
    expect(error.message).toMatch(/future/);
  });

  it("rejects deliveries with a missing signature or timestamp header", async () => {
    harness = await startHarness();
    const signed = harness.emulator.signWebhook(event);
    const { "x-scalapay-hmac-v1": _signature, ...noSignature } = signed.headers;
    const { "x-scalapay-timestamp": _timestamp, ...noTimestamp } = signed.headers;
    const secret = harness.emulator.apiKey;
    expect(
      (
        await rejectionOf(
          verifyScalapayWebhook({ payload: signed.body, headers: noSignature, secret, clock }),
        )
      ).message,
    ).toMatch(/scalapay webhook: missing x-scalapay-hmac-v1 header/);
    expect(
      (
        await rejectionOf(
          verifyScalapayWebhook({ payload: signed.body, headers: noTimestamp, secret, clock }),
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
    const secret = harness.emulator.apiKey;
    await expect(
      verifyScalapayWebhook({ payload: signed.body, headers: mixed, secret, clock }),
    ).resolves.toMatchObject({ type: "charged", event: { status: "charged" } });
    await expect(
      verifyScalapayWebhook({ payload: signed.body, headers: new Headers(mixed), secret, clock }),
    ).resolves.toMatchObject({ type: "charged", event: { status: "charged" } });
  });

  it("accepts the raw body as a Buffer, a Uint8Array or an ArrayBuffer", async () => {
    harness = await startHarness();
    const signed = harness.emulator.signWebhook({ ...event, merchantReference: "ordine-è-€" });
    const secret = harness.emulator.apiKey;
    const bytes = new TextEncoder().encode(signed.body);
    for (const payload of [Buffer.from(signed.body, "utf8"), bytes, bytes.buffer]) {
      await expect(
        verifyScalapayWebhook({ payload, headers: signed.headers, secret, clock }),
      ).resolves.toMatchObject({ event: { merchantReference: "ordine-è-€" } });
    }
    const altered = Buffer.from(signed.body.replace("ordine", "Ordine"), "utf8");
    await rejectionOf(verifyScalapayWebhook({ payload: altered, headers: signed.headers, secret, clock }));
  });

  it("rejects a correctly signed body that is not a status event", async () => {
    harness = await startHarness();
    const secret = harness.emulator.apiKey;
    for (const body of ["not json", '{"orderToken":"X"}']) {
      const signed = harness.emulator.signWebhook(body);
      await rejectionOf(
        verifyScalapayWebhook({ payload: signed.body, headers: signed.headers, secret, clock }),
      );
    }
  });
});

describe("what a verified body must be", () => {
  it("a signed body that is not an object with a string status says so", async () => {
    harness = await startHarness();
    const secret = harness.emulator.apiKey;
    for (const body of ["null", "5", '{"status":1}', "[]"]) {
      const signed = harness.emulator.signWebhook(body);
      const error = await rejectionOf(
        verifyScalapayWebhook({ payload: signed.body, headers: signed.headers, secret, clock }),
      );
      expect(error.message).toBe("scalapay webhook: payload has no status");
    }
  });

  it("a missing secret (the API key), or no options at all, is a ConfigurationError naming the secret option", async () => {
    await expect(verifyScalapayWebhook({ payload: "{}", headers: {}, secret: "" })).rejects.toThrow(
      "scalapay webhook: the secret option is required",
    );
    await expect(verifyScalapayWebhook(undefined as never)).rejects.toThrow("the secret option is required");
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
      verifyScalapayWebhook({ payload: new Uint8Array(body), headers, secret: key }),
    ).resolves.toMatchObject({ type: "charged", event: { status: "charged" } });
    await expect(
      verifyScalapayWebhook({ payload: body.subarray(3), headers, secret: key }),
    ).rejects.toBeInstanceOf(WebhookVerificationError);
  });
});

describe("misuse", () => {
  it("a parsed or missing body or missing headers is a ConfigurationError that asks for the raw request", async () => {
    const outcomes = await webhookMisuse("scalapay", verifyScalapayWebhook, {
      payload: "{}",
      headers: {},
      secret: "key_1234",
    });
    for (const { label, name, message, expected } of outcomes) {
      expect([label, name, message]).toEqual([label, "ConfigurationError", expect.stringMatching(expected)]);
    }
  });
});
