// One adapter per provider: how to point its client at a fake, one read, one keyed (or deduplicated) create, its
// token endpoint and the strings that must never be printed. The suite and the properties know nothing else.
import { basicAuthorization, type CommonClientOptions } from "@payclients/auth-middleware";
import { createClik2payClient } from "@payclients/clik2pay";
import { createQoloClient } from "@payclients/qolo";
import { createScalapayClient } from "@payclients/scalapay";
import { createSqalaClient } from "@payclients/sqala";
import { createVaiiPayClient } from "@payclients/vaiipay";
import type { FakeRequest } from "./fake";

/** Per-call options the suite passes through. */
export interface CallInit {
  signal?: AbortSignal;
}

/** A provider client reduced to the two calls the suite makes. */
export interface AdaptedClient {
  read(init?: CallInit): Promise<unknown>;
  /** A create whose caller-side identity is `reference` (a body field the fake can find). */
  create(reference: string, init?: CallInit): Promise<unknown>;
}

/** Everything the suite needs to know about one provider. */
export interface ProviderAdapter {
  name: string;
  /** Path of the token endpoint on the fake's origin; absent for static keys. */
  tokenPath?: string;
  /** A well-formed token answer; no lifetime field when `expiresInSeconds` is absent. */
  tokenAnswer?: (token: string, expiresInSeconds?: number) => Record<string, unknown>;
  /** Whether an API 401 is answered with a fresh token and one replay. */
  refreshable: boolean;
  /**
   * Every secret credential the adapter configures, in every form it is sent (Basic included), for the secrecy
   * checks. Account identifiers (Clik2pay username, Qolo loginId, VaiiPay clientId) are not secrets, as an account
   * id is not in stripe-node: clients need not redact them, so they are left out.
   */
  secrets: readonly string[];
  /** What makes a resent create safe, read from a request the fake received; `undefined`: never resent. */
  keyOf?: (request: FakeRequest) => string | undefined;
  /** Whether the fake should accept the request's credentials, given the last token it issued. */
  authorized: (request: FakeRequest, token: string | undefined) => boolean;
  connect(origin: string, options: CommonClientOptions): AdaptedClient;
}

const bearer = (request: FakeRequest, token: string | undefined) =>
  request.headers.authorization === `Bearer ${token}`;
const header = (name: string) => (request: FakeRequest) => request.headers[name] as string | undefined;
/** The base64 `user:password` of an HTTP Basic header, as a secret to look for. */
const basicSecret = (user: string, password: string) => basicAuthorization(user, password).slice(6);
const field = (name: string) => (request: FakeRequest) => {
  try {
    return (JSON.parse(request.body) as Record<string, string>)[name];
  } catch {
    return undefined;
  }
};

const scalapayKey = "scalapay-secret-api-key-7f3a";
const scalapay: ProviderAdapter = {
  name: "scalapay",
  refreshable: false,
  secrets: [scalapayKey],
  keyOf: header("idempotency-key"),
  authorized: (request) => request.headers.authorization === `Bearer ${scalapayKey}`,
  connect(origin, options) {
    const client = createScalapayClient({ ...options, baseUrl: origin, apiKey: scalapayKey });
    return {
      read: (init) => client.GET("/v2/payments/{token}", { params: { path: { token: "ORD1" } }, ...init }),
      create: (reference, init) =>
        client.POST("/v2/payments/capture", {
          body: { token: "ORD1", merchantReference: reference },
          ...init,
        }),
    };
  },
};

const sqalaCredentials = {
  appId: "sqala-app-id-19c2",
  appSecret: "sqala-app-secret-5e8b",
  refreshToken: "sqala-refresh-0d4f",
};
const sqala: ProviderAdapter = {
  name: "sqala",
  tokenPath: "/core/v1/access-tokens",
  tokenAnswer: (token, expiresIn) => (expiresIn === undefined ? { token } : { token, expiresIn }),
  refreshable: true,
  secrets: [
    ...Object.values(sqalaCredentials),
    basicSecret(sqalaCredentials.appId, sqalaCredentials.appSecret),
  ],
  keyOf: field("code"),
  authorized: bearer,
  connect(origin, options) {
    const client = createSqalaClient({ ...options, ...sqalaCredentials, baseUrl: `${origin}/core/v1` });
    return {
      read: (init) => client.GET("/pix-qrcode-payments/{id}", { params: { path: { id: "PIX1" } }, ...init }),
      create: (reference, init) =>
        client.POST("/pix-qrcode-payments", { body: { amount: 100, code: reference }, ...init }),
    };
  },
};

const clik2payCredentials = {
  username: "clik2pay-user",
  password: "clik2pay-password-a61e",
  apiKey: "clik2pay-api-key-3b7d",
};
const clik2pay: ProviderAdapter = {
  name: "clik2pay",
  tokenPath: "/oauth2/token",
  tokenAnswer: (token, expiresIn) =>
    expiresIn === undefined
      ? { access_token: token, token_type: "Bearer" }
      : { access_token: token, expires_in: expiresIn, token_type: "Bearer" },
  refreshable: true,
  secrets: [
    clik2payCredentials.password,
    clik2payCredentials.apiKey,
    basicSecret(clik2payCredentials.username, clik2payCredentials.password),
  ],
  keyOf: field("merchantTransactionId"),
  authorized: (request, token) =>
    bearer(request, token) && request.headers["x-api-key"] === clik2payCredentials.apiKey,
  connect(origin, options) {
    const client = createClik2payClient({
      ...options,
      ...clik2payCredentials,
      baseUrl: `${origin}/open/v1`,
      tokenUrl: `${origin}/oauth2/token`,
    });
    return {
      read: (init) =>
        client.GET("/payment-requests/{paymentRequestId}", {
          params: { path: { paymentRequestId: "PR1" } },
          ...init,
        }),
      create: (reference, init) =>
        client.POST("/payment-requests", {
          body: {
            merchantTransactionId: reference,
            amount: 25.5,
            type: "ECOMM",
            deliveryMode: "EMAIL",
            payer: { name: "Jane Doe", email: "jane@example.com", mobileNumber: "4165550123" },
          },
          ...init,
        }),
    };
  },
};

const qoloCredentials = { loginId: "qolo-login-id", apiKey: "qolo-secret-api-key-c90a" };
const qolo: ProviderAdapter = {
  name: "qolo",
  tokenPath: "/api/v1/auth/login",
  tokenAnswer: (token, expiresIn) => (expiresIn === undefined ? { token } : { token, expires_in: expiresIn }),
  refreshable: true,
  secrets: [qoloCredentials.apiKey],
  keyOf: header("idempotencykey"),
  authorized: bearer,
  connect(origin, options) {
    const client = createQoloClient({ ...options, ...qoloCredentials, baseUrl: origin });
    return {
      read: (init) => client.GET("/api/v1/notifications", { ...init }),
      create: (reference, init) =>
        client.POST("/api/v1/transfers", {
          body: {
            client_reference_id: reference,
            transfer_type: "PARTNERTOCARD",
            amount: 10,
            currency: "USD",
            source: {},
            destination: { card_proxy: "1234567890" },
          },
          ...init,
        }),
    };
  },
};

const vaiipayCredentials = {
  clientToken: "vaiipay-client-token-e2c4",
  clientId: "vaiipay-client-id-0123456789abcd",
};
const vaiipay: ProviderAdapter = {
  name: "vaiipay",
  refreshable: false,
  secrets: [vaiipayCredentials.clientToken],
  // VaiiPay documents no idempotency key: a create is never resent.
  authorized: (request) => request.headers.authorization === `Bearer ${vaiipayCredentials.clientToken}`,
  connect(origin, options) {
    const client = createVaiiPayClient({ ...options, ...vaiipayCredentials, baseUrl: origin });
    return {
      read: (init) =>
        client.GET("/api/payment/{paymentId}", { params: { path: { paymentId: "PAY1" } }, ...init }),
      create: (reference, init) =>
        client.POST("/api/payment/checkout", {
          body: { amount: 1000, currencyCode: "USD", reference, referenceLabel: "Order" },
          ...init,
        }),
    };
  },
};

/** The five providers, in the order the suite reports them. */
export const adapters: readonly ProviderAdapter[] = [scalapay, sqala, clik2pay, qolo, vaiipay];
