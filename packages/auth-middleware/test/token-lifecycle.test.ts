// When a token is fetched, reused, refreshed and dropped, over HTTP against the example provider (frozen clock).
import { createEmulatorServer, type EmulatorServer, json, readBearerToken } from "@payclients/testing";
import { describe, expect, it } from "vitest";
import { createPayClient, MemoryTokenStore, type StoredToken, staticKey, tokenCallback } from "../src/index";
import {
  closeAfterEach,
  createExampleClient,
  type ExampleProvider,
  type MePaths,
  startExampleProvider,
} from "./fixture";

let provider: ExampleProvider | undefined;
let server: EmulatorServer | undefined;
closeAfterEach(() => [provider?.server, server]);

const tokenRequests = (started: ExampleProvider) => started.server.requests({ path: "/access-tokens" });
const bearers = (started: ExampleProvider) =>
  started.server.requests({ path: "/items" }).map((entry) => entry.headers.authorization);

describe("a 401 replay", () => {
  it("a late 401 never deletes a newer token from a shared store", async () => {
    provider = await startExampleProvider();
    const tokenStore = new MemoryTokenStore();
    const first = createExampleClient(provider, { tokenStore });
    const second = createExampleClient(provider, { tokenStore });
    await first.GET("/items");
    await second.GET("/items");
    // The key rotates: the second client meets the 401 first and stores a new token.
    provider.issuer.revokeAll();
    await second.GET("/items");
    expect(tokenRequests(provider)).toHaveLength(2);
    // The first client's 401 on the old token must leave the new one in the store, and use it.
    await first.GET("/items");
    expect(tokenRequests(provider)).toHaveLength(2);
    // first, second, second's 401 and replay, first's 401 and replay.
    const used = bearers(provider);
    expect(used).toHaveLength(6);
    expect(used[4]).toBe(used[0]);
    expect(used[5]).toBe(used[3]);
  });

  it("does not use up the retry budget: a replay answered 503 is still retried", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { maxRetries: 1 });
    await client.GET("/items");
    provider.server.failNext(401, { code: "UNAUTHORIZED", message: "revoked" }, {}, { path: "/items" });
    provider.server.failNext(503, { code: "DOWN", message: "try later" }, {}, { path: "/items" });
    await client.GET("/items");
    expect(provider.server.requests({ path: "/items" }).map((entry) => entry.status)).toEqual([
      200, 401, 503, 200,
    ]);
  });
});

describe("callback tokens in a shared store", () => {
  const callbackClient = (
    url: string,
    tokenStore: MemoryTokenStore,
    token: ReturnType<typeof tokenCallback>,
  ) =>
    createPayClient<MePaths>(
      { provider: "p", baseUrl: url, token, decodeError: () => undefined },
      { tokenStore },
    );

  it("two callback clients of different accounts on one store never send each other's token", async () => {
    server = await createEmulatorServer();
    server.route("GET", "/me", () => json(200, {}));
    const tokenStore = new MemoryTokenStore();
    const alice = callbackClient(
      server.url,
      tokenStore,
      tokenCallback(() => "alice_token_1234"),
    );
    const bob = callbackClient(
      server.url,
      tokenStore,
      tokenCallback(() => "bob_token_5678"),
    );
    await alice.GET("/me");
    await bob.GET("/me");
    expect(server.requests({ path: "/me" }).map((entry) => entry.headers.authorization)).toEqual([
      "Bearer alice_token_1234",
      "Bearer bob_token_5678",
    ]);
  });

  it("callbacks naming the same account share one token; different accounts do not", async () => {
    server = await createEmulatorServer();
    server.route("GET", "/me", () => json(200, {}));
    const tokenStore = new MemoryTokenStore();
    let calls = 0;
    const issue = (account: string) => tokenCallback(() => `${account}_token_${++calls}`, { account });
    await callbackClient(server.url, tokenStore, issue("acme")).GET("/me");
    await callbackClient(server.url, tokenStore, issue("acme")).GET("/me");
    await callbackClient(server.url, tokenStore, issue("globex")).GET("/me");
    expect(server.requests({ path: "/me" }).map((entry) => entry.headers.authorization)).toEqual([
      "Bearer acme_token_1",
      "Bearer acme_token_1",
      "Bearer globex_token_2",
    ]);
  });
});

describe("lifetimes", () => {
  it("a token without a stated lifetime is reused until the API rejects it, and stored without a TTL", async () => {
    server = await createEmulatorServer();
    let issued = 0;
    server.route("GET", "/me", (request) =>
      readBearerToken(request) === `cb-${issued}` ? json(200, {}) : json(401, { error: "expired" }),
    );
    let now = Date.UTC(2026, 0, 1);
    const ttls: Array<number | undefined> = [];
    const memory = new MemoryTokenStore();
    const client = createPayClient<{
      "/me": { get: { responses: { 200: { content: { "application/json": object } } } } };
    }>(
      {
        provider: "callback",
        baseUrl: server.url,
        token: tokenCallback(() => `cb-${++issued}`, { account: "acme" }),
        decodeError: () => undefined,
      },
      {
        clock: { now: () => now },
        tokenStore: {
          get: (key) => memory.get(key),
          delete: (key) => memory.delete(key),
          set: async (key: string, value: StoredToken, ttl: number | undefined) => {
            ttls.push(ttl);
            await memory.set(key, value);
          },
        },
      },
    );
    await client.GET("/me");
    now += 365 * 24 * 3600 * 1000;
    await client.GET("/me");
    expect(issued).toBe(1);
    expect(ttls).toEqual([undefined]);
  });

  it("the background refresh starts exactly when the refresh window opens, not a millisecond earlier", async () => {
    provider = await startExampleProvider(3600);
    const started = provider;
    const refreshes: Promise<unknown>[] = [];
    const client = createExampleClient(started, { waitUntil: (promise) => void refreshes.push(promise) });
    await client.GET("/items");
    // A 1 h token's window is its last 60 s.
    started.clock.advance((3600 - 60) * 1000 - 1);
    await client.GET("/items");
    expect(refreshes).toHaveLength(0);
    started.clock.advance(1);
    await client.GET("/items");
    expect(refreshes).toHaveLength(1);
    await Promise.all(refreshes);
    expect(tokenRequests(started)).toHaveLength(2);
  });

  it("a token is used until the millisecond it expires, and never at that millisecond", async () => {
    provider = await startExampleProvider(3600);
    const started = provider;
    const client = createExampleClient(started, { waitUntil: () => undefined });
    // A failing background refresh keeps the first token in use up to its expiry.
    await client.GET("/items");
    started.server.failNext(503, { code: "DOWN", message: "down" }, {}, { path: "/access-tokens" });
    started.clock.advance(3600 * 1000 - 1);
    await client.GET("/items");
    expect(client.stats.blockedOnToken).toBe(1);
    started.clock.advance(1);
    await client.GET("/items");
    expect(client.stats.blockedOnToken).toBe(2);
    const used = bearers(started);
    expect(used[1]).toBe(used[0]);
    expect(used[2]).not.toBe(used[0]);
  });

  it("after a failed background refresh, the next one starts exactly 5 s later", async () => {
    provider = await startExampleProvider(3600);
    const started = provider;
    const refreshes: Promise<unknown>[] = [];
    const client = createExampleClient(started, { waitUntil: (promise) => void refreshes.push(promise) });
    await client.GET("/items");
    started.clock.advance((3600 - 30) * 1000);
    started.server.failNext(503, { code: "DOWN", message: "down" }, {}, { path: "/access-tokens" });
    await client.GET("/items");
    await Promise.all(refreshes);
    started.clock.advance(5_000 - 1);
    await client.GET("/items");
    expect(refreshes).toHaveLength(1);
    started.clock.advance(1);
    await client.GET("/items");
    expect(refreshes).toHaveLength(2);
  });
});

describe("stats", () => {
  it("counts token-endpoint requests only: a static key or a callback makes none", async () => {
    server = await createEmulatorServer();
    server.route("GET", "/me", () => json(200, {}));
    const definition = { provider: "p", baseUrl: server.url, decodeError: () => undefined };
    const keyed = createPayClient<MePaths>({ ...definition, token: staticKey("sk_test_1234") });
    const called = createPayClient<MePaths>({ ...definition, token: tokenCallback(() => "cb_test_1234") });
    await keyed.GET("/me");
    await called.GET("/me");
    expect([keyed.stats.tokenRequests, called.stats.tokenRequests]).toEqual([0, 0]);
    provider = await startExampleProvider();
    const exchanged = createExampleClient(provider);
    await exchanged.GET("/items");
    expect(exchanged.stats.tokenRequests).toBe(1);
  });
});
