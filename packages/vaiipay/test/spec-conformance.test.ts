// The emulator against its spec: every operation is emulated (or listed with a reason), requests that break the
// spec get VaiiPay's own validation answer from the kit, and an answer that breaks the spec fails the test.
import { createSpecEmulator, emulatorCoverage, offSpecAnswers } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { openapiDocument } from "../src/generated/openapi";
import type { paths } from "../src/generated/schema";
import { UnprocessableEntityError } from "../src/index";
import { createVaiiPayEmulator, notEmulated } from "../src/testing/index";
import { vaiipayWire } from "../src/testing/wire";
import { type Harness, order, rejection, startHarness } from "./helpers";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("the spec's operations", () => {
  it("each has a handler or is listed as not emulated with a reason", async () => {
    expect(await emulatorCoverage(createVaiiPayEmulator, notEmulated)).toEqual({
      unhandled: [],
      stale: [],
      operations: 8,
    });
  });
});

describe("requests that break the spec get VaiiPay's validation error", () => {
  it("a missing required field, a wrong type and a value outside its format, in one Laravel 422", async () => {
    harness = await startHarness();
    const { dashboard, emulator } = harness;
    const post = dashboard.POST as unknown as (path: string, init: unknown) => Promise<unknown>;
    const { reference: _reference, ...body } = order;
    const error = await rejection(
      post("/api/payment/checkout", {
        body: { ...body, amount: "100", redirectUrl: "not a url", siteId: emulator.siteId },
      }),
    );
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).body).toEqual({
      message: "The amount field must be an integer. (and 2 more errors)",
      errors: {
        amount: ["The amount field must be an integer."],
        reference: ["The reference field is required."],
        redirectUrl: ["The redirect url field must be a valid URL."],
      },
    });
    expect(emulator.server.requests()).toHaveLength(1);
  });

  it("a list item and a flag of the wrong type, and a body that is no object (the spec has no enum in a VaiiPay request)", async () => {
    harness = await startHarness();
    const post = harness.dashboard.POST as unknown as (path: string, init: unknown) => Promise<unknown>;
    const flag = await rejection(
      post("/api/payment-applications", {
        body: { name: "Shop", secret: "s", currencyWhitelist: ["BTC", 1], allowUnderpay: "yes" },
      }),
    );
    expect((flag as UnprocessableEntityError).details).toEqual({
      currencyWhitelist: ["The currency whitelist field must be an array of strings."],
      allowUnderpay: ["The allow underpay field must be true or false."],
    });
    const list = await rejection(post("/api/payment-applications", { body: ["Shop"] }));
    expect((list as UnprocessableEntityError).details).toEqual({
      body: ["The request body must be a JSON object."],
    });
  });

  it("an unknown path, and a payment id that is no uuid, get Laravel's route 404", async () => {
    harness = await startHarness();
    const { emulator } = harness;
    const get = async (path: string) => {
      const response = await fetch(`${emulator.url}${path}`, {
        headers: { authorization: `Bearer ${emulator.clientToken}` },
      });
      return { status: response.status, body: await response.json() };
    };
    expect(await get("/api/payments")).toEqual({
      status: 404,
      body: { message: "The route api/payments could not be found." },
    });
    expect(await get("/api/payment/42")).toEqual({
      status: 404,
      body: { message: "The route api/payment/42 could not be found." },
    });
  });
});

describe("answers that break the spec", () => {
  it("are answered 500 naming the problem, recorded, and fail the harness's close", async () => {
    const { answers, closeError } = await offSpecAnswers({
      emulator: async (clock) =>
        (await createSpecEmulator<paths>({ document: openapiDocument, wire: vaiipayWire, clock })).handle(
          "GET /api/payment/{paymentId}",
          // Deliberately wrong: the spec's Payment needs a string id and a Money amount.
          () => ({ status: 200, body: { data: { id: 7, amount: 1 } } }) as never,
        ),
      requests: [
        {
          path: "/api/payment/9b2f1c0e-5d7a-4c4b-8f3e-1a2b3c4d5e6f",
          init: { headers: { authorization: "Bearer any" } },
        },
      ],
    });
    expect(answers).toEqual([
      {
        status: 500,
        body: expect.objectContaining({
          error: "emulator answer does not match the spec",
          operation: "GET /api/payment/{paymentId}",
        }),
      },
    ]);
    expect(String(closeError)).toMatch(/GET \/api\/payment\/\{paymentId\} answered 200: .*\/data/);
  });
});
