// The emulator's public shape: its options and what a running emulator offers tests (servers, credentials, the
// lifecycle steps the real service takes on its own, webhook deliveries).
import type {
  EmulatorClock,
  EmulatorListenOptions,
  EmulatorServer,
  SpecServedEmulator,
  TokenIssuer,
} from "@payclients/testing";
import type { components, paths } from "../generated/schema";
import type { Clik2payWebhookEvent, Clik2payWebhookEventType } from "../webhooks";
import type { Clik2payWebhookDelivery, Clik2payWebhookDeliveryOptions } from "./deliveries";

type Schemas = components["schemas"];

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
  /** Checks every answer against the spec (default: on under a test runner); see the kit's README. */
  validateResponses?: boolean;
}

/** Rate limits of the emulated API. */
export interface Clik2payEmulatorRateLimit {
  requestsPerSecond?: number;
  maxConcurrent?: number;
}

/**
 * A running Clik2pay emulator: the Auth API and the API on two loopback origins, like the real service. `url` and
 * `server` are the API's (as `apiUrl` and `api`); `spec` and `violations` cover both hosts.
 */
export interface Clik2payEmulator extends SpecServedEmulator<paths> {
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
  getPaymentRequest(id: string): Schemas["PaymentRequest"] | undefined;
  /** The payer was notified: `CREATED`/`SCHEDULED` → `ACTIVE`. */
  activatePaymentRequest(id: string): Schemas["PaymentRequest"];
  /** The payer paid: `ACTIVE` → `PAID` (`amount` picks the paid amount of a `FLEX` request). */
  payPaymentRequest(id: string, options?: { amount?: number }): Schemas["PaymentRequest"];
  /** Funds settled: `PAID` → `SETTLED`. */
  settlePaymentRequest(id: string): Schemas["PaymentRequest"];
  /** The payment failed: `CREATED`/`SCHEDULED`/`ACTIVE` → `FAILED`. */
  failPaymentRequest(id: string): Schemas["PaymentRequest"];
  /** A copy of a refund, or `undefined`. */
  getRefund(paymentRequestId: string, refundId: string): Schemas["Refund"] | undefined;
  /** Sets a refund's status (the refund lifecycle is not documented), e.g. `ACCEPTED`. */
  setRefundStatus(paymentRequestId: string, refundId: string, status: string): Schemas["Refund"];
  /** A copy of a Send Money payment, or `undefined`. */
  getPayment(id: string): Schemas["Payment"] | undefined;
  /** Sets a payment's status (payment statuses are not documented). */
  setPaymentStatus(id: string, status: string): Schemas["Payment"];
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
}
