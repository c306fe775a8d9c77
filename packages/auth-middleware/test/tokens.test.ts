import { getEventListeners } from "node:events";
import { createEmulatorServer, json, parseBasicAuthorization } from "@payclients/testing";
import createClient from "openapi-fetch";
import { afterEach, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  createPayClient,
  loginExchange,
  MemoryTokenStore,
  oauth2ClientCredentials,
  Redactor,
  refreshWindowMs,
  staticKey,
  TimeoutError,
  TokenAcquisitionError,
  type TokenCallOutcome,
  TokenManager,
  type TokenStrategy,
  tokenCallback,
} from "../src/index";
import {
  createExampleClient,
  credentials,
  decodeExampleError,
  type ExampleProvider,
  startExampleProvider,
} from "./fixture";

let provider: ExampleProvider;
afterEach(async () => {
  await provider?.server.close();
});

/** Polls a condition on the journal (a request has arrived) without measuring time. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

const tokenRequests = () => provider.server.requests({ path: "/access-tokens" });
const apiRequests = (path = "/items") => provider.server.requests({ path });

describe("credential exchange on the wire", () => {
  it("sends HTTP Basic appId:appSecret and the JSON refresh token, then the bearer token on API calls", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    await client.GET("/items");
    const [tokenCall] = tokenRequests();
    expect(tokenCall?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${credentials.appId}:${credentials.appSecret}`).toString("base64")}`,
    );
    expect(tokenCall?.headers["content-type"]).toBe("application/json");
    expect(tokenCall?.body).toBe(JSON.stringify({ refreshToken: credentials.refreshToken }));
    const [apiCall] = apiRequests();
    expect(apiCall?.headers.authorization).toMatch(/^Bearer tok_/);
    expect(apiCall?.headers.authorization).not.toContain(credentials.appSecret);
  });

  it("reuses the cached token for every call while it is valid", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    for (let index = 0; index < 5; index += 1) await client.GET("/items");
    provider.clock.advance(3_000_000);
    await client.GET("/items");
    expect(tokenRequests()).toHaveLength(1);
    expect(new Set(apiRequests().map((entry) => entry.headers.authorization)).size).toBe(1);
    expect(client.stats.tokenRequests).toBe(1);
  });
});

describe("single flight", () => {
  it("1,000 concurrent calls on a cold cache cause exactly one token request", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    const results = await Promise.all(Array.from({ length: 1000 }, () => client.GET("/items")));
    expect(results).toHaveLength(1000);
    expect(tokenRequests()).toHaveLength(1);
    expect(apiRequests()).toHaveLength(1000);
  }, 60_000);
});

describe("proactive refresh", () => {
  it("inside the refresh window serves the current token and refreshes in the background", async () => {
    provider = await startExampleProvider(3600);
    const client = createExampleClient(provider);
    await client.GET("/items");
    const firstToken = apiRequests()[0]?.headers.authorization;
    // Window for a 1 h token: max(60 s, 1 % = 36 s) = 60 s. 30 s before expiry is inside it.
    provider.clock.advance((3600 - 30) * 1000);
    await client.GET("/items");
    expect(apiRequests()[1]?.headers.authorization).toBe(firstToken);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tokenRequests()).toHaveLength(2);
    await client.GET("/items");
    expect(apiRequests()[2]?.headers.authorization).not.toBe(firstToken);
    expect(client.stats.blockedOnToken).toBe(1);
  });

  it("outside the window does not refresh; an expired token blocks until a new one arrives", async () => {
    provider = await startExampleProvider(3600);
    const client = createExampleClient(provider);
    await client.GET("/items");
    provider.clock.advance((3600 - 61) * 1000);
    await client.GET("/items");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tokenRequests()).toHaveLength(1);
    provider.clock.advance(61 * 1000);
    await client.GET("/items");
    expect(tokenRequests()).toHaveLength(2);
    expect(client.stats.blockedOnToken).toBe(2);
  });

  it("the window is max(60 s, 1 %) and at most half the lifetime", () => {
    expect(refreshWindowMs(3_600_000)).toBe(60_000);
    expect(refreshWindowMs(300_000)).toBe(60_000);
    expect(refreshWindowMs(43_200_000)).toBe(432_000);
    expect(refreshWindowMs(60_000)).toBe(30_000);
    expect(refreshWindowMs(360_000_000)).toBe(3_600_000);
  });

  it("a failed background refresh keeps serving the valid token and tries again later", async () => {
    provider = await startExampleProvider(3600);
    const client = createExampleClient(provider);
    await client.GET("/items");
    provider.clock.advance((3600 - 30) * 1000);
    provider.server.failNext(503, { code: "DOWN", message: "maintenance" }, {}, { path: "/access-tokens" });
    await client.GET("/items");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tokenRequests().map((entry) => entry.status)).toEqual([200, 503]);
    await client.GET("/items");
    expect(tokenRequests()).toHaveLength(2);
    provider.clock.advance(6_000);
    await client.GET("/items");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tokenRequests().map((entry) => entry.status)).toEqual([200, 503, 200]);
  });
});

describe("401 replay", () => {
  it("invalidates, fetches a fresh token and replays once with the body preserved byte for byte", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    await client.GET("/items");
    provider.issuer.revokeAll();
    const body = { name: "Café ☕ — naïve", note: "x".repeat(10_000), code: "c-1" };
    const { data } = await client.POST("/items", { body });
    expect(data.name).toBe(body.name);
    const posts = apiRequests().filter((entry) => entry.method === "POST");
    expect(posts.map((entry) => entry.status)).toEqual([401, 200]);
    expect(posts[0]?.rawBody.equals(posts[1]?.rawBody ?? Buffer.alloc(0))).toBe(true);
    expect(posts[1]?.rawBody.toString("utf8")).toBe(JSON.stringify(body));
    expect(posts[0]?.headers.authorization).not.toBe(posts[1]?.headers.authorization);
    expect(tokenRequests()).toHaveLength(2);
  });

  it("a second 401 surfaces as AuthenticationError", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    provider.server.route("GET", "/items", () => json(401, { code: "UNAUTHORIZED", message: "nope" }));
    const error = await client.GET("/items").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe("UNAUTHORIZED");
    expect(apiRequests()).toHaveLength(2);
    expect(tokenRequests()).toHaveLength(2);
  });

  it("concurrent 401s share one refresh", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    await client.GET("/items");
    provider.issuer.revokeAll();
    await Promise.all(Array.from({ length: 20 }, () => client.GET("/items")));
    expect(tokenRequests()).toHaveLength(2);
  });

  it("static keys are not replayed: a 401 is final", async () => {
    const server = await createEmulatorServer();
    server.route("GET", "/x", () => json(401, "Unauthorized"));
    const client = createPayClient<{
      "/x": { get: { responses: { 200: { content: { "application/json": object } } } } };
    }>(
      {
        provider: "static",
        baseUrl: server.url,
        token: staticKey("sk_live_abcdef"),
        decodeError: () => undefined,
      },
      {},
    );
    await expect(client.GET("/x")).rejects.toBeInstanceOf(AuthenticationError);
    expect(server.journal).toHaveLength(1);
    expect(server.journal[0]?.headers.authorization).toBe("Bearer sk_live_abcdef");
    await server.close();
  });

  it("callback tokens are asked again after a 401", async () => {
    const server = await createEmulatorServer();
    server.route("GET", "/x", (request) =>
      request.headers.authorization === "Bearer fresh"
        ? json(200, { ok: true })
        : json(401, { message: "expired" }),
    );
    const handed = ["stale", "fresh"];
    const client = createPayClient<{
      "/x": { get: { responses: { 200: { content: { "application/json": { ok: boolean } } } } } };
    }>(
      {
        provider: "callback",
        baseUrl: server.url,
        token: tokenCallback(() => handed.shift() ?? "none"),
        decodeError: () => undefined,
      },
      {},
    );
    const { data } = await client.GET("/x");
    expect(data.ok).toBe(true);
    expect(server.journal.map((entry) => entry.headers.authorization)).toEqual([
      "Bearer stale",
      "Bearer fresh",
    ]);
    await server.close();
  });
});

describe("token endpoint failures", () => {
  it("a 500 from the token endpoint is a TokenAcquisitionError, and the next call recovers", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { maxRetries: 0 });
    provider.server.failNext(
      500,
      { code: "INTERNAL", message: "token service down" },
      {},
      { path: "/access-tokens" },
    );
    const error = await client.GET("/items").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(error).toMatchObject({ status: 500, code: "INTERNAL", provider: "example" });
    expect((error as Error).message).toContain("token service down");
    expect(apiRequests()).toHaveLength(0);
    const { data } = await client.GET("/items");
    expect(data.items).toEqual([]);
    expect(tokenRequests()).toHaveLength(2);
  });

  it("a transient token failure is retried within the call's retry budget, for any method", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    provider.server.failNext(503, { code: "DOWN", message: "try later" }, {}, { path: "/access-tokens" });
    provider.server.dropNext({ path: "/access-tokens" });
    const { data } = await client.POST("/items", { body: { name: "kept" } });
    expect(data.name).toBe("kept");
    expect(tokenRequests().map((entry) => entry.status)).toEqual([503, "dropped", 200]);
    expect(apiRequests().filter((entry) => entry.method === "POST")).toHaveLength(1);
  });

  it("rejected credentials are not retried", async () => {
    provider = await startExampleProvider();
    provider.server.failNext(
      401,
      { code: "INVALID_CREDENTIALS", message: "no" },
      {},
      { path: "/access-tokens" },
    );
    const client = createExampleClient(provider);
    await expect(client.GET("/items")).rejects.toBeInstanceOf(TokenAcquisitionError);
    expect(tokenRequests()).toHaveLength(1);
  });

  it("rejected credentials say so without revealing them", async () => {
    provider = await startExampleProvider();
    provider.server.failNext(
      401,
      { code: "INVALID_CREDENTIALS", message: `bad secret ${credentials.appSecret}` },
      {},
      {
        path: "/access-tokens",
      },
    );
    const client = createExampleClient(provider);
    const error = (await client.GET("/items").catch((caught: unknown) => caught)) as TokenAcquisitionError;
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(error.message).toContain("credentials rejected");
    expect(error.message).not.toContain(credentials.appSecret);
    expect(JSON.stringify(error.body)).not.toContain(credentials.appSecret);
  });

  it("a dropped token connection is a TokenAcquisitionError with the cause", async () => {
    provider = await startExampleProvider();
    provider.server.dropNext({ path: "/access-tokens" });
    const client = createExampleClient(provider, { maxRetries: 0 });
    const error = (await client.GET("/items").catch((caught: unknown) => caught)) as TokenAcquisitionError;
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.status).toBeUndefined();
  });
});

describe("the wait for a token is bounded by the call", () => {
  it("a token endpoint that never answers holds a call only for its timeoutMs: TimeoutError", async () => {
    provider = await startExampleProvider();
    provider.server.delayNext(5_000, { path: "/access-tokens" });
    const client = createExampleClient(provider);
    const error = await client
      .GET("/items", { timeoutMs: 150, maxRetries: 0 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain("150 ms");
    expect(tokenRequests()).toHaveLength(1);
    expect(apiRequests()).toHaveLength(0);
  });

  it("a caller abort while the token is fetched rejects with the caller's reason", async () => {
    provider = await startExampleProvider();
    provider.server.delayNext(5_000, { path: "/access-tokens" });
    const client = createExampleClient(provider, { maxRetries: 3 });
    const controller = new AbortController();
    const pending = client.GET("/items", { signal: controller.signal });
    await until(() => tokenRequests().length === 1);
    const aborted = Date.now();
    controller.abort();
    const error = await pending.catch((caught: unknown) => caught);
    // At once, not when the held token answer finally arrives.
    expect(Date.now() - aborted).toBeLessThan(2_500);
    expect((error as Error).name).toBe("AbortError");
    expect(error).toBe(controller.signal.reason);
    expect(apiRequests()).toHaveLength(0);
  });

  it("one waiter giving up does not cancel the token request the others wait for", async () => {
    provider = await startExampleProvider();
    provider.server.delayNext(300, { path: "/access-tokens" });
    const client = createExampleClient(provider);
    const controller = new AbortController();
    // Each outcome is observed from the start: on a loaded machine the 50 ms call may reject before the token request
    // is even seen, and an unobserved rejection fails the run.
    const leaving = expect(client.GET("/items", { signal: controller.signal })).rejects.toThrow(
      "client went away",
    );
    const impatient = expect(client.GET("/items", { timeoutMs: 50, maxRetries: 0 })).rejects.toBeInstanceOf(
      TimeoutError,
    );
    const staying = client.GET("/items");
    await until(() => tokenRequests().length === 1);
    controller.abort(new Error("client went away"));
    await leaving;
    await impatient;
    expect((await staying).data.items).toEqual([]);
    expect(tokenRequests()).toHaveLength(1);
    expect(apiRequests()).toHaveLength(1);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});

describe("generation counter", () => {
  it("a refresh that started before an invalidation does not become the cached token", async () => {
    let release: ((token: string) => void) | undefined;
    let acquisitions = 0;
    const strategy: TokenStrategy = {
      kind: "callback",
      refreshable: true,
      secrets: [],
      cacheKey: "test",
      acquire: () => {
        acquisitions += 1;
        return acquisitions === 2
          ? new Promise((resolve) => {
              release = (token) => resolve({ token, expiresInSeconds: 3600 });
            })
          : Promise.resolve({ token: `token-${acquisitions}`, expiresInSeconds: 3600 });
      },
    };
    let now = 0;
    const manager = new TokenManager({
      provider: "test",
      strategy,
      clock: { now: () => now },
      redactor: new Redactor(),
      decodeError: () => undefined,
    });
    expect(await manager.token()).toBe("token-1");
    now = (3600 - 30) * 1000;
    expect(await manager.token()).toBe("token-1"); // starts background refresh #2 (held)
    await manager.invalidate("token-1"); // newer invalidation
    expect(await manager.token()).toBe("token-3"); // refresh #3
    // The held refresh settles only now, after the newer token is cached: it must not replace it.
    release?.("late-token-2");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await manager.token()).toBe("token-3");
    // Invalidating a token that was already replaced is a no-op.
    await manager.invalidate("token-1");
    expect(await manager.token()).toBe("token-3");
    expect(acquisitions).toBe(3);
  });
});

describe("token store", () => {
  it("two clients sharing a store share one token", async () => {
    provider = await startExampleProvider();
    const tokenStore = new MemoryTokenStore();
    const first = createExampleClient(provider, { tokenStore });
    const second = createExampleClient(provider, { tokenStore });
    await first.GET("/items");
    await second.GET("/items");
    expect(tokenRequests()).toHaveLength(1);
    expect(second.stats.tokenRequests).toBe(0);
  });

  it("stores plain JSON with the expiry and the TTL", async () => {
    provider = await startExampleProvider(600);
    const writes: Array<{ key: string; value: unknown; ttl: number | undefined }> = [];
    const store = new MemoryTokenStore();
    const recording = {
      get: (key: string) => store.get(key),
      delete: (key: string) => store.delete(key),
      set: async (key: string, value: Parameters<MemoryTokenStore["set"]>[1], ttl: number | undefined) => {
        writes.push({ key, value: JSON.parse(JSON.stringify(value)), ttl });
        await store.set(key, value);
      },
    };
    const client = createExampleClient(provider, { tokenStore: recording });
    await client.GET("/items");
    expect(writes).toHaveLength(1);
    expect(writes[0]?.ttl).toBe(600_000);
    expect(writes[0]?.key).not.toContain(credentials.appSecret);
    // Provider, origin and a hash of the account: not even the account id is in a key name.
    expect(writes[0]?.key).toMatch(/^payclients:example:http:\/\/127\.0\.0\.1:\d+:[0-9a-f]{32}$/);
    expect(writes[0]?.value).toMatchObject({
      issuedAt: provider.clock.now(),
      expiresAt: provider.clock.now() + 600_000,
    });
  });
});

describe("a token store shared by several clients (the fleet contract)", () => {
  it("concurrent cold calls of 8 clients sharing a store cause exactly one token request (lease)", async () => {
    provider = await startExampleProvider();
    const tokenStore = new MemoryTokenStore();
    const clients = Array.from({ length: 8 }, () => createExampleClient(provider, { tokenStore }));
    await Promise.all(clients.flatMap((client) => Array.from({ length: 25 }, () => client.GET("/items"))));
    expect(tokenRequests()).toHaveLength(1);
    expect(apiRequests()).toHaveLength(200);
  });

  it("inside the refresh window one client refreshes for all, and every call keeps the current token", async () => {
    provider = await startExampleProvider(3600);
    const tokenStore = new MemoryTokenStore();
    const clients = Array.from({ length: 4 }, () =>
      createExampleClient(provider, { tokenStore, clock: provider.clock }),
    );
    await Promise.all(clients.map((client) => client.GET("/items")));
    const blocked = () => clients.reduce((sum, client) => sum + client.stats.blockedOnToken, 0);
    const blockedWhenCold = blocked();
    provider.clock.advance(3600_000 - 30_000);
    await Promise.all(clients.flatMap((client) => [client.GET("/items"), client.GET("/items")]));
    await until(() => tokenRequests().length === 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await Promise.all(clients.map((client) => client.GET("/items")));
    expect(tokenRequests()).toHaveLength(2);
    expect(blocked()).toBe(blockedWhenCold);
    const last = apiRequests().slice(-4);
    expect(new Set(last.map((entry) => entry.headers.authorization)).size).toBe(1);
  });

  it("after a revocation the clients sharing a store request exactly one new token, and no call fails", async () => {
    provider = await startExampleProvider();
    const tokenStore = new MemoryTokenStore();
    const clients = Array.from({ length: 8 }, () => createExampleClient(provider, { tokenStore }));
    await Promise.all(clients.map((client) => client.GET("/items")));
    provider.issuer.revokeAll();
    await Promise.all(clients.flatMap((client) => Array.from({ length: 10 }, () => client.GET("/items"))));
    expect(tokenRequests()).toHaveLength(2);
  });

  it("after a revocation no replay reuses the rejected token while a slow store is still deleting it", async () => {
    provider = await startExampleProvider();
    const memory = new MemoryTokenStore();
    // A network store: the compare-and-delete lands a little after it was asked for.
    const tokenStore = {
      get: (key: string) => memory.get(key),
      set: (key: string, value: Parameters<MemoryTokenStore["set"]>[1]) => memory.set(key, value),
      delete: (key: string) => memory.delete(key),
      deleteIf: async (key: string, token: string) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await memory.deleteIf(key, token);
      },
    };
    const client = createExampleClient(provider, { tokenStore });
    await client.GET("/items");
    provider.issuer.revokeAll();
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => client.GET("/items")));
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    expect(tokenRequests()).toHaveLength(2);
  });

  it("a late 401 for an old token never removes the newer token (compare-and-delete)", async () => {
    const store = new MemoryTokenStore();
    await store.set("k", { token: "new", issuedAt: 0, expiresAt: null });
    await store.deleteIf("k", "old");
    expect((await store.get("k"))?.token).toBe("new");
    await store.deleteIf("k", "new");
    expect(await store.get("k")).toBeUndefined();
  });

  it("a lease has one holder until it is released or expires", async () => {
    const store = new MemoryTokenStore();
    const first = await store.lease("k", 50);
    expect(first).toBeTypeOf("string");
    expect(await store.lease("k", 50)).toBeUndefined();
    await store.release("k", "someone-else");
    expect(await store.lease("k", 50)).toBeUndefined();
    const woke = store.changed("k", 5_000);
    await store.release("k", first as string);
    await woke;
    const second = await store.lease("k", 20);
    expect(second).toBeTypeOf("string");
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await store.lease("k", 20)).toBeTypeOf("string");
  });
});

describe("other strategies on the wire", () => {
  it("OAuth2 client credentials: Basic client id/secret and a form-encoded grant", async () => {
    const server = await createEmulatorServer();
    server.route("POST", "/oauth2/token", (request) => {
      const basic = parseBasicAuthorization(request.headers.authorization);
      const form = request.form();
      if (basic?.username !== "client" || basic.password !== "s3cr3t-value")
        return json(401, { error: "invalid_client" });
      if (form.get("grant_type") !== "client_credentials")
        return json(400, { error: "unsupported_grant_type" });
      return json(200, { access_token: `at-${form.get("scope")}`, expires_in: 3600, token_type: "Bearer" });
    });
    server.route("GET", "/api", (request) => json(200, { auth: request.headers.authorization }));
    type OAuthPaths = {
      "/oauth2/token": {
        post: {
          requestBody: {
            content: {
              "application/x-www-form-urlencoded": { grant_type: "client_credentials"; scope?: string };
            };
          };
          responses: {
            200: { content: { "application/json": { access_token: string; expires_in: number } } };
          };
        };
      };
      "/api": { get: { responses: { 200: { content: { "application/json": { auth: string } } } } } };
    };
    const tokenClient = createClient<OAuthPaths>({ baseUrl: server.url });
    const client = createPayClient<OAuthPaths>(
      {
        provider: "oauth",
        baseUrl: server.url,
        token: oauth2ClientCredentials({
          clientId: "client",
          clientSecret: "s3cr3t-value",
          scope: "payment_request/all",
          send: (init) => tokenClient.POST("/oauth2/token", init),
        }),
        decodeError: () => undefined,
      },
      {},
    );
    const { data } = await client.GET("/api");
    expect(data.auth).toBe("Bearer at-payment_request/all");
    const tokenCall = server.requests({ path: "/oauth2/token" })[0];
    expect(tokenCall?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(tokenCall?.body).toBe("grant_type=client_credentials&scope=payment_request%2Fall");
    expect(tokenCall?.headers.authorization).toBe(
      `Basic ${Buffer.from("client:s3cr3t-value").toString("base64")}`,
    );
    await server.close();
  });

  it("login: credentials in the body, the documented lifetime when the answer states none", async () => {
    let now = 0;
    let logins = 0;
    const strategy = loginExchange<{ token: string }>({
      account: "login-1",
      secrets: ["api-key-secret"],
      lifetimeSeconds: 12 * 3600,
      send: async () => {
        logins += 1;
        return { data: { token: `login-${logins}` }, response: new Response("{}", { status: 200 }) };
      },
      read: (data) => ({ token: data.token }),
    });
    const manager = new TokenManager({
      provider: "login",
      strategy,
      clock: { now: () => now },
      redactor: new Redactor(),
      decodeError: decodeExampleError as never,
    });
    expect(await manager.token()).toBe("login-1");
    now = 12 * 3600 * 1000 - 1;
    expect(await manager.token()).toBe("login-1");
    now = 12 * 3600 * 1000;
    expect(await manager.token()).toBe("login-2");
    expect(logins).toBe(2);
  });

  it("a token answer without a token is a TokenAcquisitionError", async () => {
    const strategy: TokenStrategy = {
      kind: "login",
      refreshable: true,
      secrets: [],
      cacheKey: "x",
      acquire: async (): Promise<TokenCallOutcome> => ({
        call: { data: {}, response: new Response("{}", { status: 200 }) },
        read: () => ({ token: "" }),
      }),
    };
    const manager = new TokenManager({
      provider: "p",
      strategy,
      redactor: new Redactor(),
      decodeError: () => undefined,
    });
    await expect(manager.token()).rejects.toBeInstanceOf(TokenAcquisitionError);
  });
});
