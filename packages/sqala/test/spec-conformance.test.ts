// The emulator against its spec: every operation is emulated (or listed with a reason), requests that break the
// spec get Sqala's own INVALID_BODY (class-validator wording) from the kit, and an answer that breaks the spec fails
// the test.
import { createSpecEmulatorAtBasePaths, emulatorCoverage, offSpecAnswers } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { openapiDocument } from "../src/generated/openapi";
import type { paths } from "../src/generated/schema";
import { BadRequestError } from "../src/index";
import { createSqalaEmulator, notEmulated } from "../src/testing/index";
import { sqalaWire } from "../src/testing/wire";
import { type Harness, rejection, startHarness } from "./helpers";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("the spec's operations", () => {
  it("each has a handler or is listed as not emulated with a reason", async () => {
    expect(await emulatorCoverage(createSqalaEmulator, notEmulated)).toEqual({
      unhandled: [],
      stale: [],
      operations: 31,
    });
  });
});

describe("requests that break the spec get Sqala's INVALID_BODY", () => {
  it("words missing fields, wrong types and enums, lengths and both metadata shapes as class-validator does", async () => {
    harness = await startHarness({}, { maxRetries: 0 });
    const post = harness.client.POST as unknown as (path: string, init: unknown) => Promise<unknown>;
    const recipient = await rejection(
      post("/recipients", { body: { taxId: 5, type: "PERSON", metadata: [{ name: "n".repeat(41) }] } }),
    );
    expect(recipient).toBeInstanceOf(BadRequestError);
    expect(recipient).toMatchObject({
      status: 400,
      code: "INVALID_BODY",
      details: [
        "name should not be empty",
        "taxId must be a string",
        "type must be one of the following values: INDIVIDUAL, COMPANY",
        "metadata.0.name must be shorter than or equal to 40 characters",
      ],
    });
    const withdrawal = await rejection(
      post("/recipients/{recipientId}/withdrawals", {
        params: { path: { recipientId: "DEFAULT" } },
        body: { amount: 1.5, method: "WIRE", metadata: 7 },
      }),
    );
    expect(withdrawal).toMatchObject({
      code: "INVALID_BODY",
      details: [
        "amount must be an integer number",
        "method must be one of the following values: STANDARD, PIX, PIX_QRCODE",
        "metadata must be an array or an object",
      ],
    });
    expect(harness.emulator.balanceOf("DEFAULT")).toBe(0);
  });

  it("answers an unknown path, or a method the path does not take, with NestJS's 404", async () => {
    harness = await startHarness();
    for (const [method, path] of [
      ["GET", "/core/v1/refunds"],
      ["DELETE", "/core/v1/recipients"],
    ] as const) {
      const response = await fetch(`${harness.emulator.server.url}${path}`, { method });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        message: `Cannot ${method} ${path}`,
        error: "Not Found",
        statusCode: 404,
      });
    }
  });
});

describe("answers that break the spec", () => {
  it("are answered 500 naming the problem, recorded, and fail the harness's close", async () => {
    const { answers, closeError } = await offSpecAnswers({
      emulator: async (clock) =>
        (
          await createSpecEmulatorAtBasePaths<paths>({
            document: openapiDocument,
            wire: sqalaWire({ tokenExpired: () => false }),
            clock,
          })
        ).handle(
          "GET /recipients/{id}",
          // Deliberately wrong: the spec's Recipient has a string id and an INDIVIDUAL or COMPANY type.
          () => ({ status: 200, body: { id: 42, type: "PERSON" } }) as never,
        ),
      requests: [{ path: "/core/v1/recipients/R1", init: { headers: { authorization: "Bearer any" } } }],
    });
    expect(answers).toEqual([
      {
        status: 500,
        body: expect.objectContaining({
          error: "emulator answer does not match the spec",
          operation: "GET /core/v1/recipients/{id}",
          problems: [
            "/id must be string (#/components/schemas/Id/type)",
            "/type must be equal to one of the allowed values (#/components/schemas/PartyType/enum)",
          ],
        }),
      },
    ]);
    expect(String(closeError)).toMatch(
      /GET \/core\/v1\/recipients\/\{id\} answered 200: \/id must be string/,
    );
  });
});
