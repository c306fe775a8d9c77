import { MemoryTokenStore } from "@payclients/auth-middleware";
import { json, text } from "@payclients/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AuthenticationError,
  createQoloClient,
  QOLO_TOKEN_LIFETIME_SECONDS,
  readQoloLoginResponse,
  TokenAcquisitionError,
} from "../src/index";
import type { QoloEmulatorOptions } from "../src/testing/index";
import {
  apiRequests,
  createCard,
  type Harness,
  HOUR,
  LOGIN_PATH,
  loginRequests,
  rejection,
  START,
  startHarness,
} from "./helpers";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(
  emulatorOptions: QoloEmulatorOptions = {},
  clientOptions: Parameters<typeof startHarness>[1] = {},
): Promise<Harness> {
  harness = await startHarness(emulatorOptions, clientOptions);
  return harness;
}

/** The default in-memory store, counting writes: a write means the client has taken a new token into use. */
class CountingTokenStore extends MemoryTokenStore {
  writes = 0;
  override async set(...args: Parameters<MemoryTokenStore["set"]>): Promise<void> {
    this.writes += 1;
    await super.set(...args);
  }
}

const listNotifications = (current: Harness) => current.client.GET("/api/v1/notifications");

describe("login on the wire", () => {
  it("POSTs exactly {loginid, apikey} as JSON without credentials, then sends the token as a bearer", async () => {
    const current = await start();
    await listNotifications(current);
    const [login] = loginRequests(current);
    expect(login?.method).toBe("POST");
    expect(login?.headers["content-type"]).toBe("application/json");
    expect(login?.body).toBe(
      JSON.stringify({ loginid: current.emulator.loginId, apikey: current.emulator.apiKey }),
    );
    expect(login?.headers.authorization).toBeUndefined();
    expect(login?.headers.idempotencykey).toBeUndefined();
    const [call] = apiRequests(current);
    expect(call?.headers.authorization).toMatch(/^Bearer qolo_[\w-]+$/);
    expect(call?.headers.authorization).not.toContain(current.emulator.apiKey);
  });

  it("logs in once for N calls, including N concurrent calls on a cold cache", async () => {
    const current = await start();
    await Promise.all(Array.from({ length: 25 }, () => listNotifications(current)));
    for (let index = 0; index < 10; index += 1) await listNotifications(current);
    expect(loginRequests(current)).toHaveLength(1);
    expect(current.emulator.logins).toBe(1);
    expect(current.client.stats.tokenRequests).toBe(1);
    expect(new Set(apiRequests(current).map((entry) => entry.headers.authorization)).size).toBe(1);
  });
});

describe("the 12-hour token", () => {
  it("is reused for its 12 hours: refreshed in the background at 11 h 53 min, re-fetched blocking after expiry", async () => {
    const tokenStore = new CountingTokenStore();
    const current = await start({}, { tokenStore });
    await listNotifications(current);
    const first = apiRequests(current)[0]?.headers.authorization;

    current.emulator.clock.advance(11 * HOUR + 52 * 60_000);
    await listNotifications(current);
    // 11 h 52 min is before the refresh window (the last 7.2 minutes, 1 % of 12 h): no login, not even in the background.
    expect(current.client.stats.tokenRequests).toBe(1);

    current.emulator.clock.advance(60_000);
    expect(current.emulator.clock.now() - START).toBe(11 * HOUR + 53 * 60_000);
    await listNotifications(current);
    // Inside the window the call is not held up: it goes out with the current token...
    expect(apiRequests(current).at(-1)?.headers.authorization).toBe(first);
    // ...while a new login happens in the background.
    await vi.waitFor(() => expect(tokenStore.writes).toBe(2), { timeout: 5_000 });
    expect(loginRequests(current)).toHaveLength(2);
    await listNotifications(current);
    const second = apiRequests(current).at(-1)?.headers.authorization;
    expect(second).not.toBe(first);
    expect(current.client.stats.blockedOnToken).toBe(1);

    // The second token is valid until 23 h 53 min; past that a call waits for a fresh login.
    current.emulator.clock.advance(12 * HOUR + 1_000);
    await listNotifications(current);
    expect(loginRequests(current)).toHaveLength(3);
    expect(apiRequests(current).at(-1)?.headers.authorization).not.toBe(second);
    expect(current.client.stats.blockedOnToken).toBe(2);
    expect(apiRequests(current).every((entry) => entry.status === 200)).toBe(true);
  });

  it("past 12 hours without traffic, the next call logs in again before it is sent (no 401 round trip)", async () => {
    const current = await start();
    await listNotifications(current);
    current.emulator.clock.advance(12 * HOUR);
    await listNotifications(current);
    expect(loginRequests(current)).toHaveLength(2);
    expect(apiRequests(current).map((entry) => entry.status)).toEqual([200, 200]);
  });

  it("uses the documented 12 hours when the login answer states no lifetime", async () => {
    const current = await start({ loginResponse: ({ token }) => json(200, { token }) });
    await listNotifications(current);
    // Just before the 7.2-minute window of a 12-hour token: no login (a shorter lifetime would have expired it).
    current.emulator.clock.advance(12 * HOUR - 8 * 60_000);
    await listNotifications(current);
    expect(current.client.stats.tokenRequests).toBe(1);
    // Inside it: a background login (an answer read as "no lifetime" would never refresh).
    current.emulator.clock.advance(2 * 60_000);
    await listNotifications(current);
    await vi.waitFor(() => expect(loginRequests(current)).toHaveLength(2), { timeout: 5_000 });
  });

  it("honours a shorter stated lifetime and caps a longer one at 12 hours", () => {
    expect(readQoloLoginResponse({ token: "t", expires_in: 600 })).toEqual({
      token: "t",
      expiresInSeconds: 600,
    });
    expect(readQoloLoginResponse({ token: "t", expires_in: "600" }).expiresInSeconds).toBe(600);
    expect(readQoloLoginResponse({ token: "t", expires_in: 86_400 }).expiresInSeconds).toBe(
      QOLO_TOKEN_LIFETIME_SECONDS,
    );
    expect(
      readQoloLoginResponse({ token: "t", expires_at: new Date(START + HOUR).toISOString() }, START)
        .expiresInSeconds,
    ).toBe(3600);
    expect(readQoloLoginResponse({ data: { token: "t", expiresIn: 120 } }).expiresInSeconds).toBe(120);
  });
});

describe("401 replay", () => {
  it("logs in again after a 401 and replays the call once, body byte for byte", async () => {
    const current = await start();
    await listNotifications(current);
    current.emulator.revokeTokens();
    const card = await createCard(current, "Zoë ☕");
    expect(card.card_status).toBe("PENDING");
    const posts = current.emulator.server.requests({ method: "POST", path: "/api/v1/cards" });
    expect(posts.map((entry) => entry.status)).toEqual([401, 201]);
    expect(posts[1]?.rawBody.equals(posts[0]?.rawBody ?? Buffer.alloc(0))).toBe(true);
    expect(posts[1]?.headers.idempotencykey).toBe(posts[0]?.headers.idempotencykey);
    expect(posts[1]?.headers.authorization).not.toBe(posts[0]?.headers.authorization);
    expect(loginRequests(current)).toHaveLength(2);
    expect(current.emulator.counts().cards).toBe(1);
  });

  it("a token the API keeps refusing ends in AuthenticationError after one replay", async () => {
    const current = await start();
    current.emulator.server.failNext(401, { message: "Unauthorized" }, {}, { path: "/api/v1/notifications" });
    current.emulator.server.failNext(401, { message: "Unauthorized" }, {}, { path: "/api/v1/notifications" });
    const error = await rejection(listNotifications(current));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).message).toContain("Unauthorized");
    expect((error as AuthenticationError).message).toContain("check that loginId and apiKey");
    expect(apiRequests(current)).toHaveLength(2);
    expect(loginRequests(current)).toHaveLength(2);
  });

  it("concurrent 401s share one login", async () => {
    const current = await start();
    await listNotifications(current);
    current.emulator.revokeTokens();
    await Promise.all(Array.from({ length: 10 }, () => listNotifications(current)));
    expect(loginRequests(current)).toHaveLength(2);
  });
});

describe("login failures", () => {
  it("rejected credentials are a TokenAcquisitionError that never shows the API key", async () => {
    const current = await start();
    const client = createQoloClient({
      loginId: current.emulator.loginId,
      apiKey: "wrong-api-key-7Hq2",
      baseUrl: current.emulator.url,
      clock: current.emulator.clock,
    });
    const error = await rejection(client.GET("/api/v1/notifications"));
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    const failure = error as TokenAcquisitionError;
    expect(failure.status).toBe(401);
    expect(failure.message).toContain("credentials rejected");
    expect(failure.message).toContain("Invalid loginid or apikey");
    expect(JSON.stringify(failure)).not.toContain("wrong-api-key-7Hq2");
    expect(failure.message).not.toContain("wrong-api-key-7Hq2");
    // A credential rejection is final: retrying it would only repeat the 401.
    expect(loginRequests(current)).toHaveLength(1);
    expect(apiRequests(current)).toHaveLength(0);
  });

  it("a login answered 503 once is retried within the call's budget, and the call succeeds", async () => {
    const current = await start();
    current.emulator.server.failNext(503, { message: "Service Unavailable" }, {}, { path: LOGIN_PATH });
    const { data } = await listNotifications(current);
    expect(data).toMatchObject({ total: 0 });
    expect(loginRequests(current).map((entry) => entry.status)).toEqual([503, 200]);
    expect(apiRequests(current)).toHaveLength(1);
    expect(apiRequests(current)[0]?.status).toBe(200);
    expect(current.sleeps).toHaveLength(1);
    expect(current.client.stats.tokenRequests).toBe(2);
  });

  it("a login that keeps failing surfaces as a TokenAcquisitionError once the retries are spent", async () => {
    const current = await start({}, { maxRetries: 1 });
    for (let index = 0; index < 2; index += 1) {
      current.emulator.server.failNext(
        502,
        "<html><title>Bad Gateway</title></html>",
        {},
        { path: LOGIN_PATH },
      );
    }
    const error = await rejection(
      current.client.POST("/api/v1/cards/{card_proxy}/activate", {
        params: { path: { card_proxy: "1234567890123" } },
      }),
    );
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect((error as TokenAcquisitionError).status).toBe(502);
    // Nothing reached the API, so even a POST without a key may try the login again.
    expect(loginRequests(current)).toHaveLength(2);
    expect(apiRequests(current)).toHaveLength(0);
  });

  it("a login answer without a token is a TokenAcquisitionError naming the fields it looked for", async () => {
    const current = await start({ loginResponse: () => json(200, { success: true, session: { id: 1 } }) });
    const error = await rejection(listNotifications(current));
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    const failure = error as TokenAcquisitionError;
    expect(failure.status).toBe(200);
    expect(failure.message).toBe(
      "qolo: could not read the token response: the login answer carried no token (looked for token, access_token, accessToken at the top level and in data, or a bare string); got an object with keys [success, session]",
    );
    // A well-formed answer without a token will not improve on a retry.
    expect(loginRequests(current)).toHaveLength(1);
    expect(apiRequests(current)).toHaveLength(0);
  });

  const malformed: [string, (token: string) => string][] = [
    ["a truncated JSON object", (token) => JSON.stringify({ token, expires_in: 43_200 }).slice(0, -8)],
    ["a JSON object cut inside the token", (token) => `{"token":"${token.slice(0, 6)}`],
    ["an unterminated JSON string", (token) => `"${token}`],
    ["an HTML page", () => "<html><body>Service Unavailable</body></html>"],
  ];
  for (const [label, body] of malformed) {
    it(`${label} is a TokenAcquisitionError naming qolo, and no API call is made`, async () => {
      const current = await start({
        loginResponse: ({ token }) => text(200, body(token), { "content-type": "application/json" }),
        // Deliberately off the spec: a JSON content type on a body that is not JSON.
        validateResponses: false,
      });
      const error = await rejection(listNotifications(current));
      expect(String(error)).toMatch(/^TokenAcquisitionError: qolo: could not read the token response/);
      expect(error).toMatchObject({ provider: "qolo", status: 200 });
      // Never echoed: the body may hold the token (or the start of it).
      expect((error as Error).message).not.toContain("qolo_");
      expect(apiRequests(current)).toHaveLength(0);
      expect(loginRequests(current)).toHaveLength(1);
    });
  }

  it("an empty login answer is a TokenAcquisitionError", async () => {
    const current = await start({ loginResponse: () => ({ status: 200, headers: {} }) });
    const error = await rejection(listNotifications(current));
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect((error as TokenAcquisitionError).message).toContain("got an empty body");
  });
});

describe("lenient login answers (the real shape is undocumented)", () => {
  const shapes: [string, NonNullable<QoloEmulatorOptions["loginResponse"]>][] = [
    ["token", ({ token }) => json(200, { token })],
    [
      "access_token",
      ({ token }) => json(200, { access_token: token, token_type: "Bearer", expires_in: 43_200 }),
    ],
    ["accessToken", ({ token }) => json(200, { accessToken: token, expiresIn: "43200" })],
    ["data.token", ({ token }) => json(200, { success: true, data: { token, expires_in: 43_200 } })],
    ["data.access_token", ({ token }) => json(200, { data: { access_token: token } })],
    ["a bare JSON string", ({ token }) => json(200, token)],
    ["plain text", ({ token }) => text(200, token)],
    ['a "Bearer " prefixed value', ({ token }) => json(200, { token: `Bearer ${token}` })],
  ];
  for (const [label, loginResponse] of shapes) {
    it(`reads the token from ${label}`, async () => {
      const current = await start({ loginResponse });
      const { data } = await listNotifications(current);
      expect(data).toBeDefined();
      expect(apiRequests(current)[0]?.headers.authorization).toMatch(/^Bearer qolo_[\w-]+$/);
      expect(apiRequests(current)[0]?.status).toBe(200);
    });
  }
});

describe("login path", () => {
  it("is the documented /api/v1/auth/login on the configured host", async () => {
    const current = await start();
    await listNotifications(current);
    expect(current.emulator.server.journal[0]?.path).toBe(LOGIN_PATH);
  });
});
