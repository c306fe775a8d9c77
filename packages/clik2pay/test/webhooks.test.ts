import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { webhookMisuse } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import {
  type Clik2payWebhookEvent,
  ConfigurationError,
  clik2payWebhookSourceIps,
  verifyClik2payWebhook,
  WebhookVerificationError,
} from "../src/index";
import { signClik2payWebhook } from "../src/testing/index";
import { ecommBody, type Harness, rejection, startHarness } from "./helpers";

let harness: Harness | undefined;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await harness?.close();
  harness = undefined;
  for (const close of closers.splice(0)) await close();
});

/** A paid payment request and its PAYMENT-COMPLETED event. */
async function completedEvent(h: Harness): Promise<Clik2payWebhookEvent> {
  const { data } = await h.client.POST("/payment-requests", { body: ecommBody("ORDER-WH-1") });
  h.emulator.activatePaymentRequest(data.id);
  h.emulator.payPaymentRequest(data.id);
  return h.emulator.webhookEvent("PAYMENT-COMPLETED", data.id);
}

interface Received {
  status: number;
  events?: Clik2payWebhookEvent[];
  error?: string;
}

/** A merchant endpoint over real HTTP that verifies with the agreed credentials and the peer address. */
async function startMerchantEndpoint(h: Harness): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      try {
        const { events } = await verifyClik2payWebhook({
          payload: Buffer.concat(chunks),
          headers: request.headers as IncomingHttpHeaders & Record<string, string>,
          secret: { username: h.emulator.webhookUsername, password: h.emulator.webhookPassword },
          sourceIp: request.socket.remoteAddress,
          allowedSourceIps: ["127.0.0.1"],
        });
        received.push({ status: 200, events: [...events] });
        response.writeHead(200).end();
      } catch (error) {
        received.push({ status: 401, error: (error as Error).message });
        response.writeHead(401).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/clik2pay/webhooks`, received };
}

describe("signClik2payWebhook (the scheme's one definition, beside the verifier)", () => {
  const secret = { username: "merchant-hooks", password: "pw-Zq81" };
  const event = {
    eventType: "PAYMENT-FAILED",
    message: "The transaction failed.",
    resourceType: "payment-request",
  } as Clik2payWebhookEvent;

  it("round trip: what it builds verifies, typed by eventType; the emulator builds the same delivery", async () => {
    const signed = await signClik2payWebhook({ event, secret });
    expect(signed.body).toBe(JSON.stringify([event]));
    await expect(
      verifyClik2payWebhook({ payload: signed.body, headers: signed.headers, secret }),
    ).resolves.toEqual({
      type: "PAYMENT-FAILED",
      event,
      events: [event],
    });
    harness = await startHarness({
      emulator: { webhookUsername: secret.username, webhookPassword: secret.password },
    });
    const { sourceIp: _, ...fromEmulator } = harness.emulator.webhookDelivery(event);
    expect(fromEmulator).toEqual(signed);
  });

  it("sends JSON; array: false sends one bare event and refuses several", async () => {
    const signed = await signClik2payWebhook({ event, secret, array: false });
    expect(signed.headers["content-type"]).toBe("application/json");
    expect(signed.body).toBe(JSON.stringify(event));
    await expect(signClik2payWebhook({ event: [event, event], secret, array: false })).rejects.toThrow(
      "clik2pay webhook: array: false needs exactly one event",
    );
  });

  it("wrong credentials are a WebhookVerificationError; Clik2pay signs neither body nor time, so those pass", async () => {
    const signed = await signClik2payWebhook({ event, secret, array: false });
    const wrong = { ...secret, password: "pw-Xk27" };
    const error = await rejection(
      verifyClik2payWebhook({ payload: signed.body, headers: signed.headers, secret: wrong }),
    );
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as Error).message).toBe("clik2pay webhook: Basic credentials do not match");
    expect(String((error as Error).stack) + JSON.stringify(error)).not.toMatch(/pw-/);
    // No signature exists (the docs advise re-fetching the payment request before fulfilling).
    const altered = signed.body.replace("failed", "went through");
    await expect(
      verifyClik2payWebhook({ payload: altered, headers: signed.headers, secret }),
    ).resolves.toMatchObject({ event: { message: "The transaction went through." } });
  });
});

describe("verifyClik2payWebhook", () => {
  it("accepts a delivery over HTTP with the agreed Basic credentials, in the documented array form", async () => {
    harness = await startHarness();
    const event = await completedEvent(harness);
    const endpoint = await startMerchantEndpoint(harness);
    const response = await harness.emulator.deliverWebhook(endpoint.url, event);
    expect(response.status).toBe(200);
    const [delivery] = endpoint.received;
    expect(delivery?.events).toEqual([event]);
    const [first] = delivery?.events ?? [];
    if (first?.eventType !== "PAYMENT-COMPLETED") throw new Error("expected PAYMENT-COMPLETED");
    expect(first.resourceType).toBe("payment-request");
    expect(first.resource).toMatchObject({ status: "PAID", merchantTransactionId: "ORDER-WH-1" });
    expect(first.message).toBe("The payer successfully completed the transaction.");
  });

  it("accepts a bare event object and returns it typed, with a one-element events", async () => {
    harness = await startHarness();
    const event = await completedEvent(harness);
    const delivery = harness.emulator.webhookDelivery(event, { array: false });
    expect(delivery.body.startsWith("{")).toBe(true);
    const verified = await verifyClik2payWebhook({
      payload: new TextEncoder().encode(delivery.body),
      headers: new Headers(delivery.headers),
      secret: { username: harness.emulator.webhookUsername, password: harness.emulator.webhookPassword },
    });
    expect(verified).toEqual({ type: "PAYMENT-COMPLETED", event, events: [event] });
  });

  it("returns every event of a multi-event array, each typed by eventType", async () => {
    harness = await startHarness();
    const { data } = await harness.client.POST("/payment-requests", {
      body: { ...ecommBody(), type: "EBILL" },
    });
    const id = data.id;
    const types = ["PAYMENT-LINK-FOLLOWED", "PAYMENT-PROCESSING", "PAYMENT-FAILED"] as const;
    const delivery = harness.emulator.webhookDelivery(
      types.map((type) => harness?.emulator.webhookEvent(type, id) as Clik2payWebhookEvent),
    );
    const { type, events } = await verifyClik2payWebhook({
      payload: delivery.body,
      headers: delivery.headers,
      secret: { username: harness.emulator.webhookUsername, password: harness.emulator.webhookPassword },
    });
    expect(events.map((event) => event.eventType)).toEqual(types);
    expect(type).toBe("PAYMENT-LINK-FOLLOWED");
  });

  it("rejects wrong credentials, also over HTTP", async () => {
    harness = await startHarness();
    const event = await completedEvent(harness);
    const endpoint = await startMerchantEndpoint(harness);
    const response = await harness.emulator.deliverWebhook(endpoint.url, event, { password: "guess" });
    expect(response.status).toBe(401);
    expect(endpoint.received[0]?.error).toBe("clik2pay webhook: Basic credentials do not match");

    const delivery = harness.emulator.webhookDelivery(event, { username: "someone-else" });
    const error = await rejection(
      verifyClik2payWebhook({
        payload: delivery.body,
        headers: delivery.headers,
        secret: { username: harness.emulator.webhookUsername, password: harness.emulator.webhookPassword },
      }),
    );
    expect(error).toBeInstanceOf(WebhookVerificationError);
  });

  it("rejects a missing or non-Basic Authorization header", async () => {
    harness = await startHarness();
    const event = await completedEvent(harness);
    const delivery = harness.emulator.webhookDelivery(event, { omitAuthorization: true });
    expect(delivery.headers.authorization).toBeUndefined();
    const options = {
      payload: delivery.body,
      secret: { username: harness.emulator.webhookUsername, password: harness.emulator.webhookPassword },
    };
    await expect(verifyClik2payWebhook({ ...options, headers: delivery.headers })).rejects.toThrow(
      "clik2pay webhook: missing Authorization header",
    );
    const good = harness.emulator.webhookDelivery(event).headers.authorization ?? "";
    await expect(
      verifyClik2payWebhook({ ...options, headers: { Authorization: good.replace("Basic", "Bearer") } }),
    ).rejects.toThrow("Basic credentials do not match");
    await expect(
      verifyClik2payWebhook({ ...options, headers: { Authorization: good.replace("Basic", "basic") } }),
    ).resolves.toMatchObject({ events: [{ eventType: "PAYMENT-COMPLETED" }] });
  });

  it("reads the Basic credentials strictly: any spacing around them, nothing before or after", async () => {
    harness = await startHarness();
    const event = await completedEvent(harness);
    const delivery = harness.emulator.webhookDelivery(event);
    const credentials = (delivery.headers.authorization ?? "").slice("Basic ".length);
    const verify = (authorization: string) =>
      verifyClik2payWebhook({
        payload: delivery.body,
        headers: { authorization },
        secret: {
          username: harness?.emulator.webhookUsername ?? "",
          password: harness?.emulator.webhookPassword ?? "",
        },
      });
    for (const accepted of [`Basic  ${credentials}`, ` Basic ${credentials} `, `Basic\t${credentials}`])
      await expect(verify(accepted)).resolves.toMatchObject({ events: [{ eventType: "PAYMENT-COMPLETED" }] });
    for (const refused of [`xBasic ${credentials}`, `Basic ${credentials} extra`, `Basic ${credentials}x`])
      await expect(verify(refused)).rejects.toThrow("Basic credentials do not match");
    await expect(verify("   ")).rejects.toThrow("clik2pay webhook: missing Authorization header");
    await expect(verify("")).rejects.toThrow("clik2pay webhook: missing Authorization header");
  });

  it("accepts every documented address of each environment, IPv4-mapped too, and nothing that contains one", async () => {
    harness = await startHarness();
    const event = await completedEvent(harness);
    const delivery = harness.emulator.webhookDelivery(event);
    const verify = (sourceIp: string, environment: "sandbox" | "production") =>
      verifyClik2payWebhook({
        payload: delivery.body,
        headers: delivery.headers,
        secret: {
          username: harness?.emulator.webhookUsername ?? "",
          password: harness?.emulator.webhookPassword ?? "",
        },
        sourceIp,
        environment,
      });
    for (const environment of ["sandbox", "production"] as const) {
      for (const address of clik2payWebhookSourceIps[environment]) {
        await expect(verify(address, environment)).resolves.toMatchObject({
          events: [{ eventType: "PAYMENT-COMPLETED" }],
        });
        await expect(verify(`::FFFF:${address}`, environment)).resolves.toMatchObject({
          events: [{ eventType: "PAYMENT-COMPLETED" }],
        });
        await expect(verify(` ${address} `, environment)).resolves.toMatchObject({
          events: [{ eventType: "PAYMENT-COMPLETED" }],
        });
        await expect(verify(`${address}::ffff:`, environment)).rejects.toThrow(WebhookVerificationError);
      }
    }
    expect(clik2payWebhookSourceIps.sandbox).toEqual(["99.79.143.93", "3.96.21.104", "52.60.117.97"]);
  });

  it("checks the source address against the documented list of the environment", async () => {
    harness = await startHarness();
    const event = await completedEvent(harness);
    const sandbox = harness.emulator.webhookDelivery(event);
    const production = harness.emulator.webhookDelivery(event, { environment: "production" });
    expect(sandbox.sourceIp).toBe("99.79.143.93");
    expect(production.sourceIp).toBe("3.99.39.224");
    const base = {
      payload: sandbox.body,
      headers: sandbox.headers,
      secret: { username: harness.emulator.webhookUsername, password: harness.emulator.webhookPassword },
    };
    await expect(
      verifyClik2payWebhook({ ...base, sourceIp: sandbox.sourceIp, environment: "sandbox" }),
    ).resolves.toMatchObject({ events: [{ eventType: "PAYMENT-COMPLETED" }] });
    await expect(
      verifyClik2payWebhook({ ...base, sourceIp: "::ffff:52.60.229.252", environment: "production" }),
    ).resolves.toMatchObject({ events: [{ eventType: "PAYMENT-COMPLETED" }] });
    await expect(
      verifyClik2payWebhook({ ...base, sourceIp: sandbox.sourceIp, environment: "production" }),
    ).rejects.toThrow("source address 99.79.143.93 is not a documented Clik2pay address");
    await expect(
      verifyClik2payWebhook({ ...base, sourceIp: "203.0.113.7", environment: "sandbox" }),
    ).rejects.toThrow(WebhookVerificationError);
    await expect(
      verifyClik2payWebhook({ ...base, sourceIp: "52.6.229.252", environment: "production" }),
    ).rejects.toThrow(WebhookVerificationError);
    await expect(verifyClik2payWebhook({ ...base, sourceIp: "99.79.143.93" })).rejects.toThrow(
      "sourceIp was given without environment or allowedSourceIps",
    );
    await expect(
      verifyClik2payWebhook({ ...base, sourceIp: undefined, environment: "sandbox" }),
    ).rejects.toThrow("clik2pay webhook: missing source address");
    await expect(
      verifyClik2payWebhook({ ...base, sourceIp: "", allowedSourceIps: ["10.0.0.1"] }),
    ).rejects.toThrow("missing source address");
    expect(clik2payWebhookSourceIps.production).toEqual(["3.99.39.224", "3.96.30.80", "52.60.229.252"]);
  });

  it("rejects bodies that are not documented events", async () => {
    harness = await startHarness();
    const headers = harness.emulator.webhookDelivery([]).headers;
    const verify = (payload: string) =>
      verifyClik2payWebhook({
        payload,
        headers,
        secret: {
          username: harness?.emulator.webhookUsername ?? "",
          password: harness?.emulator.webhookPassword ?? "",
        },
      });
    await expect(verify("not json")).rejects.toThrow("webhook body is not valid JSON");
    await expect(verify("[]")).rejects.toThrow("empty event array");
    await expect(verify('["PAYMENT-COMPLETED"]')).rejects.toThrow("an event is not a JSON object");
    await expect(verify('{"eventType":"PAYMENT-REFUNDED"}')).rejects.toThrow(
      'unknown eventType "PAYMENT-REFUNDED"',
    );
    await expect(verify('{"message":"no type"}')).rejects.toThrow("unknown eventType undefined");
    await expect(verify("[null]")).rejects.toThrow("an event is not a JSON object");
    await expect(verify("[[]]")).rejects.toThrow("an event is not a JSON object");
    await expect(verify('{"eventType":"X"}')).rejects.toThrow(
      "(expected one of PAYMENT-COMPLETED, PAYMENT-FAILED, PAYMENT-LINK-FOLLOWED, PAYMENT-PROCESSING)",
    );
  });

  it("no options at all is a ConfigurationError", async () => {
    await expect(verifyClik2payWebhook(undefined as never)).rejects.toBeInstanceOf(ConfigurationError);
  });

  it("missing agreed credentials are a ConfigurationError, not a failed verification", async () => {
    const cases = [
      { username: "", password: "secret" },
      { username: "merchant", password: "" },
      { username: 42, password: "secret" },
      { username: "merchant", password: 42 },
      undefined,
    ];
    for (const secret of cases) {
      const verification = verifyClik2payWebhook({ payload: "{}", headers: {}, secret: secret as never });
      await expect(verification).rejects.toBeInstanceOf(ConfigurationError);
      await expect(verification).rejects.toThrow(
        "clik2pay webhook: the secret option is required: { username, password }",
      );
    }
  });
});

describe("misuse", () => {
  it("a parsed or missing body or missing headers is a ConfigurationError that asks for the raw request", async () => {
    const outcomes = await webhookMisuse("clik2pay", verifyClik2payWebhook, {
      payload: "{}",
      headers: {},
      secret: { username: "hook", password: "hook-pass" },
    });
    for (const { label, name, message, expected } of outcomes) {
      expect([label, name, message]).toEqual([label, "ConfigurationError", expect.stringMatching(expected)]);
    }
  });
});
