// The emulator against its spec: every operation is emulated (or listed with a reason), and a request that breaks
// the spec gets __Pascal__'s own validation error.
import { operationCoverage } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { BadRequestError } from "../src/index";
import { notEmulated } from "../src/testing/index";
import { type Harness, startHarness } from "./helpers";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("__name__ emulator and its spec", () => {
  it("has a handler for every operation of the spec, or a reason in notEmulated", async () => {
    harness = await startHarness();
    expect(operationCoverage(harness.emulator.spec, notEmulated)).toEqual({ unhandled: [], stale: [] });
  });

  it("answers a body that breaks the spec with __Pascal__'s validation error", async () => {
    harness = await startHarness();
    const post = harness.client.POST as unknown as (path: string, init: unknown) => Promise<unknown>;
    const error = await post("/payments", { body: { amount: 0, currency: "EURO" } }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).body).toMatchObject({
      code: "INVALID_REQUEST",
      message: "body.amount must be >= 1; body.currency must NOT have more than 3 characters",
    });
  });
});
