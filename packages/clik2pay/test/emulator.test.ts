import { assertNoViolations } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { type Clik2payEmulator, createClik2payEmulator } from "../src/testing/index";
import { basic, ecommBody, type Harness, START, startHarness } from "./helpers";

let harness: Harness | undefined;
let emulator: Clik2payEmulator | undefined;
afterEach(async () => {
  const [running, alone] = [harness, emulator];
  harness = undefined;
  emulator = undefined;
  await alone?.close();
  await running?.close();
  assertNoViolations(alone?.violations ?? []);
});

const form = "grant_type=client_credentials&scope=payment_request%2Fall";

async function token(
  e: Clik2payEmulator,
  init: { authorization?: string; body?: string; type?: string } = {},
) {
  const response = await fetch(e.tokenUrl, {
    method: "POST",
    headers: {
      authorization: init.authorization ?? basic(e.username, e.password),
      "content-type": init.type ?? "application/x-www-form-urlencoded",
    },
    body: init.body ?? form,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** `GET /payment-requests/x` (no such request: 404 once past the credentials) with a token and the API key. */
const getUnknownRequest = (e: Clik2payEmulator, accessToken: unknown) =>
  fetch(`${e.apiUrl}/payment-requests/x`, {
    headers: { authorization: `Bearer ${accessToken}`, "x-api-key": e.apiKey },
  });

describe("emulated Auth API", () => {
  it("issues a one-hour bearer token for the right Basic credentials and form", async () => {
    emulator = await createClik2payEmulator({ username: "merchant-7", password: "p@ss:word", apiKey: "k-7" });
    expect(emulator.tokenUrl).toBe(`${emulator.authUrl}/oauth2/token`);
    expect(new URL(emulator.authUrl).origin).not.toBe(new URL(emulator.apiUrl).origin);
    const issued = await token(emulator);
    expect(issued).toEqual({
      status: 200,
      body: { access_token: expect.stringMatching(/^c2p_/), expires_in: 3600, token_type: "Bearer" },
    });
    expect(emulator.tokens.check(issued.body.access_token as string)).toBe("valid");
  });

  it.each([
    ["a wrong password", { authorization: basic("c2p-test-user", "nope") }, 401, { error: "invalid_client" }],
    ["no credentials", { authorization: "" }, 401, { error: "invalid_client" }],
    ["a JSON body", { type: "application/json", body: "{}" }, 400, { error: "invalid_request" }],
    [
      "another grant",
      { body: "grant_type=password&scope=payment_request%2Fall" },
      400,
      { error: "unsupported_grant_type" },
    ],
    ["no scope", { body: "grant_type=client_credentials" }, 400, { error: "invalid_request" }],
    [
      "an unknown scope",
      { body: "grant_type=client_credentials&scope=admin" },
      400,
      { error: "invalid_scope" },
    ],
  ])("refuses %s", async (_label, init, status, body) => {
    emulator = await createClik2payEmulator();
    const answer = await token(emulator, init);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject(body);
  });

  it("expires tokens on the emulated clock; the API then answers 401 with API Gateway's message", async () => {
    harness = await startHarness();
    const { body } = await token(harness.emulator);
    const call = () => getUnknownRequest(harness?.emulator as Clik2payEmulator, body.access_token);
    expect((await call()).status).toBe(404);
    harness.clock.advance(3_600_000);
    const expired = await call();
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ message: "The incoming token has expired" });
    const missing = await fetch(`${harness.emulator.apiUrl}/payment-requests/x`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ message: "Unauthorized" });
  });
});

describe("emulated rate limits", () => {
  it("answer 429 with the API error body and no Retry-After (Clik2pay documents none)", async () => {
    harness = await startHarness({ emulator: { rateLimit: { requestsPerSecond: 1 } } });
    const { body } = await token(harness.emulator);
    const call = () => getUnknownRequest(harness?.emulator as Clik2payEmulator, body.access_token);
    expect((await call()).status).toBe(404);
    const limited = await call();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBeNull();
    expect(await limited.json()).toEqual({ message: "Too Many Requests" });
  });
});

describe("payment-request lifecycle helpers", () => {
  it("move CREATED → ACTIVE → PAID → SETTLED and refuse skipped steps", async () => {
    harness = await startHarness();
    const { data } = await harness.client.POST("/payment-requests", { body: ecommBody() });
    const id = data.id;
    const { emulator: e } = harness;
    expect(() => e.payPaymentRequest(id)).toThrow(
      `payment request ${id} is CREATED; moving to PAID needs ACTIVE`,
    );
    expect(() => e.settlePaymentRequest(id)).toThrow(/needs PAID/);
    expect(e.activatePaymentRequest(id).status).toBe("ACTIVE");
    expect(() => e.payPaymentRequest(id, { amount: 3 })).toThrow(/only FLEX/);
    expect(e.payPaymentRequest(id).status).toBe("PAID");
    expect(() => e.failPaymentRequest(id)).toThrow(/needs CREATED or SCHEDULED or ACTIVE/);
    expect(e.settlePaymentRequest(id).status).toBe("SETTLED");
    expect(() => e.activatePaymentRequest("nope")).toThrow("no payment request nope");
    const snapshot = e.getPaymentRequest(id);
    if (snapshot) snapshot.status = "TAMPERED";
    expect(e.getPaymentRequest(id)?.status).toBe("SETTLED");
  });

  it("fails pending requests and builds events about any resource", async () => {
    harness = await startHarness();
    const { data } = await harness.client.POST("/payment-requests", { body: ecommBody("ORDER-EV-1") });
    const id = data.id;
    expect(harness.emulator.failPaymentRequest(id).status).toBe("FAILED");
    expect(harness.emulator.webhookEvent("PAYMENT-FAILED", id)).toEqual({
      eventType: "PAYMENT-FAILED",
      message: "The transaction failed.",
      resourceType: "payment-request",
      resource: expect.objectContaining({ id, status: "FAILED", merchantTransactionId: "ORDER-EV-1" }),
    });
    const payment = await harness.client.POST("/payments", {
      body: { amount: 9.99, recipient: { email: "a@example.com", mobileNumber: "4165550123" } },
    });
    const event = harness.emulator.webhookEvent("PAYMENT-COMPLETED", payment.data.id, "Sent.");
    expect(event).toMatchObject({ resourceType: "payment", message: "Sent.", resource: { amount: 9.99 } });
    expect(() => harness?.emulator.webhookEvent("PAYMENT-COMPLETED", "unknown")).toThrow(
      /no payment request/,
    );
  });

  it("schedules requests whose delivery date lies after the emulated day", async () => {
    harness = await startHarness();
    const today = new Date(START).toISOString().slice(0, 10);
    const { data } = await harness.client.POST("/payment-requests", {
      body: { ...ecommBody(), deliveryDate: today },
    });
    expect(data.status).toBe("CREATED");
  });
});
