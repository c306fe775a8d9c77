// The factory: the kit serves the spec's operations (credentials present, requests valid, answers checked), the
// route modules act on the ledger, and the returned object adds what tests drive directly (status helpers, tokens,
// webhooks).
import { randomBytes } from "node:crypto";
import { type SignedWebhook, webhookBody } from "@payclients/auth-middleware/webhooks";
import {
  createEmulatorClock,
  createSpecEmulator,
  type EmulatorClock,
  type EmulatorListenOptions,
  type SpecServedEmulator,
  signWebhookSync,
  specServed,
} from "@payclients/testing";
import { openapiDocument } from "../generated/openapi";
import type { components, paths } from "../generated/schema";
import {
  type VaiiPayPayment,
  type VaiiPayWebhookEventType,
  vaiipaySigningInput,
  vaiipayWebhookSigning,
} from "../webhooks";
import { TokenBook, type VaiiPayClientTokenGrant } from "./access";
import { CheckoutLinks } from "./links";
import { applicationRoutes } from "./routes/applications";
import { checkoutRoutes } from "./routes/checkout";
import { authorizedHandle, type RouteContext } from "./routes/context";
import { paymentRoutes } from "./routes/payments";
import { type PaymentRecord, type VaiiPayApplicationInput, VaiiPayLedger } from "./state";
import { applicationView, paymentView } from "./views";
import { vaiipayWire } from "./wire";

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
  /** Checks every answer against the spec (default: on under a test runner); see the kit's README. */
  validateResponses?: boolean;
}

/** A payment application as the API returns it. */
export type VaiiPayApplicationView = components["schemas"]["PaymentApplication"];

/** A signed webhook delivery: POST `body` with `headers` (or feed both to `verifyVaiiPayWebhook`). */
export type SignedVaiiPayWebhook = SignedWebhook;

/** The outcome of a status helper: the payment as the API now returns it and the webhook VaiiPay would send. */
export interface VaiiPayTransition {
  payment: VaiiPayPayment;
  event: VaiiPayWebhookEventType;
  webhook: SignedVaiiPayWebhook;
}

/** A running VaiiPay emulator on a loopback port. */
export interface VaiiPayEmulator extends SpecServedEmulator<paths> {
  /** Base URL to pass as the client's `baseUrl` (the deployment origin; paths carry `/api/`). */
  readonly url: string;
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
}

const DEFAULT_WEBHOOK_SECRET = "whsec_emulator";

/** Operations of the spec the emulator does not serve, with the reason (checked by test/spec-conformance). */
export const notEmulated: Readonly<Record<string, string>> = {};

/**
 * Starts a VaiiPay emulator: Client Tokens with scopes, dashboard OAuth2 tokens, checkout with a signed checkout
 * URL, payments with status helpers, payment applications, user instructions, the public checkout endpoints and
 * signed webhooks. Bodies VaiiPay does not document follow Laravel conventions (inferred).
 */
export async function createVaiiPayEmulator(options: VaiiPayEmulatorOptions = {}): Promise<VaiiPayEmulator> {
  const clock = options.clock ?? createEmulatorClock();
  const ledger = new VaiiPayLedger(clock);
  const tokens = new TokenBook(clock, options.dashboardTokens);
  // Both schemes are bearer tokens in one header: either accepts any live token; the operation's scopes decide
  // (403) in the routes' `handle`.
  const live = (token: string) => tokens.callerOf(token) !== undefined;
  const api = await createSpecEmulator<paths>({
    document: openapiDocument,
    wire: vaiipayWire,
    clock,
    port: options.port,
    ...(options.validateResponses === undefined ? {} : { validateResponses: options.validateResponses }),
    credentials: { ClientTokenAuth: live, DashboardOAuth2: live },
  });

  const webhookSecret = options.webhookSecret ?? DEFAULT_WEBHOOK_SECRET;
  const firstGrant = options.clientTokens?.[0];
  const defaultApplication = ledger.addApplication({
    name: "Emulator shop",
    secret: webhookSecret,
    url: "https://shop.example.com",
    ...(firstGrant ? { clientId: firstGrant.clientId } : {}),
  });
  const addClientToken = (grant: VaiiPayClientTokenGrant) => {
    ledger.ensureApplication(grant.clientId, webhookSecret);
    tokens.addClientToken(grant);
  };
  const defaultGrant = {
    token: `vp_ct_${randomBytes(18).toString("base64url")}`,
    clientId: defaultApplication.clientId,
    scopes: ["*"],
  };
  for (const grant of options.clientTokens ?? [defaultGrant]) addClientToken(grant);

  const links = new CheckoutLinks(clock);
  const context: RouteContext = { api, ledger, tokens, links, handle: authorizedHandle(api, tokens) };
  paymentRoutes(context);
  checkoutRoutes(context);
  applicationRoutes(context);

  function signWebhook(
    event: string,
    body: unknown,
    signOptions: { timestamp?: number; secret?: string } = {},
  ): SignedVaiiPayWebhook {
    const timeMs = signOptions.timestamp === undefined ? clock.now() : signOptions.timestamp * 1000;
    const secret = signOptions.secret ?? webhookSecret;
    return signWebhookSync(
      vaiipayWebhookSigning,
      vaiipaySigningInput(event, webhookBody(body), secret, timeMs),
    );
  }

  function transition(payment: PaymentRecord, event: VaiiPayWebhookEventType): VaiiPayTransition {
    const view = paymentView(payment);
    const secret = ledger.applicationOf(payment).secret;
    return { payment: view, event, webhook: signWebhook(event, { payment: view }, { secret }) };
  }

  return {
    ...specServed(api, clock),
    clientId: defaultApplication.clientId,
    siteId: defaultApplication.siteId,
    clientToken: tokens.clientTokens[0]?.token ?? "",
    dashboardToken: tokens.firstDashboardToken,
    webhookSecret,
    issueDashboardToken: (lifetimeSeconds = 3_600) => tokens.issueDashboardToken(lifetimeSeconds),
    revokeDashboardTokens: () => tokens.revokeDashboardTokens(),
    addClientToken,
    addApplication: (input) => applicationView(ledger.addApplication(input)),
    getPayment(paymentId) {
      const payment = ledger.payment(paymentId);
      return payment ? paymentView(payment) : undefined;
    },
    receivePayment: (paymentId, receive = {}) =>
      transition(ledger.receive(paymentId, receive.amount), "payment.received"),
    underpayPayment: (paymentId, { amount }) =>
      transition(ledger.underpay(paymentId, amount), "payment.underpaid"),
    completePayment: (paymentId) => transition(ledger.complete(paymentId), "payment.completed"),
    signWebhook,
    async deliverWebhook(webhook, url) {
      const response = await fetch(url, { method: "POST", headers: webhook.headers, body: webhook.body });
      await response.body?.cancel();
      return response.status;
    },
  };
}
