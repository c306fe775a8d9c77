// The loggers users already have, as they are: pino (through `pinoLogger`), console and winston-like loggers.
import { spawn } from "node:child_process";
import { Console } from "node:console";
import { Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import { createEmulatorServer, type EmulatorServer, json } from "@payclients/testing";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import winston from "winston";
import { pinoLogger } from "../src/index";
import { createExampleClient, credentials, type ExampleProvider, startExampleProvider } from "./fixture";

let provider: ExampleProvider;
afterEach(async () => {
  await provider?.server.close();
});

/** A writable that keeps what it was given, as text. */
function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

function secretsOf(provider: ExampleProvider): string[] {
  const token =
    provider.server.requests({ path: "/items" })[0]?.headers.authorization?.slice("Bearer ".length) ?? "";
  expect(token.length).toBeGreaterThan(10);
  return [credentials.appSecret, credentials.refreshToken, token];
}

describe("pino", () => {
  it("writes one JSON line per attempt carrying the fields, and no secret", async () => {
    provider = await startExampleProvider();
    const { stream, text } = capture();
    const client = createExampleClient(provider, {
      logger: pinoLogger(pino({ level: "debug" }, stream)),
      logLevel: "debug",
      maxRetries: 0,
    });
    await client.GET("/items");
    provider.server.failNext(
      503,
      { code: "DOWN", message: "down" },
      { "x-request-id": "trace-503" },
      { path: "/items" },
    );
    await client.GET("/items").catch(() => undefined);
    const lines = text()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const attempts = lines.filter((line) => line.method === "GET");
    expect(attempts).toEqual([
      expect.objectContaining({
        level: 30,
        msg: "example GET /items",
        provider: "example",
        path: "/items",
        attempt: 1,
        status: 200,
        durationMs: expect.any(Number),
      }),
      expect.objectContaining({ level: 40, msg: "example GET /items", status: 503, requestId: "trace-503" }),
    ]);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 20, msg: "token acquired", kind: "credential-exchange" }),
    );
    for (const secret of secretsOf(provider)) expect(text()).not.toContain(secret);
  });
});

describe("console and winston, as they are", () => {
  it("console: the message, then the fields, no secret", async () => {
    provider = await startExampleProvider();
    const { stream, text } = capture();
    const client = createExampleClient(provider, { logger: new Console({ stdout: stream, stderr: stream }) });
    await client.GET("/items");
    expect(text()).toMatch(/^example GET \/items \{.*provider: 'example'.*status: 200.*\}/s);
    for (const secret of secretsOf(provider)) expect(text()).not.toContain(secret);
  });

  it("winston: the fields become the entry's metadata", async () => {
    provider = await startExampleProvider();
    const { stream, text } = capture();
    const logger = winston.createLogger({
      level: "debug",
      format: winston.format.json(),
      transports: [new winston.transports.Stream({ stream })],
    });
    const client = createExampleClient(provider, { logger, logLevel: "debug" });
    await client.GET("/items");
    const lines = text()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: "info", message: "example GET /items", method: "GET", status: 200 }),
    );
    for (const secret of secretsOf(provider)) expect(text()).not.toContain(secret);
  });
});

describe("failed attempts", () => {
  it("a dropped connection is a warning line carrying the error's message", async () => {
    provider = await startExampleProvider();
    const lines: Array<[string, string, Record<string, unknown>]> = [];
    const record = (level: string) => (message: string, fields: Record<string, unknown>) =>
      void lines.push([level, message, fields]);
    const client = createExampleClient(provider, {
      maxRetries: 0,
      logger: { debug: record("debug"), info: record("info"), warn: record("warn"), error: record("error") },
    });
    provider.server.dropNext({ path: "/items" });
    await expect(client.GET("/items")).rejects.toThrow("example: GET /items failed");
    const warnings = lines.filter(([level]) => level === "warn");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.[1]).toBe("example GET /items");
    expect(String(warnings[0]?.[2].error)).toMatch(/^example: GET \/items failed: /);
  });
});

describe("PAYCLIENTS_LOG, read from the environment of a child process", () => {
  let api: EmulatorServer | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  const key = "sk_live_env_7f3a9c1d2e";
  // The built package, as an application imports it; its client has no logger option unless given one.
  const script = (loggerOption: string) => `
    import { createPayClient, staticKey } from ${JSON.stringify(pathToFileURL(`${import.meta.dirname}/../dist/index.js`).href)};
    const client = createPayClient(
      { provider: "example", baseUrl: process.env.API_URL, token: staticKey(${JSON.stringify(key)}), decodeError: () => undefined },
      { maxRetries: 0, ${loggerOption} },
    );
    await client.GET("/items");
  `;

  async function run(
    environment: Record<string, string>,
    loggerOption = "",
  ): Promise<{ out: string; err: string }> {
    api ??= (await createEmulatorServer()).route("GET", "/items", () =>
      json(200, { items: [] }, { "x-request-id": "req-env-1" }),
    );
    const child = spawn(process.execPath, ["--input-type=module", "-e", script(loggerOption)], {
      env: { PATH: process.env.PATH, API_URL: api.url, ...environment },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code, err).toBe(0);
    expect(out + err).not.toContain(key);
    return { out, err };
  }

  it("debug: a client without a logger writes to console", async () => {
    const { out } = await run({ PAYCLIENTS_LOG: "debug" });
    expect(out).toContain("example GET /items");
    expect(out).toContain("requestId: 'req-env-1'");
  });

  it("unset, off, or above the line's level: silent", async () => {
    expect(await run({})).toEqual({ out: "", err: "" });
    expect(await run({ PAYCLIENTS_LOG: "off" })).toEqual({ out: "", err: "" });
    expect(await run({ PAYCLIENTS_LOG: "warn" })).toEqual({ out: "", err: "" });
  });

  it("sets the level of a given logger; the logLevel option wins over it", async () => {
    const toStderr =
      "logger: { debug: console.error, info: console.error, warn: console.error, error: console.error }";
    expect((await run({ PAYCLIENTS_LOG: "warn" }, toStderr)).err).toBe("");
    expect((await run({ PAYCLIENTS_LOG: "debug" }, toStderr)).err).toContain("example GET /items");
    expect((await run({ PAYCLIENTS_LOG: "off" }, `${toStderr}, logLevel: "info"`)).err).toContain(
      "example GET /items",
    );
  });

  it("an unknown value is named once on stderr and ignored", async () => {
    const { out, err } = await run({ PAYCLIENTS_LOG: "verbose" });
    expect(out).toBe("");
    expect(err).toBe(
      'payclients: PAYCLIENTS_LOG="verbose" ignored; use one of debug, info, warn, error, off\n',
    );
  });
});
