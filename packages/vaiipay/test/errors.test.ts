import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
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
  await harness.emulator.close();
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
      dashboard.POST("/api/payment-applications", { body: { name: "ab", secret: "" } }),
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
