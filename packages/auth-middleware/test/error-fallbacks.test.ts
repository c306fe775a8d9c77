// @ts-nocheck
// What an error says when the provider's body says nothing usable, over real HTTP: plain text that merely contains
// `<` or `[`, HTML with an untitled or padded title, the exact truncation count, an empty token-endpoint answer, a
// non-Error rejection from a custom fetch, and a timed-out attempt's cause.
import { text } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import {
  ConnectionError,
  createPayClient,
  MAX_ERROR_BODY_LENGTH,
  staticKey,
  TimeoutError,
  TokenAcquisitionError,
} from "../src/index";
import { createExampleClient, type ExampleProvider, type MePaths, startExampleProvider } from "./fixture";

let provider: ExampleProvider | undefined;
afterEach(async () => {
  await provider?.server.close();
  provider = undefined;
});

/** The message of the error a `GET /items` answered with `status` and `body` rejects with. */
async function messageFor(status: number, body: string, contentType = "text/plain"): Promise<string> {
  provider ??= await startExampleProvider();
  provider.server.route("GET", "/items", () => text(status, body, { "content-type": contentType }));
  const error = await createExampleClient(provider, { maxRetries: 0 })
    .GET("/items")
    .catch((caught: unknown) => caught);
  return (error as Error).message;
}

describe("fallback messages", () => {
  it("plain text that contains `<` further in is quoted as text, not called an HTML page", async () => {
    expect(await messageFor(400, "amount must be < 1000")).toBe(
      "example: 400 Bad Request: amount must be < 1000",
    );
  });

  it("plain text that contains `[` or `{` further in is quoted as text, not called unparseable JSON", async () => {
    expect(await messageFor(400, "bad field [amount]")).toBe("example: 400 Bad Request: bad field [amount]");
    expect(await messageFor(400, "  {truncated")).toBe(
      "example: 400 Bad Request (unparseable JSON body:   {truncated)",
    );
  });

  it("an HTML page is named by its trimmed title, and an untitled one is still an HTML body", async () => {
    expect(await messageFor(502, "<html><title>\n  Bad Gateway  \n</title></html>", "text/html")).toBe(
      "example: 502 Bad Gateway (HTML body: Bad Gateway)",
    );
    expect(await messageFor(502, "  <html><body>upstream down</body></html>", "text/html")).toBe(
      "example: 502 Bad Gateway (HTML body)",
    );
  });

  it("a body over the cap says exactly how many characters were cut", async () => {
    provider = await startExampleProvider();
    const long = "x".repeat(MAX_ERROR_BODY_LENGTH + 7);
    provider.server.route("GET", "/items", () => text(400, long));
    const error = await createExampleClient(provider, { maxRetries: 0 })
      .GET("/items")
      .catch((caught: unknown) => caught);
    expect((error as { body: string }).body).toBe(
      `${"x".repeat(MAX_ERROR_BODY_LENGTH)}… [truncated: 7 more characters]`,
    );
  });
});

describe("failures without a body or an Error", () => {
  it("a token endpoint answering 503 with no body at all is a TokenAcquisitionError with the status", async () => {
    provider = await startExampleProvider();
    provider.server.failNext(503, undefined, { "content-length": "0" }, { path: "/access-tokens" });
    const error = await createExampleClient(provider, { maxRetries: 0 })
      .GET("/items")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(error).toMatchObject({ status: 503, body: undefined });
  });

  it("a custom fetch that rejects with a bare string is a ConnectionError quoting it", async () => {
    const client = createPayClient<MePaths>(
      {
        provider: "edge",
        baseUrl: "https://api.example",
        token: staticKey("sk_edge_1234"),
        decodeError: () => undefined,
      },
      { maxRetries: 0, fetch: () => Promise.reject("socket hang up") },
    );
    const error = await client.GET("/me").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toBe("edge: GET /me failed: socket hang up");
  });

  it("a timed-out attempt keeps the deadline's own TimeoutError DOMException, naming the limit, as its cause", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { maxRetries: 0 });
    await client.GET("/items");
    provider.server.delayNext(2_000, { path: "/items" });
    const error = await client.GET("/items", { timeoutMs: 50 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    const cause = (error as Error).cause as DOMException;
    expect(cause).toBeInstanceOf(DOMException);
    expect(cause.name).toBe("TimeoutError");
    expect(cause.message).toBe("attempt timed out after 50 ms");
  });
});
