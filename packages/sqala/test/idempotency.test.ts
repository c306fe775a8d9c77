import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ConflictError,
  ConnectionError,
  hasSqalaErrorCode,
  InternalServerError,
  listAll,
} from "../src/index";
import { type Harness, rejection, startHarness } from "./helpers";

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => {
  await harness.close();
});

const pixPath = "/core/v1/pix-qrcode-payments";
const creates = () => harness.emulator.server.requests({ method: "POST", path: pixPath });
const stored = async () => {
  const items = [];
  for await (const payment of listAll(harness.client, "/pix-qrcode-payments")) items.push(payment);
  return items;
};

describe("`code` is the de-duplication key (no idempotency header exists)", () => {
  it("retries a create that carries a code after a dropped connection; one object exists", async () => {
    const { client, emulator, sleeps } = harness;
    await client.GET("/recipients");
    emulator.server.dropNext({ method: "POST", path: pixPath });
    const { data } = await client.POST("/pix-qrcode-payments", { body: { amount: 100, code: "order-42" } });
    expect(data.code).toBe("order-42");
    expect(creates().map((entry) => entry.status)).toEqual(["dropped", 200]);
    expect(creates().map((entry) => entry.body)).toEqual([
      '{"amount":100,"code":"order-42"}',
      '{"amount":100,"code":"order-42"}',
    ]);
    expect(creates().every((entry) => entry.headers["idempotency-key"] === undefined)).toBe(true);
    expect(sleeps).toHaveLength(1);
    expect(await stored()).toHaveLength(1);
  });

  it("retries a create with a code after a 503 that was not processed", async () => {
    const { client, emulator } = harness;
    emulator.server.failNext(
      503,
      emulator.sqalaErrorBody("SERVICE_NOT_AVAILABLE", "busy"),
      {},
      { path: pixPath },
    );
    await client.POST("/pix-qrcode-payments", { body: { amount: 100, code: "order-43" } });
    expect(creates().map((entry) => entry.status)).toEqual([503, 200]);
  });

  it("never resends a create without a code: a drop is a ConnectionError after one attempt", async () => {
    const { client, emulator, sleeps } = harness;
    await client.GET("/recipients");
    emulator.server.dropNext({ method: "POST", path: pixPath });
    const error = await rejection(client.POST("/pix-qrcode-payments", { body: { amount: 100 } }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(creates()).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("never resends a create without a code after a 503", async () => {
    const { client, emulator } = harness;
    emulator.server.failNext(
      503,
      emulator.sqalaErrorBody("SERVICE_NOT_AVAILABLE", "busy"),
      {},
      { path: pixPath },
    );
    const error = await rejection(client.POST("/pix-qrcode-payments", { body: { amount: 100 } }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(creates()).toHaveLength(1);
  });

  it("a retried create whose first attempt was stored surfaces CODE_ALREADY_EXISTS; nothing is created twice", async () => {
    const { client, emulator } = harness;
    // The first attempt is processed and stored, then its answer is lost with the connection.
    emulator.server.dropResponseNext({ method: "POST", path: pixPath });
    const error = await rejection(
      client.POST("/pix-qrcode-payments", { body: { amount: 100, code: "order-44" } }),
    );
    expect(creates().map((entry) => entry.status)).toEqual(["dropped", 400]);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 400, code: "CODE_ALREADY_EXISTS" });
    expect(hasSqalaErrorCode(error, "CODE_ALREADY_EXISTS")).toBe(true);
    // The caller recovers the object it created by its code.
    const matches = (await stored()).filter((payment) => payment.code === "order-44");
    expect(matches).toHaveLength(1);
  });

  it("a lost answer to a create without a code is not retried (the object may exist)", async () => {
    const { client, emulator } = harness;
    emulator.server.dropResponseNext({ path: pixPath });
    const error = await rejection(client.POST("/pix-qrcode-payments", { body: { amount: 100 } }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(creates().map((entry) => entry.status)).toEqual(["dropped"]);
    expect(await stored()).toHaveLength(1);
  });

  it("retries reads, which are idempotent", async () => {
    const { client, emulator } = harness;
    emulator.server.failNext(
      500,
      emulator.sqalaErrorBody("INTERNAL_ERROR", "oops"),
      {},
      { path: "/core/v1/recipients" },
    );
    await client.GET("/recipients");
    expect(emulator.server.requests({ path: "/core/v1/recipients" }).map((entry) => entry.status)).toEqual([
      500, 200,
    ]);
  });

  it("honours maxRetries per call", async () => {
    const { client, emulator } = harness;
    emulator.server.dropNext({ path: pixPath });
    const error = await rejection(
      client.POST("/pix-qrcode-payments", { body: { amount: 100, code: "order-45" }, maxRetries: 0 }),
    );
    expect(error).toBeInstanceOf(ConnectionError);
    expect(creates()).toHaveLength(1);
  });
});
