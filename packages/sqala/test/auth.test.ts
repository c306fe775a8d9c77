import { MemoryTokenStore } from "@payclients/auth-middleware";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AuthenticationError,
  ConfigurationError,
  createSqalaClient,
  SQALA_BASE_URL,
  SQALA_DEVELOPER_BASE_URL,
  TokenAcquisitionError,
} from "../src/index";
import { type Harness, rejection, START, startHarness } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

const tokenPath = "/core/v1/access-tokens";
const pixPath = "/core/v1/pix-qrcode-payments";
const bearerOf = (entry: { headers: Record<string, string> }) => entry.headers.authorization;

describe("token exchange on the wire", () => {
  it("sends HTTP Basic appId:appSecret and the JSON {refreshToken}, then the Bearer token", async () => {
    harness = await startHarness();
    const { client, emulator } = harness;
    await client.GET("/pix-qrcode-payments");

    const [exchange, call] = emulator.server.journal;
    expect(exchange?.method).toBe("POST");
    expect(exchange?.path).toBe(tokenPath);
    expect(exchange?.headers.authorization).toBe(
      `Basic ${Buffer.from("sqala-test-app-id:sqala-test-app-secret").toString("base64")}`,
    );
    expect(exchange?.headers["content-type"]).toBe("application/json");
    expect(exchange?.body).toBe('{"refreshToken":"sqala-test-refresh-token"}');
    expect(call?.path).toBe(pixPath);
    expect(call?.headers.authorization).toMatch(/^Bearer sqala_\S+$/);
    expect(call?.status).toBe(200);
  });

  it("reuses one token for every call, including the Developer API", async () => {
    harness = await startHarness();
    const { client, emulator } = harness;
    await client.GET("/pix-qrcode-payments");
    await client.GET("/recipients");
    await client.developer.GET("/webhooks");

    expect(emulator.tokensIssued).toBe(1);
    expect(emulator.server.requests({ path: tokenPath })).toHaveLength(1);
    const calls = emulator.server.journal.filter((entry) => entry.path !== tokenPath);
    expect(calls.map((entry) => entry.path)).toEqual([
      pixPath,
      "/core/v1/recipients",
      "/developer/v1/webhooks",
    ]);
    expect(new Set(calls.map(bearerOf)).size).toBe(1);
    expect(client.developer.baseUrl).toBe(emulator.developerUrl);
  });

  it("makes a single exchange for concurrent first calls", async () => {
    harness = await startHarness();
    const { client, emulator } = harness;
    await Promise.all(Array.from({ length: 6 }, () => client.GET("/recipients")));
    expect(emulator.tokensIssued).toBe(1);
    expect(client.stats.tokenRequests).toBe(1);
  });

  it("makes a single exchange for concurrent first calls on the core and Developer APIs", async () => {
    harness = await startHarness();
    const { client, emulator } = harness;
    await Promise.all([
      client.GET("/recipients"),
      client.developer.GET("/webhooks"),
      client.GET("/pix-qrcode-payments"),
      client.developer.GET("/webhooks"),
    ]);
    expect(emulator.server.requests({ path: tokenPath })).toHaveLength(1);
    const calls = emulator.server.journal.filter((entry) => entry.path !== tokenPath);
    expect(calls).toHaveLength(4);
    expect(calls.filter((entry) => entry.path === "/developer/v1/webhooks")).toHaveLength(2);
    expect(new Set(calls.map(bearerOf)).size).toBe(1);
    expect(client.developer.stats.tokenRequests).toBe(1);
  });

  it("refreshes in the background inside the refresh window, still using the current token", async () => {
    harness = await startHarness();
    const { client, emulator, clock } = harness;
    await client.GET("/recipients");
    const first = bearerOf(emulator.server.journal[1] ?? { headers: {} });

    // expiresIn 3600 s: the window is max(60 s, 1 %) = 60 s. 100 s before expiry is still outside it.
    clock.advance(3_500_000);
    await client.GET("/recipients");
    // The exchange counter moves as soon as a refresh starts, so this sees a refresh begun too early.
    expect(client.stats.tokenRequests).toBe(1);
    // 50 s before expiry is inside it: the call goes out with the current token and a refresh starts.
    clock.advance(50_000);
    await client.GET("/recipients");
    expect(bearerOf(emulator.server.journal.at(-1) ?? { headers: {} })).toBe(first);
    await vi.waitFor(() => expect(emulator.tokensIssued).toBe(2));
    await vi.waitFor(async () => {
      await client.GET("/recipients");
      expect(bearerOf(emulator.server.journal.at(-1) ?? { headers: {} })).not.toBe(first);
    });
    expect(emulator.server.journal.every((entry) => entry.status === 200)).toBe(true);
  });

  it("exchanges again before calling once the token has expired on the shared clock", async () => {
    harness = await startHarness();
    const { client, emulator, clock } = harness;
    await client.GET("/recipients");
    clock.advance(3_601_000);
    await client.GET("/recipients");

    expect(emulator.server.journal.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual([
      `POST ${tokenPath} 200`,
      "GET /core/v1/recipients 200",
      `POST ${tokenPath} 200`,
      "GET /core/v1/recipients 200",
    ]);
    expect(bearerOf(emulator.server.journal[3] ?? { headers: {} })).not.toBe(
      bearerOf(emulator.server.journal[1] ?? { headers: {} }),
    );
  });

  it("answers 401 with the Sqala body for an expired token, which the client replays (clock skew)", async () => {
    harness = await startHarness();
    const { emulator } = harness;
    const stale = createSqalaClient({
      appId: emulator.appId,
      appSecret: emulator.appSecret,
      refreshToken: emulator.refreshToken,
      baseUrl: emulator.url,
      // A client clock that stands still believes its token never expires.
      clock: { now: () => START },
    });
    await stale.GET("/recipients");
    const expired = bearerOf(emulator.server.journal[1] ?? { headers: {} }) ?? "";
    emulator.clock.advance(3_601_000);
    await stale.GET("/recipients");
    expect(emulator.server.journal.map((entry) => `${entry.path} ${entry.status}`)).toEqual([
      `${tokenPath} 200`,
      "/core/v1/recipients 200",
      "/core/v1/recipients 401",
      `${tokenPath} 200`,
      "/core/v1/recipients 200",
    ]);
    const answer = await fetch(`${emulator.url}/recipients`, { headers: { authorization: expired } });
    expect(answer.status).toBe(401);
    expect(await answer.json()).toEqual({
      code: "UNAUTHORIZED",
      message: "The access token has expired",
      errors: [],
    });
  });

  it("replays once with a new token after a 401 (revoked token)", async () => {
    harness = await startHarness();
    const { client, emulator } = harness;
    await client.GET("/recipients");
    emulator.revokeTokens();
    const { data } = await client.GET("/recipients");
    expect(data.data).toEqual([]);
    expect(emulator.server.journal.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual([
      `POST ${tokenPath} 200`,
      "GET /core/v1/recipients 200",
      "GET /core/v1/recipients 401",
      `POST ${tokenPath} 200`,
      "GET /core/v1/recipients 200",
    ]);
  });

  it("gives up after one replay and throws AuthenticationError with the Sqala body", async () => {
    harness = await startHarness();
    const { client, emulator } = harness;
    const body = emulator.sqalaErrorBody("UNAUTHORIZED", "Missing or invalid access token");
    emulator.server.failNext(401, body, {}, { path: "/core/v1/recipients" });
    emulator.server.failNext(401, body, {}, { path: "/core/v1/recipients" });
    const error = await rejection(client.GET("/recipients"));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: "UNAUTHORIZED", provider: "sqala" });
    expect((error as Error).message).toContain("check appId, appSecret and refreshToken");
    expect(emulator.server.requests({ path: "/core/v1/recipients" })).toHaveLength(2);
    expect(emulator.tokensIssued).toBe(2);
  });

  it("reports rejected app credentials as TokenAcquisitionError without leaking them", async () => {
    harness = await startHarness({}, { appSecret: "wrong-secret-value" });
    const error = await rejection(harness.client.GET("/recipients"));
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(error).toMatchObject({ status: 401, code: "UNAUTHORIZED" });
    expect((error as Error).message).toContain("credentials rejected");
    expect(JSON.stringify(error)).not.toContain("wrong-secret-value");
    expect((error as Error).message).not.toContain("wrong-secret-value");
    expect(harness.emulator.server.requests({ path: "/core/v1/recipients" })).toHaveLength(0);
    // A credential rejection is final: the exchange is not retried.
    expect(harness.emulator.server.requests({ path: tokenPath })).toHaveLength(1);
    expect(harness.sleeps).toEqual([]);
  });

  it("reports a rejected refresh token as TokenAcquisitionError", async () => {
    harness = await startHarness({}, { refreshToken: "revoked-refresh-token" });
    const error = await rejection(harness.client.GET("/recipients"));
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(error).toMatchObject({ status: 401, code: "UNAUTHORIZED" });
    expect((error as Error).message).toContain("Invalid refresh token");
    expect((error as Error).message).not.toContain("revoked-refresh-token");
  });

  it("surfaces a failing token endpoint as TokenAcquisitionError with its status", async () => {
    harness = await startHarness();
    const { emulator } = harness;
    const unavailable = emulator.sqalaErrorBody("SERVICE_NOT_AVAILABLE", "try later");
    emulator.server.failNext(503, unavailable, {}, { path: tokenPath });
    // No retry budget: the first failure of the exchange is the answer.
    const error = await rejection(harness.client.GET("/recipients", { maxRetries: 0 }));
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(error).toMatchObject({ status: 503, code: "SERVICE_NOT_AVAILABLE" });
    expect(emulator.server.requests({ path: tokenPath })).toHaveLength(1);
    expect(emulator.server.requests({ path: "/core/v1/recipients" })).toHaveLength(0);
  });

  it("retries a failing token endpoint within the call's retry budget, for a create without a code too", async () => {
    harness = await startHarness();
    const { client, emulator, sleeps } = harness;
    const unavailable = emulator.sqalaErrorBody("SERVICE_NOT_AVAILABLE", "try later");
    emulator.server.failNext(503, unavailable, {}, { path: tokenPath });
    emulator.server.dropNext({ path: tokenPath });
    // Nothing reached the API yet, so even a create that is not safe to resend may wait for a token.
    await client.POST("/pix-qrcode-payments", { body: { amount: 100 } });
    expect(emulator.server.journal.map((entry) => `${entry.path} ${entry.status}`)).toEqual([
      `${tokenPath} 503`,
      `${tokenPath} dropped`,
      `${tokenPath} 200`,
      `${pixPath} 200`,
    ]);
    expect(sleeps).toHaveLength(2);

    // Once the token has expired, three failures exhaust the default budget (maxRetries 2).
    harness.clock.advance(3_601_000);
    for (let index = 0; index < 3; index += 1)
      emulator.server.failNext(503, unavailable, {}, { path: tokenPath });
    const error = await rejection(client.GET("/recipients"));
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(error).toMatchObject({ status: 503, code: "SERVICE_NOT_AVAILABLE" });
    expect(emulator.server.requests({ path: tokenPath })).toHaveLength(6);
    expect(emulator.server.requests({ path: "/core/v1/recipients" })).toHaveLength(0);
  });

  it("shares tokens between clients through a shared token store", async () => {
    harness = await startHarness();
    const { emulator } = harness;
    const tokenStore = new MemoryTokenStore();
    const make = () =>
      createSqalaClient({
        appId: emulator.appId,
        appSecret: emulator.appSecret,
        refreshToken: emulator.refreshToken,
        baseUrl: emulator.url,
        clock: emulator.clock,
        tokenStore,
      });
    await make().GET("/recipients");
    await make().developer.GET("/webhooks");
    expect(emulator.tokensIssued).toBe(1);
  });

  it("calls the public-key card vault without a token: no exchange, no Authorization header", async () => {
    harness = await startHarness();
    const { client, emulator } = harness;
    await client.POST("/card-vaults", {
      params: { query: { publicKey: emulator.publicKey } },
      body: { number: "4111111111111111", expYear: 2030, cvv: "123" },
    });
    expect(emulator.server.journal.map((entry) => entry.path)).toEqual(["/core/v1/card-vaults"]);
    const [vault] = emulator.server.journal;
    expect(vault?.headers.authorization).toBeUndefined();
    expect(vault?.query.get("publicKey")).toBe(emulator.publicKey);
    expect(vault?.status).toBe(200);
    expect(client.stats.tokenRequests).toBe(0);
  });

  it("never logs credentials or tokens", async () => {
    const lines: string[] = [];
    const record = (message: string, fields?: Record<string, unknown>) =>
      void lines.push(`${message} ${JSON.stringify(fields ?? {})}`);
    harness = await startHarness(
      {},
      { logger: { debug: record, info: record, warn: record, error: record }, logLevel: "debug" },
    );
    const { client, emulator } = harness;
    await client.GET("/recipients");
    emulator.revokeTokens();
    await client.GET("/recipients");
    expect(lines.length).toBeGreaterThan(2);
    const log = lines.join("\n");
    for (const secret of [emulator.appSecret, emulator.refreshToken, "sqala_"])
      expect(log).not.toContain(secret);
  });
});

describe("options", () => {
  const credentials = { appId: "app", appSecret: "secret", refreshToken: "refresh" };

  it("defaults to the production core and developer APIs", () => {
    const client = createSqalaClient(credentials);
    expect(client.baseUrl).toBe(SQALA_BASE_URL);
    expect(client.developer.baseUrl).toBe(SQALA_DEVELOPER_BASE_URL);
  });

  it("derives the developer base from baseUrl, or takes it explicitly", () => {
    expect(
      createSqalaClient({ ...credentials, baseUrl: "https://proxy.example.com/sqala/core/v1/" }).developer
        .baseUrl,
    ).toBe("https://proxy.example.com/sqala/developer/v1");
    expect(
      createSqalaClient({ ...credentials, baseUrl: "https://proxy.example.com/x" }).developer.baseUrl,
    ).toBe("https://proxy.example.com/developer/v1");
    expect(
      createSqalaClient({ ...credentials, developerBaseUrl: "https://api.sqala.tech/dev/v2/" }).developer
        .baseUrl,
    ).toBe("https://api.sqala.tech/dev/v2");
  });

  it("keeps the Developer API on the core origin, where the shared token is sent", () => {
    expect(() =>
      createSqalaClient({ ...credentials, developerBaseUrl: "https://dev.example.com/developer/v1" }),
    ).toThrow(ConfigurationError);
    expect(() =>
      createSqalaClient({ ...credentials, developerBaseUrl: "https://dev.example.com/developer/v1" }),
    ).toThrow("developerBaseUrl must be on the origin of baseUrl (https://api.sqala.tech)");
  });

  it("rejects missing credentials and unsafe URLs with ConfigurationError", () => {
    for (const name of ["appId", "appSecret", "refreshToken"] as const) {
      expect(() => createSqalaClient({ ...credentials, [name]: "" })).toThrow(ConfigurationError);
      expect(() => createSqalaClient({ ...credentials, [name]: "" })).toThrow(`"${name}" option is required`);
    }
    expect(() => createSqalaClient({ ...credentials, baseUrl: "http://api.sqala.tech/core/v1" })).toThrow(
      /must use https/,
    );
    expect(() => createSqalaClient({ ...credentials, baseUrl: "not a url" })).toThrow(ConfigurationError);
    expect(() =>
      createSqalaClient({ ...credentials, developerBaseUrl: "http://10.0.0.1/developer/v1" }),
    ).toThrow(/developerBaseUrl must use https/);
    expect(() => createSqalaClient({ ...credentials, maxRetries: -1 })).toThrow(ConfigurationError);
  });
});
