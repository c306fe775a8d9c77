import { createEmulatorServer, json, webhookMisuse } from "@payclients/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigurationError, verifySqalaWebhook, WebhookVerificationError } from "../src/index";
import { signSqalaWebhook } from "../src/testing/index";
import { type Harness, rejection, startHarness } from "./helpers";

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => {
  await harness.close();
});

const secret = "a".repeat(64);
/** The emulator's synchronous signer (the same scheme as `signSqalaWebhook`). */
const signed = (event: string, data: unknown, key: string) => harness.emulator.signWebhook(event, data, key);
const withdrawal = {
  id: "0b4c7a0e-8d2f-4d0a-9a53-3f6c2b1f7e11",
  amount: 100,
  status: "PAID",
  failedReason: null,
};

async function paidCharge(): Promise<string> {
  const { client, emulator } = harness;
  const { data } = await client.POST("/pix-qrcode-payments", { body: { amount: 990 } });
  emulator.payPixCharge(data.id);
  return emulator.webhooks().at(-1)?.body ?? "";
}

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as Error).message;
}

describe("verifySqalaWebhook", () => {
  it("accepts an event the emulator emitted and returns it typed", async () => {
    const body = await paidCharge();
    const delivery = await verifySqalaWebhook({ payload: body, secret: harness.emulator.webhookSecret });
    expect(delivery.type).toBe("payment.paid");
    if (delivery.type !== "payment.paid") throw new Error("unreachable");
    expect(delivery.id).toBe(JSON.parse(body).id);
    const { event } = delivery;
    expect(event.data).toMatchObject({ amount: 990, status: "PAID" });
    expect(event.object.type).toBe("PixQrCodePayment");
    expect(Object.keys(JSON.parse(body))).toEqual(["id", "event", "object", "signature", "data"]);
  });

  it("verifies the signature over JSON.stringify(data), the documented HMAC", async () => {
    const body = signed("withdrawal.created", withdrawal, secret);
    const parsed = JSON.parse(body) as { signature: string };
    const { createHmac } = await import("node:crypto");
    expect(parsed.signature).toBe(
      createHmac("sha256", secret).update(JSON.stringify(withdrawal)).digest("hex"),
    );
    const event = await verifySqalaWebhook({ payload: new TextEncoder().encode(body), secret });
    expect(event).toMatchObject({
      type: "withdrawal.created",
      event: { event: "withdrawal.created", object: { id: withdrawal.id, type: "Withdrawal" } },
    });
    const buffer = new TextEncoder().encode(body).buffer as ArrayBuffer;
    await expect(verifySqalaWebhook({ payload: buffer, secret })).resolves.toMatchObject({
      event: { data: withdrawal },
    });
  });

  it("rejects tampered data", async () => {
    const body = (await paidCharge()).replace('"amount":990', '"amount":99000');
    expect(await failure(verifySqalaWebhook({ payload: body, secret: harness.emulator.webhookSecret }))).toBe(
      "sqala webhook: signature mismatch",
    );
  });

  it("rejects a tampered signature", async () => {
    const body = JSON.parse(signed("withdrawal.failed", withdrawal, secret)) as Record<string, unknown>;
    const signature = String(body.signature);
    body.signature = `${signature.slice(0, -1)}${signature.endsWith("0") ? "1" : "0"}`;
    expect(await failure(verifySqalaWebhook({ payload: JSON.stringify(body), secret }))).toBe(
      "sqala webhook: signature mismatch",
    );
  });

  it("rejects a delivery signed with another secret", async () => {
    const body = signed("withdrawal.failed", withdrawal, "b".repeat(64));
    expect(await failure(verifySqalaWebhook({ payload: body, secret }))).toBe(
      "sqala webhook: signature mismatch",
    );
  });

  it("rejects a body without a signature, without data, or that is not a JSON object", async () => {
    const { signature: _, ...unsigned } = JSON.parse(signed("payment.paid", withdrawal, secret));
    expect(await failure(verifySqalaWebhook({ payload: JSON.stringify(unsigned), secret }))).toBe(
      "sqala webhook: missing signature",
    );
    const { data: __, ...empty } = JSON.parse(signed("payment.paid", withdrawal, secret));
    expect(await failure(verifySqalaWebhook({ payload: JSON.stringify(empty), secret }))).toMatch(/no data/);
    expect(await failure(verifySqalaWebhook({ payload: "{not json", secret }))).toMatch(/not valid JSON/);
    expect(await failure(verifySqalaWebhook({ payload: "[1,2]", secret }))).toMatch(/not a JSON object/);
    const nameless = JSON.parse(signed("payment.paid", withdrawal, secret));
    delete nameless.event;
    expect(await failure(verifySqalaWebhook({ payload: JSON.stringify(nameless), secret }))).toMatch(
      /no event/,
    );
  });

  it("depends on the re-serialization of data, not on the raw bytes (whitespace is irrelevant, key order is not)", async () => {
    const body = JSON.parse(signed("withdrawal.created", withdrawal, secret));
    await expect(
      verifySqalaWebhook({ payload: JSON.stringify(body, null, 2), secret }),
    ).resolves.toMatchObject({ type: "withdrawal.created" });
    const reordered = {
      ...body,
      data: { amount: 100, id: withdrawal.id, status: "PAID", failedReason: null },
    };
    expect(await failure(verifySqalaWebhook({ payload: JSON.stringify(reordered), secret }))).toBe(
      "sqala webhook: signature mismatch",
    );
  });

  it("requires a secret", async () => {
    await expect(verifySqalaWebhook({ payload: "{}", secret: "" })).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    await expect(verifySqalaWebhook({ payload: "{}", secret: "" })).rejects.toThrow(
      "sqala webhook: the secret option is required",
    );
    await expect(verifySqalaWebhook(undefined as never)).rejects.toBeInstanceOf(ConfigurationError);
  });

  it("a body that is not an object, or a signature that is not a string, fails verification", async () => {
    for (const payload of ["null", "5", '"text"']) {
      expect(await failure(verifySqalaWebhook({ payload, secret }))).toMatch(/not a JSON object/);
    }
    const numeric = { ...JSON.parse(signed("payment.paid", withdrawal, secret)), signature: 5 };
    expect(await failure(verifySqalaWebhook({ payload: JSON.stringify(numeric), secret }))).toBe(
      "sqala webhook: missing signature",
    );
  });
});

describe("signSqalaWebhook (the scheme's one definition, beside the verifier)", () => {
  it("round trip: what it signs verifies, typed by event name, with the webhook id", async () => {
    const object = { id: withdrawal.id, type: "Withdrawal" };
    const signed = await signSqalaWebhook({
      type: "withdrawal.failed",
      data: withdrawal,
      secret,
      id: "wh_1",
      object,
    });
    // WebCrypto here, Node's HMAC in the emulator: one scheme, the same bytes.
    expect(signed.body).toBe(
      harness.emulator.signWebhook("withdrawal.failed", withdrawal, secret, { id: "wh_1" }),
    );
    const delivery = await verifySqalaWebhook({ payload: signed.body, headers: signed.headers, secret });
    expect(delivery).toEqual({ type: "withdrawal.failed", event: JSON.parse(signed.body), id: "wh_1" });
  });

  it("a tampered body or a wrong secret is a WebhookVerificationError (Sqala signs no time: no stale case)", async () => {
    const signed = await signSqalaWebhook({ type: "withdrawal.failed", data: withdrawal, secret });
    for (const [payload, key] of [
      [signed.body.replace('"amount":100', '"amount":1000'), secret],
      [signed.body, "b".repeat(64)],
    ] as const) {
      const error = await rejection(verifySqalaWebhook({ payload, secret: key }));
      expect(error).toBeInstanceOf(WebhookVerificationError);
      expect((error as Error).message).toBe("sqala webhook: signature mismatch");
      expect(String((error as Error).stack) + JSON.stringify(error)).not.toContain(key);
    }
  });

  it("sends JSON, and names the object by the data's string id (or an empty one when the data has none)", async () => {
    const objectOf = async (data: unknown) =>
      JSON.parse((await signSqalaWebhook({ type: "withdrawal.failed", data, secret })).body).object;
    const signed = await signSqalaWebhook({ type: "withdrawal.failed", data: withdrawal, secret });
    expect(signed.headers).toEqual({ "content-type": "application/json" });
    expect(await objectOf(withdrawal)).toEqual({ id: withdrawal.id });
    expect(await objectOf({ id: 42 })).toEqual({ id: "" });
    expect(await objectOf(null)).toEqual({ id: "" });
  });

  it("a correctly signed body without a webhook id says so", async () => {
    const signed = await signSqalaWebhook({
      type: "withdrawal.failed",
      data: withdrawal,
      secret,
      id: undefined,
    });
    const body = JSON.parse(signed.body);
    delete body.id;
    const error = await rejection(verifySqalaWebhook({ payload: JSON.stringify(body), secret }));
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as Error).message).toBe("sqala webhook: body has no webhook id");
  });

  it("an event name the spec does not list verifies as type unknown with the name as sent", async () => {
    const signed = await signSqalaWebhook({ type: "refund.created", data: withdrawal, secret, id: "wh_2" });
    await expect(verifySqalaWebhook({ payload: signed.body, secret })).resolves.toEqual({
      type: "unknown",
      eventType: "refund.created",
      event: JSON.parse(signed.body),
      id: "wh_2",
    });
  });
});

describe("emulator deliveries", () => {
  it("POSTs signed events to webhookUrl and records each attempt in the webhook log", async () => {
    await using receiver = await createEmulatorServer();
    let answer = 500;
    receiver.route("POST", "/hooks", () => json(answer, { ok: answer === 200 }));
    await harness.close();
    harness = await startHarness({ webhookUrl: `${receiver.url}/hooks` });
    const { client, emulator } = harness;

    const { data: charge } = await client.POST("/pix-qrcode-payments", { body: { amount: 100 } });
    emulator.payPixCharge(charge.id);
    await emulator.flushWebhooks();
    const [delivery] = receiver.requests({ method: "POST", path: "/hooks" });
    expect(delivery?.headers["content-type"]).toBe("application/json");
    const event = await verifySqalaWebhook({
      payload: delivery?.rawBody ?? "",
      secret: emulator.webhookSecret,
    });
    expect(event.event.data).toMatchObject({ id: charge.id, status: "PAID" });

    const id = event.id;
    const { data: pending } = await client.developer.GET("/webhooks/{id}", { params: { path: { id } } });
    expect(pending).toMatchObject({
      status: "PENDING",
      responses: [{ code: 500 }],
      nextAttemptAt: expect.any(String),
    });

    answer = 200;
    const { data: delivered } = await client.developer.POST("/webhooks/{id}/attempts", {
      params: { path: { id } },
    });
    expect(delivered).toMatchObject({ status: "DELIVERED", responses: [{ code: 500 }, { code: 200 }] });
    expect(emulator.webhooks()).toEqual([
      expect.objectContaining({ id, event: "payment.paid", status: "DELIVERED", responses: [500, 200] }),
    ]);
  });
});

describe("misuse", () => {
  it("a parsed or missing body is a ConfigurationError that asks for the raw request", async () => {
    const outcomes = await webhookMisuse(
      "sqala",
      verifySqalaWebhook,
      { payload: "{}", secret: "a".repeat(64) },
      { headers: false },
    );
    for (const { label, name, message, expected } of outcomes) {
      expect([label, name, message]).toEqual([label, "ConfigurationError", expect.stringMatching(expected)]);
    }
  });
});
