// The emulator against its spec: every operation is emulated (or listed with a reason), requests that break the
// spec get Scalapay's own validation answer from the kit, and an answer that breaks the spec fails the test.
import { createSpecEmulator, emulatorCoverage, offSpecAnswers } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { openapiDocument } from "../src/generated/openapi";
import type { paths } from "../src/generated/schema";
import { BadRequestError, NotFoundError } from "../src/index";
import { createScalapayEmulator, notEmulated } from "../src/testing/index";
import { scalapayWire } from "../src/testing/wire";
import { type Harness, orderBody, rejection, startHarness } from "./helpers";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const detailsOf = (error: unknown) =>
  (error as BadRequestError).details as {
    errors: { field: string[]; types: string[]; messages: string[] }[];
  };

describe("the spec's operations", () => {
  it("each has a handler or is listed as not emulated with a reason", async () => {
    expect(await emulatorCoverage(createScalapayEmulator, notEmulated)).toEqual({
      unhandled: [],
      stale: [],
      operations: 24,
    });
  });
});

describe("requests that break the spec get Scalapay's validation error", () => {
  it("a missing required field and a wrong enum value, in one api_validationerror", async () => {
    harness = await startHarness();
    const { merchant: _merchant, ...body } = orderBody();
    const post = harness.client.POST as unknown as (path: string, init: unknown) => Promise<unknown>;
    const error = await rejection(post("/v2/orders", { body: { ...body, product: "pay-in-7" } }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).code).toBe("api_validationerror");
    expect(detailsOf(error).errors).toEqual([
      {
        field: ["merchant"],
        location: "body",
        messages: ['"merchant" is required'],
        types: ["any.required"],
      },
      {
        field: ["product"],
        location: "body",
        messages: ['"product" must be one of [, pay-in-3, pay-in-4, later]'],
        types: ["any.only"],
      },
    ]);
    expect(harness.emulator.getOrder("anything")).toBeUndefined();
  });

  it("an unknown path, and a method the path does not take, are refused with Scalapay's 404 envelope", async () => {
    harness = await startHarness();
    const get = harness.client.GET as unknown as (path: string) => Promise<unknown>;
    const unknown = await rejection(get("/v2/orders"));
    expect(unknown).toBeInstanceOf(NotFoundError);
    expect((unknown as NotFoundError).body).toMatchObject({
      errorCode: "not_found",
      message: "Cannot GET /v2/orders",
    });
  });
});

describe("answers that break the spec", () => {
  it("are answered 500 naming the problem, recorded, and fail the harness's close", async () => {
    const { answers, closeError } = await offSpecAnswers({
      emulator: async (clock) =>
        (await createSpecEmulator<paths>({ document: openapiDocument, wire: scalapayWire, clock })).handle(
          "GET /v2/payments/{token}",
          // Deliberately wrong: the spec's Payment has a string token and an Amount object.
          () => ({ status: 200, body: { token: 42, totalAmount: "1" } }) as never,
        ),
      requests: [{ path: "/v2/payments/T1", init: { headers: { authorization: "Bearer k" } } }],
    });
    expect(answers).toEqual([
      {
        status: 500,
        body: expect.objectContaining({
          error: "emulator answer does not match the spec",
          operation: "GET /v2/payments/{token}",
          problems: [
            "/token must be string (#/properties/token/type)",
            "/totalAmount must be object (#/components/schemas/Amount/type)",
          ],
        }),
      },
    ]);
    expect(String(closeError)).toMatch(/GET \/v2\/payments\/\{token\} answered 200: \/token must be string/);
  });
});
