import { afterEach, describe, expect, it } from "vitest";
import {
  ApiError,
  BadRequestError,
  decodeQoloError,
  InternalServerError,
  NotFoundError,
  PayClientsError,
  RateLimitError,
} from "../src/index";
import { apiRequests, type Harness, rejection, startHarness, uuidPattern } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

const list = () => harness.client.GET("/api/v1/notifications");
const failList = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  harness.emulator.server.failNext(status, body, headers, { path: "/api/v1/notifications" });

describe("documented statuses map onto the shared error classes", () => {
  it("400 validation errors carry every field problem in the message and details", async () => {
    harness = await startHarness();
    const error = await rejection(
      harness.client.POST("/api/v1/transfers", {
        body: {
          client_reference_id: "",
          transfer_type: "ACCOUNTTOACCOUNT",
          amount: -1,
          currency: "usd",
          source: {},
          destination: {},
        },
      }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    const failure = error as BadRequestError;
    expect(failure.status).toBe(400);
    expect(failure.provider).toBe("qolo");
    expect(failure.retryable).toBe(false);
    expect(failure.message).toBe(
      "qolo: 400 Validation failed (client_reference_id: must not be empty, amount: must be greater than 0, currency: must be a 3-letter code)",
    );
    expect(failure.details).toHaveLength(3);
  });

  it("404 with a bare JSON string body (a plausible Qolo shape)", async () => {
    harness = await startHarness();
    failList(404, JSON.stringify("Program not found"), { "content-type": "application/json" });
    const error = await rejection(list());
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe("qolo: 404 Program not found");
  });

  it("405 (method not allowed for the access token) is an ApiError with the status", async () => {
    harness = await startHarness();
    failList(405, { Message: "The requested resource does not support http method 'GET'." });
    const error = await rejection(list());
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(405);
    expect((error as ApiError).message).toBe(
      "qolo: 405 The requested resource does not support http method 'GET'.",
    );
  });

  it("415 from the emulator when the body is not sent as JSON", async () => {
    harness = await startHarness();
    const error = await rejection(
      harness.client.POST("/api/v1/persons", {
        body: { program_guid: harness.emulator.programGuid, person_details: { first_name: "Ada" } },
        headers: { "Content-Type": "text/plain" },
      }),
    );
    expect((error as ApiError).status).toBe(415);
    expect((error as ApiError).message).toBe(
      "qolo: 415 Unsupported Media Type: text/plain; send application/json",
    );
    expect(harness.emulator.counts().persons).toBe(0);
  });

  it("400 from the emulator when a JSON body does not parse", async () => {
    harness = await startHarness();
    const error = await rejection(
      harness.client.POST("/api/v1/persons", {
        body: { program_guid: harness.emulator.programGuid, person_details: { first_name: "Ada" } },
        bodySerializer: () => '{"first_name": "Ada"',
      }),
    );
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe("qolo: 400 The request body is not valid JSON");
    expect(harness.emulator.counts().persons).toBe(0);
  });

  it("500 is retried on a GET and surfaces as InternalServerError once retries are spent", async () => {
    harness = await startHarness({}, { maxRetries: 1 });
    failList(500, { message: "Internal server error", traceId: "00-abc-01" });
    failList(500, { message: "Internal server error", traceId: "00-abc-02" });
    const error = await rejection(list());
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).requestId).toBe("00-abc-02");
    expect((error as InternalServerError).retryable).toBe(true);
    expect(apiRequests(harness)).toHaveLength(2);
  });

  it("ASP.NET-style problem details are summarized", async () => {
    harness = await startHarness();
    failList(400, {
      type: "https://tools.ietf.org/html/rfc7231#section-6.5.1",
      title: "One or more validation errors occurred.",
      status: 400,
      traceId: "00-trace-00",
      errors: { Amount: ["The field Amount must be positive."], Currency: ["Required"] },
    });
    const error = (await rejection(list())) as BadRequestError;
    expect(error.message).toBe(
      "qolo: 400 One or more validation errors occurred. (Amount: The field Amount must be positive., Currency: Required)",
    );
    expect(error.requestId).toBe("00-trace-00");
  });

  it("empty and HTML bodies fall back to the status", async () => {
    harness = await startHarness({}, { maxRetries: 0 });
    failList(502, "<html><head><title>502 Bad Gateway</title></head></html>", {
      "content-type": "text/html",
    });
    const gateway = (await rejection(list())) as InternalServerError;
    expect(gateway).toBeInstanceOf(InternalServerError);
    expect(gateway.message).toBe("qolo: 502 Bad Gateway (HTML body: 502 Bad Gateway)");
    failList(400, undefined);
    expect(((await rejection(list())) as BadRequestError).message).toBe("qolo: 400 Bad Request (empty body)");
  });

  it("every error is a PayClientsError whose JSON form carries no body", async () => {
    harness = await startHarness();
    failList(404, { message: "Notification not found", secret: "whsec-leak" });
    const error = (await rejection(list())) as NotFoundError;
    expect(PayClientsError.isInstance(error)).toBe(true);
    expect(JSON.stringify(error)).not.toContain("whsec-leak");
  });
});

describe("429 from the gateway", () => {
  it("waits Retry-After and retries; the retried create keeps its key", async () => {
    harness = await startHarness();
    harness.emulator.server.failNext(
      429,
      { message: "Too Many Requests" },
      { "retry-after": "2" },
      { path: "/api/v1/persons" },
    );
    await harness.client.POST("/api/v1/persons", {
      body: { program_guid: harness.emulator.programGuid, person_details: { first_name: "Ada" } },
    });
    const posts = harness.emulator.server.requests({ path: "/api/v1/persons" });
    expect(posts.map((entry) => entry.status)).toEqual([429, 201]);
    expect(posts[1]?.headers.idempotencykey).toMatch(uuidPattern);
    expect(posts[1]?.headers.idempotencykey).toBe(posts[0]?.headers.idempotencykey);
    // Retry-After wins over the exponential backoff (which would be at most 500 ms for a first retry).
    expect(harness.sleeps).toEqual([2000]);
    expect(harness.emulator.counts().persons).toBe(1);
  });

  it("the emulator's gateway limit counts wall-clock seconds: a client that really waits gets through", async () => {
    // The emulated clock is frozen, so only a real wait can reopen the window (about one second here).
    const waited: number[] = [];
    harness = await startHarness(
      {},
      {
        sleep: (milliseconds) => {
          waited.push(milliseconds);
          return new Promise((resolve) => setTimeout(resolve, milliseconds));
        },
      },
    );
    await list();
    harness.emulator.setRateLimit({ requestsPerSecond: 1 });
    const body = { program_guid: harness.emulator.programGuid, person_details: { first_name: "Ada" } };
    await harness.client.POST("/api/v1/persons", { body });
    await harness.client.POST("/api/v1/persons", { body });
    const posts = harness.emulator.server.requests({ path: "/api/v1/persons" });
    expect(posts.map((entry) => entry.status)).toEqual([201, 429, 201]);
    // The 429 said `Retry-After: 1`; the client waited exactly that instead of its backoff.
    expect(waited).toEqual([1000]);
    expect(posts[2]?.headers.idempotencykey).toBe(posts[1]?.headers.idempotencykey);
    expect(posts[1]?.headers.idempotencykey).not.toBe(posts[0]?.headers.idempotencykey);
    expect(harness.emulator.counts().persons).toBe(2);
  });

  it("the gateway limit can leave out Retry-After (Qolo's 429 headers are undocumented)", async () => {
    harness = await startHarness({ rateLimit: { requestsPerSecond: 1, retryAfter: false } });
    const call = () => fetch(`${harness.emulator.url}/api/v1/notifications`);
    expect((await call()).status).toBe(401);
    const limited = await call();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBeNull();
    expect(await limited.json()).toEqual({ message: "Too Many Requests" });
  });

  it("past the retries it is a RateLimitError with retryAfterMs", async () => {
    harness = await startHarness({ rateLimit: { requestsPerSecond: 1 } }, { maxRetries: 0 });
    // The login uses the one request of this second; the API call is limited.
    const error = await rejection(list());
    expect(error).toBeInstanceOf(RateLimitError);
    const limited = error as RateLimitError;
    expect(limited.retryAfterMs).toBe(1000);
    expect(limited.retryable).toBe(true);
    expect(limited.message).toBe("qolo: 429 Too Many Requests");
  });
});

describe("decodeQoloError", () => {
  const context = (body: unknown, parsed = true) => ({
    status: 400,
    body,
    parsed,
    headers: new Headers(),
    method: "POST",
    path: "/api/v1/cards",
    source: "api" as const,
  });

  it("reads codes, messages and trace ids under their common names", () => {
    expect(
      decodeQoloError(context({ error_code: "E_CARD", error: "Card is locked", request_id: "r-1" })),
    ).toEqual({
      code: "E_CARD",
      message: "Card is locked",
      requestId: "r-1",
    });
    expect(
      decodeQoloError(context({ code: 4001, errors: ["program_guid is required", { field: "amount" }] })),
    ).toEqual({
      code: "4001",
      message: "program_guid is required, amount",
      requestId: undefined,
      details: ["program_guid is required", { field: "amount" }],
    });
  });

  type Shape = [label: string, body: unknown, expected: Record<string, unknown>];
  // Each field name the decoder reads, alone in a body: the decoded field it fills.
  const under = (key: string, fields: string[]): Shape[] =>
    fields.map((field) => [
      `a ${key} under ${field}`,
      { [field]: `${key} ${field}` },
      { [key]: `${key} ${field}` },
    ]);
  const shapes: Shape[] = [
    ...under("message", [
      "message",
      "Message",
      "error_description",
      "detail",
      "title",
      "error",
      "errorMessage",
    ]),
    ...under("code", ["code", "error_code", "errorCode", "Code"]),
    ...under("requestId", [
      "traceId",
      "trace_id",
      "requestId",
      "request_id",
      "correlation_id",
      "correlationId",
    ]),
    ["a padded message, trimmed", { message: "  padded  " }, { message: "padded" }],
    ["a blank message skipped", { message: "   ", title: "the title" }, { message: "the title" }],
    ["a numeric code", { code: 4001 }, { code: "4001" }],
    ["a code that is not a finite number", { code: Number.POSITIVE_INFINITY }, { code: undefined }],
    [
      "a message repeating the code, replaced by the issues",
      { code: "E1", message: "E1", errors: ["x"] },
      { message: "x" },
    ],
    ["a message with issues", { message: "invalid", errors: ["a", "b"] }, { message: "invalid (a, b)" }],
    ["issues without text, or null", { message: "m", errors: [null, 5, {}] }, { message: "m" }],
    [
      "issue fields and texts under their common names",
      {
        errors: [
          { property: "p1", Message: "t1" },
          { propertyName: "p2", error: "t2" },
          { name: "p3", description: "t3" },
          { errorMessage: "t4" },
        ],
      },
      { message: "p1: t1, p2: t2, p3: t3, t4" },
    ],
    [
      "an ASP.NET-style map",
      { Errors: { amount: ["too low", 5, "too odd"], currency: "unknown", note: [] } },
      { message: "amount: too low; too odd, currency: unknown, note" },
    ],
    ["a null map", { message: "m", Errors: null }, { message: "m", details: null }],
  ];

  it.each(shapes)("decodes %s", (_label, body, expected) => {
    expect(decodeQoloError(context(body))).toMatchObject(expected);
  });

  it("a bare JSON string is the message, trimmed; a blank one is nothing", () => {
    expect(decodeQoloError(context("  Card not found  "))).toEqual({ message: "Card not found" });
    expect(decodeQoloError(context("   "))).toBeUndefined();
  });

  it("leaves raw text and non-objects to the status fallback", () => {
    expect(decodeQoloError(context("Service Unavailable", false))).toBeUndefined();
    expect(decodeQoloError(context(["a"]))).toBeUndefined();
    expect(decodeQoloError(context(null))).toBeUndefined();
    expect(decodeQoloError(context(5))).toBeUndefined();
  });
});
