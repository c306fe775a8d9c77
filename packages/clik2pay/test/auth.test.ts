import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AuthenticationError,
  CLIK2PAY_DEFAULT_SCOPE,
  type Clik2payClientOptions,
  ConfigurationError,
  clik2payEnvironments,
  createClik2payClient,
  PermissionDeniedError,
  TokenAcquisitionError,
} from "../src/index";
import { basic, ecommBody, type Harness, rejection, startHarness } from "./helpers";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const tokenCalls = (h: Harness) => h.emulator.auth.requests({ method: "POST", path: "/oauth2/token" });
const getRequest = (h: Harness, paymentRequestId: string) =>
  h.client.GET("/payment-requests/{paymentRequestId}", { params: { path: { paymentRequestId } } });

describe("OAuth2 client credentials on the wire", () => {
  it("the token origin gets only Basic and the exact form; the API origin gets only x-api-key and the bearer", async () => {
    harness = await startHarness();
    const { client, emulator } = harness;
    const { data } = await client.POST("/payment-requests", { body: ecommBody("ORDER-100042") });

    expect(emulator.auth.journal).toHaveLength(1);
    const [tokenCall] = emulator.auth.journal;
    expect(tokenCall?.method).toBe("POST");
    expect(tokenCall?.path).toBe("/oauth2/token");
    expect(tokenCall?.headers.authorization).toBe(basic(emulator.username, emulator.password));
    expect(tokenCall?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(tokenCall?.body).toBe("grant_type=client_credentials&scope=payment_request%2Fall");
    expect(tokenCall?.headers["x-api-key"]).toBeUndefined();
    expect(tokenCall?.body).not.toContain(emulator.apiKey);

    const [apiCall] = emulator.api.journal;
    expect(apiCall?.path).toBe("/open/v1/payment-requests");
    expect(apiCall?.headers["x-api-key"]).toBe(emulator.apiKey);
    expect(apiCall?.headers.authorization).toMatch(/^Bearer c2p_\S+$/);
    expect(emulator.tokens.check(apiCall?.headers.authorization?.slice("Bearer ".length))).toBe("valid");
    const apiWire = JSON.stringify(apiCall?.headers) + apiCall?.body;
    expect(apiWire).not.toContain(emulator.password);
    expect(apiWire).not.toContain(basic(emulator.username, emulator.password).slice(6));
    expect(data.status).toBe("CREATED");
  });

  it("sends a custom scope and surfaces an ungranted scope as a TokenAcquisitionError", async () => {
    harness = await startHarness({
      emulator: { scopes: ["payment_request/all", "payments/all"] },
      client: { scope: "payments/all" },
    });
    await harness.client.POST("/payments", {
      body: { amount: 5, recipient: { email: "a@example.com", mobileNumber: "4165550123" } },
    });
    expect(tokenCalls(harness)[0]?.body).toBe("grant_type=client_credentials&scope=payments%2Fall");

    const other = createClik2payClient({ ...harness.emulator.clientOptions, scope: "admin/all" });
    const error = await rejection(
      other.GET("/payment-requests/{paymentRequestId}", { params: { path: { paymentRequestId: "x" } } }),
    );
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(error).toMatchObject({ status: 400, code: "invalid_scope" });
    expect((error as Error).message).toContain("scope admin/all is not granted");
    expect(CLIK2PAY_DEFAULT_SCOPE).toBe("payment_request/all");
  });

  it("reuses one token for every call while it is valid", async () => {
    harness = await startHarness();
    const { data } = await harness.client.POST("/payment-requests", { body: ecommBody() });
    for (let index = 0; index < 4; index += 1) await getRequest(harness, data.id);
    const bearers = new Set(harness.emulator.api.journal.map((entry) => entry.headers.authorization));
    expect(bearers.size).toBe(1);
    expect(tokenCalls(harness)).toHaveLength(1);
    expect(harness.client.stats.tokenRequests).toBe(1);
  });

  it("fetches a new token once the old one expired on the injected clock", async () => {
    harness = await startHarness();
    const { data } = await harness.client.POST("/payment-requests", { body: ecommBody() });
    const id = data.id;
    // A one-hour token is refreshed in its last 60 s (max(60 s, 1 % of the lifetime)); just before that, no refresh.
    harness.clock.advance(3_600_000 - 60_000 - 1_000);
    await getRequest(harness, id);
    expect(tokenCalls(harness)).toHaveLength(1);

    harness.clock.advance(3_600_000);
    await getRequest(harness, id);
    expect(tokenCalls(harness)).toHaveLength(2);
    const [first, , third] = harness.emulator.api.journal.map((entry) => entry.headers.authorization);
    expect(third).not.toBe(first);
    expect(harness.emulator.api.journal.map((entry) => entry.status)).toEqual([201, 200, 200]);
  });

  it("refreshes a one-hour token in the background during its last 60 s, without delaying the call", async () => {
    harness = await startHarness();
    const { data } = await harness.client.POST("/payment-requests", { body: ecommBody() });
    const id = data.id;
    harness.clock.advance(3_600_000 - 59_000);
    await getRequest(harness, id);
    await vi.waitFor(() => expect(tokenCalls(harness as Harness)).toHaveLength(2));
    await getRequest(harness, id);
    const [created, inWindow, refreshed] = harness.emulator.api.journal.map(
      (entry) => entry.headers.authorization,
    );
    expect(inWindow).toBe(created);
    expect(refreshed).not.toBe(created);
    expect(tokenCalls(harness)).toHaveLength(2);
  });

  it("replays a request once with a fresh token after a 401, body byte for byte", async () => {
    harness = await startHarness();
    await harness.client.POST("/payment-requests", { body: ecommBody() });
    harness.emulator.tokens.revokeAll();
    const body = {
      ...ecommBody(),
      displayMessage: "Café — crème brûlée ☕",
      payer: { name: "Zoë", email: "zoe@example.com" },
    };
    const { data } = await harness.client.POST("/payment-requests", { body });
    expect(data.displayMessage).toBe(body.displayMessage);
    const posts = harness.emulator.api
      .requests({ method: "POST", path: "/open/v1/payment-requests" })
      .slice(1);
    expect(posts.map((entry) => entry.status)).toEqual([401, 201]);
    expect(posts[1]?.rawBody.equals(posts[0]?.rawBody ?? Buffer.alloc(0))).toBe(true);
    expect(posts[1]?.body).toBe(JSON.stringify(body));
    expect(posts[1]?.headers.authorization).not.toBe(posts[0]?.headers.authorization);
    expect(tokenCalls(harness)).toHaveLength(2);
  });

  it("a second 401 is an AuthenticationError that says credentials are per environment", async () => {
    harness = await startHarness();
    const match = { path: "/open/v1/payment-requests/{paymentRequestId}" };
    harness.emulator.api.failNext(401, { message: "Unauthorized" }, {}, match);
    harness.emulator.api.failNext(401, { message: "Unauthorized" }, {}, match);
    const error = await rejection(getRequest(harness, "3f1c0a52-0d7e-4a39-9a43-0cbb1f0e7d11"));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(/^clik2pay: 401 Unauthorized \(.*issued per environment/);
    expect(tokenCalls(harness)).toHaveLength(2);
  });
});

describe("credential failures", () => {
  it("a wrong password is a TokenAcquisitionError naming the environment mix-up, without the secret", async () => {
    harness = await startHarness({ client: { password: "production-password-9f2k" } });
    const error = await rejection(harness.client.POST("/payment-requests", { body: ecommBody() }));
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(error).toMatchObject({ status: 401, code: "invalid_client" });
    const message = (error as Error).message;
    expect(message).toContain("answered 401 (credentials rejected): invalid_client");
    expect(message).toContain("issued per environment");
    expect(message).not.toContain("production-password-9f2k");
    expect(harness.emulator.api.journal).toHaveLength(0);
    // A credential rejection is final: no retry of the token call.
    expect(tokenCalls(harness)).toHaveLength(1);
    expect(harness.sleeps).toEqual([]);
  });

  it("the environment hint is for token rejections and 403s only, not for an API 400 that looks like OAuth2", async () => {
    harness = await startHarness();
    harness.emulator.api.failNext(400, { error: "invalid_client", error_description: "bad merchant" });
    const error = await rejection(harness.client.POST("/payment-requests", { body: ecommBody() }));
    expect((error as Error).message).toBe("clik2pay: 400 invalid_client: bad merchant");
  });

  it("a wrong API key is a PermissionDeniedError (API Gateway's 403) with the environment hint", async () => {
    harness = await startHarness({ client: { apiKey: "key-from-the-other-environment" } });
    const error = await rejection(harness.client.POST("/payment-requests", { body: ecommBody() }));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as Error).message).toMatch(/^clik2pay: 403 Forbidden \(.*issued per environment/);
    expect((error as Error).message).not.toContain("key-from-the-other-environment");
    expect(harness.emulator.api.journal[0]?.headers["x-api-key"]).toBe("key-from-the-other-environment");
  });

  it("a token endpoint outage is a TokenAcquisitionError with the status", async () => {
    harness = await startHarness();
    // Three failures exhaust the default budget (1 attempt + 2 retries).
    for (let index = 0; index < 3; index += 1) {
      harness.emulator.auth.failNext(500, { message: "Internal server error" });
    }
    const error = await rejection(harness.client.POST("/payment-requests", { body: ecommBody() }));
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(error).toMatchObject({ status: 500 });
    expect((error as Error).message).toContain("Internal server error");
    expect((error as Error).message).not.toContain("issued per environment");
    expect(tokenCalls(harness).map((entry) => entry.status)).toEqual([500, 500, 500]);
    expect(harness.sleeps).toHaveLength(2);
    expect(harness.emulator.api.journal).toHaveLength(0);
  });

  it("a token endpoint hiccup is retried even for a create without merchantTransactionId (nothing reached the API)", async () => {
    harness = await startHarness();
    harness.emulator.auth.failNext(503, { message: "Service Unavailable" });
    const { data } = await harness.client.POST("/payment-requests", { body: ecommBody() });
    expect(data.status).toBe("CREATED");
    expect(tokenCalls(harness).map((entry) => entry.status)).toEqual([503, 200]);
    expect(harness.sleeps).toHaveLength(1);
    expect(harness.sleeps[0]).toBeGreaterThanOrEqual(375);
    expect(harness.sleeps[0]).toBeLessThanOrEqual(500);
    expect(harness.emulator.api.journal.map((entry) => entry.status)).toEqual([201]);
  });

  it("with maxRetries: 0 a token endpoint 500 fails at once", async () => {
    harness = await startHarness();
    harness.emulator.auth.failNext(500, { message: "Internal server error" });
    const error = await rejection(
      harness.client.POST("/payment-requests", { body: ecommBody(), maxRetries: 0 }),
    );
    expect(error).toMatchObject({ name: "TokenAcquisitionError", status: 500 });
    expect(tokenCalls(harness)).toHaveLength(1);
    expect(harness.sleeps).toEqual([]);
  });
});

describe("configuration", () => {
  const credentials = { username: "user", password: "pass", apiKey: "key" };

  it.each([
    ["username", { ...credentials, username: "" }],
    ["password", { ...credentials, password: undefined }],
    ["apiKey", { ...credentials, apiKey: "" }],
  ])("rejects a missing %s", (name, options) => {
    expect(() =>
      createClik2payClient({ ...options, environment: "sandbox" } as Clik2payClientOptions),
    ).toThrow(new ConfigurationError(`clik2pay: the "${name}" option is required (a non-empty string)`));
  });

  it("needs an environment or both URLs, and a known environment", () => {
    expect(() => createClik2payClient(credentials)).toThrow(/pass environment/);
    expect(() => createClik2payClient({ ...credentials, baseUrl: "https://proxy.example/open/v1" })).toThrow(
      /or both baseUrl and tokenUrl/,
    );
    expect(() => createClik2payClient({ ...credentials, environment: "staging" as "sandbox" })).toThrow(
      /unknown environment "staging"/,
    );
  });

  it("validates both URLs: https off loopback, no credentials, the token path", () => {
    const sandbox = { ...credentials, environment: "sandbox" as const };
    expect(() => createClik2payClient({ ...sandbox, baseUrl: "http://api.example.com/open/v1" })).toThrow(
      /baseUrl must use https/,
    );
    expect(() =>
      createClik2payClient({ ...sandbox, tokenUrl: "http://auth.example.com/oauth2/token" }),
    ).toThrow(/tokenUrl must use https/);
    expect(() =>
      createClik2payClient({ ...sandbox, tokenUrl: "https://u:p@auth.example.com/oauth2/token" }),
    ).toThrow(/tokenUrl must not contain credentials/);
    expect(() => createClik2payClient({ ...sandbox, tokenUrl: "https://auth.example.com/token" })).toThrow(
      /tokenUrl must be the full token endpoint URL ending in \/oauth2\/token/,
    );
    expect(() => createClik2payClient({ ...sandbox, scope: " " })).toThrow(
      /scope must be a non-empty string/,
    );
    expect(
      createClik2payClient({ ...sandbox, tokenUrl: "http://127.0.0.1:9/auth/oauth2/token" }).baseUrl,
    ).toBe(clik2payEnvironments.sandbox.baseUrl);
  });

  it.each(["sandbox", "production"] as const)("environment %s selects both origins", async (environment) => {
    const seen: string[] = [];
    const recordingFetch: typeof fetch = async (input) => {
      const url = input instanceof Request ? input.url : String(input);
      seen.push(url);
      return url.endsWith("/oauth2/token")
        ? Response.json({ access_token: "at-1", expires_in: 3600, token_type: "Bearer" })
        : Response.json({ id: "pr-1", status: "ACTIVE" });
    };
    const client = createClik2payClient({ ...credentials, environment, fetch: recordingFetch });
    await client.GET("/payment-requests/{paymentRequestId}", {
      params: { path: { paymentRequestId: "pr-1" } },
    });
    expect(seen).toEqual([
      clik2payEnvironments[environment].tokenUrl,
      `${clik2payEnvironments[environment].baseUrl}/payment-requests/pr-1`,
    ]);
    expect(client.baseUrl).toBe(clik2payEnvironments[environment].baseUrl);
  });

  it("baseUrl and tokenUrl override the environment's origins", async () => {
    harness = await startHarness({
      client: { environment: "production" },
    });
    const { data } = await harness.client.POST("/payment-requests", { body: ecommBody() });
    expect(data.id).toBeDefined();
    expect(tokenCalls(harness)).toHaveLength(1);
    expect(harness.client.baseUrl).toBe(harness.emulator.apiUrl);
  });

  it("keeps secrets out of logs", async () => {
    const lines: string[] = [];
    const log = (message: string, fields?: Record<string, unknown>) =>
      void lines.push(`${message} ${JSON.stringify(fields)}`);
    harness = await startHarness({
      client: { logger: { debug: log, info: log, warn: log, error: log }, logLevel: "debug" },
    });
    await harness.client.POST("/payment-requests", { body: ecommBody() });
    const text = lines.join("\n");
    expect(lines.length).toBeGreaterThan(0);
    const token = harness.emulator.api.journal[0]?.headers.authorization?.slice("Bearer ".length) ?? "";
    for (const secret of [harness.emulator.apiKey, harness.emulator.password, token]) {
      expect(text).not.toContain(secret);
    }
  });
});
