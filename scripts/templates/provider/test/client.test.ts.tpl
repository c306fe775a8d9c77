import { afterEach, describe, expect, it } from "vitest";
import { NotFoundError, verify__Pascal__Webhook, WebhookVerificationError } from "../src/index";
import { type Harness, startHarness } from "./helpers";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("__name__ client against its emulator", () => {
  it("gets one token (Basic + form grant) and creates and reads a payment", async () => {
    harness = await startHarness();
    const { client, emulator } = harness;
    const { data: created } = await client.POST("/payments", { body: { amount: 1999, currency: "EUR" } });
    const { data: read } = await client.GET("/payments/{id}", { params: { path: { id: created.id } } });
    expect(read).toEqual(created);
    // The spec's Idempotency-Key parameter reaches the client through its generated operation table.
    const [post] = emulator.server.requests({ method: "POST", path: "/payments" });
    expect(post?.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
    const tokenCalls = emulator.server.requests({ path: "/oauth2/token" });
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0]?.body).toBe("grant_type=client_credentials");
    expect(tokenCalls[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from("test-client:test-secret").toString("base64")}`,
    );
  });

  it("decodes errors into the shared classes", async () => {
    harness = await startHarness();
    const { client } = harness;
    await expect(client.GET("/payments/{id}", { params: { path: { id: "nope" } } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await harness.close();
    harness = await startHarness("wrong");
    await expect(
      harness.client.GET("/payments/{id}", { params: { path: { id: "x" } } }),
    ).rejects.toMatchObject({
      name: "TokenAcquisitionError",
      status: 401,
    });
  });

  it("verifies webhooks and rejects tampered ones", async () => {
    harness = await startHarness();
    const { headers, body } = harness.emulator.signWebhook({ event: "payment.paid", data: { id: "pay_1" } });
    const { type, event } = await verify__Pascal__Webhook({
      payload: body,
      headers,
      secret: "test-webhook-secret",
    });
    expect(type).toBe("payment.paid");
    expect(event.data.id).toBe("pay_1");
    await expect(
      verify__Pascal__Webhook({
        payload: body.replace("pay_1", "pay_2"),
        headers,
        secret: "test-webhook-secret",
      }),
    ).rejects.toBeInstanceOf(WebhookVerificationError);
  });
});
