// The factory: the kit serves the spec's two hosts (the Auth API's token endpoint and the API under /open/v1) on one
// clock, checking credentials, requests and answers against the spec; the route modules act on the book, and the
// returned object adds what tests drive directly (lifecycle steps, webhook deliveries).
import { randomUUID } from "node:crypto";
import {
  acceptsBasic,
  createEmulatorClock,
  createSpecEmulatorAtBasePaths,
  documentAtBasePaths,
  json,
  secretsEqual,
  serverUrlPath,
  TokenIssuer,
} from "@payclients/testing";
import { openapiDocument } from "../generated/openapi";
import type { paths } from "../generated/schema";
import { webhookDelivery, webhookEvent } from "./deliveries";
import { paymentRequestRoutes } from "./routes/payment-requests";
import { paymentRoutes } from "./routes/payments";
import { refundRoutes } from "./routes/refunds";
import { tokenRoutes } from "./routes/token";
import { Clik2payBook } from "./state";
import type { Clik2payEmulator, Clik2payEmulatorOptions, Clik2payEmulatorRateLimit } from "./types";
import { paymentRequestView, paymentView, refundView } from "./views";
import { clik2payApiWire, clik2payErrorBody, clik2payTokenWire } from "./wire";

/** Operations of the spec the emulator does not serve, with the reason (checked by the coverage test). */
export const notEmulated: Readonly<Record<string, string>> = {};

// Server URLs of the spec (production's): which operations each emulated host serves, and the API's /open/v1.
const API_HOST = "https://api.clik2pay.com/open/v1";
const AUTH_HOST = "https://api-auth.clik2pay.com";
const documentedRateLimit: Clik2payEmulatorRateLimit = { requestsPerSecond: 10, maxConcurrent: 5 };

/**
 * Starts a Clik2pay emulator: OAuth2 client credentials on the Auth origin, `x-api-key` + bearer on the API
 * origin, the documented rate limits, payment requests (CREATED → ACTIVE → PAID → SETTLED, cancellation,
 * refunds of PAID/SETTLED requests), Send Money payments, unique `merchantTransactionId`s, and webhooks.
 */
export async function createClik2payEmulator(
  options: Clik2payEmulatorOptions = {},
): Promise<Clik2payEmulator> {
  const username = options.username ?? "c2p-test-user";
  const password = options.password ?? "c2p-test-password";
  const apiKey = options.apiKey ?? "c2p-test-api-key";
  const webhook = {
    username: options.webhookUsername ?? "c2p-webhook-user",
    password: options.webhookPassword ?? "c2p-webhook-password",
  };
  const clock = options.clock ?? createEmulatorClock();
  const tokens = new TokenIssuer(clock, "c2p");
  const checked =
    options.validateResponses === undefined ? {} : { validateResponses: options.validateResponses };
  const { port } = options;
  const api = await createSpecEmulatorAtBasePaths<paths>({
    document: openapiDocument,
    serverUrl: API_HOST,
    wire: clik2payApiWire(tokens, documentAtBasePaths(openapiDocument, API_HOST).document),
    clock,
    port,
    ...checked,
    credentials: {
      BearerAuth: (token) => tokens.check(token) === "valid",
      ApiKeyAuth: (key) => secretsEqual(key, apiKey),
    },
  });
  const auth = await createSpecEmulatorAtBasePaths<paths>({
    document: openapiDocument,
    serverUrl: AUTH_HOST,
    wire: clik2payTokenWire(documentAtBasePaths(openapiDocument, AUTH_HOST).document),
    clock,
    port: port ? port + 1 : port,
    ...checked,
    credentials: {
      BasicAuth: acceptsBasic(username, password),
    },
  });
  const book = new Clik2payBook(clock, options.merchant ?? { id: randomUUID(), name: "Emulated Merchant" });
  tokenRoutes(auth, {
    tokens,
    scopes: new Set(options.scopes ?? ["payment_request/all"]),
    lifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
  });
  paymentRequestRoutes({ api, book });
  refundRoutes({ api, book });
  paymentRoutes({ api, book });

  function setRateLimit(limit: Clik2payEmulatorRateLimit | false): void {
    api.server.setRateLimit(
      limit === false
        ? undefined
        : {
            ...limit,
            // Clik2pay documents the 429 but no Retry-After header, so clients must fall back to their backoff.
            retryAfter: false,
            respond: () => json(429, clik2payErrorBody("Too Many Requests")),
          },
    );
  }
  setRateLimit(options.rateLimit ?? documentedRateLimit);

  const mustFindRefund = (paymentRequestId: string, refundId: string) => {
    const refund = book.mustFind(paymentRequestId).refunds.get(refundId);
    if (!refund) throw new Error(`clik2pay emulator: no refund ${refundId} on ${paymentRequestId}`);
    return refund;
  };
  const mustFindPayment = (id: string) => {
    const payment = book.payments.get(id);
    if (!payment) throw new Error(`clik2pay emulator: no payment ${id}`);
    return payment;
  };
  const apiUrl = `${api.server.url}${serverUrlPath(API_HOST)}`;
  const tokenUrl = `${auth.server.url}/oauth2/token`;
  const close = async () => {
    await Promise.all([auth.server.close(), api.server.close()]);
  };
  const found = <Value, View>(value: Value | undefined, view: (value: Value) => View) =>
    value === undefined ? undefined : view(value);
  return {
    url: apiUrl,
    server: api.server,
    auth: auth.server,
    api: api.server,
    authUrl: auth.server.url,
    tokenUrl,
    apiUrl,
    username,
    password,
    apiKey,
    webhookUsername: webhook.username,
    webhookPassword: webhook.password,
    clock,
    tokens,
    clientOptions: { username, password, apiKey, baseUrl: apiUrl, tokenUrl, clock },
    spec: {
      operations: [...auth.operations, ...api.operations],
      handled: () => [...auth.handled(), ...api.handled()],
    },
    get violations() {
      return [...auth.violations, ...api.violations];
    },
    setRateLimit,
    getPaymentRequest: (id) => found(book.paymentRequests.get(id), paymentRequestView),
    activatePaymentRequest: (id) =>
      paymentRequestView(book.transition(id, ["CREATED", "SCHEDULED"], "ACTIVE")),
    payPaymentRequest: (id, pay = {}) => paymentRequestView(book.pay(id, pay.amount)),
    settlePaymentRequest: (id) => paymentRequestView(book.transition(id, ["PAID"], "SETTLED")),
    failPaymentRequest: (id) =>
      paymentRequestView(book.transition(id, ["CREATED", "SCHEDULED", "ACTIVE"], "FAILED")),
    getRefund: (paymentRequestId, refundId) =>
      found(book.paymentRequests.get(paymentRequestId)?.refunds.get(refundId), refundView),
    setRefundStatus(paymentRequestId, refundId, status) {
      const refund = mustFindRefund(paymentRequestId, refundId);
      refund.status = status;
      return refundView(refund);
    },
    getPayment: (id) => found(book.payments.get(id), paymentView),
    setPaymentStatus(id, status) {
      const payment = mustFindPayment(id);
      payment.status = status;
      return paymentView(payment);
    },
    webhookEvent: (eventType, resourceId, message) => webhookEvent(book, eventType, resourceId, message),
    webhookDelivery: (events, delivery) => webhookDelivery(webhook, events, delivery),
    async deliverWebhook(url, events, delivery) {
      const { headers, body } = webhookDelivery(webhook, events, delivery);
      return fetch(url, { method: "POST", headers, body });
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
