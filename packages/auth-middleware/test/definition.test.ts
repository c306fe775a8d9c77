import { createEmulatorServer, type EmulatorServer, json } from "@payclients/testing";
import { describe, expect, it } from "vitest";
import {
  ConfigurationError,
  ConflictError,
  createPayClient,
  type ErrorContext,
  MemoryTokenStore,
  RequestLimiter,
  staticKey,
  tokenCallback,
} from "../src/index";
import { closeAfterEach, createExampleClient, type ExampleProvider, startExampleProvider } from "./fixture";

type Paths = {
  "/public/{id}": {
    get: {
      parameters: { path: { id: string } };
      responses: { 200: { content: { "application/json": { id: string } } } };
    };
  };
  "/private": {
    post: {
      requestBody: { content: { "application/json": { amount: number; accountId?: string } } };
      responses: { 200: { content: { "application/json": { accountId: string } } } };
    };
  };
};

let server: EmulatorServer | undefined;
let provider: ExampleProvider | undefined;
closeAfterEach(() => [provider?.server, server]);

describe("provider definition hooks", () => {
  it("operations the table marks public are sent without credentials and never fetch a token", async () => {
    server = await createEmulatorServer();
    server.route("GET", "/public/{id}", (request) =>
      json(200, { id: request.params.id, auth: request.headers.authorization ?? null }),
    );
    let asked = 0;
    const client = createPayClient<Paths>({
      provider: "hooks",
      baseUrl: server.url,
      token: tokenCallback(() => {
        asked += 1;
        return "dashboard-token";
      }),
      decodeError: () => undefined,
      operations: { "GET /public/{id}": { public: true } },
    });
    const { data } = await client.GET("/public/{id}", { params: { path: { id: "p1" } } });
    expect(data).toEqual({ id: "p1", auth: null });
    expect(asked).toBe(0);
    expect(server.journal[0]?.headers.authorization).toBeUndefined();
  });

  it("prepareCall fills body defaults and can refuse an operation before any request", async () => {
    server = await createEmulatorServer();
    server.route("POST", "/private", (request) => json(200, request.json()));
    const client = createPayClient<Paths>({
      provider: "hooks",
      baseUrl: server.url,
      token: staticKey("sk_test_1234"),
      decodeError: () => undefined,
      prepareCall: (method, path, init) => {
        if (path === "/public/{id}") throw new ConfigurationError("hooks: not for this client");
        if (method === "POST" && path === "/private") {
          const body = init.body as { accountId?: string };
          return { ...init, body: { accountId: "acct_default", ...body } };
        }
        return init;
      },
    });
    const { data } = await client.POST("/private", { body: { amount: 5 } });
    expect(data.accountId).toBe("acct_default");
    expect(server.journal[0]?.body).toBe('{"accountId":"acct_default","amount":5}');
    await client.POST("/private", { body: { amount: 5, accountId: "acct_mine" } });
    expect(JSON.parse(server.journal[1]?.body ?? "{}").accountId).toBe("acct_mine");
    await expect(client.GET("/public/{id}", { params: { path: { id: "x" } } })).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    expect(server.journal).toHaveLength(2);
  });

  it("a decoder can classify by code: a duplicate answered 400 becomes ConflictError with the real status", async () => {
    server = await createEmulatorServer();
    server.route("POST", "/private", () =>
      json(400, { code: "CODE_ALREADY_EXISTS", message: "duplicate code" }),
    );
    const contexts: ErrorContext[] = [];
    const client = createPayClient<Paths>({
      provider: "hooks",
      baseUrl: server.url,
      token: staticKey("sk_test_1234"),
      decodeError: (context) => {
        contexts.push(context);
        const body = context.body as { code: string; message: string };
        return {
          code: body.code,
          message: body.message,
          classifyAs: body.code === "CODE_ALREADY_EXISTS" ? 409 : undefined,
        };
      },
    });
    const error = await client.POST("/private", { body: { amount: 1 } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 400, code: "CODE_ALREADY_EXISTS", retryable: false });
    expect(contexts[0]).toMatchObject({ source: "api", method: "POST", path: "/private", parsed: true });
  });

  it("static keys never touch a shared token store", async () => {
    server = await createEmulatorServer();
    server.route("POST", "/private", (request) => json(200, { accountId: request.headers.authorization }));
    const tokenStore = new MemoryTokenStore();
    const definition = (key: string) => ({
      provider: "hooks",
      baseUrl: server?.url ?? "",
      token: staticKey(key),
      decodeError: () => undefined,
    });
    const first = createPayClient<Paths>(definition("sk_first_1234"), { tokenStore });
    const second = createPayClient<Paths>(definition("sk_second_1234"), { tokenStore });
    expect((await first.POST("/private", { body: { amount: 1 } })).data.accountId).toBe(
      "Bearer sk_first_1234",
    );
    expect((await second.POST("/private", { body: { amount: 1 } })).data.accountId).toBe(
      "Bearer sk_second_1234",
    );
  });
});

describe("withBaseUrl", () => {
  it("a view on another base path shares the token (one exchange for both) and stays on the origin", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    provider.server.route("GET", "/developer/items", (request) =>
      json(200, { items: [], auth: request.headers.authorization }),
    );
    const developer = client.withBaseUrl<{
      "/items": { get: { responses: { 200: { content: { "application/json": { auth: string } } } } } };
    }>(`${provider.server.url}/developer`);
    const [core, dev] = await Promise.all([client.GET("/items"), developer.GET("/items")]);
    expect(core.data.items).toEqual([]);
    expect(dev.data.auth).toMatch(/^Bearer tok_/);
    expect(provider.server.requests({ path: "/access-tokens" })).toHaveLength(1);
    expect(developer.baseUrl).toBe(`${provider.server.url}/developer`);
    expect(() => client.withBaseUrl("https://elsewhere.example")).toThrow(ConfigurationError);
  });
});

describe("limiter and the server's view", () => {
  it("the server never sees more than requestsPerSecond arrivals in any second", async () => {
    server = await createEmulatorServer({ latencyMilliseconds: 20 });
    server.route("POST", "/private", () => json(200, { accountId: "a" }));
    const client = createPayClient<Paths>(
      {
        provider: "hooks",
        baseUrl: server.url,
        token: staticKey("sk_test_1234"),
        decodeError: () => undefined,
      },
      { limiter: new RequestLimiter({ requestsPerSecond: 4, maxConcurrent: 2 }) },
    );
    const arrivals: number[] = [];
    server.route("POST", "/private", () => {
      arrivals.push(Date.now());
      return json(200, { accountId: "a" });
    });
    await Promise.all(Array.from({ length: 9 }, () => client.POST("/private", { body: { amount: 1 } })));
    expect(arrivals).toHaveLength(9);
    for (let index = 4; index < arrivals.length; index += 1) {
      expect((arrivals[index] ?? 0) - (arrivals[index - 4] ?? 0)).toBeGreaterThanOrEqual(1000);
    }
  });
});
