// Every request, API and token calls alike, goes out as `fetch(url, init)` with `redirect: "manual"`, through the
// `fetch` option or the global `fetch` as it is at call time.
import { afterEach, describe, expect, it } from "vitest";
import { ApiError, type FetchFunction } from "../src/index";
import { createExampleClient, type ExampleProvider, startExampleProvider } from "./fixture";

let provider: ExampleProvider;
afterEach(async () => {
  await provider?.server.close();
});

describe("one calling convention", () => {
  it("the fetch option gets a URL string and a plain init, never a Request, on token and API calls", async () => {
    provider = await startExampleProvider();
    const calls: string[] = [];
    const fetch: FetchFunction = (url, init) => {
      calls.push(`${typeof url} ${init.method} ${new URL(url).pathname} redirect=${init.redirect}`);
      return globalThis.fetch(url, init);
    };
    const client = createExampleClient(provider, { fetch });
    await client.GET("/items");
    expect(calls).toEqual([
      "string POST /access-tokens redirect=manual",
      "string GET /items redirect=manual",
    ]);
  });

  it("without the option, the global fetch is looked up per call, not captured at creation", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    const original = globalThis.fetch;
    const seen: string[] = [];
    // The one global replacement in the suite, restored below: what an APM agent or a later polyfill does.
    globalThis.fetch = (input, init) => {
      seen.push(String(input));
      return original(input, init);
    };
    try {
      await client.GET("/items");
    } finally {
      globalThis.fetch = original;
    }
    expect(seen).toEqual([`${provider.server.url}/access-tokens`, `${provider.server.url}/items`]);
  });

  it("a same-origin redirect is not followed either: an ApiError with the status and the target", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    provider.server.failNext(308, "", { location: "/v2/items" }, { path: "/items" });
    const error = await client.GET("/items").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 308, retryable: false });
    expect((error as Error).message).toMatch(/^example: 308 redirect to \/v2\/items not followed/);
    expect(provider.server.requests({ path: "/v2/items" })).toEqual([]);
  });
});
