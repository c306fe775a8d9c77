import { afterEach, describe, expect, it } from "vitest";
import { BadRequestError } from "../src/index";
import { createScalapayEmulator } from "../src/testing/index";
import { eur, type Harness, orderBody, rejection, startHarness } from "./helpers";

/** The fields a validation error names, dotted. */
const fieldsOf = (error: BadRequestError) =>
  (error.details as { errors: { field: string[] }[] }).errors.map((entry) => entry.field.join("."));

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

describe("emulator details", () => {
  it("answers a body that is not JSON with a validation error", async () => {
    harness = await startHarness();
    const response = await fetch(`${harness.emulator.url}/v2/orders`, {
      method: "POST",
      headers: { authorization: `Bearer ${harness.emulator.apiKey}`, "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errorCode: "api_validationerror",
      httpStatusCode: 400,
      message: { errors: [{ field: [], types: ["object.base"] }] },
    });
  });

  it("lists every missing field of an in-store order at once", async () => {
    harness = await startHarness();
    const post = harness.client.POST as unknown as (
      path: string,
      init: { body: unknown },
    ) => Promise<unknown>;
    const error = (await rejection(post("/v1/instore/orders", { body: {} }))) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    const fields = (error.details as { errors: { field: string[] }[] }).errors.map((entry) =>
      entry.field.join("."),
    );
    expect(fields).toEqual([
      "merchantOperatorId",
      "merchantReference",
      "preApprovalCode",
      "requestId",
      "totalAmount",
      "items",
    ]);
  });

  it("pages reporting lists with a size of 0 to 5000, and disputes with 0 to 100 (the published ranges)", async () => {
    harness = await startHarness();
    const { client } = harness;
    const window = { startDate: "2025-03-01", endDate: "2025-03-31" };
    const empty = await client.GET("/v1/reporting/orders", { params: { query: { size: 0 } } });
    expect(empty.data).toMatchObject({ items: [], size: 0 });
    const tooLarge = await rejection(
      client.GET("/v1/reporting/orders", { params: { query: { size: 5001 } } }),
    );
    expect(tooLarge).toBeInstanceOf(BadRequestError);
    expect((tooLarge as BadRequestError).message).toContain("size");
    const disputes = await client.GET("/v1/reporting/disputes", {
      params: { query: { ...window, size: 100 } },
    });
    expect(disputes.data).toMatchObject({ items: [], size: 100 });
    const tooManyDisputes = await rejection(
      client.GET("/v1/reporting/disputes", { params: { query: { ...window, size: 101 } } }),
    );
    expect(tooManyDisputes).toBeInstanceOf(BadRequestError);
  });

  it("requires the disputes window and checks disputeStatus", async () => {
    harness = await startHarness();
    const { client } = harness;
    const get = client.GET as unknown as (path: string, init: unknown) => Promise<unknown>;
    const missing = (await rejection(get("/v1/reporting/disputes", {}))) as BadRequestError;
    expect(fieldsOf(missing)).toEqual(["startDate", "endDate"]);
    const status = (await rejection(
      get("/v1/reporting/disputes", {
        params: { query: { startDate: "2025-03-01", endDate: "2025-03-31", disputeStatus: "pending" } },
      }),
    )) as BadRequestError;
    expect(fieldsOf(status)).toEqual(["disputeStatus"]);
    const filtered = await client.GET("/v1/reporting/disputes", {
      params: { query: { startDate: "2025-03-01", endDate: "2025-03-31", disputeStatus: "won" } },
    });
    expect(filtered.data.total).toBe(0);
  });

  it("checks every in-store item for name, quantity, category, price and sku", async () => {
    harness = await startHarness();
    const post = harness.client.POST as unknown as (path: string, init: unknown) => Promise<unknown>;
    const body = {
      merchantOperatorId: "op",
      merchantReference: "ref",
      preApprovalCode: "123456",
      requestId: "req",
      totalAmount: eur("10.00"),
      items: [{ name: "Mug" }],
    };
    const error = (await rejection(post("/v1/instore/orders", { body }))) as BadRequestError;
    expect(fieldsOf(error)).toEqual(["items.0.category", "items.0.sku", "items.0.quantity", "items.0.price"]);
  });

  it("requires merchantOperatorId and requestId to void a pay-by-link order, and channels in its notification", async () => {
    harness = await startHarness();
    const { client } = harness;
    const post = client.POST as unknown as (path: string, init: unknown) => Promise<unknown>;
    const noChannels = (await rejection(
      post("/v2/instore/paybylink/orders", {
        body: {
          totalAmount: eur("5.00"),
          extensions: { type: { link: { notification: { emailAddress: "a@b.c" } } } },
        },
      }),
    )) as BadRequestError;
    expect(fieldsOf(noChannels)).toEqual(["extensions.type.link.notification.channels"]);
    const { data } = await client.POST("/v2/instore/paybylink/orders", {
      body: { totalAmount: eur("5.00") },
    });
    const path = { token: String(data.token) };
    const error = (await rejection(
      post("/v2/instore/paybylink/orders/{token}/void", { params: { path }, body: {} }),
    )) as BadRequestError;
    expect(fieldsOf(error)).toEqual(["merchantOperatorId", "requestId"]);
  });

  it("accepts a billing address with only some of its fields (none is required)", async () => {
    harness = await startHarness();
    const { data } = await harness.client.POST("/v2/orders", {
      body: { ...orderBody(), billing: { countryCode: "IT" } },
    });
    expect(data.token).toEqual(expect.any(String));
  });

  it("approveOrder refuses unknown and already approved orders", async () => {
    harness = await startHarness();
    expect(() => harness.emulator.approveOrder("NOPE")).toThrow(/unknown order token/);
    const { data } = await harness.client.POST("/v2/orders", { body: orderBody() });
    harness.emulator.approveOrder(data.token);
    expect(() => harness.emulator.approveOrder(data.token)).toThrow(/authorized/);
    expect(harness.emulator.getOrder("NOPE")).toBeUndefined();
  });

  it("accepts custom keys and closes through `await using`", async () => {
    let url = "";
    {
      await using emulator = await createScalapayEmulator({
        apiKey: "sp_test_custom",
        instoreApiKey: "device-9",
      });
      url = emulator.url;
      const online = await fetch(`${url}/v3/configurations`, {
        headers: { authorization: "Bearer sp_test_custom" },
      });
      expect(online.status).toBe(200);
      const instore = await fetch(`${url}/v1/instore/orders/X`, {
        headers: { authorization: "Bearer sp_test_custom" },
      });
      expect(instore.status).toBe(401);
      const device = await fetch(`${url}/v1/instore/orders/X`, {
        headers: { authorization: "Bearer device-9" },
      });
      expect(device.status).toBe(422);
    }
    await expect(fetch(`${url}/v3/configurations`)).rejects.toThrow();
  });
});
