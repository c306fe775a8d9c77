// @ts-nocheck
// What a `request` hook sees of the headers, over real HTTP: a credential in a header of the provider's own naming is
// redacted like Authorization, and a public operation (no token) shows its headers as they were sent.
import { createEmulatorServer, type EmulatorServer, json } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { createPayClient, REDACTED, staticKey } from "../src/index";

let server: EmulatorServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

type Paths = {
  "/private": { get: { responses: { 200: { content: { "application/json": object } } } } };
  "/public": { get: { responses: { 200: { content: { "application/json": object } } } } };
};

describe("headers a request hook sees", () => {
  it("redact a credential in the provider's own header, and keep a public operation's headers as sent", async () => {
    server = await createEmulatorServer();
    server.route("GET", "/private", () => json(200, {}));
    server.route("GET", "/public", () => json(200, {}));
    const seen: Headers[] = [];
    const client = createPayClient<Paths>(
      {
        provider: "keyed",
        baseUrl: server.url,
        token: staticKey("sk_keyed_98765"),
        decodeError: () => undefined,
        authorize: (headers, token) => headers.set("x-api-key", token),
        operations: { "GET /public": { public: true } },
      },
      { headers: { "X-Tenant": "tenant-3" }, hooks: { request: ({ headers }) => void seen.push(headers) } },
    );
    await client.GET("/private");
    await client.GET("/public");
    expect(server.requests({ path: "/private" })[0]?.headers["x-api-key"]).toBe("sk_keyed_98765");
    expect(seen[0]?.get("x-api-key")).toBe(REDACTED);
    expect(seen[0]?.get("x-tenant")).toBe("tenant-3");
    expect(seen[1]?.get("x-api-key")).toBeNull();
    expect(seen[1]?.get("x-tenant")).toBe("tenant-3");
    expect(seen[1]?.get("user-agent")).toMatch(/^auth-middleware\//);
  });

  it("hide a header that carries the token inside its value whole, and any Authorization, even one without it", async () => {
    server = await createEmulatorServer();
    server.route("GET", "/private", () => json(200, {}));
    server.route("GET", "/public", () => json(200, {}));
    const seen: Headers[] = [];
    const client = createPayClient<Paths>(
      {
        provider: "keyed",
        baseUrl: server.url,
        token: staticKey("sk_keyed_98765"),
        decodeError: () => undefined,
        authorize: (headers, token) => headers.set("x-api-key", `Key ${token}`),
        operations: { "GET /public": { public: true } },
      },
      { hooks: { request: ({ headers }) => void seen.push(headers) } },
    );
    await client.GET("/private");
    // A public operation sends no token; the caller's own Authorization is still a credential.
    await client.GET("/public", { headers: { Authorization: "Basic dXNlcjpwYXNzd29yZA==" } });
    expect(server.requests({ path: "/public" })[0]?.headers.authorization).toBe("Basic dXNlcjpwYXNzd29yZA==");
    expect(seen[0]?.get("x-api-key")).toBe(REDACTED);
    expect(seen[1]?.get("authorization")).toBe(REDACTED);
  });
});

describe("durations", () => {
  it("are measured on the client's clock, in the log line and the response hook alike", async () => {
    server = await createEmulatorServer();
    server.route("GET", "/private", () => json(200, {}));
    let now = 1_000_000;
    const durations: unknown[] = [];
    const logged: unknown[] = [];
    const client = createPayClient<Paths>(
      {
        provider: "timed",
        baseUrl: server.url,
        token: staticKey("sk_timed_98765"),
        decodeError: () => undefined,
      },
      {
        clock: { now: () => now },
        fetch: async (url, init) => {
          now += 250;
          return fetch(url, init);
        },
        logger: {
          debug() {},
          info: (_message, fields) => void logged.push(fields?.durationMs),
          warn() {},
          error() {},
        },
        hooks: { response: ({ durationMs }) => void durations.push(durationMs) },
      },
    );
    await client.GET("/private");
    expect(durations).toEqual([250]);
    expect(logged).toEqual([250]);
  });
});
