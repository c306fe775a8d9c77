import { afterEach, describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  createScalapayClient,
  decodeScalapayError,
  InternalServerError,
  NotFoundError,
  PayClientsError,
  PermissionDeniedError,
  RateLimitError,
  SCALAPAY_SANDBOX_API_KEY,
  type ScalapayClientOptions,
  TimeoutError,
  UnprocessableEntityError,
} from "../src/index";
import { scalapayErrorBody } from "../src/testing/index";
import { type Harness, orderBody, rejection, startHarness } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

const errorIdPattern = /^error-[0-9a-z]{13}$/;

describe("errors answered by the emulator", () => {
  it("400 api_validationerror: BadRequestError summarising the fields, details = the validation object", async () => {
    harness = await startHarness();
    const body = orderBody();
    const { email: _email, ...consumer } = body.consumer;
    const invalid = { ...body, consumer, items: [{ ...body.items[0], quantity: 1.5 }] } as typeof body;
    const error = await rejection(harness.client.POST("/v2/orders", { body: invalid }));
    expect(error).toBeInstanceOf(BadRequestError);
    const failure = error as BadRequestError;
    expect(failure.status).toBe(400);
    expect(failure.code).toBe("api_validationerror");
    expect(failure.requestId).toMatch(errorIdPattern);
    expect(failure.requestId).toBe((failure.body as { errorId: string }).errorId);
    expect(failure.message).toContain('consumer.email: "email" is required');
    expect(failure.message).toContain('items.0.quantity: "quantity" must be an integer');
    expect(failure.details).toEqual({
      status: 400,
      statusText: "Bad Request",
      errors: [
        {
          field: ["consumer", "email"],
          location: "body",
          messages: ['"email" is required'],
          types: ["any.required"],
        },
        {
          field: ["items", "0", "quantity"],
          location: "body",
          messages: ['"quantity" must be an integer'],
          types: ["number.integer"],
        },
      ],
    });
    expect(harness.emulator.server.journal).toHaveLength(1);
  });

  it("400 for amounts that are not dot-decimal strings", async () => {
    harness = await startHarness();
    const body = orderBody({ totalAmount: { amount: "190,00", currency: "EUR" } });
    const error = (await rejection(harness.client.POST("/v2/orders", { body }))) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error.details as { errors: { field: string[] }[] }).errors[0]?.field).toEqual([
      "totalAmount",
      "amount",
    ]);
  });

  it('401 bare "Unauthorized" for a wrong key: AuthenticationError, not replayed', async () => {
    harness = await startHarness({ apiKey: "sp_live_production_key" });
    const error = await rejection(harness.client.POST("/v2/orders", { body: orderBody() }));
    expect(error).toBeInstanceOf(AuthenticationError);
    const failure = error as AuthenticationError;
    expect(failure.status).toBe(401);
    expect(failure.code).toBe("unauthorized");
    expect(failure.body).toBe("Unauthorized");
    expect(failure.retryable).toBe(false);
    expect(failure.message).toMatch(/sandbox and production/);
    expect(failure.message).not.toContain("sp_live_production_key");
    expect(harness.emulator.server.journal).toHaveLength(1);
    expect(harness.emulator.server.journal[0]?.headers.authorization).toBe("Bearer sp_live_production_key");
    expect(harness.sleeps).toEqual([]);
  });

  it("401 also for a missing Authorization header (raw fetch), with content-type application/json", async () => {
    harness = await startHarness();
    const response = await fetch(`${harness.emulator.url}/v3/configurations`);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.text()).toBe('"Unauthorized"');
  });

  it("404 for an unknown route: NotFoundError", async () => {
    harness = await startHarness();
    const get = harness.client.GET as unknown as (path: string) => Promise<unknown>;
    const error = await rejection(get("/v2/does-not-exist"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).status).toBe(404);
    expect((error as NotFoundError).requestId).toMatch(errorIdPattern);
    expect(harness.emulator.server.journal).toHaveLength(1);
  });

  it("409 for a reused Idempotency-Key with a different body: ConflictError", async () => {
    harness = await startHarness();
    await harness.client.POST("/v2/orders", { body: orderBody(), idempotencyKey: "dup" });
    const error = await rejection(
      harness.client.POST("/v2/orders", {
        body: orderBody({ merchantReference: "x" }),
        idempotencyKey: "dup",
      }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    const failure = error as ConflictError;
    expect(failure.status).toBe(409);
    expect(failure.code).toBe("conflicting_operation_in_progress");
    expect(failure.requestId).toMatch(errorIdPattern);
    expect(harness.emulator.server.journal).toHaveLength(2);
  });

  it("422 invalid_token for an unknown order: UnprocessableEntityError", async () => {
    harness = await startHarness();
    const error = await rejection(
      harness.client.GET("/v2/payments/{token}", { params: { path: { token: "UNKNOWN" } } }),
    );
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    const failure = error as UnprocessableEntityError;
    expect(failure.status).toBe(422);
    expect(failure.code).toBe("invalid_token");
    expect(failure.requestId).toMatch(errorIdPattern);
    expect(failure.message).toMatch(/^scalapay: 422 invalid_token: .*UNKNOWN/);
  });
});

describe("429 and Retry-After", () => {
  it("an idempotent call waits for Retry-After and succeeds", async () => {
    harness = await startHarness();
    const { client, emulator, sleeps } = harness;
    emulator.server.failNext(429, scalapayErrorBody(429, "too_many_requests", "slow down"), {
      "retry-after": "3",
    });
    await client.POST("/v2/orders", { body: orderBody() });
    expect(sleeps).toEqual([3_000]);
    const attempts = emulator.server.journal;
    expect(attempts.map((entry) => entry.status)).toEqual([429, 200]);
    expect(attempts[1]?.headers["idempotency-key"]).toBe(attempts[0]?.headers["idempotency-key"]);
  });

  it("with maxRetries 0 the RateLimitError carries retryAfterMs", async () => {
    harness = await startHarness();
    harness.emulator.server.failNext(429, scalapayErrorBody(429, "too_many_requests", "slow down"), {
      "retry-after": "7",
    });
    const error = await rejection(harness.client.GET("/v3/configurations", { maxRetries: 0 }));
    expect(error).toBeInstanceOf(RateLimitError);
    const failure = error as RateLimitError;
    expect(failure.status).toBe(429);
    expect(failure.retryAfterMs).toBe(7_000);
    expect(failure.code).toBe("too_many_requests");
    expect(failure.requestId).toMatch(errorIdPattern);
    expect(harness.emulator.server.journal).toHaveLength(1);
  });

  it("a keyless POST is not retried after a 429", async () => {
    harness = await startHarness();
    harness.emulator.server.failNext(429, scalapayErrorBody(429, "too_many_requests", "slow down"), {
      "retry-after": "1",
    });
    const error = await rejection(
      harness.client.POST("/v2/payments/{token}/delay/void", { params: { path: { token: "T" } } }),
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect(harness.emulator.server.journal).toHaveLength(1);
  });
});

describe("5xx and undecodable bodies", () => {
  it("500 until retries are exhausted: InternalServerError after 1 + maxRetries attempts", async () => {
    harness = await startHarness();
    const { client, emulator, sleeps } = harness;
    for (let index = 0; index < 3; index += 1) {
      emulator.server.failNext(500, scalapayErrorBody(500, "internal_server", "Internal server error"));
    }
    const error = await rejection(client.POST("/v2/orders", { body: orderBody() }));
    expect(error).toBeInstanceOf(InternalServerError);
    const failure = error as InternalServerError;
    expect(failure.status).toBe(500);
    expect(failure.code).toBe("internal_server");
    expect(failure.requestId).toMatch(errorIdPattern);
    expect(failure.retryable).toBe(true);
    expect(emulator.server.journal).toHaveLength(3);
    expect(new Set(emulator.server.journal.map((entry) => entry.headers["idempotency-key"])).size).toBe(1);
    expect(sleeps).toHaveLength(2);
  });

  it.each([
    {
      label: "an HTML 502 page",
      status: 502,
      body: "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
      type: "text/html",
      message: /Bad Gateway \(HTML body: 502 Bad Gateway\)/,
    },
    {
      label: "an empty 500 body",
      status: 500,
      body: undefined,
      type: "application/json",
      message: /empty body/,
    },
    {
      label: "truncated JSON",
      status: 500,
      body: '{"errorCode":"internal_se',
      type: "application/json",
      message: /unparseable JSON body: \{"errorCode":"internal_se/,
    },
    {
      label: "a bare JSON string",
      status: 503,
      body: '"Service Unavailable"',
      type: "application/json",
      message: /^scalapay: 503 Service Unavailable$/,
    },
  ])(
    "$label decodes to InternalServerError with a useful message",
    async ({ status, body, type, message }) => {
      harness = await startHarness();
      harness.emulator.server.failNext(status, body, { "content-type": type });
      const error = await rejection(harness.client.GET("/v3/configurations", { maxRetries: 0 }));
      expect(error).toBeInstanceOf(InternalServerError);
      expect((error as InternalServerError).status).toBe(status);
      expect((error as InternalServerError).message).toMatch(message);
    },
  );

  it("403 maps to PermissionDeniedError and an unmapped status to a plain ApiError", async () => {
    harness = await startHarness();
    harness.emulator.server.failNext(403, scalapayErrorBody(403, "forbidden", "Not allowed"));
    const forbidden = await rejection(harness.client.GET("/v3/configurations"));
    expect(forbidden).toBeInstanceOf(PermissionDeniedError);
    expect((forbidden as PermissionDeniedError).message).toContain("Not allowed");
    harness.emulator.server.failNext(418, scalapayErrorBody(418, "teapot", "short and stout"));
    const teapot = await rejection(harness.client.GET("/v3/configurations"));
    expect(teapot).toBeInstanceOf(ApiError);
    expect((teapot as ApiError).constructor).toBe(ApiError);
    expect((teapot as ApiError).code).toBe("teapot");
  });
});

describe("transport failures and configuration", () => {
  it("a response slower than timeoutMs is a TimeoutError", async () => {
    harness = await startHarness();
    harness.emulator.server.delayNext(1_000);
    const error = await rejection(harness.client.GET("/v3/configurations", { timeoutMs: 50, maxRetries: 0 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toMatch(/timed out after 50 ms/);
  });

  it("a dropped connection is a ConnectionError; an aborted call rejects with the abort reason", async () => {
    harness = await startHarness();
    harness.emulator.server.dropNext();
    const dropped = await rejection(harness.client.GET("/v3/configurations", { maxRetries: 0 }));
    expect(dropped).toBeInstanceOf(ConnectionError);
    expect(PayClientsError.isInstance(dropped)).toBe(true);

    const controller = new AbortController();
    const reason = new Error("caller gave up");
    controller.abort(reason);
    const aborted = await rejection(harness.client.GET("/v3/configurations", { signal: controller.signal }));
    expect(aborted).toBe(reason);
  });

  it("invalid options are ConfigurationErrors", () => {
    const both = {
      apiKey: SCALAPAY_SANDBOX_API_KEY,
      environment: "sandbox",
      baseUrl: "https://integration.api.scalapay.com",
    } as unknown as ScalapayClientOptions;
    expect(() => createScalapayClient(both)).toThrow(ConfigurationError);
    expect(() => createScalapayClient({ apiKey: "", environment: "sandbox" })).toThrow(/apiKey/);
    expect(() => createScalapayClient({ apiKey: "k", baseUrl: "http://api.example.com" })).toThrow(/https/);
    const unknown = { apiKey: "k", environment: "staging" } as unknown as ScalapayClientOptions;
    expect(() => createScalapayClient(unknown)).toThrow(/unknown environment/);
    expect(createScalapayClient({ apiKey: "k", environment: "production" }).baseUrl).toBe(
      "https://api.scalapay.com",
    );
    expect(createScalapayClient({ apiKey: "k", environment: "sandbox" }).baseUrl).toBe(
      "https://integration.api.scalapay.com",
    );
  });
});

describe("decodeScalapayError, shape by shape", () => {
  const decode = (body: unknown, parsed = true) =>
    decodeScalapayError({
      status: 400,
      body,
      parsed,
      headers: new Headers(),
      method: "POST",
      path: "",
      source: "api",
    });

  it("a bare string is the message; an empty or unparsed one is nothing", () => {
    expect(decode("Unauthorized")).toEqual({ code: "unauthorized", message: "Unauthorized" });
    expect(decode("Forbidden")).toEqual({ message: "Forbidden" });
    expect(decode("")).toBeUndefined();
    expect(decode("<html></html>", false)).toBeUndefined();
  });

  it("an envelope without a readable message keeps its code and error id", () => {
    expect(decode({ errorCode: "E_ONLY", errorId: "err-1" })).toEqual({ code: "E_ONLY", requestId: "err-1" });
    expect(decode({ errorCode: "E_NULL", message: null })).toEqual({ code: "E_NULL" });
    expect(decode({ errorCode: "E_NUM", message: 42 })).toEqual({ code: "E_NUM" });
  });

  it.each([
    [
      "issues without a field or messages, and a field given as a string",
      {
        statusText: "Bad",
        errors: [{ messages: ["m1", "m2"] }, { field: "amount" }, { field: ["a", "b"], messages: [] }],
      },
      "Bad (?: m1; m2, amount, a.b)",
    ],
    ["errors that are not a list", { statusText: "Bad", errors: "nope" }, "Bad"],
    ["no status text", { errors: [{ field: "f", messages: ["m"] }] }, "Validation failed (f: m)"],
    ["a status text that is not a string", { statusText: 7, errors: [] }, "Validation failed"],
  ])("a validation message: %s", (_label, message, expected) => {
    expect(decode({ errorCode: "api_validationerror", message })).toMatchObject({
      message: expected,
      details: message,
    });
  });
});
