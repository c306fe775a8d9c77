import { describe, expectTypeOf, it } from "vitest";
import type { PayClientResult } from "../src/index";
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
    void client.GET("/nope");
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
    void client.GET("/items", { maxRetries: 1, timeoutMs: 5, params: { query: { limit: 2 } } });
    void client.POST("/items", { body: { name: "x" }, idempotencyKey: "k" });
  });
});
