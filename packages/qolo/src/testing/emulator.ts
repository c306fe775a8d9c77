// The factory: the kit serves the spec's operations (bearer token, validation, idempotency, response checks), the
// route modules act on the state, and the returned object adds what tests drive directly.
import {
  createEmulatorClock,
  createSpecEmulator,
  type EmulatorClock,
  type EmulatorListenOptions,
  type EmulatorResponse,
  json,
  jsonBodiesOnly,
  readBearerToken,
  type SpecServedEmulator,
  specServed,
  TokenIssuer,
} from "@payclients/testing";
import { openapiDocument } from "../generated/openapi";
import { operationTable } from "../generated/operations";
import type { paths } from "../generated/schema";
import type { QoloWebhookEvent, QoloWebhookEventType } from "../webhooks";
import {
  type QoloWebhookDelivery,
  type SignedQoloWebhook,
  signWebhook,
  webhookDeliveries,
} from "./deliveries";
import { cardRoutes } from "./routes/cards";
import type { RouteContext } from "./routes/context";
import { loginRoutes } from "./routes/login";
import { notificationRoutes } from "./routes/notifications";
import { personRoutes } from "./routes/persons";
import { transferRoutes } from "./routes/transfers";
import { type QoloEmulatorEvent, QoloState } from "./state";
import { accountSnapshot, cardSnapshot, type QoloAccountSnapshot, type QoloCardSnapshot } from "./views";
import { fail, qoloWire, unsupportedType } from "./wire";

/** Options of {@link createQoloEmulator}. */
export interface QoloEmulatorOptions extends EmulatorListenOptions {
  /** The accepted `loginid` (default "qolo-emulator-login"). */
  loginId?: string;
  /** The accepted `apikey` (default "qolo-emulator-api-key"). */
  apiKey?: string;
  /** Emulated time: token expiry, timestamps. Share it with the client as its `clock`. */
  clock?: EmulatorClock;
  /** Lifetime of issued tokens in seconds (default 43 200, Qolo's documented 12 hours). */
  tokenLifetimeSeconds?: number;
  /** The program cards and subscriptions belong to (default {@link QOLO_EMULATOR_PROGRAM_GUID}). */
  programGuid?: string;
  /**
   * Builds the login answer. Qolo's real shape is undocumented; the default is
   * `{token, token_type: "Bearer", expires_in}`. Override it to test other plausible shapes.
   */
  loginResponse?: (issued: { token: string; expiresInSeconds: number }) => EmulatorResponse;
  /**
   * Turns on the gateway rate limit from the start. Off by default: Qolo's real limits are undocumented, and an
   * invented default would make 429s appear in tests that are not about them.
   */
  rateLimit?: QoloEmulatorRateLimit;
  /** Adds undocumented fields to every resource, as Qolo may do without a version change (default true). */
  addUndocumentedFields?: boolean;
  /** Checks every answer against the spec (default: on under a test runner); see the kit's README. */
  validateResponses?: boolean;
}

/**
 * The emulated gateway's limits; excess requests (the login included) get 429 with `Retry-After`. Windows run on
 * wall time, not the emulated clock: a client retrying after the 429 must really wait (a `sleep` that only
 * advances the emulated clock keeps hitting the same window).
 */
export interface QoloEmulatorRateLimit {
  /** Requests per wall-clock second (fixed windows starting at the first request). */
  requestsPerSecond?: number;
  /** Requests in flight at once. */
  maxConcurrent?: number;
  /** Whether the 429 carries `Retry-After` (default true; Qolo's 429 headers are undocumented). */
  retryAfter?: boolean;
}

/** A running Qolo emulator on a loopback port. */
export interface QoloEmulator extends SpecServedEmulator<paths> {
  /** Base URL to pass as the client's `baseUrl` (paths carry `/api/v1`). */
  readonly url: string;
  readonly loginId: string;
  readonly apiKey: string;
  readonly programGuid: string;
  /** Logins answered with a token so far. */
  readonly logins: number;
  /** Invalidates every issued token (a key rotation): the next API call answers 401. */
  revokeTokens(): void;
  /** Turns the gateway rate limit on (or off with `undefined`); see {@link QoloEmulatorRateLimit}. */
  setRateLimit(limit: QoloEmulatorRateLimit | undefined): void;
  /** A card by its proxy, as the emulator holds it. */
  getCard(cardProxy: string): QoloCardSnapshot | undefined;
  /** Every card the emulator holds. */
  cards(): QoloCardSnapshot[];
  /** An account by its GUID, as the emulator holds it. */
  getAccount(accountGuid: string): QoloAccountSnapshot | undefined;
  /** Number of resources created per kind (to assert that a replay created nothing). */
  counts(): Record<
    "persons" | "wallets" | "accounts" | "cards" | "instruments" | "transfers" | "notifications",
    number
  >;
  /** Events recorded so far, oldest first. */
  events(): QoloEmulatorEvent[];
  /** Signed deliveries of every recorded event to every active subscription listening to it. */
  webhookDeliveries(): QoloWebhookDelivery[];
  /** Signs a payload with Qolo's scheme (the one `verifyQoloWebhook` reads), keyed with a subscription's secret. */
  signWebhook(
    payload: QoloWebhookEvent | Record<string, unknown> | string,
    options: { secret: string } | { notificationGuid: string },
  ): SignedQoloWebhook;
  /** The emulator's (invented) payload for an event about `data`. */
  webhookEvent(type: QoloWebhookEventType, data: Record<string, unknown>): QoloWebhookEvent;
}

/** Default program of the emulator. */
export const QOLO_EMULATOR_PROGRAM_GUID = "5f0c6a8e-3b1d-4c2e-9a7f-1d2e3f4a5b6c";

/** Operations of the spec the emulator does not serve, with the reason (checked by test/spec-conformance). */
export const notEmulated: Readonly<Record<string, string>> = {};

/**
 * Starts a Qolo emulator: login with 12-hour tokens on the emulated clock, cards and their status life cycle,
 * persons, wallets, accounts, outside instruments, transfers with balances, transactions, webhook
 * subscriptions, `IdempotencyKey` replay, an optional gateway rate limit and signed webhook deliveries.
 */
export async function createQoloEmulator(options: QoloEmulatorOptions = {}): Promise<QoloEmulator> {
  const loginId = options.loginId ?? "qolo-emulator-login";
  const apiKey = options.apiKey ?? "qolo-emulator-api-key";
  const programGuid = options.programGuid ?? QOLO_EMULATOR_PROGRAM_GUID;
  const lifetimeSeconds = options.tokenLifetimeSeconds ?? 43_200;
  const clock = options.clock ?? createEmulatorClock();
  const issuer = new TokenIssuer(clock, "qolo");
  const api = await createSpecEmulator<paths>({
    document: openapiDocument,
    wire: qoloWire((request) => issuer.check(readBearerToken(request)) === "expired"),
    clock,
    port: options.port,
    ...(options.validateResponses === undefined ? {} : { validateResponses: options.validateResponses }),
    credentials: { BearerAuth: (token) => issuer.check(token) === "valid" },
    idempotency: {
      table: operationTable,
      // Qolo documents the key, not its answer to a reused key with another body; the emulator refuses it.
      mismatch: () => fail(400, "IdempotencyKey was already used with a different request"),
    },
  });
  const state = new QoloState(clock, programGuid, options.addUndocumentedFields ?? true);
  // Qolo documents 415 for bodies not sent as JSON: every handler is wrapped to answer it first.
  const jsonOnly = jsonBodiesOnly(unsupportedType);
  const context: RouteContext = {
    api: {
      handle: (key, handler, handleOptions) => api.handle(key, handler, { ...jsonOnly, ...handleOptions }),
    },
    state,
  };
  loginRoutes(context, {
    loginId,
    apiKey,
    issuer,
    lifetimeSeconds,
    respond:
      options.loginResponse ??
      (({ token, expiresInSeconds }) =>
        json(200, { token, token_type: "Bearer", expires_in: expiresInSeconds })),
  });
  cardRoutes(context);
  personRoutes(context);
  transferRoutes(context);
  notificationRoutes(context);

  function setRateLimit(limit: QoloEmulatorRateLimit | undefined): void {
    // The limit is enforced by Qolo's API gateway; its body is undocumented, this is a gateway-style one.
    const respond = () => json(429, { message: "Too Many Requests" });
    api.server.setRateLimit(limit === undefined ? undefined : { ...limit, respond });
  }
  if (options.rateLimit) setRateLimit(options.rateLimit);

  return {
    ...specServed(api, clock),
    loginId,
    apiKey,
    programGuid,
    get logins() {
      return issuer.issued;
    },
    revokeTokens: () => issuer.revokeAll(),
    setRateLimit,
    getCard(cardProxy) {
      const card = state.cards.get(cardProxy);
      return card ? cardSnapshot(card) : undefined;
    },
    cards: () => [...state.cards.values()].map(cardSnapshot),
    getAccount(accountGuid) {
      const account = state.accounts.get(accountGuid);
      return account ? accountSnapshot(account) : undefined;
    },
    counts: () => ({
      persons: state.persons.size,
      wallets: state.wallets.size,
      accounts: state.accounts.size,
      cards: state.cards.size,
      instruments: state.instruments.size,
      transfers: state.transfers.size,
      notifications: state.notifications.size,
    }),
    events: () => state.events.map((event) => structuredClone(event)),
    webhookDeliveries: () => webhookDeliveries(state),
    signWebhook: (payload, signOptions) => signWebhook(state, payload, signOptions),
    webhookEvent: (type, data) => state.webhookEvent(type, data),
  };
}
