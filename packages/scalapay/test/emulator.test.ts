import { afterEach, describe, expect, it } from "vitest";
import { BadRequestError } from "../src/index";
import { createScalapayEmulator } from "../src/testing/index";
import { type Harness, orderBody, rejection, startHarness } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness?.emulator.close();
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

  it("rejects out-of-range reporting paging", async () => {
    harness = await startHarness();
    const error = await rejection(
      harness.client.GET("/v1/reporting/orders", { params: { query: { size: 0 } } }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).message).toContain("size");
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
