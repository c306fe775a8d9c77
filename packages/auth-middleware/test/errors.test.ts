import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  createApiError,
  InternalServerError,
  NotFoundError,
  PayClientsError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
} from "../src/index";
import { createExampleClient, type ExampleProvider, startExampleProvider } from "./fixture";

let provider: ExampleProvider;
afterEach(async () => {
  await provider?.server.close();
});

const init = { provider: "p", message: "m", body: null, headers: new Headers() };

describe("the factory", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
  ])("maps %i to its class", (status, type) => {
    const error = createApiError({ ...init, status });
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(PayClientsError);
    expect(error.name).toBe(type.name);
  });

  it("other statuses stay a plain ApiError; retryable follows the retry loop's statuses", () => {
    expect(createApiError({ ...init, status: 418 }).constructor).toBe(ApiError);
    expect(createApiError({ ...init, status: 418 }).retryable).toBe(false);
    expect(createApiError({ ...init, status: 503 }).retryable).toBe(true);
    expect(createApiError({ ...init, status: 429 }).retryable).toBe(true);
    expect(createApiError({ ...init, status: 400 }).retryable).toBe(false);
    // The same rule as the retry loop: 501 (the server will not learn the method) and 505 are final.
    expect(createApiError({ ...init, status: 501 }).retryable).toBe(false);
    expect(createApiError({ ...init, status: 505 }).retryable).toBe(false);
    expect(createApiError({ ...init, status: 504 }).retryable).toBe(true);
    expect(createApiError({ ...init, status: 408 }).retryable).toBe(true);
  });

  it("isInstance recognises errors from another copy of the package (the built CJS bundle)", () => {
    const require = createRequire(import.meta.url);
    const other = require("../dist/index.cjs") as typeof import("../src/index");
    const foreign = other.createApiError({ ...init, status: 404 });
    expect(foreign).not.toBeInstanceOf(ApiError);
    expect(PayClientsError.isInstance(foreign)).toBe(true);
    expect(ApiError.isInstance(foreign)).toBe(true);
    expect(PayClientsError.isInstance(new Error("x"))).toBe(false);
    expect(ApiError.isInstance(new other.ConnectionError("x"))).toBe(false);
  });
});

describe("TimeoutError is a kind of ConnectionError (as in openai-node and stripe-node)", () => {
  const other = createRequire(import.meta.url)("../dist/index.cjs") as typeof import("../src/index");

  it("instanceof and isInstance follow the hierarchy, in this copy and across copies", () => {
    const timeout = new TimeoutError("t");
    for (const Class of [TimeoutError, ConnectionError, PayClientsError]) {
      expect(timeout).toBeInstanceOf(Class);
      expect(Class.isInstance(timeout)).toBe(true);
    }
    expect(ApiError.isInstance(timeout)).toBe(false);
    const foreign = new other.TimeoutError("t");
    expect(foreign).not.toBeInstanceOf(ConnectionError);
    expect(ConnectionError.isInstance(foreign)).toBe(true);
    expect(TimeoutError.isInstance(foreign)).toBe(true);
    expect(other.ConnectionError.isInstance(timeout)).toBe(true);
  });

  it("the parent is not its child: a ConnectionError is no TimeoutError", () => {
    const reset = new ConnectionError("r");
    expect(reset).not.toBeInstanceOf(TimeoutError);
    expect(TimeoutError.isInstance(reset)).toBe(false);
    expect(other.TimeoutError.isInstance(reset)).toBe(false);
    expect(reset.name).toBe("ConnectionError");
    expect(new TimeoutError("t").name).toBe("TimeoutError");
  });
});

describe("decoding over HTTP", () => {
  it("decodes the provider envelope: code, message and request id", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    const error = (await client
      .POST("/items", { body: { name: "" } })
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({
      status: 400,
      code: "INVALID_BODY",
      requestId: "trace-400",
      provider: "example",
    });
    expect(error.message).toBe("example: 400 INVALID_BODY: name is required");
    expect(error.body).toEqual({ code: "INVALID_BODY", message: "name is required", traceId: "trace-400" });
    expect(error.headers.get("content-type")).toBe("application/json");
  });

  it("a 404 envelope becomes NotFoundError", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    await expect(client.GET("/items/{id}", { params: { path: { id: "missing" } } })).rejects.toMatchObject({
      name: "NotFoundError",
      code: "NOT_FOUND",
      requestId: "trace-404",
    });
  });

  it.each([
    [
      "an HTML gateway page",
      502,
      "<html><head><title>502 Bad Gateway</title></head></html>",
      "text/html",
      "Bad Gateway (HTML body: 502 Bad Gateway)",
    ],
    ["an empty body", 500, "", "application/json", "Internal Server Error (empty body)"],
    ["truncated JSON", 500, '{"code":"BOO', "application/json", 'unparseable JSON body: {"code":"BOO'],
    ["a bare JSON string", 401, '"Unauthorized"', "application/json", "Unauthorized"],
    ["plain text", 409, "conflict happened", "text/plain", "Conflict: conflict happened"],
  ])(
    "%s still yields the right class with a useful message",
    async (_label, status, body, type, expected) => {
      provider = await startExampleProvider();
      const client = createExampleClient(provider, { maxRetries: 0 });
      await client.GET("/items");
      provider.server.failNext(
        status,
        body,
        { "content-type": type, "x-request-id": "req-77" },
        { path: "/items" },
      );
      provider.server.failNext(
        status,
        body,
        { "content-type": type, "x-request-id": "req-77" },
        { path: "/items" },
      );
      const error = (await client.GET("/items").catch((caught: unknown) => caught)) as ApiError;
      expect(error.status).toBe(status);
      expect(error).toBeInstanceOf(createApiError({ ...init, status }).constructor);
      expect(error.message).toContain(expected);
      expect(error.requestId).toBe("req-77");
    },
  );
});
