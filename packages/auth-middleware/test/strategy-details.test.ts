// @ts-nocheck
// The details of each token strategy that decide what goes on the wire and what is kept secret: the login call's
// headers and lifetimes, the OAuth2 form and default reader, a callback's token object, which credential forms are
// redacted, which tokens a shared store may hold and under which key, and the token request's own timeout.
import { createEmulatorServer, type EmulatorServer, json, text } from "@payclients/testing";
import createClient from "openapi-fetch";
import { afterEach, describe, expect, it } from "vitest";
import {
  ApiError,
  createPayClient,
  credentialExchange,
  loginExchange,
  oauth2ClientCredentials,
  REDACTED,
  Redactor,
  type StoredToken,
  staticKey,
  TokenAcquisitionError,
  TokenManager,
  type TokenStore,
  tokenCallback,
} from "../src/index";
import type { MePaths } from "./fixture";

let server: EmulatorServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A store that records every write, to see what a shared store would hold. */
function recordingStore(): TokenStore & { writes: [string, StoredToken][] } {
  const entries = new Map<string, StoredToken>();
  const writes: [string, StoredToken][] = [];
  return {
    writes,
    get: async (key) => entries.get(key),
    set: async (key, value) => {
      writes.push([key, value]);
      entries.set(key, value);
    },
    delete: async (key) => void entries.delete(key),
  };
}

const manager = (strategy, extra = {}) =>
  new TokenManager({
    provider: "p",
    strategy,
    redactor: new Redactor(),
    decodeError: () => undefined,
    ...extra,
  });

describe("login", () => {
  it("the login call carries the client's headers and a signal, and a lifetime the answer states wins", async () => {
    let now = 0;
    const seen: { headers: Record<string, string>; signal: unknown }[] = [];
    let logins = 0;
    const strategy = loginExchange<{ token: string; ttl: number }>({
      account: "acct",
      secrets: [],
      lifetimeSeconds: 3600,
      send: async (init) => {
        seen.push(init);
        logins += 1;
        return { data: { token: `login-${logins}`, ttl: 120 }, response: new Response("{}") };
      },
      read: (data) => ({ token: data.token, expiresInSeconds: data.ttl }),
    });
    const tokens = manager(strategy, { clock: { now: () => now }, headers: { "User-Agent": "ua/1" } });
    expect(await tokens.token()).toBe("login-1");
    expect(seen[0]?.headers).toEqual({ "User-Agent": "ua/1" });
    expect(seen[0]?.signal).toBeInstanceOf(AbortSignal);
    now = 120_000;
    expect(await tokens.token()).toBe("login-2");
  });

  it("a failed login names the strategy in the message", async () => {
    const strategy = loginExchange({
      account: "acct",
      secrets: [],
      send: async () => ({ error: { message: "no" }, response: new Response("{}", { status: 403 }) }),
      read: () => ({ token: "x" }),
    });
    await expect(manager(strategy).token()).rejects.toThrow("p: token endpoint (login) answered 403");
  });
});

describe("OAuth2 client credentials", () => {
  type OAuthPaths = {
    "/token": { post: { responses: { 200: { content: { "application/json": object } } } } };
  };
  const oauth = (scope?: string) => {
    const tokenClient = createClient<OAuthPaths>({ baseUrl: server.url });
    return oauth2ClientCredentials({
      clientId: "client",
      clientSecret: "s3cr3t-client-value",
      ...(scope ? { scope } : {}),
      send: (init) => tokenClient.POST("/token", init),
    });
  };

  it("without a scope the form is exactly the grant type", async () => {
    server = await createEmulatorServer();
    server.route("POST", "/token", () => json(200, { access_token: "at-1", expires_in: 60 }));
    expect(await manager(oauth()).token()).toBe("at-1");
    expect(server.requests({ path: "/token" })[0]?.body).toBe("grant_type=client_credentials");
  });

  it("the default reader refuses an answer without access_token, empty body included", async () => {
    server = await createEmulatorServer();
    server.route("POST", "/token", () => json(200, { token_type: "Bearer" }));
    await expect(manager(oauth()).token()).rejects.toThrow("the token response carried no token");
    server.route("POST", "/token", () => text(200, "", { "content-length": "0" }));
    await expect(manager(oauth()).token()).rejects.toThrow("the token response carried no token");
  });

  it("a rejected client names the strategy, and the Basic credential echoed back is redacted", async () => {
    server = await createEmulatorServer();
    const basic = Buffer.from("client:s3cr3t-client-value").toString("base64");
    server.route("POST", "/token", () => json(401, { error: "invalid_client", seen: basic }));
    const error = await manager(oauth())
      .token()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect((error as Error).message).toMatch(/^p: token endpoint \(oauth2-client-credentials\) answered 401/);
    expect(JSON.stringify((error as TokenAcquisitionError).body)).toBe(
      JSON.stringify({ error: "invalid_client", seen: REDACTED }),
    );
  });
});

describe("credential exchange", () => {
  it("the Basic credential echoed back by the token endpoint is redacted", async () => {
    const basic = Buffer.from("app:app-secret-value").toString("base64");
    const strategy = credentialExchange({
      username: "app",
      password: "app-secret-value",
      send: async () => ({ error: { echo: basic }, response: new Response("{}", { status: 400 }) }),
      read: () => ({ token: "x" }),
    });
    const error = await manager(strategy)
      .token()
      .catch((caught: unknown) => caught);
    expect((error as TokenAcquisitionError).body).toEqual({ echo: REDACTED });
  });

  it("a token answer that carries an error despite a 2xx is a failure, not a token", async () => {
    const strategy = credentialExchange({
      username: "app",
      password: "app-secret-value",
      send: async () => ({ data: { token: "t" }, error: { code: "E" }, response: new Response("{}") }),
      read: (data) => ({ token: data.token }),
    });
    await expect(manager(strategy).token()).rejects.toBeInstanceOf(TokenAcquisitionError);
  });
});

describe("callbacks", () => {
  it("a callback may hand back a token object with its lifetime", async () => {
    let now = 0;
    let calls = 0;
    const tokens = manager(
      tokenCallback(() => ({ token: `cb-${++calls}`, expiresInSeconds: 60 })),
      { clock: { now: () => now } },
    );
    expect(await tokens.token()).toBe("cb-1");
    now = 60_000;
    expect(await tokens.token()).toBe("cb-2");
  });
});

describe("static keys", () => {
  it("are redacted where the API echoes them, and never written to a shared store", async () => {
    server = await createEmulatorServer();
    const key = "sk_static_echo_4321";
    server.route("GET", "/me", () => json(400, { message: `bad key ${key}` }));
    const store = recordingStore();
    const client = createPayClient<MePaths>(
      {
        provider: "static",
        baseUrl: server.url,
        token: staticKey(key),
        decodeError: ({ body }) => ({ message: (body as { message: string }).message }),
      },
      { tokenStore: store, maxRetries: 0 },
    );
    const error = await client.GET("/me").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as Error).message).toBe(`static: 400 bad key ${REDACTED}`);
    expect(store.writes).toEqual([]);
  });
});

describe("the shared store's key", () => {
  it("without a namespace is the provider, an empty namespace and a 128-bit hash", async () => {
    const store = recordingStore();
    await manager(
      tokenCallback(() => "cb-1", { account: "acme" }),
      { store },
    ).token();
    expect(store.writes.map(([key]) => key)).toEqual([expect.stringMatching(/^payclients:p::[0-9a-f]{32}$/)]);
  });
});

describe("the token request's own timeout", () => {
  it("aborts the strategy's request with a reason that says so", async () => {
    const strategy = credentialExchange({
      username: "app",
      password: "app-secret-value",
      send: ({ signal }) =>
        new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason))),
      read: () => ({ token: "x" }),
    });
    const error = await manager(strategy, { timeoutMs: 20 })
      .token()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(((error as Error).cause as Error).message).toBe("token request timed out");
  });
});

describe("token() with a valid token it did not request", () => {
  it("adopts a token without expiry from a shared store, and never refreshes it", async () => {
    const store = recordingStore();
    const first = manager(
      tokenCallback(() => "cb-forever", { account: "acme" }),
      { store },
    );
    await first.token();
    let calls = 0;
    const second = manager(
      tokenCallback(
        () => {
          calls += 1;
          return "cb-other";
        },
        { account: "acme" },
      ),
      { store },
    );
    expect(await second.token()).toBe("cb-forever");
    // A background refresh would have called the callback by now.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await second.token()).toBe("cb-forever");
    expect(calls).toBe(0);
  });

  it("inside the refresh window, concurrent calls start one background refresh between them", async () => {
    let now = 0;
    let issued = 0;
    const strategy = tokenCallback(() => {
      issued += 1;
      return { token: `cb-${issued}`, expiresInSeconds: 3600 };
    });
    const tokens = manager(strategy, { clock: { now: () => now } });
    await tokens.token();
    now = 3600_000 - 30_000;
    const served = await Promise.all([tokens.token(), tokens.token(), tokens.token()]);
    expect(served).toEqual(["cb-1", "cb-1", "cb-1"]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(issued).toBe(2);
  });
});
