import { describe, expectTypeOf, it } from "vitest";
import { ApiError, type PayClientResult, RateLimitError, TokenAcquisitionError } from "../src/index";
import { createExampleClient, type ExampleProvider, type Item } from "./fixture";

declare const provider: ExampleProvider;
const client = createExampleClient(provider);

describe("typed calls", () => {
  it("data is the success body, not optional", async () => {
    const result = await client.GET("/items/{id}", { params: { path: { id: "1" } } });
    expectTypeOf(result).toEqualTypeOf<PayClientResult<Item>>();
    expectTypeOf(result.data).toEqualTypeOf<Item>();
    expectTypeOf(result.data.name).toEqualTypeOf<string>();
    expectTypeOf(result.response).toEqualTypeOf<Response>();
  });

  it("wrong paths, bodies and parameters fail to compile", () => {
    // @ts-expect-error unknown path
    void client.GET("/nope", {});
    // @ts-expect-error POST is not defined on /items/{id}
    void client.POST("/items/{id}", { params: { path: { id: "1" } } });
    // @ts-expect-error wrong body field type
    void client.POST("/items", { body: { name: 42 } });
    // @ts-expect-error unknown body field
    void client.POST("/items", { body: { name: "x", colour: "red" } });
    // @ts-expect-error missing required body field
    void client.POST("/items", { body: { note: "x" } });
    // @ts-expect-error missing required path parameter
    void client.GET("/items/{id}", { params: { path: {} } });
    // @ts-expect-error the init (with the path parameter) is required
    void client.GET("/items/{id}");
    // @ts-expect-error call options are typed
    void client.GET("/items", { maxRetries: "2" });
    // @ts-expect-error the transport owns the request path: no per-call middleware
    void client.GET("/items", { middleware: [] });
    // @ts-expect-error nor a per-call fetch (use the client's `fetch` option)
    void client.GET("/items", { fetch: globalThis.fetch });
    void client.GET("/items", { maxRetries: 1, timeoutMs: 5, params: { query: { limit: 2 } } });
    void client.POST("/items", { body: { name: "x" }, idempotencyKey: "k" });
  });
});

type UnionPaths = {
  "/checkout": {
    post: {
      requestBody: {
        content: {
          "application/json": { amount: number; clientId: string } | { amount: number; siteId: string };
        };
      };
      responses: { 200: { content: { "application/json": { id: string } } } };
    };
  };
  "/things/{id}": {
    delete: {
      parameters: { path: { id: string } };
      responses: { 200: { content: { "application/json": { deleted: true } } }; 204: { content?: never } };
    };
  };
};
declare const unionClient: import("../src/index").PayClient<UnionPaths>;

type NestedPaths = {
  "/orders": {
    post: {
      requestBody: {
        content: {
          "application/json": {
            total: { amount: string; currency: string };
            items: { sku: string; tags?: string[] }[];
            billing?: { line1?: string } | null;
            metadata?: { [key: string]: string };
            extra?: { [key: string]: unknown };
          };
        };
      };
      responses: { 200: { content: { "application/json": { id: string } } } };
    };
  };
};
declare const nestedClient: import("../src/index").PayClient<NestedPaths>;

describe("unions and empty successes", () => {
  it("accepts the keys of any union member and still rejects unknown ones", async () => {
    void unionClient.POST("/checkout", { body: { amount: 1, clientId: "c" } });
    void unionClient.POST("/checkout", { body: { amount: 1, siteId: "s" } });
    // @ts-expect-error a key no member has
    void unionClient.POST("/checkout", { body: { amount: 1, siteId: "s", colour: "red" } });
  });

  it("rejects an unknown field at any depth of the body: nested objects, array items, nullable members", () => {
    const total = { amount: "1.00", currency: "EUR" };
    void nestedClient.POST("/orders", {
      body: {
        total,
        items: [{ sku: "a", tags: ["x"] }],
        billing: null,
        metadata: { any: "key" },
        extra: { free: { form: [1] } },
      },
    });
    void nestedClient.POST("/orders", {
      // @ts-expect-error a misspelt field of a nested object
      body: { total: { amount: "1.00", currency: "EUR", curency: "EUR" }, items: [] },
    });
    // @ts-expect-error a misspelt field of an array item
    void nestedClient.POST("/orders", { body: { total, items: [{ sku: "a", skus: "b" }] } });
    // @ts-expect-error a misspelt field inside a nullable member
    void nestedClient.POST("/orders", { body: { total, items: [], billing: { line: "x" } } });
  });

  it("keeps undefined in data when a 2xx has no content", async () => {
    const { data } = await unionClient.DELETE("/things/{id}", { params: { path: { id: "1" } } });
    expectTypeOf(data).toEqualTypeOf<{ deleted: true } | undefined>();
    const created = await unionClient.POST("/checkout", { body: { amount: 1, clientId: "c" } });
    expectTypeOf(created.data).toEqualTypeOf<{ id: string }>();
  });
});

describe("error classes", () => {
  it("isInstance narrows to the class it is called on", () => {
    const caught: unknown = undefined;
    if (RateLimitError.isInstance(caught))
      expectTypeOf(caught.retryAfterMs).toEqualTypeOf<number | undefined>();
    if (ApiError.isInstance(caught)) expectTypeOf(caught).toEqualTypeOf<ApiError>();
    if (TokenAcquisitionError.isInstance(caught)) expectTypeOf(caught.provider).toEqualTypeOf<string>();
  });
});
