// The emulator against its spec: every operation is emulated (or listed with a reason), a request that breaks the
// spec gets __Pascal__'s own validation error, and an answer that breaks the spec fails the test.
import { createSpecEmulator, emulatorCoverage, offSpecAnswers, rejectionOf } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { openapiDocument } from "../src/generated/openapi";
import type { paths } from "../src/generated/schema";
import { BadRequestError } from "../src/index";
import { create__Pascal__Emulator, notEmulated } from "../src/testing/index";
import { __camel__Wire } from "../src/testing/wire";
import { type Harness, startHarness } from "./helpers";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("__name__ emulator and its spec", () => {
  it("has a handler for every operation of the spec, or a reason in notEmulated", async () => {
    expect(await emulatorCoverage(create__Pascal__Emulator, notEmulated)).toEqual({
      unhandled: [],
      stale: [],
      operations: 3,
    });
  });

  it("answers a body that breaks the spec with __Pascal__'s validation error", async () => {
    harness = await startHarness();
    const post = harness.client.POST as unknown as (path: string, init: unknown) => Promise<unknown>;
    const error = await rejectionOf(post("/payments", { body: { amount: 0, currency: "EURO" } }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).body).toMatchObject({
      code: "INVALID_REQUEST",
      message: "body.amount must be >= 1; body.currency must NOT have more than 3 characters",
    });
  });

  it("answers a deliberately wrong handler's answer with 500 and fails the harness's close", async () => {
    const { answers, closeError } = await offSpecAnswers({
      emulator: async (clock) =>
        (await createSpecEmulator<paths>({ document: openapiDocument, wire: __camel__Wire, clock })).handle(
          "GET /payments/{id}",
          // Deliberately wrong: the spec's Payment has a string id and an integer amount.
          () => ({ status: 200, body: { id: 7, amount: "1", currency: "EUR", status: "PAID" } }) as never,
        ),
      requests: [{ path: "/payments/p1", init: { headers: { authorization: "Bearer t" } } }],
    });
    expect(answers).toEqual([
      { status: 500, body: expect.objectContaining({ operation: "GET /payments/{id}" }) },
    ]);
    expect(String(closeError)).toMatch(/GET \/payments\/\{id\} answered 200: \/id must be string/);
  });
});
