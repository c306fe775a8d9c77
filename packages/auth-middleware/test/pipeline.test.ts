// The request pipeline's configuration points, on the wire: who sets the User-Agent, which limiter applies, which
// operations a key makes safe to resend, what a decoder is told, and where a response came from.
import { createEmulatorServer, type EmulatorServer, json } from "@payclients/testing";
import { describe, expect, it } from "vitest";
import { version } from "../package.json";
import {
  ConfigurationError,
  createPayClient,
  createTokenClient,
  credentialExchange,
  type ErrorContext,
  InternalServerError,
  type ProviderDefinition,
  RequestLimiter,
  staticKey,
  TimeoutError,
  validateBaseUrl,
} from "../src/index";
import {
  closeAfterEach,
  createExampleClient,
  credentials,
  type ExampleProvider,
  type paths,
  startExampleProvider,
} from "./fixture";

let provider: ExampleProvider | undefined;
let server: EmulatorServer | undefined;
closeAfterEach(() => [provider?.server, server]);

type Paths = {
  "/orders": {
    post: {
      requestBody: { content: { "application/json": { amount: number } } };
      responses: { 200: { content: { "application/json": { id: string } } } };
    };
  };
  "/refunds": {
    post: {
      requestBody: { content: { "application/json": { amount: number } } };
      responses: { 200: { content: { "application/json": { id: string } } } };
    };
  };
};

async function startServer(): Promise<EmulatorServer> {
  const started = await createEmulatorServer();
  started.route("POST", "/orders", () => json(200, { id: "o1" }));
  started.route("POST", "/refunds", () => json(200, { id: "r1" }));
  return started;
}

const definition = (url: string, extra: Partial<ProviderDefinition> = {}): ProviderDefinition => ({
  provider: "shop",
  baseUrl: url,
  token: staticKey("sk_test_pipeline"),
  decodeError: () => undefined,
  ...extra,
});

describe("User-Agent", () => {
  it("names the provider package and auth-middleware; a caller's own wins, in any spelling", async () => {
    server = await startServer();
    const plain = createPayClient<Paths>(definition(server.url));
    const named = createPayClient<Paths>(definition(server.url, { userAgent: "@payclients/shop/1.2.3" }));
    const own = createPayClient<Paths>(definition(server.url), { headers: { "user-agent": "my-app/2" } });
    for (const client of [plain, named, own]) await client.POST("/orders", { body: { amount: 1 } });
    expect(server.journal.map((entry) => entry.headers["user-agent"])).toEqual([
      `auth-middleware/${version}`,
      `@payclients/shop/1.2.3 auth-middleware/${version}`,
      "my-app/2",
    ]);
  });

  it("a caller's own User-Agent, spelled in any case, is sent on token requests too", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { headers: { "USER-Agent": "my-app/3" } });
    await client.GET("/items");
    expect(provider.server.journal.map((entry) => entry.headers["user-agent"])).toEqual([
      "my-app/3",
      "my-app/3",
    ]);
  });
});

describe("limiters", () => {
  it("a provider's default limiter applies unless the caller passes one or false", async () => {
    server = await startServer();
    let inFlight = 0;
    let peak = 0;
    let holdMs = 0;
    const held: Array<() => void> = [];
    // A request is held until all three are in (then all go) or for `holdMs`: a client that sends them together
    // shows a peak of 3 however slowly a loaded machine lets them arrive; one that sends them one at a time, 1.
    server.route("POST", "/orders", async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, holdMs);
        held.push(() => {
          clearTimeout(timer);
          resolve();
        });
        if (inFlight === 3) for (const release of held.splice(0)) release();
      });
      inFlight -= 1;
      return json(200, { id: "o1" });
    });
    let built = 0;
    const defaultLimiter = () => {
      built += 1;
      return new RequestLimiter({ maxConcurrent: 1 });
    };
    const peakOf = async (client: ReturnType<typeof createPayClient<Paths>>, hold: number) => {
      peak = 0;
      holdMs = hold;
      await Promise.all([1, 2, 3].map((amount) => client.POST("/orders", { body: { amount } })));
      return peak;
    };
    expect(await peakOf(createPayClient<Paths>(definition(server.url, { defaultLimiter })), 40)).toBe(1);
    expect(built).toBe(1);
    const free = createPayClient<Paths>(definition(server.url, { defaultLimiter }), { limiter: false });
    expect(await peakOf(free, 5_000)).toBe(3);
    expect(built).toBe(1);
  });
});

describe("idempotency keys", () => {
  it("a key makes a resend safe only where the operation table gives the header; elsewhere it is sent but not resent", async () => {
    server = await startServer();
    const client = createPayClient<Paths>(
      definition(server.url, {
        operations: { "POST /orders": { idempotency: "Idempotency-Key" }, "POST /refunds": {} },
      }),
      { sleep: async () => {} },
    );
    server.failNext(503, "", {}, { path: "/orders" });
    await client.POST("/orders", { body: { amount: 1 } });
    expect(server.requests({ path: "/orders" })).toHaveLength(2);
    server.failNext(503, "", {}, { path: "/refunds" });
    await expect(
      client.POST("/refunds", { body: { amount: 1 }, idempotencyKey: "refund-1" }),
    ).rejects.toBeInstanceOf(InternalServerError);
    const refunds = server.requests({ path: "/refunds" });
    expect(refunds).toHaveLength(1);
    expect(refunds[0]?.headers["idempotency-key"]).toBe("refund-1");
    await client.POST("/refunds", { body: { amount: 2 } });
    expect(server.requests({ path: "/refunds" })[1]?.headers["idempotency-key"]).toBeUndefined();
  });
});

describe("what a decoder is told", () => {
  it("status, parsed or not, method, path template and source, for API and token errors", async () => {
    provider = await startExampleProvider();
    const started = provider;
    const contexts: ErrorContext[] = [];
    const tokenClient = createTokenClient<paths>(started.server.url);
    const client = createPayClient<paths>(
      {
        provider: "example",
        baseUrl: started.server.url,
        token: credentialExchange({
          username: credentials.appId,
          password: credentials.appSecret,
          send: (init) =>
            tokenClient.POST("/access-tokens", { ...init, body: { refreshToken: credentials.refreshToken } }),
          read: (data) => ({ token: data.token, expiresInSeconds: data.expiresIn }),
        }),
        decodeError: (context) => void contexts.push(context),
      },
      { maxRetries: 0, clock: started.clock },
    );
    started.server.failNext(400, { code: "X" }, {}, { path: "/access-tokens" });
    await client.GET("/items").catch(() => undefined);
    started.server.failNext(502, "<html></html>", { "content-type": "text/html" }, { path: "/items/{id}" });
    await client.GET("/items/{id}", { params: { path: { id: "7" } } }).catch(() => undefined);
    const seen = contexts.map(({ status, parsed, method, path, source }) => ({
      status,
      parsed,
      method,
      path,
      source,
    }));
    expect(seen).toEqual([
      { status: 400, parsed: true, method: "POST", path: "", source: "token" },
      { status: 502, parsed: false, method: "GET", path: "/items/{id}", source: "api" },
    ]);
  });
});

describe("responses", () => {
  it("a successful response keeps the URL it came from", async () => {
    server = await startServer();
    const client = createPayClient<Paths>(definition(server.url));
    const { response } = await client.POST("/orders", { body: { amount: 1 } });
    expect(response.url).toBe(`${server.url}/orders`);
  });

  it("a timeout before anything was sent says it was waiting for a token or a limiter slot", async () => {
    server = await startServer();
    const limiter = new RequestLimiter({ maxConcurrent: 1 });
    await limiter.acquire();
    const client = createPayClient<Paths>(definition(server.url), { limiter, maxRetries: 0 });
    const error = await client
      .POST("/orders", { body: { amount: 1 }, timeoutMs: 30 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe(
      "shop: POST attempt timed out after 30 ms waiting for an access token or a limiter slot",
    );
    expect(server.journal).toHaveLength(0);
    limiter.release();
  });
});

describe("base URLs", () => {
  it("a blank URL is missing, and a URL with only a password still carries credentials", () => {
    expect(() => validateBaseUrl("   ")).toThrow(/required/);
    expect(() => validateBaseUrl("https://:pw@api.example")).toThrow(/must not contain credentials/);
    expect(() => validateBaseUrl("https://user@api.example")).toThrow(/must not contain credentials/);
    expect(() => validateBaseUrl("ftp://api.example", "tokenUrl")).toThrow(
      new ConfigurationError(
        "tokenUrl must use https:// (http:// only on loopback hosts); got ftp://api.example",
      ),
    );
  });
});
