import { afterEach, describe, expect, it } from "vitest";
import {
  type ApiError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "../src/index";
import { clik2payErrorBody } from "../src/testing/index";
import { ecommBody, type Harness, rejection, startHarness } from "./helpers";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const unknownId = "0d6f5d0e-8f8a-4f63-9a39-b1f0a0c1d2e3";
const getUnknown = (h: Harness) =>
  h.client.GET("/payment-requests/{paymentRequestId}", { params: { path: { paymentRequestId: unknownId } } });

describe("each documented status decodes into the shared hierarchy", () => {
  it("400: the emulator's validation message", async () => {
    harness = await startHarness();
    const error = await rejection(
      harness.client.POST("/payment-requests", { body: { ...ecommBody(), amount: 0 } }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({
      status: 400,
      body: { message: "amount must be a number between 0.01 and 10000" },
    });
  });

  it("401: an unknown token twice", async () => {
    harness = await startHarness();
    harness.emulator.api.failNext(401, clik2payErrorBody("Unauthorized"));
    harness.emulator.api.failNext(401, clik2payErrorBody("Unauthorized"));
    const error = await rejection(getUnknown(harness));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as ApiError).status).toBe(401);
  });

  it("403: a key the API does not know", async () => {
    harness = await startHarness({ client: { apiKey: "not-the-key" } });
    const error = await rejection(getUnknown(harness));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as ApiError).body).toEqual({ message: "Forbidden" });
  });

  it("404: an unknown payment request, with the request id header", async () => {
    harness = await startHarness();
    harness.emulator.api.failNext(
      404,
      { message: `Payment request ${unknownId} not found` },
      {
        "x-amzn-requestid": "5b1e6f0a-req",
      },
    );
    const error = await rejection(getUnknown(harness));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      requestId: "5b1e6f0a-req",
      message: `clik2pay: 404 Payment request ${unknownId} not found`,
    });
    const real = await rejection(getUnknown(harness));
    expect((real as Error).message).toBe(`clik2pay: 404 Payment request ${unknownId} not found`);
  });

  it("429: rate limit or maximum payment limit, not resent for a create without merchantTransactionId", async () => {
    harness = await startHarness();
    harness.emulator.api.failNext(429, { message: "Maximum payment limit exceeded" });
    const error = await rejection(harness.client.POST("/payment-requests", { body: ecommBody() }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryable: true, retryAfterMs: undefined });
    expect((error as Error).message).toBe("clik2pay: 429 Maximum payment limit exceeded");
    expect(harness.emulator.api.journal).toHaveLength(1);
  });

  it("500: internal error after the retries", async () => {
    harness = await startHarness({ client: { maxRetries: 1 } });
    for (let index = 0; index < 2; index += 1)
      harness.emulator.api.failNext(500, clik2payErrorBody("Internal server error"));
    const error = await rejection(getUnknown(harness));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toBe("clik2pay: 500 Internal server error");
    expect(harness.sleeps).toHaveLength(1);
  });
});

describe("odd error bodies", () => {
  const shapes: [string, unknown, Record<string, string>, Record<string, unknown>][] = [
    [
      "a detail string",
      { detail: "Payment request not cancellable" },
      {},
      { message: "clik2pay: 400 Payment request not cancellable" },
    ],
    [
      "a validation detail list",
      { detail: [{ loc: ["body", "amount"], msg: "field required" }, { msg: "bad payer" }] },
      {},
      {
        message: "clik2pay: 400 body.amount: field required, bad payer",
        details: [{ loc: ["body", "amount"], msg: "field required" }, { msg: "bad payer" }],
      },
    ],
    [
      "an OAuth2 error",
      { error: "invalid_request", error_description: "malformed" },
      {},
      { code: "invalid_request", message: "clik2pay: 400 invalid_request: malformed" },
    ],
    [
      "a bare JSON string",
      "Bad Request",
      { "content-type": "application/json" },
      { message: "clik2pay: 400 Bad Request" },
    ],
    [
      "an HTML page",
      "<html><head><title>400 Bad Request</title></head></html>",
      { "content-type": "text/html" },
      { message: "clik2pay: 400 Bad Request (HTML body: 400 Bad Request)" },
    ],
    ["an empty body", "", {}, { message: "clik2pay: 400 Bad Request (empty body)" }],
    ["an unknown object", { foo: 1 }, {}, { message: "clik2pay: 400 Bad Request", body: { foo: 1 } }],
    [
      "a detail string kept out of details",
      { detail: "Payment request expired" },
      {},
      { message: "clik2pay: 400 Payment request expired", details: undefined },
    ],
    [
      "an empty JSON string",
      "",
      { "content-type": "application/json" },
      { message: "clik2pay: 400 Bad Request (empty body)" },
    ],
    [
      "an empty message next to a detail",
      { message: "", detail: "real reason" },
      {},
      { message: "clik2pay: 400 real reason" },
    ],
    [
      "a detail object, shown as JSON",
      { detail: { field: "amount" } },
      {},
      { message: 'clik2pay: 400 {"field":"amount"}', details: { field: "amount" } },
    ],
    [
      "a detail list of odd items",
      {
        detail: [
          null,
          "plain",
          3,
          { message: "from message" },
          { loc: "body", msg: "loc not a list" },
          { x: 1 },
        ],
      },
      {},
      { message: 'clik2pay: 400 null, plain, 3, from message, loc not a list, {"x":1}' },
    ],
    [
      "a detail object of exactly 200 characters of JSON, in full",
      { detail: { t: "a".repeat(192) } },
      {},
      { message: `clik2pay: 400 {"t":"${"a".repeat(192)}"}` },
    ],
    [
      "a longer detail object, cut at 200 characters",
      { detail: { t: "a".repeat(193) } },
      {},
      { message: `clik2pay: 400 ${`{"t":"${"a".repeat(193)}"}`.slice(0, 200)}…` },
    ],
    [
      "a code alone, as the message",
      { code: "E_ONLY" },
      {},
      { code: "E_ONLY", message: "clik2pay: 400 E_ONLY: E_ONLY" },
    ],
    [
      "errorCode and traceId",
      { errorCode: "E2", traceId: "trace-9", message: "m" },
      {},
      { code: "E2", requestId: "trace-9", message: "clik2pay: 400 E2: m" },
    ],
    ["a requestId field", { requestId: "req-9", message: "m" }, {}, { requestId: "req-9" }],
  ];

  it.each(shapes)("decodes %s", async (_label, body, headers, expected) => {
    harness = await startHarness();
    const payload =
      typeof body === "string" && headers["content-type"] === "application/json"
        ? JSON.stringify(body)
        : body;
    harness.emulator.api.failNext(400, payload, headers);
    const error = await rejection(getUnknown(harness));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject(expected);
  });
});
