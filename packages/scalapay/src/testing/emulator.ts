// The factory: the kit serves the spec's operations (credentials, validation, idempotency, response checks), the
// route modules act on the order book, and the returned object adds what tests drive directly.
import { type SignedWebhook, webhookBody } from "@payclients/auth-middleware/webhooks";
import {
  createEmulatorClock,
  createSpecEmulator,
  type EmulatorClock,
  type EmulatorListenOptions,
  type SpecServedEmulator,
  secretsEqual,
  signWebhookSync,
  specServed,
} from "@payclients/testing";
import { openapiDocument } from "../generated/openapi";
import { operationTable } from "../generated/operations";
import type { paths } from "../generated/schema";
import { type ScalapayWebhookEvent, scalapayWebhookSigning } from "../webhooks";
import type { RouteContext } from "./routes/context";
import { instoreRoutes } from "./routes/instore";
import { multiCaptureRoutes } from "./routes/multi-capture";
import { orderRoutes } from "./routes/orders";
import { paymentRoutes } from "./routes/payments";
import { reportingRoutes } from "./routes/reporting";
import { OrderBook, type OrderRecord } from "./state";
import { type ScalapayOrderSnapshot, snapshot } from "./views";
import { fail, scalapayErrorBody, scalapayWire } from "./wire";

/** Options of {@link createScalapayEmulator}. */
export interface ScalapayEmulatorOptions extends EmulatorListenOptions {
  /** Online API key (default: the public sandbox key). */
  apiKey?: string;
  /** Device key of the in-store and pay-by-link routes (default "testdeviceapikey"). */
  instoreApiKey?: string;
  /** Emulated time (order and authorization expiry, timestamps, webhook signatures). */
  clock?: EmulatorClock;
  /** Checks every answer against the spec (default: on under a test runner); see the kit's README. */
  validateResponses?: boolean;
}

/** A signed webhook delivery: send `body` with `headers` (or feed both to `verifyScalapayWebhook`). */
export type SignedScalapayWebhook = SignedWebhook;

/** A running Scalapay emulator on a loopback port. */
export interface ScalapayEmulator extends SpecServedEmulator<paths> {
  readonly apiKey: string;
  readonly instoreApiKey: string;
  /** The consumer completes the hosted checkout: `created` → `authorized` (throws if not possible). */
  approveOrder(token: string): ScalapayOrderSnapshot;
  /** The order's current state, or `undefined` for an unknown token. */
  getOrder(token: string): ScalapayOrderSnapshot | undefined;
  /** The documented webhook payload for the order's current status. */
  webhookEvent(token: string): ScalapayWebhookEvent;
  /**
   * Signs a webhook body with Scalapay's scheme (the one `verifyScalapayWebhook` reads), at the emulated time
   * unless `timestamp` (the header's value) is given, with this emulator's API key unless `secret` is given.
   */
  signWebhook(
    event: ScalapayWebhookEvent | Record<string, unknown> | string,
    options?: { timestamp?: number; secret?: string },
  ): SignedScalapayWebhook;
  /** Builds Scalapay's error envelope (for `server.failNext`). */
  scalapayErrorBody: typeof scalapayErrorBody;
}

// SCALAPAY_SANDBOX_API_KEY, repeated so this bundle does not load the client (a test keeps them equal).
const SCALAPAY_SANDBOX_API_KEY = "qhtfs87hjnc12kkos";
const DEFAULT_INSTORE_API_KEY = "testdeviceapikey";

/** Operations of the spec the emulator does not serve, with the reason (checked by test/emulator-coverage). */
export const notEmulated: Readonly<Record<string, string>> = {};

/** Starts a Scalapay emulator: bearer-key auth, orders, payments, multi-capture, in-store, pay-by-link, reporting. */
export async function createScalapayEmulator(
  options: ScalapayEmulatorOptions = {},
): Promise<ScalapayEmulator> {
  const apiKey = options.apiKey ?? SCALAPAY_SANDBOX_API_KEY;
  const instoreApiKey = options.instoreApiKey ?? DEFAULT_INSTORE_API_KEY;
  const clock = options.clock ?? createEmulatorClock();
  const api = await createSpecEmulator<paths>({
    document: openapiDocument,
    wire: scalapayWire,
    clock,
    port: options.port,
    ...(options.validateResponses === undefined ? {} : { validateResponses: options.validateResponses }),
    credentials: {
      ApiKeyAuth: (key) => secretsEqual(key, apiKey),
      InstoreApiKeyAuth: (key) => secretsEqual(key, instoreApiKey),
    },
    // The spec lists 422 invalid_token on GET payment details only; the emulator answers it for any unknown or
    // unusable order (the real codes of the other operations are unverified).
    fallbackResponses: { "422": "#/components/responses/UnprocessableEntity" },
    idempotency: {
      table: operationTable,
      replayHeaders: { "Request-Idempotency": "true" },
      // Scalapay documents 409 conflicting_operation_in_progress for a clashing operation; what it answers for a
      // reused key with a different body is unverified, so the emulator uses that documented 409.
      mismatch: () =>
        fail(
          409,
          "conflicting_operation_in_progress",
          "You tried to perform an operation that conflicts with another operation. Try again later.",
        ),
    },
  });
  const book = new OrderBook(clock);
  const context: RouteContext = { api, book };
  orderRoutes(context);
  paymentRoutes(context);
  multiCaptureRoutes(context);
  instoreRoutes(context);
  reportingRoutes(context);

  function mustFind(token: string): OrderRecord {
    const order = book.find(token);
    if (!order) throw new Error(`scalapay emulator: unknown order token ${JSON.stringify(token)}`);
    return order;
  }

  return {
    ...specServed(api, clock),
    apiKey,
    instoreApiKey,
    approveOrder(token) {
      const order = mustFind(token);
      if (order.status !== "created" || order.captureStatus === "voided") {
        throw new Error(
          `scalapay emulator: order ${token} is ${order.status} (${order.captureStatus}); only created orders can be approved`,
        );
      }
      order.status = "authorized";
      order.open = true;
      return snapshot(order);
    },
    getOrder(token) {
      const order = book.find(token);
      return order ? snapshot(order) : undefined;
    },
    webhookEvent(token) {
      const order = mustFind(token);
      const withDetails = order.status === "created" || order.status === "refunded";
      // The documented payload carries totalAmount as a JSON number, unlike the API's amount objects.
      return {
        orderToken: order.token,
        merchantReference: order.merchantReference ?? "",
        status: order.status,
        totalAmount: order.total.cents / 100,
        ...(withDetails ? { orderDetails: structuredClone(order.orderDetails) } : {}),
      } as ScalapayWebhookEvent;
    },
    signWebhook(event, signOptions = {}) {
      return signWebhookSync(scalapayWebhookSigning, {
        body: webhookBody(event),
        secret: signOptions.secret ?? apiKey,
        timestamp: String(signOptions.timestamp ?? clock.now()),
      });
    },
    scalapayErrorBody,
  };
}
