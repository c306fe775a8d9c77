import { createHmac } from "node:crypto";
import type { RawBody, WebhookHeaders } from "@payclients/auth-middleware/webhooks";
import { webhookMisuse } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { verifyQoloWebhook, WebhookVerificationError } from "../src/index";
import { signQoloWebhook } from "../src/testing/index";
import { createCard, type Harness, rejection, startHarness } from "./helpers";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const secret = "whsec_qolo_3c9f1a";
const payload = JSON.stringify({
  event_type: "card.activated",
  data: { card_proxy: "1234567890123", note: "Zoë" },
});
const signature = createHmac("sha256", secret).update(payload).digest("hex");

describe("verifyQoloWebhook", () => {
  it("accepts the hex HMAC-SHA256 of the raw payload keyed with the subscription secret", async () => {
    const event = await verifyQoloWebhook({ payload, headers: { "x-qolo-signature": signature }, secret });
    expect(event).toEqual({ type: undefined, event: JSON.parse(payload) });
  });

  it("accepts Headers, any header case, upper-case hex and byte payloads", async () => {
    const bytes = new TextEncoder().encode(payload);
    const cases: [RawBody, WebhookHeaders][] = [
      [bytes, new Headers({ "X-Qolo-Signature": signature })],
      [bytes.buffer, { "X-QOLO-SIGNATURE": signature.toUpperCase() }],
      [payload, { "x-qolo-signature": [signature] }],
    ];
    for (const [body, headers] of cases) {
      await expect(verifyQoloWebhook({ payload: body, headers, secret })).resolves.toMatchObject({
        event: { event_type: "card.activated" },
      });
    }
  });

  it("a signed payload that is not a JSON object is rejected", async () => {
    for (const body of ["5", "null", "[]", '"text"']) {
      const signed = createHmac("sha256", secret).update(body).digest("hex");
      await expect(
        verifyQoloWebhook({ payload: body, headers: { "x-qolo-signature": signed }, secret }),
      ).rejects.toThrow("qolo webhook: payload is not a JSON object");
    }
  });

  it("rejects a tampered payload", async () => {
    const tampered = payload.replace("1234567890123", "1234567890124");
    const error = await rejection(
      verifyQoloWebhook({ payload: tampered, headers: { "x-qolo-signature": signature }, secret }),
    );
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as Error).message).toBe("qolo webhook: signature mismatch");
  });

  it("rejects a re-serialized payload (the signature covers the exact bytes)", async () => {
    const reformatted = JSON.stringify(JSON.parse(payload), null, 2);
    await expect(
      verifyQoloWebhook({ payload: reformatted, headers: { "x-qolo-signature": signature }, secret }),
    ).rejects.toBeInstanceOf(WebhookVerificationError);
  });

  it("rejects the wrong secret", async () => {
    await expect(
      verifyQoloWebhook({ payload, headers: { "x-qolo-signature": signature }, secret: "whsec_other" }),
    ).rejects.toThrow("qolo webhook: signature mismatch");
  });

  it("rejects a missing or empty signature header, and a missing secret", async () => {
    await expect(verifyQoloWebhook({ payload, headers: {}, secret })).rejects.toThrow(
      "qolo webhook: missing x-qolo-signature header",
    );
    await expect(
      verifyQoloWebhook({ payload, headers: { "x-qolo-signature": " " }, secret }),
    ).rejects.toThrow(WebhookVerificationError);
    await expect(
      verifyQoloWebhook({ payload, headers: { "x-qolo-signature": signature }, secret: "" }),
    ).rejects.toThrow("qolo webhook: the secret option is required");
  });

  it("rejects a correctly signed body that is not a JSON object", async () => {
    for (const body of ["not json", "[1,2]", "null"]) {
      const signed = createHmac("sha256", secret).update(body).digest("hex");
      await expect(
        verifyQoloWebhook({ payload: body, headers: { "x-qolo-signature": signed }, secret }),
      ).rejects.toBeInstanceOf(WebhookVerificationError);
    }
  });
});

describe("signQoloWebhook (the scheme's one definition, beside the verifier)", () => {
  it("round trip: what it signs verifies; a tampered body or a wrong secret is a WebhookVerificationError", async () => {
    const event = JSON.parse(payload);
    const signed = await signQoloWebhook({ event, secret });
    expect(signed).toEqual({
      headers: { "content-type": "application/json", "x-qolo-signature": signature },
      body: payload,
    });
    await expect(
      verifyQoloWebhook({ payload: signed.body, headers: signed.headers, secret }),
    ).resolves.toEqual({
      type: undefined,
      event,
    });
    for (const [body, key] of [
      [signed.body.replace("Zoë", "Zoe"), secret],
      [signed.body, "whsec_other"],
    ] as const) {
      const error = await rejection(
        verifyQoloWebhook({ payload: body, headers: signed.headers, secret: key }),
      );
      expect(error).toBeInstanceOf(WebhookVerificationError);
      expect((error as Error).message).toBe("qolo webhook: signature mismatch");
      expect(String((error as Error).stack) + JSON.stringify(error)).not.toContain(key);
    }
  });

  it("has no stale-timestamp case: Qolo signs no delivery time, so the verifier takes no tolerance", () => {
    // @ts-expect-error no replay window to configure
    void verifyQoloWebhook({ payload, headers: {}, secret, toleranceSeconds: 60 }).catch(() => undefined);
  });
});

describe("the emulator's signed webhooks", () => {
  it("signWebhook output verifies; deliveries reach subscriptions listening to the event or to all", async () => {
    harness = await startHarness();
    const { client, emulator } = harness;
    const subscribe = async (eventType: ("all" | "card.activated")[], hookSecret: string) =>
      String(
        (
          await client.POST("/api/v1/notifications", {
            body: {
              program_guid: emulator.programGuid,
              url: "https://hooks.example.com/qolo",
              secret: hookSecret,
              event_type: eventType,
            },
          })
        ).data.notification_guid,
      );
    const everything = await subscribe(["all"], "secret-all");
    const activations = await subscribe(["card.activated"], "secret-activated");
    const proxy = String((await createCard(harness)).card_proxy);
    await client.POST("/api/v1/cards/{card_proxy}/activate", { params: { path: { card_proxy: proxy } } });

    const deliveries = emulator.webhookDeliveries();
    const forActivations = deliveries.filter((delivery) => delivery.notificationGuid === activations);
    expect(forActivations.map((delivery) => delivery.eventType)).toEqual(["card.activated"]);
    expect(
      deliveries.filter((delivery) => delivery.notificationGuid === everything).map((d) => d.eventType),
    ).toEqual(["person.created", "wallet.created", "account.created", "card.created", "card.activated"]);
    const [delivery] = forActivations;
    const { event } = await verifyQoloWebhook({
      payload: delivery?.body ?? "",
      headers: delivery?.headers ?? {},
      secret: "secret-activated",
    });
    expect(event).toMatchObject({
      event_type: "card.activated",
      data: { card_proxy: proxy, card_status: "ACTIVE" },
    });
    await expect(
      verifyQoloWebhook({
        payload: delivery?.body ?? "",
        headers: delivery?.headers ?? {},
        secret: "secret-all",
      }),
    ).rejects.toBeInstanceOf(WebhookVerificationError);

    const signed = emulator.signWebhook(emulator.webhookEvent("transfer.success", { amount: 1 }), {
      notificationGuid: everything,
    });
    await expect(
      verifyQoloWebhook({ ...signed, payload: signed.body, secret: "secret-all" }),
    ).resolves.toMatchObject({ event: { event_type: "transfer.success" } });
  });
});

describe("misuse", () => {
  it("a parsed or missing body or missing headers is a ConfigurationError that asks for the raw request", async () => {
    const outcomes = await webhookMisuse("qolo", verifyQoloWebhook, {
      payload: "{}",
      headers: {},
      secret: "whsec_1234",
    });
    for (const { label, name, message, expected } of outcomes) {
      expect([label, name, message]).toEqual([label, "ConfigurationError", expect.stringMatching(expected)]);
    }
  });
});
