import { randomInt, randomUUID } from "node:crypto";
import {
  createEmulatorClock,
  createEmulatorServer,
  type EmulatorClock,
  type EmulatorListenOptions,
  type EmulatorRequest,
  type EmulatorResponse,
  type EmulatorServer,
  json,
  parseBasicAuthorization,
  type RouteHandler,
  readBearerToken,
  secretsEqual,
  TokenIssuer,
} from "@payclients/testing";
import type { Clik2payEnvironment } from "../client";
import type { components } from "../generated/schema";
import {
  type Clik2payWebhookEvent,
  type Clik2payWebhookEventType,
  clik2payWebhookDelivery,
} from "../webhooks";

export type { SignedWebhook } from "@payclients/auth-middleware/webhooks";
export { type SignClik2payWebhookOptions, signClik2payWebhook } from "../webhooks";

type PaymentRequest = components["schemas"]["PaymentRequest"];
type Payment = components["schemas"]["Payment"];
type Refund = components["schemas"]["Refund"];

/** Options of {@link createClik2payEmulator}. */
export interface Clik2payEmulatorOptions extends EmulatorListenOptions {
  /** Auth API username the token endpoint accepts (default "c2p-test-user"). */
  username?: string;
  /** Auth API password (default "c2p-test-password"). */
  password?: string;
  /** API key the API accepts in `x-api-key` (default "c2p-test-api-key"). */
  apiKey?: string;
  /** Emulated time: token expiry and scheduled delivery dates (rate windows run on wall time). */
  clock?: EmulatorClock;
  /** Lifetime of issued tokens in seconds (default 3600, as documented). */
  tokenLifetimeSeconds?: number;
  /** Scopes the token endpoint grants (default `["payment_request/all"]`). */
  scopes?: readonly string[];
  /**
   * API rate limits answering 429 without `Retry-After`, as documented (default: 10 per second and 5 in flight);
   * `false` = none.
   */
  rateLimit?: Clik2payEmulatorRateLimit | false;
  /** Basic-auth username the webhook helpers send (default "c2p-webhook-user"). */
  webhookUsername?: string;
  /** Basic-auth password the webhook helpers send (default "c2p-webhook-password"). */
  webhookPassword?: string;
  /** The merchant every created resource belongs to. */
  merchant?: { id: string; name: string };
}

/** Rate limits of the emulated API. */
export interface Clik2payEmulatorRateLimit {
  requestsPerSecond?: number;
  maxConcurrent?: number;
}

/** Options of the webhook helpers. */
export interface Clik2payWebhookDeliveryOptions {
  /** Send the events as a JSON array, as in the docs' example (default true); `false` sends one bare object. */
  array?: boolean;
  /** Overrides the Basic username (e.g. to test a wrong credential). */
  username?: string;
  /** Overrides the Basic password. */
  password?: string;
  /** Omits the `Authorization` header. */
  omitAuthorization?: boolean;
  /** Which documented source address `sourceIp` reports (default "sandbox"). */
  environment?: Clik2payEnvironment;
}

/** A webhook as Clik2pay would send it: feed it to your endpoint or to `verifyClik2payWebhook`. */
export interface Clik2payWebhookDelivery {
  headers: Record<string, string>;
  body: string;
  /** The first documented Clik2pay source address of the chosen environment. */
  sourceIp: string;
}

/** A running Clik2pay emulator: the Auth API and the API on two loopback origins, like the real service. */
export interface Clik2payEmulator extends AsyncDisposable {
  /** The Auth API server (token endpoint); journal and faults. */
  readonly auth: EmulatorServer;
  /** The API server; journal, faults and rate limits. */
  readonly api: EmulatorServer;
  /** Origin of the Auth API. */
  readonly authUrl: string;
  /** Full token endpoint URL, for the client's `tokenUrl`. */
  readonly tokenUrl: string;
  /** API base URL including `/open/v1`, for the client's `baseUrl`. */
  readonly apiUrl: string;
  readonly username: string;
  readonly password: string;
  readonly apiKey: string;
  readonly webhookUsername: string;
  readonly webhookPassword: string;
  readonly clock: EmulatorClock;
  /** Issues and checks access tokens; `revokeAll()` makes the next API call answer 401. */
  readonly tokens: TokenIssuer;
  /** Everything `createClik2payClient` needs to talk to this emulator (spread it into the options). */
  readonly clientOptions: {
    username: string;
    password: string;
    apiKey: string;
    baseUrl: string;
    tokenUrl: string;
    clock: EmulatorClock;
  };
  /** Replaces the API rate limits (`false` turns them off). */
  setRateLimit(limit: Clik2payEmulatorRateLimit | false): void;
  /** A copy of a payment request, or `undefined`. */
  getPaymentRequest(id: string): PaymentRequest | undefined;
  /** The payer was notified: `CREATED`/`SCHEDULED` → `ACTIVE`. */
  activatePaymentRequest(id: string): PaymentRequest;
  /** The payer paid: `ACTIVE` → `PAID` (`amount` picks the paid amount of a `FLEX` request). */
  payPaymentRequest(id: string, options?: { amount?: number }): PaymentRequest;
  /** Funds settled: `PAID` → `SETTLED`. */
  settlePaymentRequest(id: string): PaymentRequest;
  /** The payment failed: `CREATED`/`SCHEDULED`/`ACTIVE` → `FAILED`. */
  failPaymentRequest(id: string): PaymentRequest;
  /** A copy of a refund, or `undefined`. */
  getRefund(paymentRequestId: string, refundId: string): Refund | undefined;
  /** Sets a refund's status (the refund lifecycle is not documented), e.g. `ACCEPTED`. */
  setRefundStatus(paymentRequestId: string, refundId: string, status: string): Refund;
  /** A copy of a Send Money payment, or `undefined`. */
  getPayment(id: string): Payment | undefined;
  /** Sets a payment's status (payment statuses are not documented). */
  setPaymentStatus(id: string, status: string): Payment;
  /** The event Clik2pay would send about a payment request, payment or refund (by id), with its current state. */
  webhookEvent(
    eventType: Clik2payWebhookEventType,
    resourceId: string,
    message?: string,
  ): Clik2payWebhookEvent;
  /** Headers (HTTP Basic with the webhook credentials) and body of a delivery. */
  webhookDelivery(
    events: Clik2payWebhookEvent | readonly Clik2payWebhookEvent[],
    options?: Clik2payWebhookDeliveryOptions,
  ): Clik2payWebhookDelivery;
  /** POSTs a delivery to `url` and returns the endpoint's response. */
  deliverWebhook(
    url: string,
    events: Clik2payWebhookEvent | readonly Clik2payWebhookEvent[],
    options?: Clik2payWebhookDeliveryOptions,
  ): Promise<Response>;
  /** Stops the emulator. */
  close(): Promise<void>;
}

/** The error body the emulated API answers (`{message}`, as API Gateway does; the real shape is undocumented). */
export function clik2payErrorBody(message: string): { message: string } {
  return { message };
}

/** Documented webhook source addresses (repeated here so the Node-only bundle does not load the client). */
const sourceIps: Record<Clik2payEnvironment, readonly string[]> = {
  sandbox: ["99.79.143.93", "3.96.21.104", "52.60.117.97"],
  production: ["3.99.39.224", "3.96.30.80", "52.60.229.252"],
};

const documentedRateLimit: Clik2payEmulatorRateLimit = { requestsPerSecond: 10, maxConcurrent: 5 };
const apiBasePath = "/open/v1";
const pendingStatuses = new Set(["CREATED", "SCHEDULED", "ACTIVE"]);
const refundableStatuses = new Set(["PAID", "SETTLED"]);
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const mobilePattern = /^\d{10}$/;

const defaultMessages: Record<Clik2payWebhookEventType, string> = {
  "PAYMENT-COMPLETED": "The payer successfully completed the transaction.",
  "PAYMENT-FAILED": "The transaction failed.",
  "PAYMENT-LINK-FOLLOWED": "The payer followed the payment link.",
  "PAYMENT-PROCESSING": "The transaction is being processed.",
};

interface PaymentRequestRecord {
  view: PaymentRequest & { id: string; status: string; amount: number | null };
  paidCents: number;
  refunds: Map<string, Refund & { id: string; status: string; amount: number }>;
}

type ValidationResult = { error: string } | { ok: true };

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
  const webhookUsername = options.webhookUsername ?? "c2p-webhook-user";
  const webhookPassword = options.webhookPassword ?? "c2p-webhook-password";
  const clock = options.clock ?? createEmulatorClock();
  const lifetime = options.tokenLifetimeSeconds ?? 3600;
  const scopes = new Set(options.scopes ?? ["payment_request/all"]);
  const merchant = options.merchant ?? { id: randomUUID(), name: "Emulated Merchant" };
  const tokens = new TokenIssuer(clock, "c2p");
  const notFound = (request: EmulatorRequest) => json(404, clik2payErrorBody(`Not Found: ${request.path}`));
  const { port } = options;
  const api = await createEmulatorServer({ clock, notFound, port });
  const auth = await createEmulatorServer({
    clock,
    notFound,
    port: port ? port + 1 : port,
  });
  const paymentRequests = new Map<string, PaymentRequestRecord>();
  const payments = new Map<string, Payment & { id: string }>();
  const usedTransactionIds = new Set<string>();

  function setRateLimit(limit: Clik2payEmulatorRateLimit | false): void {
    api.setRateLimit(
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

  auth.route("POST", "/oauth2/token", (request) => {
    // RFC 6749 answers (the Auth API's own error bodies are undocumented).
    const basic = parseBasicAuthorization(request.headers.authorization);
    if (!basic || !secretsEqual(basic.username, username) || !secretsEqual(basic.password, password)) {
      return json(401, { error: "invalid_client" }, { "www-authenticate": 'Basic realm="clik2pay"' });
    }
    const type = request.headers["content-type"] ?? "";
    if (!type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
      return oauthError("invalid_request", "the body must be application/x-www-form-urlencoded");
    }
    const form = request.form();
    if (form.get("grant_type") !== "client_credentials") {
      return oauthError("unsupported_grant_type", "grant_type must be client_credentials");
    }
    const scope = form.get("scope");
    if (!scope) return oauthError("invalid_request", "scope is required");
    if (!scope.split(" ").every((item) => scopes.has(item))) {
      return oauthError("invalid_scope", `scope ${scope} is not granted to this client`);
    }
    const { token } = tokens.issue(lifetime, scope);
    return json(200, { access_token: token, expires_in: lifetime, token_type: "Bearer" });
  });

  /** Bearer check first (an authorizer in front of the API), then the API key, as API Gateway orders them. */
  function secured(handler: RouteHandler): RouteHandler {
    return (request) => {
      const state = tokens.check(readBearerToken(request));
      if (state === "expired") return json(401, clik2payErrorBody("The incoming token has expired"));
      if (state !== "valid") return json(401, clik2payErrorBody("Unauthorized"));
      const key = request.headers["x-api-key"];
      if (key === undefined || !secretsEqual(key, apiKey)) return json(403, clik2payErrorBody("Forbidden"));
      return handler(request);
    };
  }
  const route = (method: string, path: string, handler: RouteHandler) =>
    api.route(method, `${apiBasePath}${path}`, secured(handler));

  route("POST", "/payment-requests", (request) => {
    const body = readObject(request);
    if (!body) return badRequest("Invalid request body: expected a JSON object");
    const checked = validatePaymentRequest(body);
    if ("error" in checked) return badRequest(checked.error);
    const transaction = claimTransactionId(body.merchantTransactionId);
    if (transaction) return badRequest(transaction.error);
    const id = randomUUID();
    const shortCode = randomShortCode();
    const scheduled = typeof body.deliveryDate === "string" && body.deliveryDate > today();
    const view = {
      ...pick(body, [
        "merchantTransactionId",
        "invoiceNumber",
        "deliveryMode",
        "deliveryDate",
        "dueDate",
        "payer",
        "flexDetails",
        "displayMessage",
        "businessUnit",
      ]),
      id,
      amount: body.type === "FLEX" ? null : (body.amount as number),
      type: body.type as string,
      status: scheduled ? "SCHEDULED" : "CREATED",
      merchant: { ...merchant },
      paymentLink: `https://pay.clik2pay.com/r/${shortCode}`,
      shortCode,
    };
    paymentRequests.set(id, { view, paidCents: 0, refunds: new Map() });
    return json(201, view);
  });

  route("GET", "/payment-requests/{paymentRequestId}", (request) => {
    const record = paymentRequests.get(request.params.paymentRequestId ?? "");
    return record ? json(200, record.view) : paymentRequestNotFound(request);
  });

  route("POST", "/payment-requests/{paymentRequestId}/cancellation", (request) => {
    const record = paymentRequests.get(request.params.paymentRequestId ?? "");
    if (!record) return paymentRequestNotFound(request);
    if (!pendingStatuses.has(record.view.status)) {
      return badRequest(`A payment request in status ${record.view.status} cannot be cancelled`);
    }
    record.view.status = "CANCELLED";
    return json(200, { event: { status: "CANCELLED" } });
  });

  route("POST", "/payment-requests/{paymentRequestId}/refunds", (request) => {
    const record = paymentRequests.get(request.params.paymentRequestId ?? "");
    if (!record) return paymentRequestNotFound(request);
    const body = readObject(request);
    if (!body) return badRequest("Invalid request body: expected a JSON object");
    if (!isAmount(body.amount, 0.01)) return badRequest("amount must be a number of at least 0.01");
    const recipient = body.recipient;
    if (!isRecord(recipient) || (!recipient.email && !recipient.mobileNumber)) {
      return badRequest("recipient with an email or a mobileNumber is required");
    }
    if (recipient.mobileNumber !== undefined && !mobilePattern.test(String(recipient.mobileNumber))) {
      return badRequest("recipient.mobileNumber must be 10 digits");
    }
    if (!refundableStatuses.has(record.view.status)) {
      return badRequest(
        `Only PAID or SETTLED payment requests can be refunded (status is ${record.view.status})`,
      );
    }
    const refunded = [...record.refunds.values()]
      .filter((refund) => refund.status !== "CANCELLED")
      .reduce((sum, refund) => sum + toCents(refund.amount), 0);
    const remaining = record.paidCents - refunded;
    if (toCents(body.amount) > remaining) {
      return badRequest(`amount exceeds the refundable amount of ${(remaining / 100).toFixed(2)}`);
    }
    const refund = {
      id: randomUUID(),
      paymentRequestId: record.view.id,
      amount: body.amount,
      recipient,
      status: "CREATED",
    };
    record.refunds.set(refund.id, refund);
    return json(201, refund);
  });

  route("GET", "/payment-requests/{paymentRequestId}/refunds/{refundId}", (request) => {
    const record = paymentRequests.get(request.params.paymentRequestId ?? "");
    if (!record) return paymentRequestNotFound(request);
    const refund = record.refunds.get(request.params.refundId ?? "");
    return refund
      ? json(200, refund)
      : json(404, clik2payErrorBody(`Refund ${request.params.refundId} not found`));
  });

  route("POST", "/payments", (request) => {
    const body = readObject(request);
    if (!body) return badRequest("Invalid request body: expected a JSON object");
    const checked = validatePayment(body);
    if ("error" in checked) return badRequest(checked.error);
    const transaction = claimTransactionId(body.merchantTransactionId);
    if (transaction) return badRequest(transaction.error);
    const payment = {
      ...pick(body, [
        "merchantTransactionId",
        "recipient",
        "displayMessage",
        "invoiceNumber",
        "businessUnit",
        "expiryDays",
      ]),
      id: randomUUID(),
      amount: body.amount as number,
      status: "CREATED",
      merchant: { ...merchant },
    };
    payments.set(payment.id, payment);
    return json(201, payment);
  });

  function claimTransactionId(value: unknown): { error: string } | undefined {
    if (value === undefined) return undefined;
    if (usedTransactionIds.has(value as string)) {
      return { error: `merchantTransactionId ${value} has already been used` };
    }
    usedTransactionIds.add(value as string);
    return undefined;
  }

  function today(): string {
    return new Date(clock.now()).toISOString().slice(0, 10);
  }

  function requireRequest(id: string): PaymentRequestRecord {
    const record = paymentRequests.get(id);
    if (!record) throw new Error(`clik2pay emulator: no payment request ${id}`);
    return record;
  }

  function transition(id: string, from: readonly string[], to: string): PaymentRequestRecord {
    const record = requireRequest(id);
    if (!from.includes(record.view.status)) {
      throw new Error(
        `clik2pay emulator: payment request ${id} is ${record.view.status}; moving to ${to} needs ${from.join(" or ")}`,
      );
    }
    record.view.status = to;
    return record;
  }

  function requireRefund(paymentRequestId: string, refundId: string) {
    const refund = requireRequest(paymentRequestId).refunds.get(refundId);
    if (!refund) throw new Error(`clik2pay emulator: no refund ${refundId} on ${paymentRequestId}`);
    return refund;
  }

  function findResource(id: string): { resourceType: string; resource: PaymentRequest | Payment | Refund } {
    const request = paymentRequests.get(id);
    if (request) return { resourceType: "payment-request", resource: copy(request.view) };
    const payment = payments.get(id);
    if (payment) return { resourceType: "payment", resource: copy(payment) };
    for (const record of paymentRequests.values()) {
      const refund = record.refunds.get(id);
      if (refund) return { resourceType: "refund", resource: copy(refund) };
    }
    throw new Error(`clik2pay emulator: no payment request, payment or refund ${id}`);
  }

  function webhookDelivery(
    events: Clik2payWebhookEvent | readonly Clik2payWebhookEvent[],
    delivery: Clik2payWebhookDeliveryOptions = {},
  ): Clik2payWebhookDelivery {
    const secret = {
      username: delivery.username ?? webhookUsername,
      password: delivery.password ?? webhookPassword,
    };
    const addresses = sourceIps[delivery.environment ?? "sandbox"];
    return {
      ...clik2payWebhookDelivery({
        events,
        array: delivery.array,
        secret: delivery.omitAuthorization ? undefined : secret,
      }),
      sourceIp: addresses[0] ?? "",
    };
  }

  const emulator: Clik2payEmulator = {
    auth,
    api,
    authUrl: auth.url,
    tokenUrl: `${auth.url}/oauth2/token`,
    apiUrl: `${api.url}${apiBasePath}`,
    username,
    password,
    apiKey,
    webhookUsername,
    webhookPassword,
    clock,
    tokens,
    clientOptions: {
      username,
      password,
      apiKey,
      baseUrl: `${api.url}${apiBasePath}`,
      tokenUrl: `${auth.url}/oauth2/token`,
      clock,
    },
    setRateLimit,
    getPaymentRequest: (id) => {
      const record = paymentRequests.get(id);
      return record ? copy(record.view) : undefined;
    },
    activatePaymentRequest: (id) => copy(transition(id, ["CREATED", "SCHEDULED"], "ACTIVE").view),
    payPaymentRequest(id, pay = {}) {
      const record = requireRequest(id);
      const { view } = record;
      let amount = view.amount;
      if (view.type === "FLEX") {
        const flex = (view.flexDetails ?? {}) as { requested?: number; minimum?: number; maximum?: number };
        amount = pay.amount ?? flex.requested ?? flex.maximum ?? null;
        const low = flex.minimum ?? 0.01;
        const high = flex.maximum ?? Number.POSITIVE_INFINITY;
        if (amount === null || amount < low || amount > high) {
          throw new Error(`clik2pay emulator: FLEX amount ${amount} is outside ${low}-${high}`);
        }
      } else if (pay.amount !== undefined && pay.amount !== view.amount) {
        throw new Error("clik2pay emulator: only FLEX payment requests are paid with a chosen amount");
      }
      transition(id, ["ACTIVE"], "PAID");
      record.paidCents = toCents(amount ?? 0);
      return copy(view);
    },
    settlePaymentRequest: (id) => copy(transition(id, ["PAID"], "SETTLED").view),
    failPaymentRequest: (id) => copy(transition(id, ["CREATED", "SCHEDULED", "ACTIVE"], "FAILED").view),
    getRefund(paymentRequestId, refundId) {
      const refund = paymentRequests.get(paymentRequestId)?.refunds.get(refundId);
      return refund ? copy(refund) : undefined;
    },
    setRefundStatus(paymentRequestId, refundId, status) {
      const refund = requireRefund(paymentRequestId, refundId);
      refund.status = status;
      return copy(refund);
    },
    getPayment: (id) => {
      const payment = payments.get(id);
      return payment ? copy(payment) : undefined;
    },
    setPaymentStatus(id, status) {
      const payment = payments.get(id);
      if (!payment) throw new Error(`clik2pay emulator: no payment ${id}`);
      payment.status = status;
      return copy(payment);
    },
    webhookEvent(eventType, resourceId, message) {
      const { resourceType, resource } = findResource(resourceId);
      return {
        eventType,
        message: message ?? defaultMessages[eventType],
        resourceType,
        resource,
      } as Clik2payWebhookEvent;
    },
    webhookDelivery,
    async deliverWebhook(url, events, delivery) {
      const { headers, body } = webhookDelivery(events, delivery);
      return fetch(url, { method: "POST", headers, body });
    },
    async close() {
      await Promise.all([auth.close(), api.close()]);
    },
    [Symbol.asyncDispose]() {
      return emulator.close();
    },
  };
  return emulator;
}

function oauthError(error: string, description: string): EmulatorResponse {
  return json(400, { error, error_description: description });
}

function badRequest(message: string): EmulatorResponse {
  return json(400, clik2payErrorBody(message));
}

function paymentRequestNotFound(request: EmulatorRequest): EmulatorResponse {
  return json(404, clik2payErrorBody(`Payment request ${request.params.paymentRequestId} not found`));
}

function readObject(request: EmulatorRequest): Record<string, unknown> | undefined {
  const body = request.json();
  return isRecord(body) ? body : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isAmount(value: unknown, minimum: number, maximum = Number.POSITIVE_INFINITY): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= minimum && value <= maximum;
}

function toCents(amount: unknown): number {
  return Math.round((amount as number) * 100);
}

function checkLength(
  body: Record<string, unknown>,
  field: string,
  min: number,
  max: number,
): string | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.length < min || value.length > max) {
    return min > 0
      ? `${field} must be a string of ${min}-${max} characters`
      : `${field} must be at most ${max} characters`;
  }
  return undefined;
}

function commonErrors(body: Record<string, unknown>): string | undefined {
  return (
    checkLength(body, "merchantTransactionId", 6, 32) ??
    checkLength(body, "displayMessage", 3, 250) ??
    checkLength(body, "invoiceNumber", 0, 50) ??
    checkLength(body, "businessUnit", 0, 50)
  );
}

function validatePaymentRequest(body: Record<string, unknown>): ValidationResult {
  const { type, amount, payer, deliveryMode } = body;
  if (type === "SMART") return { error: "type SMART is read-only and cannot be created" };
  if (!["ECOMM", "MOBIL", "EBILL", "FLEX"].includes(type as string)) {
    return { error: "type must be one of ECOMM, MOBIL, EBILL, FLEX" };
  }
  if (type === "FLEX") {
    if (amount !== null) return { error: "amount must be null for FLEX payment requests" };
    const flex = body.flexDetails;
    if (!isRecord(flex) || !isAmount(flex.minimum, 0.01, 10_000) || !isAmount(flex.maximum, 0.01, 10_000)) {
      return { error: "flexDetails with minimum and maximum (0.01-10000) is required for FLEX" };
    }
    if (flex.minimum > flex.maximum)
      return { error: "flexDetails.minimum must not exceed flexDetails.maximum" };
    if (flex.requested !== undefined && !isAmount(flex.requested, flex.minimum, flex.maximum)) {
      return { error: "flexDetails.requested must lie between minimum and maximum" };
    }
  } else if (!isAmount(amount, 0.01, 10_000)) {
    return { error: "amount must be a number between 0.01 and 10000" };
  }
  if (!isRecord(payer)) return { error: "payer is required" };
  if (payer.mobileNumber !== undefined && !mobilePattern.test(String(payer.mobileNumber))) {
    return { error: "payer.mobileNumber must be 10 digits" };
  }
  if (deliveryMode !== undefined && !["SMS", "EMAIL", "NONE"].includes(deliveryMode as string)) {
    return { error: "deliveryMode must be one of SMS, EMAIL, NONE" };
  }
  if (deliveryMode === "EMAIL" && !payer.email)
    return { error: "payer.email is required for deliveryMode EMAIL" };
  if (deliveryMode === "SMS" && !payer.mobileNumber) {
    return { error: "payer.mobileNumber is required for deliveryMode SMS" };
  }
  for (const field of ["deliveryDate", "dueDate"]) {
    const value = body[field];
    if (value !== undefined && (typeof value !== "string" || !datePattern.test(value))) {
      return { error: `${field} must be a date (YYYY-MM-DD)` };
    }
  }
  const common = commonErrors(body);
  return common ? { error: common } : { ok: true };
}

function validatePayment(body: Record<string, unknown>): ValidationResult {
  if (!isAmount(body.amount, 0.01)) return { error: "amount must be a number of at least 0.01" };
  const recipient = body.recipient;
  if (
    !isRecord(recipient) ||
    typeof recipient.email !== "string" ||
    typeof recipient.mobileNumber !== "string"
  ) {
    return { error: "recipient.email and recipient.mobileNumber are required" };
  }
  if (!mobilePattern.test(recipient.mobileNumber))
    return { error: "recipient.mobileNumber must be 10 digits" };
  const days = body.expiryDays;
  if (days !== undefined && !(Number.isInteger(days) && (days as number) >= 1 && (days as number) <= 365)) {
    return { error: "expiryDays must be an integer between 1 and 365" };
  }
  const common = commonErrors(body);
  return common ? { error: common } : { ok: true };
}

function pick(body: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of fields) if (body[field] !== undefined) picked[field] = body[field];
  return picked;
}

function randomShortCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  let code = "";
  for (let index = 0; index < 8; index += 1) code += alphabet[randomInt(alphabet.length)];
  return code;
}

function copy<Value>(value: Value): Value {
  return structuredClone(value);
}

export { startStandaloneEmulator } from "./standalone";
