// Where a secret could slip out or a token reach the wrong account: every secret a client knows is redacted, and a
// token is only ever used for the credentials and environment it was issued to.
import { inspect } from "node:util";
import { createEmulatorServer, type EmulatorServer, json, readBearerToken } from "@payclients/testing";
import createClient from "openapi-fetch";
import { afterEach, describe, expect, it } from "vitest";
import {
  ConfigurationError,
  createPayClient,
  createTokenClient,
  credentialExchange,
  loginExchange,
  MemoryTokenStore,
  oauth2ClientCredentials,
  REDACTED,
  TokenAcquisitionError,
  type TokenStrategy,
  tokenCallback,
  validateBaseUrl,
} from "../src/index";

let servers: EmulatorServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function startServer(): Promise<EmulatorServer> {
  const server = await createEmulatorServer();
  servers.push(server);
  return server;
}

/** Every surface an error reaches a log through. */
const surfaces = (error: unknown) => [
  String(error),
  inspect(error, { depth: 10, showHidden: true }),
  JSON.stringify(error),
  JSON.stringify((error as { body?: unknown }).body),
];

type EchoPaths = {
  "/echo": { get: { responses: { 200: { content: { "application/json": { seen: string } } } } } };
};

describe("loopback http is loopback only", () => {
  it("http://localhost.attacker.example is refused", () => {
    expect(() => validateBaseUrl("http://localhost.attacker.example")).toThrow(ConfigurationError);
    expect(() => validateBaseUrl("http://127.0.0.1.attacker.example")).toThrow(ConfigurationError);
  });

  it("a host that merely ends like a loopback name is refused", () => {
    expect(() => validateBaseUrl("http://notlocalhost")).toThrow(ConfigurationError);
    expect(() => validateBaseUrl("http://attacker.localhost")).toThrow(/https:\/\/.*got http:\/\/attacker/);
  });
});

describe("every secret a client knows is redacted", () => {
  it("a secret the provider declares (an API key header) never appears in an error", async () => {
    const server = await startServer();
    const apiKey = "ak_live_Zx81Pq2Lm";
    server.route("GET", "/echo", (request) =>
      json(400, { message: `bad request from key ${request.headers["x-api-key"]}` }),
    );
    const client = createPayClient<EchoPaths>({
      provider: "apikey",
      baseUrl: server.url,
      token: tokenCallback(() => "session_Qw8Er7Ty6"),
      authorize: (headers, token) => {
        headers.set("Authorization", `Bearer ${token}`);
        headers.set("X-Api-Key", apiKey);
      },
      secrets: [apiKey],
      decodeError: ({ body }) => body as { message: string },
    });
    const error = await client.GET("/echo").catch((caught: unknown) => caught);
    expect(String(error)).toContain(`bad request from key ${REDACTED}`);
    for (const surface of surfaces(error)) expect(surface).not.toContain(apiKey);
  });

  it("a token read from a shared store is redacted by the client that read it", async () => {
    const server = await startServer();
    let issued = 0;
    server.route("POST", "/access-tokens", () =>
      json(200, { token: `store_tok_${++issued}_Lk29`, expiresIn: 3600 }),
    );
    server.route("GET", "/echo", (request) =>
      json(400, { message: `token ${readBearerToken(request)} refused` }),
    );
    const tokenStore = new MemoryTokenStore();
    const writer = exchangeClient(server, "app_1", tokenStore);
    const reader = exchangeClient(server, "app_1", tokenStore);
    await writer.GET("/echo").catch(() => undefined);
    const error = await reader.GET("/echo").catch((caught: unknown) => caught);
    expect(issued).toBe(1);
    expect(String(error)).toContain(`token ${REDACTED} refused`);
    for (const surface of surfaces(error)) expect(surface).not.toContain("store_tok_1_Lk29");
  });

  it("the OAuth2 client secret never appears in a token error", async () => {
    const server = await startServer();
    const clientSecret = "cs_9Hq7Wd3Kx2";
    server.route("POST", "/oauth2/token", (request) =>
      json(401, {
        error: "invalid_client",
        error_description: `secret ${request.form().get("secret")} unknown`,
      }),
    );
    const tokenClient = createClient<Record<string, never>>({ baseUrl: server.url });
    const client = createPayClient<EchoPaths>({
      provider: "oauth",
      baseUrl: server.url,
      token: oauth2ClientCredentials({
        clientId: "client-1",
        clientSecret,
        send: (init) =>
          (tokenClient as unknown as { POST: (path: string, init: unknown) => Promise<never> }).POST(
            "/oauth2/token",
            { ...init, body: { ...init.body, secret: clientSecret } },
          ),
      }),
      decodeError: ({ body }) => ({ message: (body as { error_description?: string }).error_description }),
    });
    const error = await client.GET("/echo").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(String(error)).toContain(`secret ${REDACTED} unknown`);
    for (const surface of surfaces(error)) expect(surface).not.toContain(clientSecret);
  });
});

/** A credential-exchange client of `/access-tokens` for `appId`. */
function exchangeClient(
  server: EmulatorServer,
  appId: string,
  tokenStore: MemoryTokenStore,
  namespace?: string,
) {
  const tokenClient = createTokenClient<{
    "/access-tokens": {
      post: { responses: { 200: { content: { "application/json": { token: string; expiresIn: number } } } } };
    };
  }>(server.url);
  return createPayClient<EchoPaths>(
    {
      provider: "exchange",
      baseUrl: server.url,
      token: credentialExchange({
        username: appId,
        password: `${appId}-password`,
        send: (init) => tokenClient.POST("/access-tokens", init),
        read: (data) => ({ token: data.token, expiresInSeconds: data.expiresIn }),
      }),
      decodeError: ({ body }) => body as { message: string },
      ...(namespace === undefined ? {} : { tokenNamespace: namespace }),
    },
    { tokenStore },
  );
}

/** A token endpoint that issues one token per request, named after the Basic user, and an API echoing it. */
async function tokenServer(): Promise<EmulatorServer> {
  const server = await startServer();
  let issued = 0;
  server.route("POST", "/access-tokens", (request) => {
    const user = Buffer.from(request.headers.authorization?.slice(6) ?? "", "base64")
      .toString()
      .split(":")[0];
    return json(200, { token: `${user}-${++issued}`, expiresIn: 3600 });
  });
  server.route("GET", "/echo", (request) => json(200, { seen: readBearerToken(request) ?? "" }));
  return server;
}

describe("a shared token store never mixes up tokens", () => {
  it("different credentials never share a token", async () => {
    const server = await tokenServer();
    const tokenStore = new MemoryTokenStore();
    expect((await exchangeClient(server, "alice", tokenStore).GET("/echo")).data.seen).toBe("alice-1");
    expect((await exchangeClient(server, "bob", tokenStore).GET("/echo")).data.seen).toBe("bob-2");
    expect((await exchangeClient(server, "alice", tokenStore).GET("/echo")).data.seen).toBe("alice-1");
  });

  it("different environments (namespaces or origins) never share a token", async () => {
    const first = await tokenServer();
    const second = await tokenServer();
    const tokenStore = new MemoryTokenStore();
    expect((await exchangeClient(first, "alice", tokenStore).GET("/echo")).data.seen).toBe("alice-1");
    expect((await exchangeClient(second, "alice", tokenStore).GET("/echo")).data.seen).toBe("alice-1");
    expect(second.requests({ path: "/access-tokens" })).toHaveLength(1);
    const sandbox = await exchangeClient(first, "alice", tokenStore, "sandbox").GET("/echo");
    expect(sandbox.data.seen).toBe("alice-2");
  });

  it("different OAuth2 clients or scopes, and different login accounts, never share a token", async () => {
    const keys = (strategies: TokenStrategy[]) =>
      new Set(strategies.map((strategy) => strategy.cacheKey)).size;
    const send = async () => ({ response: new Response(null, { status: 500 }) });
    const oauth = (clientId: string, scope?: string) =>
      oauth2ClientCredentials({ clientId, clientSecret: "secret-1", scope, send });
    expect(keys([oauth("a"), oauth("b"), oauth("a", "read"), oauth("a", "write")])).toBe(4);
    const login = (account: string) =>
      loginExchange({ account, secrets: [], send, read: () => ({ token: "" }) });
    expect(keys([login("a"), login("b")])).toBe(2);
    for (const strategy of [oauth("client-7", "read"), login("login-7")])
      expect(strategy.cacheKey).not.toContain("secret-1");
  });
});
