import type { StoredToken, TokenStore } from "@payclients/auth-middleware";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  ConfigurationError,
  createVaiiPayClient,
  createVaiiPayDashboardClient,
  InternalServerError,
  TokenAcquisitionError,
  type VaiiPayClientOptions,
  type VaiiPayDashboardClient,
  type VaiiPayDashboardClientOptions,
} from "../src/index";
import { checkoutBody, type Harness, newPayment, order, rejection, START, startHarness } from "./helpers";

const clientId = "a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6";
const valid = { baseUrl: "https://api.yourdomain.com", clientToken: "ct_live_example", clientId };

describe("configuration", () => {
  it("requires baseUrl on both clients and names the option", () => {
    const withoutBase = { clientToken: "ct_live_example", clientId } as unknown as VaiiPayClientOptions;
    expect(() => createVaiiPayClient(withoutBase)).toThrow(
      new ConfigurationError("vaiipay: baseUrl is required and must be a URL string"),
    );
    const dashboardWithoutBase = { accessToken: "oauth" } as unknown as VaiiPayDashboardClientOptions;
    expect(() => createVaiiPayDashboardClient(dashboardWithoutBase)).toThrow(/vaiipay: baseUrl is required/);
    expect(() => createVaiiPayClient(undefined as unknown as VaiiPayClientOptions)).toThrow(
      /vaiipay: baseUrl is required/,
    );
  });

  it("validates the white-label host", () => {
    expect(() => createVaiiPayClient({ ...valid, baseUrl: "api.yourdomain.com" })).toThrow(
      /vaiipay: baseUrl is not a valid URL/,
    );
    expect(() => createVaiiPayClient({ ...valid, baseUrl: "http://api.yourdomain.com" })).toThrow(
      /must use https:\/\//,
    );
    expect(() => createVaiiPayClient({ ...valid, baseUrl: "https://user:pw@api.yourdomain.com" })).toThrow(
      /must not contain credentials/,
    );
    expect(() => createVaiiPayClient({ ...valid, baseUrl: "https://api.yourdomain.com/api/" })).toThrow(
      new ConfigurationError(
        "vaiipay: baseUrl must not end in /api (the operation paths already start with /api/); use https://api.yourdomain.com",
      ),
    );
    expect(createVaiiPayClient(valid).baseUrl).toBe("https://api.yourdomain.com");
    expect(createVaiiPayClient({ ...valid, baseUrl: "https://pay.example.com/gateway/" }).baseUrl).toBe(
      "https://pay.example.com/gateway",
    );
    expect(createVaiiPayClient({ ...valid, baseUrl: "http://127.0.0.1:8080" }).baseUrl).toBe(
      "http://127.0.0.1:8080",
    );
  });

  it("requires the Client Token and a 32-character Client ID", () => {
    expect(() => createVaiiPayClient({ ...valid, clientToken: "" })).toThrow(
      new ConfigurationError('vaiipay: the "clientToken" option is required (a non-empty string)'),
    );
    expect(() => createVaiiPayClient({ ...valid, clientId: undefined as unknown as string })).toThrow(
      /the "clientId" option is required/,
    );
    expect(() => createVaiiPayClient({ ...valid, clientId: "your_client_id" })).toThrow(
      new ConfigurationError(
        "vaiipay: clientId must be the 32-character Client ID of your payment application (got 14 characters)",
      ),
    );
  });

  it("requires a dashboard access token or callback", () => {
    const base = { baseUrl: "https://api.yourdomain.com" };
    expect(() => createVaiiPayDashboardClient({ ...base, accessToken: "" })).toThrow(
      /the "accessToken" option is required/,
    );
    expect(() => createVaiiPayDashboardClient({ ...base, accessToken: 42 as unknown as string })).toThrow(
      /the "accessToken" option is required/,
    );
    expect(createVaiiPayDashboardClient({ ...base, accessToken: async () => "oauth" }).provider).toBe(
      "vaiipay",
    );
  });

  it("keeps credentials out of the client's JSON form", () => {
    const client = createVaiiPayClient(valid);
    expect(JSON.stringify(client)).toBe('{"provider":"vaiipay","baseUrl":"https://api.yourdomain.com"}');
  });
});

describe("over HTTP", () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  describe("auth on the wire", () => {
    it("sends the Client Token as a bearer token with JSON headers and fills clientId", async () => {
      const { emulator, client } = harness;
      await client.POST("/api/payment/checkout", { body: checkoutBody() });
      const [entry] = emulator.server.requests({ method: "POST", path: "/api/payment/checkout" });
      expect(entry?.headers.authorization).toBe(`Bearer ${emulator.clientToken}`);
      expect(entry?.headers.accept).toBe("application/json");
      expect(entry?.headers["content-type"]).toBe("application/json");
      expect(entry?.body).toBe(
        `{"amount":10000,"currencyCode":"USD","reference":"ORDER-123","referenceLabel":"Order #123","clientId":"${emulator.clientId}"}`,
      );
    });

    it("sends the static dashboard token as a bearer token", async () => {
      const { emulator, dashboard } = harness;
      await dashboard.GET("/api/payment-applications");
      const [entry] = emulator.server.requests({ path: "/api/payment-applications" });
      expect(entry?.headers.authorization).toBe(`Bearer ${emulator.dashboardToken}`);
      expect(entry?.headers.accept).toBe("application/json");
      expect(entry?.body).toBe("");
    });

    it("sends the token the dashboard callback returns, asking once while it stays valid", async () => {
      const { emulator } = harness;
      const token = emulator.issueDashboardToken(3_600);
      let calls = 0;
      const dashboard = harness.dashboardWith(async () => {
        calls += 1;
        return token;
      });
      await dashboard.GET("/api/payment-applications");
      await dashboard.GET("/api/payment-applications");
      expect(calls).toBe(1);
      expect(emulator.server.requests().map((entry) => entry.headers.authorization)).toEqual([
        `Bearer ${token}`,
        `Bearer ${token}`,
      ]);
    });

    it("sends no token to the public checkout endpoints, from either client", async () => {
      const { emulator, client, dashboard } = harness;
      const { paymentId, link } = await newPayment(harness);
      emulator.server.clearJournal();
      const path = { paymentId, provider: "crypto", method: "btc" };
      await client.GET("/api/checkout/{paymentId}/payment-methods", { params: { path: { paymentId } } });
      await dashboard.GET("/api/checkout/{paymentId}/payment-methods", { params: { path: { paymentId } } });
      await client.GET("/api/checkout/payment/{paymentId}/provider/{provider}/method/{method}", {
        params: { path, query: link.query },
      });
      await dashboard.GET("/api/checkout/payment/{paymentId}/provider/{provider}/method/{method}", {
        params: { path, query: link.query },
      });
      const journal = emulator.server.requests();
      expect(journal).toHaveLength(4);
      for (const entry of journal) {
        expect(entry.status).toBe(200);
        expect(entry.headers.authorization).toBeUndefined();
      }
      expect(journal[2]?.query.get("signature")).toBe(link.query.signature);
      expect(journal[2]?.query.get("expires")).toBe(String(link.query.expires));
    });

    it("neither asks the dashboard callback nor sends a token for the public checkout endpoints", async () => {
      const { emulator } = harness;
      const { paymentId, link } = await newPayment(harness);
      emulator.server.clearJournal();
      let calls = 0;
      const dashboard = harness.dashboardWith(async () => {
        calls += 1;
        return emulator.issueDashboardToken(3_600);
      });
      await dashboard.GET("/api/checkout/{paymentId}/payment-methods", { params: { path: { paymentId } } });
      await dashboard.GET("/api/checkout/payment/{paymentId}/provider/{provider}/method/{method}", {
        params: { path: { paymentId, provider: "crypto", method: "btc" }, query: link.query },
      });
      expect(calls).toBe(0);
      expect(dashboard.stats.blockedOnToken).toBe(0);
      expect(emulator.server.requests().map((entry) => [entry.headers.authorization, entry.status])).toEqual([
        [undefined, 200],
        [undefined, 200],
      ]);

      // The same client still authenticates its other operations.
      await dashboard.GET("/api/payment/{paymentId}", { params: { path: { paymentId } } });
      expect(calls).toBe(1);
      expect(emulator.server.requests().at(-1)?.headers.authorization).toMatch(/^Bearer vp_oauth/);
    });

    it("keeps the Client Token and the dashboard callback's token out of a shared token store", async () => {
      const { emulator } = harness;
      const entries = new Map<string, StoredToken>();
      const writes: string[] = [];
      const tokenStore: TokenStore = {
        get: async (key) => entries.get(key),
        set: async (key, value) => {
          writes.push(`${key} ${value.token}`);
          entries.set(key, value);
        },
        delete: async (key) => {
          entries.delete(key);
        },
      };
      const dashboardToken = emulator.issueDashboardToken(3_600);
      const common = { baseUrl: emulator.url, clock: harness.clock, tokenStore };
      const dashboard = createVaiiPayDashboardClient({ ...common, accessToken: async () => dashboardToken });
      const client = createVaiiPayClient({
        ...common,
        clientToken: emulator.clientToken,
        clientId: emulator.clientId,
      });
      await dashboard.GET("/api/payment-applications");
      await client.POST("/api/payment/checkout", { body: checkoutBody() });
      await dashboard.GET("/api/payment-applications");
      // A static Client Token never reaches a store, nor does a callback's token: the callback names no account, so
      // another client's callback could not be told apart from it.
      expect(writes).toEqual([]);
      expect(emulator.server.requests().map((entry) => entry.headers.authorization)).toEqual([
        `Bearer ${dashboardToken}`,
        `Bearer ${emulator.clientToken}`,
        `Bearer ${dashboardToken}`,
      ]);
    });

    it("adds the caller's headers and keeps the caller's Accept", async () => {
      const { emulator } = harness;
      const client = createVaiiPayClient({
        baseUrl: emulator.url,
        clientToken: emulator.clientToken,
        clientId: emulator.clientId,
        headers: { "X-Shop": "eu-1", accept: "application/json; charset=utf-8" },
      });
      await client.POST("/api/payment/checkout", { body: checkoutBody() });
      const [entry] = emulator.server.requests();
      expect(entry?.headers["x-shop"]).toBe("eu-1");
      expect(entry?.headers.accept).toBe("application/json; charset=utf-8");
    });
  });

  describe("clientId filling", () => {
    it("keeps an explicit clientId", async () => {
      const { emulator } = harness;
      const client = harness.clientWith(emulator.clientToken, "z".repeat(32));
      await client.POST("/api/payment/checkout", { body: checkoutBody({ clientId: emulator.clientId }) });
      const [entry] = emulator.server.requests();
      expect(entry?.body).toBe(
        `{"amount":10000,"currencyCode":"USD","reference":"ORDER-123","referenceLabel":"Order #123","clientId":"${emulator.clientId}"}`,
      );
      expect(entry?.status).toBe(200);
    });

    it("does not add clientId next to a siteId", async () => {
      const { emulator, client } = harness;
      await client.POST("/api/payment/checkout", { body: checkoutBody({ siteId: emulator.siteId }) });
      const [entry] = emulator.server.requests();
      expect(entry?.body).toBe(
        `{"amount":10000,"currencyCode":"USD","reference":"ORDER-123","referenceLabel":"Order #123","siteId":"${emulator.siteId}"}`,
      );
      expect(entry?.status).toBe(200);
    });

    it("is not done by the dashboard client, which names the application itself", async () => {
      const { emulator, dashboard } = harness;
      await dashboard.POST("/api/payment/checkout", { body: { ...order, clientId: emulator.clientId } });
      const [entry] = emulator.server.requests();
      expect(entry?.headers.authorization).toBe(`Bearer ${emulator.dashboardToken}`);
      expect(JSON.parse(entry?.body ?? "").clientId).toBe(emulator.clientId);
    });
  });

  describe("context guard", () => {
    it("refuses dashboard operations forced onto the Client Token client before any request", async () => {
      const { emulator, client } = harness;
      const forced = client as unknown as VaiiPayDashboardClient;
      const error = await rejection(forced.GET("/api/payment-applications"));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toBe(
        "vaiipay: GET /api/payment-applications is a dashboard operation and needs an OAuth2 access token; use createVaiiPayDashboardClient instead of a Client Token client",
      );
      await expect(
        forced.POST("/api/payment-applications", { body: { name: "Shop", secret: "s3cret" } }),
      ).rejects.toThrow(/is a dashboard operation/);
      await expect(
        forced.GET("/api/payment-applications/{id}", { params: { path: { id: 1 } } }),
      ).rejects.toThrow(/GET \/api\/payment-applications\/\{id\} is a dashboard operation/);
      expect(emulator.server.journal).toHaveLength(0);
    });

    it("refuses paths that are not in the spec", async () => {
      const { emulator, client } = harness;
      const untyped = client.GET as unknown as (path: string) => Promise<unknown>;
      await expect(untyped("/api/payments")).rejects.toThrow(
        new ConfigurationError(
          "vaiipay: GET /api/payments is not a Client Token or public operation of the VaiiPay API",
        ),
      );
      expect(emulator.server.journal).toHaveLength(0);
    });
  });

  describe("retries", () => {
    it("retries a GET after a 503 but never resends a checkout (no idempotency key is documented)", async () => {
      const { emulator, client, sleeps } = harness;
      const { paymentId } = await newPayment(harness);
      emulator.server.clearJournal();
      emulator.server.failNext(503, { message: "Service Unavailable" });
      const { data } = await client.GET("/api/payment/{paymentId}", { params: { path: { paymentId } } });
      expect(data.data.id).toBe(paymentId);
      expect(emulator.server.requests().map((entry) => entry.status)).toEqual([503, 200]);
      expect(sleeps).toHaveLength(1);

      emulator.server.clearJournal();
      emulator.server.failNext(503, { message: "Service Unavailable" });
      const error = await rejection(client.POST("/api/payment/checkout", { body: checkoutBody() }));
      expect(error).toBeInstanceOf(InternalServerError);
      expect((error as InternalServerError).message).toBe("vaiipay: 503 Service Unavailable");
      expect(emulator.server.requests()).toHaveLength(1);
      expect(sleeps).toHaveLength(1);
    });
  });

  describe("token rejection", () => {
    it("asks the dashboard callback again after a 401 and replays once", async () => {
      const { emulator, clock } = harness;
      const tokens = [emulator.issueDashboardToken(60), emulator.issueDashboardToken(3_600)];
      let calls = 0;
      const dashboard = harness.dashboardWith(async () => {
        const token = tokens[calls] ?? "none";
        calls += 1;
        return token;
      });
      await dashboard.GET("/api/payment-applications");
      clock.advance(61_000);
      const { data } = await dashboard.GET("/api/payment-applications");
      expect(data.data[0]?.clientId).toBe(emulator.clientId);
      expect(calls).toBe(2);
      expect(emulator.server.requests().map((entry) => [entry.headers.authorization, entry.status])).toEqual([
        [`Bearer ${tokens[0]}`, 200],
        [`Bearer ${tokens[0]}`, 401],
        [`Bearer ${tokens[1]}`, 200],
      ]);
    });

    it("refreshes a callback token with a known lifetime before it expires", async () => {
      const { emulator, clock } = harness;
      let calls = 0;
      const dashboard = harness.dashboardWith(async () => {
        calls += 1;
        return { token: emulator.issueDashboardToken(600), expiresInSeconds: 600 };
      });
      await dashboard.GET("/api/payment-applications");
      clock.advance(601_000);
      await dashboard.GET("/api/payment-applications");
      expect(calls).toBe(2);
      expect(emulator.server.requests().map((entry) => entry.status)).toEqual([200, 200]);
    });

    it("retries a failing dashboard callback within the call's retry budget, before any request", async () => {
      const { emulator, sleeps } = harness;
      const token = emulator.issueDashboardToken(3_600);
      let calls = 0;
      const dashboard = harness.dashboardWith(async () => {
        calls += 1;
        if (calls === 1) throw new Error("identity provider unreachable");
        return token;
      });
      const { data } = await dashboard.GET("/api/payment-applications");
      expect(data.data).toHaveLength(1);
      expect(calls).toBe(2);
      expect(sleeps).toHaveLength(1);
      expect(emulator.server.requests().map((entry) => entry.headers.authorization)).toEqual([
        `Bearer ${token}`,
      ]);

      const failing = harness.dashboardWith(async () => {
        throw new Error("identity provider unreachable");
      });
      const error = await rejection(failing.GET("/api/payment-applications", { maxRetries: 0 }));
      expect(error).toBeInstanceOf(TokenAcquisitionError);
      expect((error as Error).message).toBe(
        "vaiipay: token request (callback) failed before any response: identity provider unreachable",
      );
      expect(emulator.server.requests()).toHaveLength(1);
    });

    it("does not replay a rejected static token and keeps it out of the message", async () => {
      const { emulator, dashboard } = harness;
      emulator.revokeDashboardTokens();
      const error = await rejection(dashboard.GET("/api/payment-applications"));
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as AuthenticationError).message).toBe(
        "vaiipay: 401 Unauthenticated (dashboard operations need a valid OAuth2 access token)",
      );
      expect(emulator.server.requests()).toHaveLength(1);

      const client = harness.clientWith("ct_revoked_token_value");
      const clientError = await rejection(
        client.GET("/api/payment/{paymentId}", { params: { path: { paymentId: "x" } } }),
      );
      expect((clientError as AuthenticationError).message).toBe(
        "vaiipay: 401 Unauthenticated (check the Client Token and that it has not expired)",
      );
      expect(JSON.stringify(clientError)).not.toContain("ct_revoked_token_value");
      expect(emulator.server.requests()).toHaveLength(2);
    });
  });

  it("runs on the injected clock", async () => {
    const { emulator } = harness;
    const { paymentId } = await newPayment(harness);
    expect(emulator.getPayment(paymentId)?.date).toBe(new Date(START).toISOString());
  });
});
