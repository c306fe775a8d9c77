// A payment sent twice is the costliest bug a payments client can have: these pin down which requests are resent.
import { afterEach, describe, expect, it } from "vitest";
import { ConnectionError, InternalServerError } from "../src/index";
import { createExampleClient, type ExampleProvider, recordingSleep, startExampleProvider } from "./fixture";

let provider: ExampleProvider;
afterEach(async () => {
  await provider?.server.close();
});

const itemPath = "/items/{id}";
const patches = () => provider.server.requests({ method: "PATCH", path: itemPath });
const posts = () => provider.server.requests({ method: "POST", path: "/items" });

/** A provider with one item to change. */
async function withItem(): Promise<ExampleProvider> {
  const started = await startExampleProvider();
  started.items.set("item_1", { id: "item_1", name: "first" });
  return started;
}

const patchItem = (client: ReturnType<typeof createExampleClient>, name = "renamed") =>
  client.PATCH(itemPath, { params: { path: { id: "item_1" } }, body: { name } });

describe("a PATCH changes state like a POST", () => {
  it("a keyless PATCH answered 503 is not sent again", async () => {
    provider = await withItem();
    const client = createExampleClient(provider);
    provider.server.failNext(503, { code: "DOWN", message: "try later" }, {}, { method: "PATCH" });
    await expect(patchItem(client)).rejects.toBeInstanceOf(InternalServerError);
    expect(patches()).toHaveLength(1);
  });

  it("a keyless PATCH whose connection drops is a ConnectionError and is not sent again", async () => {
    provider = await withItem();
    const client = createExampleClient(provider);
    await client.GET("/items");
    provider.server.dropNext({ method: "PATCH" });
    await expect(patchItem(client)).rejects.toBeInstanceOf(ConnectionError);
    expect(patches()).toHaveLength(1);
  });

  it("with idempotency keys, a PATCH gets one generated key, reused by its retry", async () => {
    provider = await withItem();
    const client = createExampleClient(provider, { idempotencyHeader: "Idempotency-Key" });
    provider.server.failNext(503, { code: "DOWN", message: "try later" }, {}, { method: "PATCH" });
    await patchItem(client);
    const keys = patches().map((entry) => entry.headers["idempotency-key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });
});

describe("a de-duplication field makes a create safe to resend only when it holds a value", () => {
  // Each create below carries the field in a way that must not count: its retry would be a second payment.
  const unsafe: [label: string, init: Record<string, unknown>][] = [
    ["whose field is null", { body: { name: "a", code: null } }],
    ["whose field is an empty string", { body: { name: "a", code: "" } }],
    [
      "whose body is not JSON",
      {
        body: { name: "a", code: "ord-1" },
        bodySerializer: () => "{not json",
        headers: { "Content-Type": "application/json" },
      },
    ],
    [
      "whose body is not JSON-typed",
      { body: { name: "a", code: "ord-1" }, headers: { "Content-Type": "text/plain" } },
    ],
    // openapi-fetch drops a header given as null: the body then goes out with no declared type at all.
    [
      "whose body has no content type",
      { body: { name: "a", code: "ord-1" }, headers: { "Content-Type": null } },
    ],
  ];
  it.each(unsafe)("a keyless create %s, answered 503, is not sent again", async (_label, init) => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { deduplicationField: "code" });
    provider.server.failNext(503, "", {}, { method: "POST", path: "/items" });
    await expect(client.POST("/items", init as never)).rejects.toBeInstanceOf(InternalServerError);
    expect(posts()).toHaveLength(1);
  });
});

describe("Retry-After", () => {
  it("a retry-safe request waits exactly 60 s when asked to, and is sent again", async () => {
    provider = await startExampleProvider();
    const { delays, sleep } = recordingSleep();
    const client = createExampleClient(provider, { sleep });
    provider.server.failNext(503, "", { "Retry-After": "60" }, { method: "GET", path: "/items" });
    await client.GET("/items");
    expect(delays).toEqual([60_000]);
    expect(provider.server.requests({ method: "GET", path: "/items" })).toHaveLength(2);
  });
});
