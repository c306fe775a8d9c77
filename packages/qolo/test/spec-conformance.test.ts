// The emulator against its spec: every operation is emulated (or listed with a reason), requests that break the
// spec get Qolo's own validation answer from the kit, and an answer that breaks the spec fails the test.
import { createSpecEmulator, emulatorCoverage, offSpecAnswers } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { openapiDocument } from "../src/generated/openapi";
import type { paths } from "../src/generated/schema";
import { BadRequestError, NotFoundError } from "../src/index";
import { createQoloEmulator, notEmulated } from "../src/testing/index";
import { qoloWire } from "../src/testing/wire";
import { type Harness, rejection, startHarness } from "./helpers";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("the spec's operations", () => {
  it("each has a handler or is listed as not emulated with a reason", async () => {
    expect(await emulatorCoverage(createQoloEmulator, notEmulated)).toEqual({
      unhandled: [],
      stale: [],
      operations: 20,
    });
  });
});

describe("requests that break the spec get Qolo's validation error", () => {
  it("a missing required field and a wrong enum value, in one 400 Validation failed", async () => {
    harness = await startHarness();
    const post = harness.client.POST as unknown as (path: string, init: unknown) => Promise<unknown>;
    const body = { client_reference_id: "r-1", transfer_type: "CARDTOMOON", amount: 1, currency: "USD" };
    const error = await rejection(post("/api/v1/transfers", { body: { ...body, destination: {} } }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).details).toEqual([
      { field: "source", message: "is required" },
      { field: "transfer_type", message: expect.stringMatching(/^must be one of UNKNOWN, CARDTOCARD, /) },
    ]);
    expect(harness.emulator.counts().transfers).toBe(0);
  });

  it("an unknown path, and a method the path does not take, are refused with a 404", async () => {
    harness = await startHarness();
    const get = harness.client.GET as unknown as (path: string) => Promise<unknown>;
    for (const path of ["/api/v1/cards", "/api/v1/nowhere"]) {
      const error = await rejection(get(path));
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).message).toBe(`qolo: 404 No route for GET ${path}`);
    }
  });
});

describe("answers that break the spec", () => {
  it("are answered 500 naming the problem, recorded, and fail the harness's close", async () => {
    const { answers, closeError } = await offSpecAnswers({
      emulator: async (clock) =>
        (
          await createSpecEmulator<paths>({ document: openapiDocument, wire: qoloWire(() => false), clock })
        ).handle(
          "POST /api/v1/cards/{card_proxy}/status",
          // Deliberately wrong: the spec's Card has a CardStatus enum and a string card_proxy.
          () => ({ status: 200, body: { card_proxy: 42, card_status: "MELTED" } }) as never,
        ),
      requests: [
        {
          path: "/api/v1/cards/1234567890123/status",
          init: {
            method: "POST",
            headers: { authorization: "Bearer t", "content-type": "application/json" },
            body: JSON.stringify({ status: "ACTIVE" }),
          },
        },
      ],
    });
    expect(answers).toEqual([
      {
        status: 500,
        body: expect.objectContaining({
          error: "emulator answer does not match the spec",
          operation: "POST /api/v1/cards/{card_proxy}/status",
          problems: [
            "/card_proxy must be string (#/properties/card_proxy/type)",
            "/card_status must be equal to one of the allowed values (#/components/schemas/CardStatus/enum)",
          ],
        }),
      },
    ]);
    expect(String(closeError)).toMatch(
      /POST \/api\/v1\/cards\/\{card_proxy\}\/status answered 200: \/card_proxy must be string/,
    );
  });
});
