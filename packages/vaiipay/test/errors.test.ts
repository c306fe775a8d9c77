import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  decodeVaiiPayError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  UnprocessableEntityError,
  type VaiiPayPermissionDetails,
} from "../src/index";
import { checkoutBody, type Harness, newPayment, rejection, startHarness } from "./helpers";

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => {
  await harness.close();
});

describe("401 Unauthenticated", () => {
  it("becomes AuthenticationError with the documented message", async () => {
    const client = harness.clientWith("ct_unknown_token");
    const error = await rejection(client.POST("/api/payment/checkout", { body: checkoutBody() }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      provider: "vaiipay",
      code: undefined,
      body: { message: "Unauthenticated" },
    });
  });

  it("rejects an expired Client Token", async () => {
    const { emulator, clock } = harness;
    emulator.addClientToken({
      token: "ct_short_lived",
      clientId: emulator.clientId,
      scopes: ["*"],
      expiresAt: clock.now() + 60_000,
    });
    const client = harness.clientWith("ct_short_lived");
    const { paymentId } = await newPayment(harness);
    await client.GET("/api/payment/{paymentId}", { params: { path: { paymentId } } });
    clock.advance(60_000);
    await expect(
      client.GET("/api/payment/{paymentId}", { params: { path: { paymentId } } }),
    ).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe("403 Insufficient permissions names the scope", () => {
  it("for each Client Token operation, from the spec's x-required-scope", async () => {
    const { emulator } = harness;
    emulator.addClientToken({ token: "ct_get_only", clientId: emulator.clientId, scopes: ["payments.get"] });
    emulator.addClientToken({
      token: "ct_create_only",
      clientId: emulator.clientId,
      scopes: ["payments.create"],
    });
    const getOnly = harness.clientWith("ct_get_only");
    const createOnly = harness.clientWith("ct_create_only");

    const checkout = await rejection(getOnly.POST("/api/payment/checkout", { body: checkoutBody() }));
    expect(checkout).toBeInstanceOf(PermissionDeniedError);
    expect((checkout as PermissionDeniedError).message).toBe(
      'vaiipay: 403 Insufficient permissions — POST /api/payment/checkout needs the Client Token scope "payments.create" (or "*") or a dashboard OAuth2 access token',
    );
    expect((checkout as PermissionDeniedError).details).toEqual({
      requiredScope: "payments.create",
      authContext: "client",
    } satisfies VaiiPayPermissionDetails);

    const { data } = await createOnly.POST("/api/payment/checkout", { body: checkoutBody() });
    const paymentId = new URL(data.data.checkoutUrl).pathname.split("/").at(-1) ?? "";
    const read = await rejection(
      createOnly.GET("/api/payment/{paymentId}", { params: { path: { paymentId } } }),
    );
    expect((read as PermissionDeniedError).message).toContain('needs the Client Token scope "payments.get"');
    expect((read as PermissionDeniedError).details).toMatchObject({ requiredScope: "payments.get" });

    const instructions = await rejection(
      getOnly.GET("/api/payment/{paymentId}/provider/{provider}/method/{method}", {
        params: { path: { paymentId, provider: "crypto", method: "btc" } },
      }),
    );
    expect((instructions as PermissionDeniedError).message).toBe(
      'vaiipay: 403 Insufficient permissions — GET /api/payment/{paymentId}/provider/{provider}/method/{method} needs the Client Token scope "payments.user-instructions.get" (or "*") or a dashboard OAuth2 access token',
    );
    expect(emulator.server.requests().map((entry) => entry.status)).toEqual([403, 200, 403, 403]);
  });

  it("for dashboard operations, names the OAuth2 access token", async () => {
    const { emulator, dashboard } = harness;
    emulator.server.failNext(403, { message: "Insufficient permissions" });
    const error = await rejection(
      dashboard.POST("/api/payment-applications", { body: { name: "Shop", secret: "s" } }),
    );
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).message).toBe(
      "vaiipay: 403 Insufficient permissions — POST /api/payment-applications is a dashboard operation: it needs an OAuth2 access token (no Client Token scope grants it)",
    );
    expect((error as PermissionDeniedError).details).toEqual({
      requiredScope: null,
      authContext: "dashboard",
    });
  });

  it("names the scope even when the 403 has no body", async () => {
    const { emulator, client } = harness;
    const { paymentId } = await newPayment(harness);
    emulator.server.failNext(403);
    await expect(client.GET("/api/payment/{paymentId}", { params: { path: { paymentId } } })).rejects.toThrow(
      '403 Insufficient permissions — GET /api/payment/{paymentId} needs the Client Token scope "payments.get"',
    );
  });
});

describe("lenient decoding of undocumented bodies", () => {
  const paymentPath = (paymentId: string) => ({ params: { path: { paymentId } }, maxRetries: 0 });

  it("reads `error` as code next to `message`, nested error objects and numeric codes", async () => {
    const { emulator, client } = harness;
    const { paymentId } = await newPayment(harness);
    emulator.server.failNext(400, { error: "invalid_request", message: "Malformed payment id" });
    const bad = await rejection(client.GET("/api/payment/{paymentId}", paymentPath(paymentId)));
    expect(bad).toBeInstanceOf(BadRequestError);
    expect((bad as BadRequestError).message).toBe("vaiipay: 400 invalid_request: Malformed payment id");
    expect((bad as BadRequestError).code).toBe("invalid_request");

    emulator.server.failNext(500, { error: { code: 5001, message: "Node unavailable" } });
    const nested = await rejection(client.GET("/api/payment/{paymentId}", paymentPath(paymentId)));
    expect(nested).toBeInstanceOf(InternalServerError);
    expect((nested as InternalServerError).message).toBe("vaiipay: 500 5001: Node unavailable");

    emulator.server.failNext(409, { error: "Payment is locked" });
    const bare = await rejection(client.GET("/api/payment/{paymentId}", paymentPath(paymentId)));
    expect(bare).toBeInstanceOf(ApiError);
    expect((bare as ApiError).message).toBe("vaiipay: 409 Payment is locked");
  });

  it("reads bare JSON strings, HTML pages and empty bodies", async () => {
    const { emulator, client } = harness;
    const { paymentId } = await newPayment(harness);
    emulator.server.failNext(401, JSON.stringify("Unauthenticated."), { "content-type": "application/json" });
    await expect(client.GET("/api/payment/{paymentId}", paymentPath(paymentId))).rejects.toThrow(
      "vaiipay: 401 Unauthenticated. (check the Client Token and that it has not expired)",
    );
    emulator.server.failNext(502, "<html><head><title>502 Bad Gateway</title></head></html>", {
      "content-type": "text/html",
    });
    await expect(client.GET("/api/payment/{paymentId}", paymentPath(paymentId))).rejects.toThrow(
      "vaiipay: 502 Bad Gateway (HTML body: 502 Bad Gateway)",
    );
    emulator.server.failNext(500);
    await expect(client.GET("/api/payment/{paymentId}", paymentPath(paymentId))).rejects.toThrow(
      "vaiipay: 500 Internal Server Error (empty body)",
    );
  });

  it("summarises Laravel-style validation errors and keeps them in details", async () => {
    const { dashboard } = harness;
    const error = await rejection(
      dashboard.POST("/api/payment-applications", {
        body: { name: "ab" } as { name: string; secret: string },
      }),
    );
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).message).toBe(
      "vaiipay: 422 The name field must be at least 3 characters. (and 1 more error) (name: The name field must be at least 3 characters.; secret: The secret field is required.)",
    );
    expect((error as UnprocessableEntityError).details).toEqual({
      name: ["The name field must be at least 3 characters."],
      secret: ["The secret field is required."],
    });
  });

  it("decodes 404s", async () => {
    const { client, dashboard } = harness;
    const missing = "9b2f1c0e-5d7a-4c4b-8f3e-1a2b3c4d5e6f";
    const error = await rejection(
      client.GET("/api/payment/{paymentId}", { params: { path: { paymentId: missing } } }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      message: "vaiipay: 404 Payment not found.",
      body: { message: "Payment not found." },
    });
    await expect(
      dashboard.GET("/api/payment-applications/{id}", { params: { path: { id: 99 } } }),
    ).rejects.toThrow("vaiipay: 404 Payment application not found.");
  });
});

describe("decodeVaiiPayError, shape by shape", () => {
  const decode = (
    body: unknown,
    options: { status?: number; method?: string; path?: string; parsed?: boolean } = {},
  ) =>
    decodeVaiiPayError({
      status: options.status ?? 400,
      body,
      parsed: options.parsed ?? true,
      headers: new Headers(),
      method: options.method ?? "GET",
      path: options.path ?? "/api/payment/{paymentId}",
      source: "api",
    });

  it.each([
    ["an empty bare string", "", {}],
    [
      "a nested error object",
      { error: { message: "nested", code: "N1" } },
      { code: "N1", message: "nested" },
    ],
    [
      "an error list (neither text nor object)",
      { message: "m", error: ["x"] },
      { code: undefined, message: "m" },
    ],
    ["an empty error string", { message: "m", error: "" }, { code: undefined, message: "m" }],
    [
      "an empty message, then the nested one",
      { message: "", error: { message: "inner" } },
      { message: "inner" },
    ],
    [
      "an error string that is the message too",
      { error: "Payment is locked" },
      { code: undefined, message: "Payment is locked" },
    ],
    ["an empty code, then the nested one", { code: "", error: { code: "N2" } }, { code: "N2" }],
    [
      "a code that is not a finite number",
      { code: Number.NaN, message: "m" },
      { code: undefined, message: "m" },
    ],
    [
      "field errors of odd shapes",
      { message: "Invalid", errors: { email: ["bad", 5, "worse"], name: "single", empty: [], other: 7 } },
      {
        message: "Invalid (email: bad worse; name: single)",
        details: { email: ["bad", "worse"], name: ["single"] },
      },
    ],
    ["field errors without text", { message: "m", errors: { empty: [], other: 7 } }, { message: "m" }],
    ["field errors as a list", { message: "m", errors: ["a"] }, { message: "m" }],
    ["field errors as a string", { message: "m", errors: "abc" }, { message: "m" }],
    ["field errors null", { message: "m", errors: null }, { message: "m" }],
    [
      "field errors without a message",
      { errors: { amount: ["too low"] } },
      { message: "amount: too low", details: { amount: ["too low"] } },
    ],
  ])("decodes %s", (_label, body, expected) => {
    expect(decode(body)).toEqual(expected);
  });

  it("a 403 of an operation outside the spec keeps the message and names no scope", () => {
    expect(decode({ message: "no" }, { status: 403, method: "GET", path: "/api/unknown" })).toEqual({
      message: "no",
      details: { requiredScope: null, authContext: undefined },
    });
  });

  it("a 403 whose body is JSON null still names the scope", () => {
    expect(decode(null, { status: 403 })?.message).toBe(
      'Insufficient permissions — GET /api/payment/{paymentId} needs the Client Token scope "payments.get" (or "*") or a dashboard OAuth2 access token',
    );
  });

  it("a 403 whose body has no field errors has no details.body at all", () => {
    const details = decode({ message: "no" }, { status: 403 })?.details as Record<string, unknown>;
    expect(Object.keys(details)).toEqual(["requiredScope", "authContext"]);
  });

  it("a 403 keeps a decoded body's details under details.body", () => {
    const decoded = decode({ message: "no", errors: { scope: ["missing"] } }, { status: 403 });
    expect(decoded?.details).toEqual({
      requiredScope: "payments.get",
      authContext: "client",
      body: { scope: ["missing"] },
    });
  });
});
