import { inspect } from "node:util";
import { createEmulatorServer, json } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import {
  ConfigurationError,
  createPayClient,
  type Logger,
  leveledLogger,
  REDACTED,
  Redactor,
  selectBaseUrl,
  staticKey,
  validateBaseUrl,
} from "../src/index";
import { createExampleClient, credentials, type ExampleProvider, startExampleProvider } from "./fixture";

let provider: ExampleProvider;
afterEach(async () => {
  await provider?.server.close();
});

function captureLogger(): { lines: string[]; logger: Logger } {
  const lines: string[] = [];
  const write = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    void lines.push(`${level} ${message} ${JSON.stringify(fields)} ${inspect(fields, { depth: 5 })}`);
  return {
    lines,
    logger: { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") },
  };
}

describe("redaction", () => {
  it("no credential or token appears in errors, inspect, JSON or logs", async () => {
    provider = await startExampleProvider();
    const { lines, logger } = captureLogger();
    const client = createExampleClient(provider, { logger, logLevel: "debug", maxRetries: 0 });
    await client.GET("/items");
    const token =
      provider.server.requests({ path: "/items" })[0]?.headers.authorization?.slice("Bearer ".length) ?? "";
    expect(token.length).toBeGreaterThan(10);
    const secrets = [
      credentials.appSecret,
      credentials.refreshToken,
      token,
      Buffer.from(`${credentials.appId}:${credentials.appSecret}`).toString("base64"),
    ];

    // An API that echoes the caller's credentials back in its error body.
    provider.server.failNext(
      500,
      {
        code: "ECHO",
        message: `saw Bearer ${token} and ${credentials.appSecret}`,
        detail: { refresh: credentials.refreshToken },
      },
      {},
      { path: "/items" },
    );
    const apiError = await client.GET("/items").catch((caught: unknown) => caught);
    // A token endpoint that echoes them too.
    const second = createExampleClient(provider, { logger, logLevel: "debug" });
    provider.server.failNext(
      401,
      { code: "BAD", message: `refresh ${credentials.refreshToken} invalid for ${credentials.appSecret}` },
      {},
      {
        path: "/access-tokens",
      },
    );
    const tokenError = await second.GET("/items").catch((caught: unknown) => caught);

    const surfaces = [
      String(apiError),
      inspect(apiError, { depth: 10, showHidden: true }),
      JSON.stringify(apiError),
      JSON.stringify((apiError as { body: unknown }).body),
      String(tokenError),
      inspect(tokenError, { depth: 10, showHidden: true }),
      JSON.stringify(tokenError),
      inspect(client, { depth: 10, showHidden: true }),
      JSON.stringify(client),
      ...lines,
    ];
    for (const surface of surfaces) {
      for (const secret of secrets) expect(surface).not.toContain(secret);
    }
    expect(inspect(apiError)).toContain(REDACTED);
    expect(lines.some((line) => line.includes("GET /items") && line.includes('"status":200'))).toBe(true);
  });

  it("logs method, path, status, attempt, duration and request id per attempt; silent by default", async () => {
    provider = await startExampleProvider();
    const { lines, logger } = captureLogger();
    const client = createExampleClient(provider, { logger });
    provider.server.failNext(503, "", { "x-request-id": "req-1" }, { path: "/items" });
    await client.GET("/items");
    const attempts = lines.filter((line) => line.includes("example GET /items"));
    expect(attempts).toHaveLength(2);
    expect(attempts[0]).toMatch(
      /^warn .*"method":"GET","path":"\/items","attempt":1,"durationMs":\d+,"status":503,"requestId":"req-1"/,
    );
    expect(attempts[1]).toMatch(/^info .*"attempt":2,.*"status":200/);
    const quiet = leveledLogger(logger, "error");
    quiet?.info("dropped");
    expect(lines.some((line) => line.includes("dropped"))).toBe(false);
    expect(leveledLogger(undefined)).toBeUndefined();
  });

  it("the redactor scrubs nested values", () => {
    const redactor = new Redactor(["topsecret", "ab"]);
    expect(redactor.text("a topsecret b")).toBe(`a ${REDACTED} b`);
    expect(redactor.text("ab stays")).toBe("ab stays");
    expect(redactor.value({ list: ["topsecret"], n: 1 })).toEqual({ list: [REDACTED], n: 1 });
  });
});

describe("transport security", () => {
  it("refuses http:// off loopback with a clear error and accepts https and loopback http", () => {
    expect(() => validateBaseUrl("http://api.example.com")).toThrow(ConfigurationError);
    expect(() => validateBaseUrl("http://api.example.com")).toThrow(/https:\/\/.*loopback/);
    expect(() => validateBaseUrl("http://10.0.0.5:8080")).toThrow(ConfigurationError);
    expect(() => validateBaseUrl("ftp://127.0.0.1")).toThrow(ConfigurationError);
    expect(() => validateBaseUrl("not a url")).toThrow(/not a valid URL/);
    expect(() => validateBaseUrl("")).toThrow(/required/);
    expect(() => validateBaseUrl("https://user:pw@api.example.com")).toThrow(/credentials/);
    for (const ok of [
      "https://api.example.com/v1",
      "http://127.0.0.1:4000",
      "http://127.8.9.10",
      "http://localhost:1",
      "http://[::1]:9",
    ]) {
      expect(validateBaseUrl(ok).href).toContain(new URL(ok).host);
    }
    expect(() =>
      createPayClient({
        provider: "p",
        baseUrl: "http://payments.example.com",
        token: staticKey("k-1234"),
        decodeError: () => undefined,
      }),
    ).toThrow(ConfigurationError);
  });

  it("selectBaseUrl takes exactly one of a named environment and a base URL", () => {
    const environments = { sandbox: "https://sandbox.example", production: "https://api.example" } as const;
    expect(selectBaseUrl("p", environments, { environment: "sandbox" })).toBe("https://sandbox.example");
    expect(selectBaseUrl("p", environments, { baseUrl: "http://127.0.0.1:9" })).toBe("http://127.0.0.1:9");
    expect(() =>
      selectBaseUrl("p", environments, { environment: "sandbox", baseUrl: "https://x.example" }),
    ).toThrow(/either environment or baseUrl/);
    expect(() => selectBaseUrl("p", environments, {})).toThrow(
      'p: pass environment ("sandbox" | "production") or baseUrl',
    );
    // An inherited property name is not an environment.
    expect(() => selectBaseUrl("p", environments, { environment: "toString" as "sandbox" })).toThrow(
      /unknown environment/,
    );
  });

  it("rejects invalid numeric options at creation", async () => {
    provider = await startExampleProvider();
    expect(() => createExampleClient(provider, { maxRetries: -1 })).toThrow(/maxRetries/);
    expect(() => createExampleClient(provider, { timeoutMs: 1.5 })).toThrow(/timeoutMs/);
  });

  it("a per-call baseUrl that spells the client's origin differently is still that origin", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    const { data } = await client.GET("/items", {
      baseUrl: provider.server.url.replace("127.0.0.1", "127.0.0.1."),
    });
    expect(data.items).toEqual([]);
  });

  it("tokens are only sent to the configured API origin", async () => {
    provider = await startExampleProvider();
    const elsewhere = await createEmulatorServer();
    elsewhere.route("GET", "/items", () => json(200, { items: [] }));
    const client = createExampleClient(provider);
    const error = await client.GET("/items", { baseUrl: elsewhere.url }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(elsewhere.journal).toHaveLength(0);
    await elsewhere.close();
  });
});
