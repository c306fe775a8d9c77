// A 2xx body is decoded inside the pipeline: a malformed or missing JSON body is a typed error, never a raw
// SyntaxError or a `data` of `undefined` on an operation that declares content.
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { PayClientsError, ResponseDecodingError } from "../src/index";
import { createExampleClient, type ExampleProvider, recordingSleep, startExampleProvider } from "./fixture";

let provider: ExampleProvider;
afterEach(async () => {
  await provider?.server.close();
});

const items = { path: "/items" };

async function failedGet(status: number, body: string, headers: Record<string, string>) {
  provider = await startExampleProvider();
  const client = createExampleClient(provider);
  provider.server.failNext(status, body, { "x-request-id": "req-decode-1", ...headers }, items);
  return client.GET("/items").catch((caught: unknown) => caught);
}

describe("malformed success bodies", () => {
  it("a non-JSON 200 on a JSON operation is a ResponseDecodingError with status, request id and an excerpt", async () => {
    const html = `<html><head><title>Maintenance</title></head><body>${"x".repeat(5_000)}</body></html>`;
    const error = await failedGet(200, html, { "content-type": "text/html" });
    expect(String(error)).toMatch(/^ResponseDecodingError: example: GET \/items answered 200/);
    expect(error).toBeInstanceOf(ResponseDecodingError);
    expect(PayClientsError.isInstance(error)).toBe(true);
    const decoding = error as ResponseDecodingError;
    expect(decoding).toMatchObject({ provider: "example", status: 200, requestId: "req-decode-1" });
    expect(decoding.excerpt.startsWith("<html><head><title>Maintenance")).toBe(true);
    expect(decoding.excerpt.length).toBeLessThanOrEqual(200);
    expect(decoding.message.length).toBeLessThan(500);
  });

  it("a truncated JSON 200 is a ResponseDecodingError, not a SyntaxError", async () => {
    const error = await failedGet(200, '{"items":[{"id":"item_1","na', {
      "content-type": "application/json",
    });
    expect(String(error)).toMatch(/^ResponseDecodingError: .*not valid JSON/);
    expect((error as ResponseDecodingError).excerpt).toBe('{"items":[{"id":"item_1","na');
  });

  it("an empty 200 on an operation that declares content rejects instead of resolving with data undefined", async () => {
    const error = await failedGet(200, "", { "content-type": "application/json" });
    expect(String(error)).toMatch(/^ResponseDecodingError: .*empty body/);
    expect((error as ResponseDecodingError).excerpt).toBe("");
  });

  it("is not retried: the request may have taken effect", async () => {
    provider = await startExampleProvider();
    const { delays, sleep } = recordingSleep();
    const client = createExampleClient(provider, { sleep, deduplicationField: "code" });
    provider.server.failNext(200, "{", {}, { method: "POST", path: "/items" });
    const error = await client.POST("/items", { body: { name: "a", code: "c-1" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseDecodingError);
    expect(provider.server.requests({ method: "POST", path: "/items" })).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it("never carries a secret in its message, excerpt, inspect or JSON form", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    await client.GET("/items");
    const token =
      provider.server.requests(items)[0]?.headers.authorization?.slice("Bearer ".length) ?? "never-matches";
    provider.server.failNext(200, `oops ${token} <html>`, {}, items);
    const error = await client.GET("/items").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseDecodingError);
    for (const surface of [String(error), inspect(error, { showHidden: true }), JSON.stringify(error)]) {
      expect(surface).not.toContain(token);
    }
    expect((error as ResponseDecodingError).excerpt).toBe("oops [redacted] <html>");
  });
});

describe("bodies that are fine as they are", () => {
  it("a 204 resolves with data undefined, as today", async () => {
    const result = await failedGet(204, "", {});
    expect(result).toMatchObject({ data: undefined, requestId: "req-decode-1" });
  });

  it("parseAs text, blob and stream read the body without JSON decoding", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    provider.server.failNext(200, "plain words", {}, items);
    expect((await client.GET("/items", { parseAs: "text" })).data).toBe("plain words");
    provider.server.failNext(200, "<b>bytes</b>", { "content-type": "text/html" }, items);
    const { data: blob } = await client.GET("/items", { parseAs: "blob" });
    expect(await (blob as Blob).text()).toBe("<b>bytes</b>");
    // A blob's type is the response's content type, as Response.blob() gives it.
    expect((blob as Blob).type).toBe("text/html");
    provider.server.failNext(200, "streamed", {}, items);
    const { data: stream } = await client.GET("/items", { parseAs: "stream" });
    expect(await new Response(stream as ReadableStream).text()).toBe("streamed");
  });

  it("valid JSON still resolves with the parsed body", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    const { data } = await client.POST("/items", { body: { name: "kept" } });
    expect(data).toEqual({ id: "item_1", name: "kept" });
  });
});
