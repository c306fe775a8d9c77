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
  await harness.emulator.close();
});

const secret = "a".repeat(64);
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
    const event = await verifySqalaWebhook({ payload: body, secret: harness.emulator.webhookSecret });
    expect(event.event).toBe("payment.paid");
    if (event.event !== "payment.paid") throw new Error("unreachable");
    expect(event.data).toMatchObject({ amount: 990, status: "PAID" });
    expect(event.object.type).toBe("PixQrCodePayment");
    expect(Object.keys(JSON.parse(body))).toEqual(["id", "event", "object", "signature", "data"]);
  });

  it("verifies the signature over JSON.stringify(data), the documented HMAC", async () => {
    const body = signSqalaWebhook("withdrawal.created", withdrawal, secret);
    const parsed = JSON.parse(body) as { signature: string };
    const { createHmac } = await import("node:crypto");
    expect(parsed.signature).toBe(
      createHmac("sha256", secret).update(JSON.stringify(withdrawal)).digest("hex"),
    );
    const event = await verifySqalaWebhook({ payload: new TextEncoder().encode(body), secret });
    expect(event).toMatchObject({
      event: "withdrawal.created",
      object: { id: withdrawal.id, type: "Withdrawal" },
    });
    const buffer = new TextEncoder().encode(body).buffer as ArrayBuffer;
    await expect(verifySqalaWebhook({ payload: buffer, secret })).resolves.toMatchObject({
      data: withdrawal,
    });
  });

  it("rejects tampered data", async () => {
    const body = (await paidCharge()).replace('"amount":990', '"amount":99000');
    expect(await failure(verifySqalaWebhook({ payload: body, secret: harness.emulator.webhookSecret }))).toBe(
      "signature mismatch",
    );
  });

  it("rejects a tampered signature", async () => {
    const body = JSON.parse(signSqalaWebhook("withdrawal.failed", withdrawal, secret)) as Record<
      string,
      unknown
    >;
    const signature = String(body.signature);
    body.signature = `${signature.slice(0, -1)}${signature.endsWith("0") ? "1" : "0"}`;
    expect(await failure(verifySqalaWebhook({ payload: JSON.stringify(body), secret }))).toBe(
      "signature mismatch",
    );
  });

  it("rejects a delivery signed with another secret", async () => {
    const body = signSqalaWebhook("withdrawal.failed", withdrawal, "b".repeat(64));
    expect(await failure(verifySqalaWebhook({ payload: body, secret }))).toBe("signature mismatch");
  });

  it("rejects a body without a signature, without data, or that is not a JSON object", async () => {
    const { signature: _, ...unsigned } = JSON.parse(signSqalaWebhook("payment.paid", withdrawal, secret));
    expect(await failure(verifySqalaWebhook({ payload: JSON.stringify(unsigned), secret }))).toBe(
      "missing signature",
    );
    const { data: __, ...empty } = JSON.parse(signSqalaWebhook("payment.paid", withdrawal, secret));
    expect(await failure(verifySqalaWebhook({ payload: JSON.stringify(empty), secret }))).toMatch(/no data/);
    expect(await failure(verifySqalaWebhook({ payload: "{not json", secret }))).toMatch(/not valid JSON/);
    expect(await failure(verifySqalaWebhook({ payload: "[1,2]", secret }))).toMatch(/not a JSON object/);
    const nameless = JSON.parse(signSqalaWebhook("payment.paid", withdrawal, secret));
    delete nameless.event;
    expect(await failure(verifySqalaWebhook({ payload: JSON.stringify(nameless), secret }))).toMatch(
      /no event/,
    );
  });

  it("depends on the re-serialization of data, not on the raw bytes (whitespace is irrelevant, key order is not)", async () => {
    const body = JSON.parse(signSqalaWebhook("withdrawal.created", withdrawal, secret));
    await expect(
      verifySqalaWebhook({ payload: JSON.stringify(body, null, 2), secret }),
    ).resolves.toMatchObject({ event: "withdrawal.created" });
    const reordered = {
      ...body,
      data: { amount: 100, id: withdrawal.id, status: "PAID", failedReason: null },
    };
    expect(await failure(verifySqalaWebhook({ payload: JSON.stringify(reordered), secret }))).toBe(
      "signature mismatch",
    );
  });

  it("requires a secret", async () => {
    await expect(verifySqalaWebhook({ payload: "{}", secret: "" })).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    await expect(verifySqalaWebhook({ payload: "{}", secret: "" })).rejects.toThrow(
      'sqala: the "secret" option is required',
    );
    await expect(verifySqalaWebhook(undefined as never)).rejects.toBeInstanceOf(ConfigurationError);
  });

  it("a body that is not an object, or a signature that is not a string, fails verification", async () => {
    for (const payload of ["null", "5", '"text"']) {
      expect(await failure(verifySqalaWebhook({ payload, secret }))).toMatch(/not a JSON object/);
    }
    const numeric = { ...JSON.parse(signSqalaWebhook("payment.paid", withdrawal, secret)), signature: 5 };
    expect(await failure(verifySqalaWebhook({ payload: JSON.stringify(numeric), secret }))).toBe(
      "missing signature",
    );
  });
});

describe("emulator deliveries", () => {
  it("POSTs signed events to webhookUrl and records each attempt in the webhook log", async () => {
    await using receiver = await createEmulatorServer();
    let answer = 500;
    receiver.route("POST", "/hooks", () => json(answer, { ok: answer === 200 }));
    await harness.emulator.close();
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
    expect(event.data).toMatchObject({ id: charge.id, status: "PAID" });

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
