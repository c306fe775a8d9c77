// @ts-nocheck
// 2xx answers that carry no JSON by definition or by accident, over real HTTP: a 205 resolves like a 204, and a body
// of whitespace only is reported as empty, not as malformed JSON.
import { afterEach, describe, expect, it } from "vitest";
import { ResponseDecodingError } from "../src/index";
import { createExampleClient, type ExampleProvider, startExampleProvider } from "./fixture";

let provider: ExampleProvider;
afterEach(async () => {
  await provider?.server.close();
});

describe("2xx answers without JSON", () => {
  it("a 205 Reset Content resolves with data undefined, like a 204", async () => {
    provider = await startExampleProvider();
    provider.server.failNext(205, undefined, {}, { path: "/items" });
    const result = await createExampleClient(provider).GET("/items");
    expect(result.response.status).toBe(205);
    expect(result.data).toBeUndefined();
  });

  it("a 200 whose body is only whitespace is reported as an empty body", async () => {
    provider = await startExampleProvider();
    provider.server.failNext(200, " \r\n\t", { "content-type": "application/json" }, { path: "/items" });
    const error = await createExampleClient(provider)
      .GET("/items")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseDecodingError);
    expect((error as Error).message).toMatch(/answered 200 with an empty body/);
  });
});
