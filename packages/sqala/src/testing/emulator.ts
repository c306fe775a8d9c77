// The factory: the kit serves the spec's operations under their servers' paths (`/core/v1`, `/developer/v1`) with
// credentials, validation and response checks; the route modules act on the state; the returned object adds what
// tests drive directly (payments paid or failed, withdrawals moved along, webhooks signed).
import { createHash, randomUUID } from "node:crypto";
import {
  acceptsBasic,
  createEmulatorClock,
  createSpecEmulatorAtBasePaths,
  type EmulatorClock,
  type EmulatorListenOptions,
  readBearerToken,
  type SpecServedEmulator,
  specServed,
  TokenIssuer,
} from "@payclients/testing";
import { openapiDocument } from "../generated/openapi";
import type { components, paths } from "../generated/schema";
import { accessTokenRoutes } from "./routes/access-tokens";
import { balanceRoutes } from "./routes/balance";
import { cardRoutes } from "./routes/cards";
import type { RouteContext } from "./routes/context";
import { paymentRoutes } from "./routes/payments";
import { recipientRoutes } from "./routes/recipients";
import { webhookLogRoutes } from "./routes/webhooks";
import { withdrawalRoutes } from "./routes/withdrawals";
import { type SqalaPaymentSnapshot, SqalaState } from "./state";
import { snapshot } from "./views";
import {
  type SqalaEmulatorSignOptions,
  type SqalaEmulatorWebhook,
  signedBody,
  WebhookLog,
} from "./webhook-log";
import { sqalaErrorBody, sqalaWire } from "./wire";

type Schemas = components["schemas"];

/** Options of {@link createSqalaEmulator}; every credential has a test default. */
export interface SqalaEmulatorOptions extends EmulatorListenOptions {
  /** HTTP Basic user the token endpoint accepts (default "sqala-test-app-id"). */
  appId?: string;
  /** HTTP Basic password the token endpoint accepts (default "sqala-test-app-secret"). */
  appSecret?: string;
  /** Refresh token the token endpoint accepts (default "sqala-test-refresh-token"). */
  refreshToken?: string;
  /** Emulated time: token expiry, timestamps, balance transactions. */
  clock?: EmulatorClock;
  /** `expiresIn` of issued access tokens (default 3600, the documented value). */
  tokenLifetimeSeconds?: number;
  /** Public key the card vault accepts in `?publicKey=` (default "sqala-test-public-key"). */
  publicKey?: string;
  /** Secret of the emulated webhook endpoint (default: 64 random hex characters). */
  webhookSecret?: string;
  /** Where events are POSTed; without it they stay `QUEUED` in the webhook log. */
  webhookUrl?: string;
  /** Initial available balance of your own organization (`DEFAULT`), in cents (default 0). */
  balance?: number;
  /** Largest accepted amount in cents, e.g. 199 like Sqala's test mode; above it `LIMIT_EXCEED_FOR_THE_TRANSACTION`. */
  amountLimit?: number;
  /** New withdrawals start as `PENDING_APPROVAL` instead of `CREATED` (default false). */
  requireWithdrawalApproval?: boolean;
  /** Checks every answer against the spec (default: on under a test runner); see the kit's README. */
  validateResponses?: boolean;
}

/** A running Sqala emulator on a loopback port. */
export interface SqalaEmulator extends SpecServedEmulator<paths> {
  /** Core API base URL (`…/core/v1`): pass it as the client's `baseUrl`. */
  readonly url: string;
  /** Developer API base URL (`…/developer/v1`), derived by the client from `url`. */
  readonly developerUrl: string;
  readonly appId: string;
  readonly appSecret: string;
  readonly refreshToken: string;
  readonly publicKey: string;
  readonly webhookSecret: string;
  /** Id of the emulated webhook endpoint (`endpointId` in the webhook log). */
  readonly webhookEndpointId: string;
  /** Access tokens issued so far. */
  readonly tokensIssued: number;
  /** Invalidates every access token (the next API call answers 401). */
  revokeTokens(): void;
  /** The payer pays a Pix charge: `PAID`, balance credited (splits included), `payment.paid` emitted. */
  payPixCharge(id: string, options?: { paidAmount?: number }): SqalaPaymentSnapshot;
  /** Same as `payPixCharge` for any Pix, ITP or boleto payment. */
  payPayment(id: string, options?: { paidAmount?: number }): SqalaPaymentSnapshot;
  /** A Pix, ITP or boleto payment fails: `FAILED`, `payment.failed` emitted. */
  failPayment(id: string): SqalaPaymentSnapshot;
  /** The current state of a Pix, ITP or boleto payment. */
  getPayment(id: string): SqalaPaymentSnapshot | undefined;
  /** An incoming bank transfer (TED) arrives, already `PAID`; `payment.paid` emitted. */
  receiveBankTransfer(input: {
    amount: number;
    code?: string;
    payer?: Schemas["Payer"];
  }): Schemas["BankTransferPayment"];
  /** Sets the available balance of `DEFAULT` or a recipient, in cents. */
  setBalance(recipientId: string, cents: number): void;
  /** The available balance of `DEFAULT` or a recipient, in cents. */
  balanceOf(recipientId: string): number;
  /** Registers a Pix key's owner (checked against `expectedHolderTaxId`) or the error a payout to it answers. */
  setPixKey(key: string, entry: { ownerTaxId?: string; error?: string }): void;
  /** Moves a withdrawal to `status` along the allowed transitions (refunds on REJECTED/FAILED/REFUNDED). */
  advanceWithdrawal(
    id: string,
    status: Schemas["WithdrawalStatus"],
    options?: { reason?: string },
  ): Schemas["Withdrawal"];
  /** Approves (if needed), processes and pays a withdrawal; emits `withdrawal.created` (documented as "paid"). */
  payWithdrawal(id: string): Schemas["Withdrawal"];
  /** Fails a withdrawal with `failedReason`, refunds it and emits `withdrawal.failed`. */
  failWithdrawal(id: string, reason?: string): Schemas["Withdrawal"];
  /** The current state of a withdrawal. */
  getWithdrawal(id: string): Schemas["Withdrawal"] | undefined;
  /** Every webhook emitted so far, oldest first. */
  webhooks(): SqalaEmulatorWebhook[];
  /** Waits until every pending delivery to `webhookUrl` has been attempted. */
  flushWebhooks(): Promise<void>;
  /** A signed webhook body as Sqala POSTs it (default secret: this endpoint's `webhookSecret`), synchronously. */
  signWebhook(event: string, data: unknown, secret?: string, options?: SqalaEmulatorSignOptions): string;
  /** Builds Sqala's error body (for `server.failNext`). */
  sqalaErrorBody: typeof sqalaErrorBody;
}

/** Operations of the spec the emulator does not serve, with the reason (checked by test/spec-conformance). */
export const notEmulated: Readonly<Record<string, string>> = {};

/** Starts a Sqala emulator: token exchange, payments, recipients, bank accounts, withdrawals, balance, webhook log. */
export async function createSqalaEmulator(options: SqalaEmulatorOptions = {}): Promise<SqalaEmulator> {
  const appId = options.appId ?? "sqala-test-app-id";
  const appSecret = options.appSecret ?? "sqala-test-app-secret";
  const webhookSecret = options.webhookSecret ?? createHash("sha256").update(randomUUID()).digest("hex");
  const clock = options.clock ?? createEmulatorClock();
  const issuer = new TokenIssuer(clock, "sqala");
  const api = await createSpecEmulatorAtBasePaths<paths>({
    document: openapiDocument,
    wire: sqalaWire({ tokenExpired: (request) => issuer.check(readBearerToken(request)) === "expired" }),
    clock,
    port: options.port,
    ...(options.validateResponses === undefined ? {} : { validateResponses: options.validateResponses }),
    credentials: {
      BasicAuth: acceptsBasic(appId, appSecret),
      BearerAuth: (token) => issuer.check(token) === "valid",
    },
    // OBJECT_NOT_FOUND is documented for any object the request names (a split's recipient on a create, too),
    // but the spec lists 404 only on the operations with an id in their path.
    fallbackResponses: { "404": "#/components/responses/NotFound" },
  });
  const log = new WebhookLog(clock, webhookSecret, randomUUID(), options.webhookUrl);
  const state = new SqalaState(clock, {
    balance: options.balance,
    amountLimit: options.amountLimit,
    emit: (event, objectType, data, seq) => log.emit(event, objectType, data, seq),
  });
  const context: RouteContext = {
    api,
    state,
    log,
    issuer,
    origin: api.server.url,
    settings: {
      appId,
      refreshToken: options.refreshToken ?? "sqala-test-refresh-token",
      publicKey: options.publicKey ?? "sqala-test-public-key",
      tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
      requireWithdrawalApproval: options.requireWithdrawalApproval ?? false,
    },
  };
  const routeModules = [
    accessTokenRoutes,
    paymentRoutes,
    cardRoutes,
    recipientRoutes,
    withdrawalRoutes,
    balanceRoutes,
    webhookLogRoutes,
  ];
  for (const routes of routeModules) routes(context);

  const withdrawal = (id: string) => structuredClone(state.mustWithdrawal(id).view);
  return {
    ...specServed(api, clock, `${api.server.url}/core/v1`),
    developerUrl: `${api.server.url}/developer/v1`,
    appId,
    appSecret,
    refreshToken: context.settings.refreshToken,
    publicKey: context.settings.publicKey,
    webhookSecret,
    webhookEndpointId: log.endpointId,
    get tokensIssued() {
      return issuer.issued;
    },
    revokeTokens: () => issuer.revokeAll(),
    payPixCharge(id, payOptions = {}) {
      const payment = state.mustPayment(id);
      if (payment.kind !== "pix") throw new Error(`sqala emulator: ${id} is not a Pix QR-code payment`);
      return state.pay(payment, payOptions.paidAmount);
    },
    payPayment: (id, payOptions = {}) => state.pay(state.mustPayment(id), payOptions.paidAmount),
    failPayment: (id) => state.failPayment(state.mustPayment(id)),
    getPayment: (id) => snapshot(state.payments.get(id)),
    receiveBankTransfer: (input) => state.receiveBankTransfer(input, log.organizationId),
    setBalance(recipientId, cents) {
      state.book(recipientId, cents - state.balanceOf(recipientId), "ADJUSTMENT", recipientId);
    },
    balanceOf: (recipientId) => state.balanceOf(recipientId),
    setPixKey(key, entry) {
      state.pixKeys.set(key, { ownerTaxId: entry.ownerTaxId, error: entry.error });
    },
    advanceWithdrawal(id, status, advanceOptions = {}) {
      state.transition(state.mustWithdrawal(id), status, advanceOptions.reason);
      return withdrawal(id);
    },
    payWithdrawal(id) {
      const record = state.mustWithdrawal(id);
      if (record.view.status === "PENDING_APPROVAL") state.transition(record, "APPROVED");
      if (record.view.status !== "PROCESSED") state.transition(record, "PROCESSED");
      state.transition(record, "PAID");
      return withdrawal(id);
    },
    failWithdrawal(id, reason) {
      state.transition(state.mustWithdrawal(id), "FAILED", reason);
      return withdrawal(id);
    },
    getWithdrawal: (id) => snapshot(state.withdrawals.get(id)),
    webhooks: () => log.summaries(),
    flushWebhooks: () => log.flush(),
    signWebhook: (event, data, secret = webhookSecret, signOptions = {}) =>
      signedBody(event, data, secret, signOptions),
    sqalaErrorBody,
  };
}
