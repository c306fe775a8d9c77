// @ts-nocheck
// Client-level details a provider package relies on, over real HTTP: credential and base-URL checks, the refusal
// message for a foreign origin, common headers next to the User-Agent, what the decoder is told about a token
// endpoint's body, a keyed request next to a de-duplication field, and a provider's own configuration error.
import { createEmulatorServer, type EmulatorServer, json, text } from "@payclients/testing";
import { describe, expect, it } from "vitest";
import {
  ConfigurationError,
  createPayClient,
  type ErrorContext,
  requireCredential,
  staticKey,
  validateBaseUrl,
} from "../src/index";
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

describe("requireCredential", () => {
  it("refuses a missing, empty or non-string credential with its name", () => {
    for (const value of [undefined, "", 42]) {
      expect(() => requireCredential("acme", "apiKey", value)).toThrow(
        new ConfigurationError('acme: the "apiKey" option is required (a non-empty string)'),
      );
    }
  });

  it("refuses control characters and returns a clean credential as it is", () => {
    expect(() => requireCredential("acme", "apiKey", "key\n")).toThrow(
      /"apiKey" option contains control characters/,
    );
    expect(requireCredential("acme", "apiKey", "sk_live_1")).toBe("sk_live_1");
  });
});

describe("validateBaseUrl", () => {
  it("a missing base URL is a ConfigurationError naming the option", () => {
    for (const value of [undefined, 42, "  "]) {
      expect(() => validateBaseUrl(value)).toThrow(
        new ConfigurationError("baseUrl is required and must be a URL string"),
      );
    }
  });

  it("accepts plain http on every 127.x.y.z loopback address, multi-digit octets included", () => {
    for (const url of ["http://127.10.20.30:8080", "http://127.0.10.1", "http://127.200.0.1"]) {
      expect(validateBaseUrl(url).href).toBe(new URL(url).href);
    }
  });
});

describe("the request", () => {
  it("a base URL ending in several slashes still reaches the API's own paths", async () => {
    server = await createEmulatorServer();
    server.route("GET", "/me", () => json(200, {}));
    const client = createPayClient<MePaths>({
      provider: "p",
      baseUrl: `${server.url}///`,
      token: staticKey("sk_test_slashes"),
      decodeError: () => undefined,
    });
    await expect(client.GET("/me")).resolves.toMatchObject({ data: {} });
    expect(server.requests().map((entry) => entry.path)).toEqual(["/me"]);
  });

  it("a caller's idempotencyKey is sent under no header when the provider names none", async () => {
    provider = await startExampleProvider();
    await createExampleClient(provider).POST("/items", { body: { name: "a" }, idempotencyKey: "order-77" });
    const [post] = provider.server.requests({ method: "POST", path: "/items" });
    expect(Object.values(post?.headers ?? {})).not.toContain("order-77");
    expect(Object.keys(post?.headers ?? {})).not.toContain("undefined");
  });

  it("a caller's content type wins over the one a buffered body brings with it", async () => {
    provider = await startExampleProvider();
    await createExampleClient(provider).POST("/items", {
      body: { name: "a" },
      bodySerializer: () => new Blob(['{"name":"blob"}'], { type: "text/plain" }),
      headers: { "Content-Type": "application/json" },
    });
    const [post] = provider.server.requests({ method: "POST", path: "/items" });
    expect(post?.headers["content-type"]).toBe("application/json");
    expect(provider.items.get("item_1")?.name).toBe("blob");
  });

  it("a call aimed at another origin is refused with both origins named", async () => {
    provider = await startExampleProvider();
    server = await createEmulatorServer();
    const error = await createExampleClient(provider)
      .GET("/items", { baseUrl: server.url })
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toBe(
      `example: refusing to send credentials to ${server.url}; the client is bound to ${provider.server.url}`,
    );
  });

  it("a common header other than User-Agent is sent next to the client's own User-Agent", async () => {
    provider = await startExampleProvider();
    await createExampleClient(provider, { headers: { "X-Tenant": "tenant-7" } }).GET("/items");
    const [request] = provider.server.requests({ path: "/items" });
    expect(request?.headers["x-tenant"]).toBe("tenant-7");
    expect(request?.headers["user-agent"]).toMatch(/^auth-middleware\/\d/);
  });

  it("a keyed POST stays resend-safe when the provider also names a de-duplication field the body lacks", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, {
      idempotencyHeader: "Idempotency-Key",
      deduplicationField: "code",
    });
    await client.GET("/items");
    provider.server.failNext(503, { code: "BUSY", message: "try again" }, {}, { method: "POST" });
    const { data } = await client.POST("/items", { body: { name: "a" } });
    expect(data.name).toBe("a");
    expect(provider.server.requests({ path: "/items", method: "POST" })).toHaveLength(2);
  });

  it("a provider's own ConfigurationError while authorizing rejects the call as it is, not retried", async () => {
    server = await createEmulatorServer();
    server.route("GET", "/me", () => json(200, {}));
    const refused = new ConfigurationError("acme: this operation needs the merchant id");
    const client = createPayClient<MePaths>({
      provider: "acme",
      baseUrl: server.url,
      token: staticKey("sk_acme_1234"),
      decodeError: () => undefined,
      authorize: () => {
        throw refused;
      },
    });
    await expect(client.GET("/me")).rejects.toBe(refused);
    expect(server.journal).toHaveLength(0);
  });
});

describe("the token endpoint's error body as the decoder sees it", () => {
  it("is flagged parsed for JSON and not for raw text", async () => {
    server = await createEmulatorServer();
    const contexts: ErrorContext[] = [];
    const client = createPayClient<MePaths>(
      {
        provider: "acme",
        baseUrl: server.url,
        token: {
          kind: "login",
          refreshable: true,
          secrets: [],
          cacheKey: "acme",
          acquire: async () => {
            const response = await fetch(`${server.url}/token`, { method: "POST" });
            const body = await response.text();
            return {
              call: {
                error: response.headers.get("content-type")?.includes("json") ? JSON.parse(body) : body,
                response,
              },
              read: () => ({ token: "" }),
            };
          },
        },
        decodeError: (context) => {
          contexts.push(context);
          return undefined;
        },
      },
      { maxRetries: 0 },
    );
    server.route("POST", "/token", () => json(400, { error: "bad" }));
    await client.GET("/me").catch(() => undefined);
    server.route("POST", "/token", () => text(400, "Bad Request"));
    await client.GET("/me").catch(() => undefined);
    expect(contexts.map(({ source, parsed, body }) => ({ source, parsed, body }))).toEqual([
      { source: "token", parsed: true, body: { error: "bad" } },
      { source: "token", parsed: false, body: "Bad Request" },
    ]);
  });
});
