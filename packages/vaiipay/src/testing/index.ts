import { createHash, randomBytes, randomUUID } from "node:crypto";
import { type SignedWebhook, webhookBody } from "@payclients/auth-middleware/webhooks";
import {
  createEmulatorClock,
  createEmulatorServer,
  type EmulatorClock,
  type EmulatorListenOptions,
  type EmulatorRequest,
  type EmulatorResponse,
  type EmulatorServer,
  hmacSha256Hex,
  json,
  readBearerToken,
  secretsEqual,
  signWebhookSync,
  TokenIssuer,
  text,
} from "@payclients/testing";
import type { VaiiPayScope } from "../operations";
import {
  type VaiiPayPayment,
  type VaiiPayWebhookEventType,
  vaiipaySigningInput,
  vaiipayWebhookSigning,
} from "../webhooks";

export type { SignedWebhook } from "@payclients/auth-middleware/webhooks";
export { type SignVaiiPayWebhookOptions, signVaiiPayWebhook } from "../webhooks";

/** A Client Token the emulator accepts: created in "the dashboard" of one application with some scopes. */
export interface VaiiPayClientTokenGrant {
  token: string;
  /** Client ID of the application the token belongs to (an application is created for unknown ids). */
  clientId: string;
  /** Granted scopes; `*` grants all. */
  scopes: readonly (VaiiPayScope | (string & {}))[];
  /** Epoch ms after which the token is rejected with 401 (Client Tokens may have an expiry date). */
  expiresAt?: number;
}

/** Options of {@link createVaiiPayEmulator}. */
export interface VaiiPayEmulatorOptions extends EmulatorListenOptions {
  /** Accepted Client Tokens (default: one `*` token for the default application). */
  clientTokens?: readonly VaiiPayClientTokenGrant[];
  /** Accepted dashboard OAuth2 access tokens that never expire (default: one); see `issueDashboardToken`. */
  dashboardTokens?: readonly string[];
  /** `secret` of the default application, which signs its webhooks (default "whsec_emulator"). */
  webhookSecret?: string;
  /** Emulated time (token and checkout-link expiry, timestamps, webhook signatures). */
  clock?: EmulatorClock;
}

/** Input of {@link VaiiPayEmulator.addApplication}, as the create-application body plus an optional fixed Client ID. */
export interface VaiiPayApplicationInput {
  name: string;
  secret: string;
  url?: string;
  callbackUrl?: string;
  currencyWhitelist?: string[];
  allowUnderpay?: boolean;
  allowOverpay?: boolean;
  clientId?: string;
}

/** A payment application as the API returns it. */
export interface VaiiPayApplicationView {
  id: number;
  name: string;
  clientId: string;
  userId: number;
  currencyWhitelist: string[];
  site: {
    id: string;
    title: string;
    url: string | null;
    callbackUrl: string | null;
    setting: { id: number; title: string; allowOverpay: boolean; allowUnderpay: boolean };
  };
  paymentAppImage: string | null;
  createdAt: string;
  deletedAt: string | null;
}

/** A signed webhook delivery: POST `body` with `headers` (or feed both to `verifyVaiiPayWebhook`). */
export type SignedVaiiPayWebhook = SignedWebhook;

/** The outcome of a status helper: the payment as the API now returns it and the webhook VaiiPay would send. */
export interface VaiiPayTransition {
  payment: VaiiPayPayment;
  event: VaiiPayWebhookEventType;
  webhook: SignedVaiiPayWebhook;
}

/** A running VaiiPay emulator on a loopback port. */
export interface VaiiPayEmulator extends AsyncDisposable {
  /** Base URL to pass as the client's `baseUrl` (the deployment origin; paths carry `/api/`). */
  readonly url: string;
  /** The underlying server: journal, `failNext`, `delayNext`, `dropNext`, clock. */
  readonly server: EmulatorServer;
  readonly clock: EmulatorClock;
  /** Client ID of the default application. */
  readonly clientId: string;
  /** Site id (uuid) of the default application, accepted as `siteId` by checkout. */
  readonly siteId: string;
  /** The first Client Token. */
  readonly clientToken: string;
  /** The first static dashboard OAuth2 access token. */
  readonly dashboardToken: string;
  /** The default application's `secret`. */
  readonly webhookSecret: string;
  /** Issues a dashboard OAuth2 access token that expires after `lifetimeSeconds` of emulated time. */
  issueDashboardToken(lifetimeSeconds?: number): string;
  /** Rejects every dashboard token from now on (static and issued ones). */
  revokeDashboardTokens(): void;
  /** Accepts one more Client Token. */
  addClientToken(grant: VaiiPayClientTokenGrant): void;
  /** Creates an application directly (as the dashboard would). */
  addApplication(input: VaiiPayApplicationInput): VaiiPayApplicationView;
  /** The payment as `GET /api/payment/{paymentId}` returns it, or `undefined`. */
  getPayment(paymentId: string): VaiiPayPayment | undefined;
  /** Funds confirmed on-chain: status `RECEIVED` with `amount` (minor units, default the full amount) received. */
  receivePayment(paymentId: string, options?: { amount?: number }): VaiiPayTransition;
  /** The payer sent less than due: status `UNDERPAID` with `amount` (minor units) received. */
  underpayPayment(paymentId: string, options: { amount: number }): VaiiPayTransition;
  /** Terminal success (`payment.completed`, status stays `RECEIVED`); needs RECEIVED, or UNDERPAID when allowed. */
  completePayment(paymentId: string): VaiiPayTransition;
  /**
   * Signs a webhook with VaiiPay's scheme (the one `verifyVaiiPayWebhook` reads), at the emulated time unless
   * `timestamp` (Unix seconds, the header's value) is given, with the default application's secret unless `secret` is.
   */
  signWebhook(
    event: VaiiPayWebhookEventType | (string & {}),
    body: unknown,
    options?: { timestamp?: number; secret?: string },
  ): SignedVaiiPayWebhook;
  /** POSTs a signed webhook to `url` (e.g. your handler) and returns the response status. */
  deliverWebhook(webhook: SignedVaiiPayWebhook, url: string): Promise<number>;
  /** Stops the emulator. */
  close(): Promise<void>;
}

/** The emulator's error body: `{ message }`, plus a Laravel-style `errors` map for validation failures (inferred). */
export function vaiipayErrorBody(
  message: string,
  errors?: Record<string, string[]>,
): { message: string; errors?: Record<string, string[]> } {
  return errors === undefined ? { message } : { message, errors };
}

interface ApplicationRecord {
  id: number;
  name: string;
  clientId: string;
  secret: string;
  siteId: string;
  url: string | null;
  callbackUrl: string | null;
  currencyWhitelist: string[];
  allowUnderpay: boolean;
  allowOverpay: boolean;
  createdAt: number;
}

interface PaymentRecord {
  id: string;
  clientId: string;
  status: string;
  completed: boolean;
  reference: string;
  referenceLabel: string;
  currencyCode: string;
  settlementCurrencyCode: string | null;
  amount: number;
  received: number | null;
  settled: number | null;
  createdAt: number;
  foundAt: number | null;
  confirmedAt: number | null;
  /** Unix seconds after which the signed checkout link is refused. */
  linkExpires: number;
}

type Caller = { kind: "client"; grant: VaiiPayClientTokenGrant } | { kind: "dashboard" };
type Handler = (request: EmulatorRequest, caller: Caller) => EmulatorResponse;

const USER_ID = 1;
const CLIENT_ID_LENGTH = 32;
const DEFAULT_WEBHOOK_SECRET = "whsec_emulator";
const DEFAULT_LINK_LIFETIME_SECONDS = 3_600;
const INSTRUCTIONS_PROVIDER = "crypto";
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Emulator-only reference rates (USD per coin) for the instructions' crypto amount.
const usdRates: Record<string, number> = { BTC: 50_000, ETH: 2_500, USDT: 1, USDC: 1, LTC: 80, TRX: 0.1 };
const coinNames: Record<string, string> = {
  BTC: "Bitcoin",
  ETH: "Ethereum",
  USDT: "Tether",
  USDC: "USD Coin",
  LTC: "Litecoin",
  TRX: "Tron",
};
const zeroDecimalCurrencies = new Set(["JPY", "KRW", "VND", "CLP", "ISK", "HUF"]);

/**
 * Starts a VaiiPay emulator: Client Tokens with scopes, dashboard OAuth2 tokens, checkout with a signed
 * checkout URL, payments with status helpers, payment applications, user instructions, the public checkout
 * endpoints and signed webhooks. Bodies VaiiPay does not document follow Laravel conventions (inferred).
 */
export async function createVaiiPayEmulator(options: VaiiPayEmulatorOptions = {}): Promise<VaiiPayEmulator> {
  const clock = options.clock ?? createEmulatorClock();
  const server = await createEmulatorServer({
    clock,
    port: options.port,
    notFound: (request) =>
      json(404, vaiipayErrorBody(`The route ${request.path.slice(1)} could not be found.`)),
  });
  const now = () => clock.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const linkKey = randomBytes(32).toString("hex");
  const issuer = new TokenIssuer(clock, "vp_oauth");
  const staticDashboardTokens = new Set(
    options.dashboardTokens ?? [`vp_oauth_${randomBytes(18).toString("base64url")}`],
  );
  const firstDashboardToken = [...staticDashboardTokens][0] ?? "";
  const applications: ApplicationRecord[] = [];
  const payments = new Map<string, PaymentRecord>();
  let nextApplicationId = 1;

  function addApplication(input: VaiiPayApplicationInput): ApplicationRecord {
    const application: ApplicationRecord = {
      id: nextApplicationId,
      name: input.name,
      clientId: input.clientId ?? randomClientId(),
      secret: input.secret,
      siteId: randomUUID(),
      url: input.url ?? null,
      callbackUrl: input.callbackUrl ?? null,
      currencyWhitelist: input.currencyWhitelist ?? ["BTC", "ETH", "USDT"],
      allowUnderpay: input.allowUnderpay ?? false,
      allowOverpay: input.allowOverpay ?? false,
      createdAt: now(),
    };
    nextApplicationId += 1;
    applications.push(application);
    return application;
  }

  const webhookSecret = options.webhookSecret ?? DEFAULT_WEBHOOK_SECRET;
  const defaultApplication = addApplication({
    name: "Emulator shop",
    secret: webhookSecret,
    url: "https://shop.example.com",
    ...(options.clientTokens?.[0] ? { clientId: options.clientTokens[0].clientId } : {}),
  });
  const clientTokens: VaiiPayClientTokenGrant[] = [];
  function addClientToken(grant: VaiiPayClientTokenGrant): void {
    if (!applications.some((application) => application.clientId === grant.clientId)) {
      addApplication({
        name: `Application ${nextApplicationId}`,
        secret: webhookSecret,
        clientId: grant.clientId,
      });
    }
    clientTokens.push({ ...grant, scopes: [...grant.scopes] });
  }
  for (const grant of options.clientTokens ?? [
    {
      token: `vp_ct_${randomBytes(18).toString("base64url")}`,
      clientId: defaultApplication.clientId,
      scopes: ["*"],
    },
  ]) {
    addClientToken(grant);
  }

  // ------------------------------------------------------------------ authentication
  function authenticate(request: EmulatorRequest): Caller | undefined {
    const token = readBearerToken(request);
    if (token === undefined) return undefined;
    for (const grant of clientTokens) {
      if (secretsEqual(grant.token, token)) {
        return grant.expiresAt !== undefined && now() >= grant.expiresAt
          ? undefined
          : { kind: "client", grant };
      }
    }
    for (const accepted of staticDashboardTokens)
      if (secretsEqual(accepted, token)) return { kind: "dashboard" };
    return issuer.check(token) === "valid" ? { kind: "dashboard" } : undefined;
  }

  const unauthenticated = () => json(401, vaiipayErrorBody("Unauthenticated"));
  const forbidden = () => json(403, vaiipayErrorBody("Insufficient permissions"));
  const hasScope = (grant: VaiiPayClientTokenGrant, scope: string) =>
    grant.scopes.includes("*") || grant.scopes.includes(scope);

  /** Client Token with the scope, or any dashboard token (payment operations accept both). */
  function clientRoute(method: string, template: string, scope: VaiiPayScope, handler: Handler): void {
    server.route(method, template, (request) => {
      const caller = authenticate(request);
      if (caller === undefined) return unauthenticated();
      if (caller.kind === "client" && !hasScope(caller.grant, scope)) return forbidden();
      return handler(request, caller);
    });
  }

  // A valid Client Token on a dashboard route is refused with 403 here; the real answer (401 or 403) is unverified.
  function dashboardRoute(method: string, template: string, handler: Handler): void {
    server.route(method, template, (request) => {
      const caller = authenticate(request);
      if (caller === undefined) return unauthenticated();
      if (caller.kind !== "dashboard") return forbidden();
      return handler(request, caller);
    });
  }

  // ------------------------------------------------------------------ views
  const applicationByClientId = (clientId: string) =>
    applications.find((application) => application.clientId === clientId);
  const applicationOf = (payment: PaymentRecord) =>
    applicationByClientId(payment.clientId) as ApplicationRecord;

  function applicationView(application: ApplicationRecord): VaiiPayApplicationView {
    return {
      id: application.id,
      name: application.name,
      clientId: application.clientId,
      userId: USER_ID,
      currencyWhitelist: [...application.currencyWhitelist],
      site: {
        id: application.siteId,
        title: application.name,
        url: application.url,
        callbackUrl: application.callbackUrl,
        setting: {
          // The emulator keeps one setting per application, under the application's id.
          id: application.id,
          title: application.name,
          allowOverpay: application.allowOverpay,
          allowUnderpay: application.allowUnderpay,
        },
      },
      paymentAppImage: null,
      createdAt: iso(application.createdAt),
      deletedAt: null,
    };
  }

  function paymentView(payment: PaymentRecord): VaiiPayPayment {
    return {
      id: payment.id,
      userId: USER_ID,
      status: payment.status,
      reference: payment.reference,
      referenceLabel: payment.referenceLabel,
      currencyCode: payment.currencyCode,
      settlementCurrencyCode: payment.settlementCurrencyCode,
      amount: money(payment.amount, payment.currencyCode),
      receivedAmount: payment.received === null ? null : money(payment.received, payment.currencyCode),
      settledAmount: payment.settled === null ? null : money(payment.settled, payment.currencyCode),
      confirmedAt: payment.confirmedAt === null ? null : iso(payment.confirmedAt),
      foundAt: payment.foundAt === null ? null : iso(payment.foundAt),
      date: iso(payment.createdAt),
    };
  }

  const linkSignature = (paymentId: string, expires: number) =>
    hmacSha256Hex(linkKey, `${paymentId}.${expires}`);

  function checkoutUrl(payment: PaymentRecord): string {
    const expires = payment.linkExpires;
    return `${server.url}/checkout/${payment.id}?expires=${expires}&signature=${linkSignature(payment.id, expires)}`;
  }

  /** Checks the signed-link query; `undefined` when valid. */
  function linkProblem(request: EmulatorRequest, paymentId: string): EmulatorResponse | undefined {
    const expires = request.query.get("expires") ?? "";
    const signature = request.query.get("signature") ?? "";
    if (
      !/^\d+$/.test(expires) ||
      !secretsEqual(linkSignature(paymentId, Number(expires)), signature.toLowerCase())
    ) {
      return json(403, vaiipayErrorBody("Invalid signature."));
    }
    if (now() / 1000 > Number(expires)) return json(403, vaiipayErrorBody("Checkout link expired."));
    return undefined;
  }

  const paymentNotFound = () => json(404, vaiipayErrorBody("Payment not found."));

  function methodsOf(application: ApplicationRecord) {
    return application.currencyWhitelist.map((code) => ({
      provider: INSTRUCTIONS_PROVIDER,
      method: code.toLowerCase(),
      currencyCode: code,
      name: coinNames[code] ?? code,
    }));
  }

  function instructions(payment: PaymentRecord, provider: string, method: string): EmulatorResponse {
    const coin = method.toUpperCase();
    if (provider !== INSTRUCTIONS_PROVIDER || !applicationOf(payment).currencyWhitelist.includes(coin)) {
      return json(404, vaiipayErrorBody("Payment method not available."));
    }
    const fiat = payment.amount / 10 ** exponentOf(payment.currencyCode);
    const rate = usdRates[coin] ?? 1;
    const digest = createHash("sha256").update(`${payment.id}:${coin}`).digest("hex");
    return json(200, {
      data: {
        paymentId: payment.id,
        provider,
        method,
        currencyCode: coin,
        address: coin === "BTC" ? `bc1q${digest.slice(0, 38)}` : `0x${digest.slice(0, 40)}`,
        amount: (fiat / rate).toFixed(8),
        expiresAt: iso(payment.linkExpires * 1000),
        requiredConfirmations: coin === "BTC" ? 2 : 12,
      },
    });
  }

  // ------------------------------------------------------------------ payments
  clientRoute("POST", "/api/payment/checkout", "payments.create", (request, caller) => {
    const body = request.json();
    const check = new Validator(body);
    check.integer("amount", { min: 1 });
    check.string("currencyCode", {
      pattern: /^[A-Z]{3,5}$/,
      patternMessage: "must be a valid currency code",
    });
    check.string("reference", { max: 255 });
    check.string("referenceLabel", { max: 255 });
    check.string("redirectUrl", {
      required: false,
      pattern: /^https?:\/\/\S+$/,
      patternMessage: "must be a valid URL",
    });
    check.string("blockchainSlug", { required: false });
    check.string("productId", {
      required: false,
      pattern: uuidPattern,
      patternMessage: "must be a valid UUID",
    });
    check.string("settlementCurrencyCode", {
      required: false,
      pattern: /^[A-Z]{3,5}$/,
      patternMessage: "must be a valid currency code",
    });
    const expiresAt = check.string("expiresAt", { required: false });
    if (expiresAt !== undefined && !(Date.parse(expiresAt) > now()))
      check.add("expiresAt", "field must be a date after now");
    const fields = check.fields;
    const clientId = fields.clientId;
    const siteId = fields.siteId;
    let application: ApplicationRecord | undefined;
    if (clientId === undefined && siteId === undefined) {
      check.add("clientId", "field is required when site id is not present");
    } else if (clientId !== undefined) {
      application = typeof clientId === "string" ? applicationByClientId(clientId) : undefined;
      if (!application) check.add("clientId", "is invalid", "The selected client id is invalid.");
    } else {
      application = applications.find((candidate) => candidate.siteId === siteId);
      if (!application) check.add("siteId", "is invalid", "The selected site id is invalid.");
    }
    const failure = check.failure();
    if (failure || !application) return failure ?? unprocessable({});
    if (caller.kind === "client" && caller.grant.clientId !== application.clientId) return forbidden();
    const payment: PaymentRecord = {
      id: randomUUID(),
      clientId: application.clientId,
      // "PENDING" is the emulator's name for a fresh payment; the real initial status is undocumented.
      status: "PENDING",
      completed: false,
      reference: fields.reference as string,
      referenceLabel: fields.referenceLabel as string,
      currencyCode: fields.currencyCode as string,
      settlementCurrencyCode: (fields.settlementCurrencyCode as string | undefined) ?? null,
      amount: fields.amount as number,
      received: null,
      settled: null,
      createdAt: now(),
      foundAt: null,
      confirmedAt: null,
      linkExpires: Math.floor(
        (expiresAt === undefined ? now() + DEFAULT_LINK_LIFETIME_SECONDS * 1000 : Date.parse(expiresAt)) /
          1000,
      ),
    };
    payments.set(payment.id, payment);
    return json(200, { data: { checkoutUrl: checkoutUrl(payment) } });
  });

  /** The payment when the caller may see it (a Client Token only sees its own application's payments). */
  function visiblePayment(id: string | undefined, caller: Caller): PaymentRecord | undefined {
    const payment = id === undefined ? undefined : payments.get(id);
    if (!payment) return undefined;
    return caller.kind === "client" && caller.grant.clientId !== payment.clientId ? undefined : payment;
  }

  clientRoute("GET", "/api/payment/{paymentId}", "payments.get", (request, caller) => {
    const payment = visiblePayment(request.params.paymentId, caller);
    return payment ? json(200, { data: paymentView(payment) }) : paymentNotFound();
  });

  clientRoute(
    "GET",
    "/api/payment/{paymentId}/provider/{provider}/method/{method}",
    "payments.user-instructions.get",
    (request, caller) => {
      const payment = visiblePayment(request.params.paymentId, caller);
      if (!payment) return paymentNotFound();
      return instructions(payment, request.params.provider ?? "", request.params.method ?? "");
    },
  );

  // ------------------------------------------------------------------ public checkout
  server.route("GET", "/api/checkout/{paymentId}/payment-methods", (request) => {
    const payment = payments.get(request.params.paymentId ?? "");
    return payment ? json(200, { data: methodsOf(applicationOf(payment)) }) : paymentNotFound();
  });

  server.route("GET", "/api/checkout/payment/{paymentId}/provider/{provider}/method/{method}", (request) => {
    const payment = payments.get(request.params.paymentId ?? "");
    if (!payment) return paymentNotFound();
    return (
      linkProblem(request, payment.id) ??
      instructions(payment, request.params.provider ?? "", request.params.method ?? "")
    );
  });

  server.route("GET", "/checkout/{paymentId}", (request) => {
    const payment = payments.get(request.params.paymentId ?? "");
    if (!payment)
      return text(404, "<!doctype html><title>Not Found</title>", { "content-type": "text/html" });
    const problem = linkProblem(request, payment.id);
    if (problem)
      return text(403, "<!doctype html><title>Invalid signature</title>", { "content-type": "text/html" });
    return text(
      200,
      `<!doctype html><title>Pay ${payment.referenceLabel}</title><h1>${payment.referenceLabel}</h1>`,
      { "content-type": "text/html; charset=utf-8" },
    );
  });

  // ------------------------------------------------------------------ payment applications (dashboard)
  dashboardRoute("GET", "/api/payment-applications", () =>
    json(200, { data: applications.map(applicationView) }),
  );

  dashboardRoute("GET", "/api/payment-applications/{id}", (request) => {
    const application = applications.find((candidate) => String(candidate.id) === request.params.id);
    return application
      ? json(200, { data: applicationView(application) })
      : json(404, vaiipayErrorBody("Payment application not found."));
  });

  dashboardRoute("POST", "/api/payment-applications", (request) => {
    const check = new Validator(request.json());
    const name = check.string("name", { min: 3, max: 255 });
    const secret = check.string("secret");
    const url = check.string("url", {
      required: false,
      pattern: /^https?:\/\/\S+$/,
      patternMessage: "must be a valid URL",
    });
    const callbackUrl = check.string("callbackUrl", {
      required: false,
      pattern: /^https?:\/\/\S+$/,
      patternMessage: "must be a valid URL",
    });
    const currencyWhitelist = check.stringArray("currencyWhitelist");
    const allowUnderpay = check.boolean("allowUnderpay");
    const allowOverpay = check.boolean("allowOverpay");
    const failure = check.failure();
    if (failure || name === undefined || secret === undefined) return failure ?? unprocessable({});
    const application = addApplication({
      name,
      secret,
      ...(url === undefined ? {} : { url }),
      ...(callbackUrl === undefined ? {} : { callbackUrl }),
      ...(currencyWhitelist === undefined ? {} : { currencyWhitelist }),
      ...(allowUnderpay === undefined ? {} : { allowUnderpay }),
      ...(allowOverpay === undefined ? {} : { allowOverpay }),
    });
    return json(200, { data: applicationView(application) });
  });

  // ------------------------------------------------------------------ status helpers and webhooks
  function signWebhook(
    event: string,
    body: unknown,
    signOptions: { timestamp?: number; secret?: string } = {},
  ): SignedVaiiPayWebhook {
    const timeMs = signOptions.timestamp === undefined ? now() : signOptions.timestamp * 1000;
    const secret = signOptions.secret ?? webhookSecret;
    return signWebhookSync(
      vaiipayWebhookSigning,
      vaiipaySigningInput(event, webhookBody(body), secret, timeMs),
    );
  }

  function existing(paymentId: string): PaymentRecord {
    const payment = payments.get(paymentId);
    if (!payment) throw new Error(`vaiipay emulator: no payment ${paymentId}`);
    return payment;
  }

  function transition(payment: PaymentRecord, event: VaiiPayWebhookEventType): VaiiPayTransition {
    const view = paymentView(payment);
    return {
      payment: view,
      event,
      webhook: signWebhook(event, { payment: view }, { secret: applicationOf(payment).secret }),
    };
  }

  function markFound(payment: PaymentRecord, amount: number): void {
    payment.received = amount;
    payment.foundAt ??= now();
    payment.confirmedAt = now();
  }

  const emulator: VaiiPayEmulator = {
    url: server.url,
    server,
    clock,
    clientId: defaultApplication.clientId,
    siteId: defaultApplication.siteId,
    clientToken: clientTokens[0]?.token ?? "",
    dashboardToken: firstDashboardToken,
    webhookSecret,
    issueDashboardToken: (lifetimeSeconds = 3_600) => issuer.issue(lifetimeSeconds).token,
    revokeDashboardTokens() {
      issuer.revokeAll();
      staticDashboardTokens.clear();
    },
    addClientToken,
    addApplication: (input) => applicationView(addApplication(input)),
    getPayment(paymentId) {
      const payment = payments.get(paymentId);
      return payment ? paymentView(payment) : undefined;
    },
    receivePayment(paymentId, receiveOptions = {}) {
      const payment = existing(paymentId);
      const amount = receiveOptions.amount ?? payment.amount;
      if (payment.completed) throw new Error(`vaiipay emulator: payment ${paymentId} is already completed`);
      if (!(Number.isInteger(amount) && amount >= payment.amount)) {
        throw new Error(
          `vaiipay emulator: receivePayment needs at least the amount due (${payment.amount}); use underpayPayment for less`,
        );
      }
      markFound(payment, amount);
      payment.status = "RECEIVED";
      return transition(payment, "payment.received");
    },
    underpayPayment(paymentId, { amount }) {
      const payment = existing(paymentId);
      if (payment.completed || payment.status === "RECEIVED") {
        throw new Error(
          `vaiipay emulator: payment ${paymentId} is ${payment.status} and cannot become UNDERPAID`,
        );
      }
      if (!(Number.isInteger(amount) && amount > 0 && amount < payment.amount)) {
        throw new Error(
          `vaiipay emulator: an underpayment is between 1 and ${payment.amount - 1} minor units`,
        );
      }
      markFound(payment, amount);
      payment.status = "UNDERPAID";
      return transition(payment, "payment.underpaid");
    },
    completePayment(paymentId) {
      const payment = existing(paymentId);
      const underpaidAllowed = payment.status === "UNDERPAID" && applicationOf(payment).allowUnderpay;
      if (payment.completed || !(payment.status === "RECEIVED" || underpaidAllowed)) {
        throw new Error(
          `vaiipay emulator: payment ${paymentId} is ${payment.completed ? "already completed" : payment.status}; complete needs RECEIVED (or UNDERPAID with allowUnderpay)`,
        );
      }
      payment.completed = true;
      payment.settled = payment.received;
      return transition(payment, "payment.completed");
    },
    signWebhook,
    async deliverWebhook(webhook, url) {
      const response = await fetch(url, { method: "POST", headers: webhook.headers, body: webhook.body });
      await response.body?.cancel();
      return response.status;
    },
    close: () => server.close(),
    [Symbol.asyncDispose]: () => server.close(),
  };
  return emulator;
}

function unprocessable(errors: Record<string, string[]>): EmulatorResponse {
  const messages = Object.values(errors).flat();
  const first = messages[0] ?? "The given data was invalid.";
  const more = messages.length - 1;
  const message = more > 0 ? `${first} (and ${more} more error${more === 1 ? "" : "s"})` : first;
  return json(422, vaiipayErrorBody(message, errors));
}

/** Collects Laravel-style validation messages ("The amount field is required."). */
class Validator {
  readonly fields: Record<string, unknown>;
  readonly #errors: Record<string, string[]> = {};
  readonly #isObject: boolean;

  constructor(body: unknown) {
    this.#isObject = body !== null && typeof body === "object" && !Array.isArray(body);
    this.fields = this.#isObject ? (body as Record<string, unknown>) : {};
  }

  add(field: string, rule: string, message = `The ${human(field)} ${rule}.`): void {
    const messages = this.#errors[field] ?? [];
    messages.push(message);
    this.#errors[field] = messages;
  }

  #reject(field: string, rule: string): undefined {
    this.add(field, rule);
    return undefined;
  }

  string(
    field: string,
    rules: { required?: boolean; min?: number; max?: number; pattern?: RegExp; patternMessage?: string } = {},
  ): string | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null || value === "") {
      if (rules.required ?? true) this.add(field, "field is required");
      return undefined;
    }
    if (typeof value !== "string") return this.#reject(field, "field must be a string");
    if (rules.min !== undefined && value.length < rules.min) {
      return this.#reject(field, `field must be at least ${rules.min} characters`);
    }
    if (rules.max !== undefined && value.length > rules.max) {
      return this.#reject(field, `field must not be greater than ${rules.max} characters`);
    }
    if (rules.pattern && !rules.pattern.test(value)) {
      return this.#reject(field, `field ${rules.patternMessage ?? "format is invalid"}`);
    }
    return value;
  }

  integer(field: string, rules: { min?: number } = {}): number | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null) return this.#reject(field, "field is required");
    if (typeof value !== "number" || !Number.isInteger(value)) {
      return this.#reject(field, "field must be an integer");
    }
    if (rules.min !== undefined && value < rules.min) {
      return this.#reject(field, `field must be at least ${rules.min}`);
    }
    return value;
  }

  boolean(field: string): boolean | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "boolean") return this.#reject(field, "field must be true or false");
    return value;
  }

  stringArray(field: string): string[] | undefined {
    const value = this.fields[field];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value) || value.some((entry) => typeof entry !== "string")) {
      return this.#reject(field, "field must be an array of strings");
    }
    return value as string[];
  }

  failure(): EmulatorResponse | undefined {
    if (!this.#isObject) return unprocessable({ body: ["The request body must be a JSON object."] });
    return Object.keys(this.#errors).length > 0 ? unprocessable(this.#errors) : undefined;
  }
}

// Laravel shows attribute names snake-cased with spaces: currencyCode → "currency code".
function human(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

function exponentOf(currencyCode: string): number {
  return zeroDecimalCurrencies.has(currencyCode) ? 0 : 2;
}

function money(minor: number, currencyCode: string): { value: number; amount: number; formatted: string } {
  const exponent = exponentOf(currencyCode);
  const value = minor / 10 ** exponent;
  let formatted: string;
  try {
    formatted = new Intl.NumberFormat("en-US", { style: "currency", currency: currencyCode }).format(value);
  } catch {
    formatted = `${value.toFixed(exponent)} ${currencyCode}`;
  }
  return { value, amount: minor, formatted };
}

function randomClientId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = randomBytes(CLIENT_ID_LENGTH);
  let id = "";
  for (const byte of bytes) id += alphabet[byte % alphabet.length];
  return id;
}

export { startStandaloneEmulator } from "./standalone";
