// The emulator against its spec: every operation of both hosts is emulated (or listed with a reason), requests that
// break the spec get Clik2pay's own 400 from the kit, and an answer that breaks the spec fails the test.
import { createSpecEmulatorAtBasePaths, offSpecAnswers, operationCoverage } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { openapiDocument } from "../src/generated/openapi";
import type { paths } from "../src/generated/schema";
import { BadRequestError } from "../src/index";
import { notEmulated } from "../src/testing/index";
import { clik2payErrorBody, fail } from "../src/testing/wire";
import { ecommBody, type Harness, rejection, startHarness } from "./helpers";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("the spec's operations", () => {
  it("each has a handler on its host or is listed as not emulated with a reason", async () => {
    harness = await startHarness();
    const { spec } = harness.emulator;
    expect(operationCoverage(spec, notEmulated)).toEqual({ unhandled: [], stale: [] });
    expect(spec.operations.map((operation) => operation.key)).toEqual([
      "POST /oauth2/token",
      "POST /payment-requests",
      "GET /payment-requests/{paymentRequestId}",
      "POST /payment-requests/{paymentRequestId}/cancellation",
      "POST /payment-requests/{paymentRequestId}/refunds",
      "GET /payment-requests/{paymentRequestId}/refunds/{refundId}",
      "POST /payments",
    ]);
  });
});

describe("requests that break the spec get Clik2pay's 400", () => {
  it("a missing required field and a wrong enum value, in one message", async () => {
    harness = await startHarness();
    const { payer: _payer, ...body } = ecommBody();
    const post = harness.client.POST as unknown as (path: string, init: unknown) => Promise<unknown>;
    const error = await rejection(post("/payment-requests", { body: { ...body, deliveryMode: "FAX" } }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).body).toEqual(
      clik2payErrorBody("payer is required; deliveryMode must be one of SMS, EMAIL, NONE"),
    );
    expect(harness.emulator.api.requests({ method: "POST" }).map((entry) => entry.status)).toEqual([400]);
  });

  it("an unknown path, a method the path does not take, and the other host's operation: 404", async () => {
    harness = await startHarness();
    const { apiUrl, api, auth } = harness.emulator;
    const answers = await Promise.all(
      [
        fetch(`${apiUrl}/refunds`),
        fetch(`${apiUrl}/payments`),
        fetch(`${apiUrl}/oauth2/token`, { method: "POST" }),
        fetch(`${auth.url}${new URL(apiUrl).pathname}/payments`, { method: "POST" }),
      ].map(async (answer) => [(await answer).status, await (await answer).json()]),
    );
    const path = new URL(apiUrl).pathname;
    expect(answers).toEqual([
      [404, { message: `Not Found: ${path}/refunds` }],
      [404, { message: `Not Found: ${path}/payments` }],
      [404, { message: `Not Found: ${path}/oauth2/token` }],
      [404, { message: `Not Found: ${path}/payments` }],
    ]);
    expect(api.journal).toHaveLength(3);
  });
});

describe("answers that break the spec", () => {
  it("are answered 500 naming the problem, recorded, and fail the harness's close", async () => {
    const init = { headers: { authorization: "Bearer t", "x-api-key": "k" } };
    const { answers, closeError } = await offSpecAnswers({
      emulator: async (clock) =>
        (
          await createSpecEmulatorAtBasePaths<paths>({
            document: openapiDocument,
            serverUrl: "https://api.clik2pay.com/open/v1",
            wire: {
              invalidRequest: () => fail(400, "invalid"),
              unauthorized: () => fail(401, "Unauthorized"),
            },
            clock,
          })
        ).handle("GET /payment-requests/{paymentRequestId}", ({ input }) =>
          // Deliberately wrong: the spec's PaymentRequest has a string uuid `id`, and 418 is not a declared status.
          input.path.paymentRequestId === "teapot"
            ? fail(418, "I'm a teapot")
            : ({ status: 200, body: { id: 42 } } as never),
        ),
      requests: [
        { path: "/open/v1/payment-requests/x", init },
        { path: "/open/v1/payment-requests/teapot", init },
      ],
    });
    expect(answers).toEqual([
      {
        status: 500,
        body: expect.objectContaining({
          error: "emulator answer does not match the spec",
          operation: "GET /open/v1/payment-requests/{paymentRequestId}",
          problems: ["/id must be string (#/properties/id/type)"],
        }),
      },
      { status: 500, body: expect.objectContaining({ status: 418 }) },
    ]);
    expect(String(closeError)).toMatch(/answered 418: status 418 is not declared/);
  });
});
