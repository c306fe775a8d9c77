import { type SignedWebhook, webhookBody } from "@payclients/auth-middleware/webhooks";
import {
  createEmulatorClock,
  createEmulatorServer,
  type EmulatorClock,
  type EmulatorListenOptions,
  type EmulatorRequest,
  type EmulatorResponse,
  type EmulatorServer,
  IdempotencyLedger,
  json,
  type RouteHandler,
  readBearerToken,
  secretsEqual,
  signWebhookSync,
} from "@payclients/testing";
import { type ScalapayWebhookEvent, scalapayWebhookSigning } from "../webhooks";
import {
  bodyOf,
  clone,
  fail,
  formatCents,
  invalidBody,
  invalidToken,
  issue,
  type Money,
  money,
  parseDate,
  queryInteger,
  randomId,
  type ScalapayAmount,
  scalapayErrorBody,
  Validator,
  validationFailed,
} from "./wire";

export type { SignedWebhook } from "@payclients/auth-middleware/webhooks";
export { type SignScalapayWebhookOptions, signScalapayWebhook } from "../webhooks";
export { type ScalapayAmount, scalapayErrorBody } from "./wire";

/** Options of {@link createScalapayEmulator}. */
export interface ScalapayEmulatorOptions extends EmulatorListenOptions {
  /** Online API key (default: the public sandbox key). */
  apiKey?: string;
  /** Device key of the in-store and pay-by-link routes (default "testdeviceapikey"). */
  instoreApiKey?: string;
  /** Emulated time (order and authorization expiry, timestamps, webhook signatures). */
  clock?: EmulatorClock;
}

/** Where an order was created. */
export type ScalapayOrderChannel = "online" | "instore" | "paybylink";

/** A copy of an emulated order's state, for assertions. */
export interface ScalapayOrderSnapshot {
  token: string;
  channel: ScalapayOrderChannel;
  status: string;
  captureStatus: string;
  totalAmount: ScalapayAmount;
  capturedAmount: ScalapayAmount;
  refundedAmount: ScalapayAmount;
  openToCaptureAmount: ScalapayAmount;
  merchantReference: string | undefined;
  merchantProcessorReference: string | undefined;
  createdAt: string;
  expires: string;
  authorizationExpiryAt: string | undefined;
  lastEligibilityFeedback: string | undefined;
  orderDetails: Record<string, unknown>;
  captures: Record<string, unknown>[];
  refunds: Record<string, unknown>[];
}

/** A signed webhook delivery: send `body` with `headers` (or feed both to `verifyScalapayWebhook`). */
export type SignedScalapayWebhook = SignedWebhook;

/** A running Scalapay emulator on a loopback port. */
export interface ScalapayEmulator extends AsyncDisposable {
  /** Base URL to pass as the client's `baseUrl`. */
  readonly url: string;
  /** The underlying server: journal, `failNext`, `delayNext`, `dropNext`, clock. */
  readonly server: EmulatorServer;
  readonly apiKey: string;
  readonly instoreApiKey: string;
  readonly clock: EmulatorClock;
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
  /** Stops the emulator. */
  close(): Promise<void>;
}

interface OrderRecord {
  token: string;
  channel: ScalapayOrderChannel;
  seq: number;
  createdAt: number;
  expiresAt: number;
  status: string;
  captureStatus: string;
  /** Whether uncaptured authorization remains capturable. */
  open: boolean;
  total: Money;
  capturedCents: number;
  refundedCents: number;
  merchantReference: string | undefined;
  merchantProcessorReference: string | undefined;
  authorizationExpiresAt: number | undefined;
  lastEligibilityFeedback: string | undefined;
  orderDetails: Record<string, unknown>;
  captures: Record<string, unknown>[];
  refunds: RefundRecord[];
  requestId: string | undefined;
}

interface RefundRecord {
  refundToken: string;
  orderToken: string;
  cents: number;
  currency: string;
  merchantReference: string | undefined;
  merchantRefundReference: string | undefined;
  requestId: string | undefined;
  refundedAt: number;
}

// SCALAPAY_SANDBOX_API_KEY, repeated so this bundle does not load the client (a test keeps them equal).
const SCALAPAY_SANDBOX_API_KEY = "qhtfs87hjnc12kkos";
const DEFAULT_INSTORE_API_KEY = "testdeviceapikey";
const DEFAULT_ORDER_EXPIRY_MS = 2_400_000;
const DEFAULT_AUTHORIZATION_EXPIRY_MS = 432_000_000;
const CHECKOUT_ORIGIN = "https://portal.integration.scalapay.com";
const addressFields = ["phoneNumber", "countryCode", "name", "postcode", "suburb", "line1"];
const disputeStatuses = ["open", "processing", "won", "lost", "closed"] as const;
const linkChannels = ["email", "sms", "push", "qrcode"];

/** Each item requires name, category, sku, quantity and price: online, in-store and pay-by-link orders alike. */
function checkItems(check: Validator, body: Record<string, unknown> | undefined): void {
  check.array(body, ["items"])?.forEach((entry, index) => {
    const path = ["items", String(index)];
    const item = check.object(entry, path);
    for (const field of ["name", "category", "sku"]) check.string(item, [...path, field]);
    check.integer(item, [...path, "quantity"], { min: 1 });
    check.amount(item, [...path, "price"]);
  });
}

/** A link notification (`extensions.type.link.notification`), when sent, requires its `channels`. */
function checkLinkNotification(check: Validator, body: Record<string, unknown> | undefined): void {
  const path = ["extensions", "type", "link", "notification"];
  let node: unknown = body;
  for (const key of path)
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  const notification = check.object(node, path, false);
  const channels = check.array(notification, [...path, "channels"]);
  channels?.forEach((channel, index) => {
    if (!linkChannels.includes(channel as string)) {
      check.add(
        [...path, "channels", String(index)],
        "any.only",
        `must be one of [${linkChannels.join(", ")}]`,
      );
    }
  });
}

/** Starts a Scalapay emulator: bearer-key auth, orders, payments, multi-capture, in-store, pay-by-link, reporting. */
export async function createScalapayEmulator(
  options: ScalapayEmulatorOptions = {},
): Promise<ScalapayEmulator> {
  const apiKey = options.apiKey ?? SCALAPAY_SANDBOX_API_KEY;
  const instoreApiKey = options.instoreApiKey ?? DEFAULT_INSTORE_API_KEY;
  const clock = options.clock ?? createEmulatorClock();
  // The real 404 body is not documented; the envelope keeps clients' decoding paths uniform.
  const server = await createEmulatorServer({
    clock,
    port: options.port,
    notFound: (request) => fail(404, "not_found", `Cannot ${request.method} ${request.path}`),
  });
  const orders = new Map<string, OrderRecord>();
  const ledger = new IdempotencyLedger();
  let seq = 0;

  const now = () => clock.now();
  const iso = (ms: number) => new Date(ms).toISOString();

  function authorized(key: string, handler: RouteHandler): RouteHandler {
    return (request) => {
      const presented = readBearerToken(request);
      // Scalapay answers a bare JSON string here, not its error envelope.
      if (presented === undefined || !secretsEqual(presented, key)) return json(401, "Unauthorized");
      return handler(request);
    };
  }

  // Runs after auth so a 401 is never remembered. The fingerprint includes the path: a key reused on another
  // operation counts as a different request. Answers below 500 (4xx included) are replayed, as with most
  // idempotency schemes; Scalapay's own retention rules are undocumented.
  function idempotent(handler: RouteHandler): RouteHandler {
    return (request) =>
      ledger.run(
        request.headers["idempotency-key"],
        `${request.method} ${request.path}\n${request.text()}`,
        () => handler(request),
        {
          replayHeaders: { "Request-Idempotency": "true" },
          // Scalapay documents 409 conflicting_operation_in_progress for a clashing operation; what it answers
          // for a reused key with a different body is unverified, so the emulator uses that documented 409.
          mismatch: () =>
            fail(
              409,
              "conflicting_operation_in_progress",
              "You tried to perform an operation that conflicts with another operation. Try again later.",
            ),
        },
      );
  }

  const online = (method: string, template: string, handler: RouteHandler) =>
    server.route(method, template, authorized(apiKey, handler));
  // Only the operations documented to take Idempotency-Key replay; the others act on every request.
  const onlineIdempotent = (template: string, handler: RouteHandler) =>
    server.route("POST", template, authorized(apiKey, idempotent(handler)));
  const instore = (method: string, template: string, handler: RouteHandler) =>
    server.route(method, template, authorized(instoreApiKey, handler));

  /** Applies checkout expiry lazily, so `clock.advance` takes effect without timers. */
  function find(token: string | undefined, channels?: ScalapayOrderChannel[]): OrderRecord | undefined {
    const order = token === undefined ? undefined : orders.get(token);
    if (!order || (channels && !channels.includes(order.channel))) return undefined;
    if (order.status === "created" && now() >= order.expiresAt) {
      order.status = "expired";
      order.lastEligibilityFeedback = "DECLINED_FRAUD";
    }
    return order;
  }

  function newOrder(
    channel: ScalapayOrderChannel,
    total: Money,
    details: Record<string, unknown>,
    expiryMs: number,
  ) {
    const order: OrderRecord = {
      token: randomId(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
      channel,
      seq: ++seq,
      createdAt: now(),
      expiresAt: now() + expiryMs,
      status: "created",
      captureStatus: "pending",
      open: false,
      total,
      capturedCents: 0,
      refundedCents: 0,
      merchantReference:
        typeof details.merchantReference === "string" ? details.merchantReference : undefined,
      merchantProcessorReference: undefined,
      authorizationExpiresAt: undefined,
      lastEligibilityFeedback: undefined,
      orderDetails: details,
      captures: [],
      refunds: [],
      requestId: undefined,
    };
    orders.set(order.token, order);
    return order;
  }

  const paymentView = (order: OrderRecord) => ({
    token: order.token,
    created: iso(order.createdAt),
    status: order.status,
    captureStatus: order.captureStatus,
    totalAmount: money(order.total.cents, order.total.currency),
    orderDetails: clone(order.orderDetails),
    ...(order.lastEligibilityFeedback ? { lastEligibilityFeedback: order.lastEligibilityFeedback } : {}),
  });

  const openCents = (order: OrderRecord) => (order.open ? order.total.cents - order.capturedCents : 0);

  const multiCaptureView = (order: OrderRecord) => ({
    token: order.token,
    status: order.status,
    captureStatus: order.captureStatus,
    totalAmount: money(order.total.cents, order.total.currency),
    totalCapturedAmount: money(order.capturedCents, order.total.currency),
    openToCaptureAmount: money(openCents(order), order.total.currency),
    totalRefundedAmount: money(order.refundedCents, order.total.currency),
    orderDetails: clone(order.orderDetails),
    captures: clone(order.captures),
  });

  const refundView = (refund: RefundRecord) => ({
    token: refund.orderToken,
    amount: money(refund.cents, refund.currency),
    merchantReference: refund.merchantReference,
    merchantRefundReference: refund.merchantRefundReference,
    refundToken: refund.refundToken,
    refundedAt: iso(refund.refundedAt),
  });

  /** An approved, uncaptured authorization, or why not; the real codes for these states are unverified. */
  function capturable(
    order: OrderRecord | undefined,
    token: string | undefined,
  ): OrderRecord | EmulatorResponse {
    if (!order) return invalidToken(token);
    if (order.status !== "authorized" && !(order.status === "charged" && order.open)) {
      return fail(
        422,
        "invalid_token",
        `Order ${order.token} is ${order.status} and cannot be captured or voided`,
      );
    }
    if (!order.open) return fail(422, "invalid_token", `Order ${order.token} has no open authorization`);
    if (order.authorizationExpiresAt !== undefined && now() >= order.authorizationExpiresAt) {
      return fail(422, "invalid_token", `The authorization of order ${order.token} expired`);
    }
    return order;
  }

  function refund(
    order: OrderRecord,
    requested: Money | undefined,
    references: {
      merchantReference?: string | undefined;
      merchantRefundReference?: string | undefined;
      requestId?: string;
    },
  ): RefundRecord | EmulatorResponse {
    const refundable = order.capturedCents - order.refundedCents;
    const cents = requested?.cents ?? refundable;
    if (requested && requested.currency !== order.total.currency) {
      return fail(
        400,
        "invalid_amount",
        `Refund currency ${requested.currency} differs from ${order.total.currency}`,
      );
    }
    // Only captured money can be refunded; the real error code for an excessive refund is unverified.
    if (cents <= 0 || cents > refundable) {
      return fail(
        400,
        "invalid_amount",
        `Refund amount must be positive and at most the refundable ${formatCents(refundable)}`,
      );
    }
    const record: RefundRecord = {
      refundToken: randomId(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
      orderToken: order.token,
      cents,
      currency: order.total.currency,
      merchantReference: references.merchantReference ?? order.merchantReference,
      merchantRefundReference: references.merchantRefundReference,
      requestId: references.requestId,
      refundedAt: now(),
    };
    order.refunds.push(record);
    order.refundedCents += cents;
    if (order.refundedCents === order.capturedCents && !order.open) order.status = "refunded";
    return record;
  }

  function references(request: EmulatorRequest, channels: ScalapayOrderChannel[]): EmulatorResponse {
    const filters = {
      orderToken: request.query.get("orderToken") ?? undefined,
      merchantOrderReference: request.query.get("merchantOrderReference") ?? undefined,
      merchantProcessorReference: request.query.get("merchantProcessorReference") ?? undefined,
    };
    if (Object.values(filters).every((value) => value === undefined)) {
      return validationFailed([
        issue(
          "query",
          [],
          "object.missing",
          '"value" must contain at least one of [orderToken, merchantOrderReference, merchantProcessorReference]',
        ),
      ]);
    }
    const matches = [...orders.values()]
      .filter(
        (order) =>
          channels.includes(order.channel) &&
          (filters.orderToken === undefined || order.token === filters.orderToken) &&
          (filters.merchantOrderReference === undefined ||
            order.merchantReference === filters.merchantOrderReference) &&
          (filters.merchantProcessorReference === undefined ||
            order.merchantProcessorReference === filters.merchantProcessorReference),
      )
      .sort((left, right) => right.seq - left.seq)
      .slice(0, 100);
    return json(
      200,
      matches.map((order) => ({
        orderToken: order.token,
        ...(order.merchantReference === undefined ? {} : { merchantOrderReference: order.merchantReference }),
        ...(order.merchantProcessorReference === undefined
          ? {}
          : { merchantProcessorReference: order.merchantProcessorReference }),
        createdAt: iso(order.createdAt),
      })),
    );
  }

  // ------------------------------------------------------------------ online orders
  onlineIdempotent("/v2/orders", (request) => {
    const check = new Validator("body");
    const body = check.object(bodyOf(request), []);
    if (!body) return check.failure() as EmulatorResponse;
    const total = check.amount(body, ["totalAmount"]);
    const consumer = check.object(body.consumer, ["consumer"]);
    for (const field of ["phoneNumber", "givenNames", "surname", "email"])
      check.string(consumer, ["consumer", field]);
    const shipping = check.object(body.shipping, ["shipping"]);
    for (const field of addressFields) check.string(shipping, ["shipping", field]);
    const billing = check.object(body.billing, ["billing"], false);
    // The reference requires none of the billing address's fields (only the shipping address's).
    for (const field of addressFields) check.string(billing, ["billing", field], false);
    checkItems(check, body);
    const merchant = check.object(body.merchant, ["merchant"]);
    check.string(merchant, ["merchant", "redirectConfirmUrl"]);
    check.string(merchant, ["merchant", "redirectCancelUrl"]);
    check.string(body, ["merchantReference"], false);
    check.amount(body, ["shippingAmount"], false);
    check.amount(body, ["taxAmount"], false);
    check.oneOf(body, ["type"], ["", "online", "offline", "link"]);
    check.oneOf(body, ["product"], ["", "pay-in-3", "pay-in-4", "later"]);
    const expiry = check.integer(body, ["orderExpiryMilliseconds"], { min: 1, required: false });
    const failure = check.failure();
    if (failure || !total) return failure ?? invalidBody();
    const order = newOrder("online", total, clone(body), expiry ?? DEFAULT_ORDER_EXPIRY_MS);
    return json(200, {
      token: order.token,
      expires: iso(order.expiresAt),
      checkoutUrl: `${CHECKOUT_ORIGIN}/checkout/${order.token}`,
    });
  });

  onlineIdempotent("/v2/orders/{token}", (request) => {
    const check = new Validator("body");
    const body = check.object(bodyOf(request), []);
    const merchantReference = check.string(body, ["merchantReference"], false);
    const merchantProcessorReference = check.string(body, ["merchantProcessorReference"], false);
    const failure = check.failure();
    if (failure) return failure;
    const order = find(request.params.token);
    if (!order) return invalidToken(request.params.token);
    if (merchantReference !== undefined) {
      order.merchantReference = merchantReference;
      order.orderDetails.merchantReference = merchantReference;
    }
    if (merchantProcessorReference !== undefined)
      order.merchantProcessorReference = merchantProcessorReference;
    return json(200, {
      token: order.token,
      merchantReference: order.merchantReference,
      merchantProcessorReference: order.merchantProcessorReference,
    });
  });

  // ------------------------------------------------------------------ payments
  online("GET", "/v2/payments/references", (request) => references(request, ["online", "paybylink"]));

  online("GET", "/v2/payments/{token}", (request) => {
    const order = find(request.params.token);
    return order ? json(200, paymentView(order)) : invalidToken(request.params.token);
  });

  onlineIdempotent("/v2/payments/capture", (request) => {
    const check = new Validator("body");
    const body = check.object(bodyOf(request), []);
    const token = check.string(body, ["token"]);
    const merchantReference = check.string(body, ["merchantReference"], false);
    const amount = check.amount(body, ["amount"], false);
    const failure = check.failure();
    if (failure) return failure;
    const order = capturable(find(token), token);
    if (!("token" in order)) return order;
    if (order.capturedCents > 0)
      return fail(422, "invalid_token", `Order ${order.token} is already captured`);
    const problem = amountProblem(order, amount, order.total.cents);
    if (problem) return problem;
    const cents = amount?.cents ?? order.total.cents;
    order.capturedCents = cents;
    order.open = false;
    order.status = "charged";
    order.captureStatus = "captured";
    if (merchantReference !== undefined) order.merchantReference = merchantReference;
    return json(200, {
      token: order.token,
      status: "APPROVED",
      totalAmount: money(order.total.cents, order.total.currency),
      orderDetails: clone(order.orderDetails),
      capturedAt: iso(now()),
    });
  });

  onlineIdempotent("/v2/payments/{token}/delay", (request) => {
    const check = new Validator("body");
    const body = check.object(bodyOf(request, true), []);
    // SC-OAS marks authorizationExpiryMilliseconds required, but the PHP SDK sends an empty body.
    const expiry = check.integer(body, ["authorizationExpiryMilliseconds"], { min: 1, required: false });
    const merchantReference = check.string(body, ["merchantReference"], false);
    const failure = check.failure();
    if (failure) return failure;
    const order = capturable(find(request.params.token), request.params.token);
    if (!("token" in order)) return order;
    if (order.captureStatus !== "pending") {
      return fail(422, "invalid_token", `Order ${order.token} is already in delayed capture`);
    }
    order.captureStatus = "delayed";
    order.authorizationExpiresAt = now() + (expiry ?? DEFAULT_AUTHORIZATION_EXPIRY_MS);
    if (merchantReference !== undefined) order.merchantReference = merchantReference;
    return json(200, {
      token: order.token,
      status: "AUTHORIZED",
      authorizationExpiryAt: iso(order.authorizationExpiresAt),
      totalAmount: money(order.total.cents, order.total.currency),
      orderDetails: clone(order.orderDetails),
    });
  });

  onlineIdempotent("/v2/payments/{token}/void", (request) => {
    const check = new Validator("body");
    const body = check.object(bodyOf(request, true), []);
    const merchantReference = check.string(body, ["merchantReference"], false);
    const failure = check.failure();
    if (failure) return failure;
    const order = capturable(find(request.params.token), request.params.token);
    if (!("token" in order)) return order;
    if (order.capturedCents > 0)
      return fail(422, "invalid_token", `Order ${order.token} is already captured; refund it`);
    order.open = false;
    order.captureStatus = "voided";
    if (merchantReference !== undefined) order.merchantReference = merchantReference;
    return json(200, {
      token: order.token,
      merchantReference: order.merchantReference,
      voidedAt: iso(now()),
    });
  });

  onlineIdempotent("/v2/payments/{token}/refund", (request) => {
    const check = new Validator("body");
    const body = check.object(bodyOf(request), []);
    const amount = check.amount(body, ["refundAmount"]);
    const merchantRefundReference = check.string(body, ["merchantRefundReference"], false);
    const merchantReference = check.string(body, ["merchantReference"], false);
    const failure = check.failure();
    if (failure || !amount) return failure ?? invalidBody();
    const order = find(request.params.token);
    if (!order) return invalidToken(request.params.token);
    const result = refund(order, amount, { merchantReference, merchantRefundReference });
    return "refundToken" in result ? json(200, refundView(result)) : result;
  });

  // ------------------------------------------------------------------ multi-capture (bodies unverified)
  online("POST", "/v2/payments/{token}/delay/capture", (request) => {
    const check = new Validator("body");
    const body = check.object(bodyOf(request, true), []);
    const amount = check.amount(body, ["amount"], false);
    const merchantReference = check.string(body, ["merchantReference"], false);
    const failure = check.failure();
    if (failure) return failure;
    const order = capturable(find(request.params.token), request.params.token);
    if (!("token" in order)) return order;
    if (order.captureStatus !== "delayed")
      return fail(422, "invalid_token", `Order ${order.token} is not in delayed capture`);
    const open = openCents(order);
    const problem = amountProblem(order, amount, open);
    if (problem) return problem;
    const cents = amount?.cents ?? open;
    order.capturedCents += cents;
    order.status = "charged";
    order.captures.push({
      captureToken: randomId(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
      amount: money(cents, order.total.currency),
      ...(merchantReference === undefined ? {} : { merchantReference }),
      capturedAt: iso(now()),
    });
    // Documented: capturing the whole remaining amount closes the order.
    if (order.capturedCents === order.total.cents) {
      order.open = false;
      order.captureStatus = "captured";
    }
    return json(200, multiCaptureView(order));
  });

  online("POST", "/v2/payments/{token}/delay/void", (request) => {
    const order = capturable(find(request.params.token), request.params.token);
    if (!("token" in order)) return order;
    if (order.captureStatus !== "delayed")
      return fail(422, "invalid_token", `Order ${order.token} is not in delayed capture`);
    order.open = false;
    order.captureStatus = order.capturedCents > 0 ? "captured" : "voided";
    return json(200, multiCaptureView(order));
  });

  online("POST", "/v2/payments/{token}/delay/refund", (request) => {
    const check = new Validator("body");
    const body = check.object(bodyOf(request, true), []);
    // The body is not documented: accept `refundAmount` (like refund) or `amount` (like delay/capture).
    const amount = check.amount(body, ["refundAmount"], false) ?? check.amount(body, ["amount"], false);
    const merchantRefundReference = check.string(body, ["merchantRefundReference"], false);
    const failure = check.failure();
    if (failure) return failure;
    const order = find(request.params.token);
    if (!order) return invalidToken(request.params.token);
    const result = refund(order, amount, { merchantRefundReference });
    return "refundToken" in result
      ? json(200, { ...multiCaptureView(order), refunds: order.refunds.map(refundView) })
      : result;
  });

  // The response shape of /v3/configurations is not documented; this is a plausible, lenient stand-in.
  online("GET", "/v3/configurations", () =>
    json(200, {
      currency: "EUR",
      products: [
        {
          product: "pay-in-3",
          type: "online",
          numberOfPayments: 3,
          minimumAmount: money(500, "EUR"),
          maximumAmount: money(200_000, "EUR"),
        },
        {
          product: "pay-in-4",
          type: "online",
          numberOfPayments: 4,
          minimumAmount: money(500, "EUR"),
          maximumAmount: money(200_000, "EUR"),
        },
        {
          product: "later",
          type: "online",
          numberOfPayments: 1,
          minimumAmount: money(500, "EUR"),
          maximumAmount: money(100_000, "EUR"),
        },
      ],
    }),
  );

  // ------------------------------------------------------------------ in-store (device key; shapes unverified)
  instore("POST", "/v1/instore/orders", (request) => {
    const check = new Validator("body");
    const body = check.object(bodyOf(request), []);
    if (!body) return check.failure() as EmulatorResponse;
    for (const field of ["merchantOperatorId", "merchantReference", "preApprovalCode", "requestId"])
      check.string(body, [field]);
    const total = check.amount(body, ["totalAmount"]);
    checkItems(check, body);
    const failure = check.failure();
    if (failure || !total) return failure ?? invalidBody();
    // requestId is assumed to deduplicate retries (it is required and otherwise unexplained).
    const requestId = String(body.requestId);
    const existing = [...orders.values()].find(
      (order) => order.channel === "instore" && order.requestId === requestId,
    );
    if (existing) return json(200, instoreView(existing));
    // A pre-approved consumer is assumed to be charged at once.
    const order = newOrder("instore", total, clone(body), DEFAULT_ORDER_EXPIRY_MS);
    order.requestId = requestId;
    order.status = "charged";
    order.captureStatus = "captured";
    order.capturedCents = total.cents;
    return json(200, instoreView(order));
  });

  instore("GET", "/v1/instore/orders/references", (request) => references(request, ["instore"]));

  instore("GET", "/v1/instore/orders/{token}", (request) => {
    const order = find(request.params.token, ["instore"]);
    return order ? json(200, instoreView(order)) : invalidToken(request.params.token);
  });

  instore("POST", "/v1/instore/orders/{token}/refund", (request) => {
    const check = new Validator("body");
    const body = check.object(bodyOf(request), []);
    const merchantOperatorId = check.string(body, ["merchantOperatorId"]);
    const requestId = check.string(body, ["requestId"]);
    const amount = check.amount(body, ["refundAmount"]);
    const failure = check.failure();
    if (failure || !amount || requestId === undefined) return failure ?? invalidBody();
    const order = find(request.params.token, ["instore"]);
    if (!order) return invalidToken(request.params.token);
    const existing = order.refunds.find((entry) => entry.requestId === requestId);
    const result = existing ?? refund(order, amount, { requestId });
    if (!("refundToken" in result)) return result;
    return json(200, { ...refundView(result), merchantOperatorId, requestId, status: order.status });
  });

  function instoreView(order: OrderRecord) {
    return {
      token: order.token,
      status: order.status,
      captureStatus: order.captureStatus,
      totalAmount: money(order.total.cents, order.total.currency),
      merchantReference: order.merchantReference,
      requestId: order.requestId,
      createdAt: iso(order.createdAt),
      refunds: order.refunds.map(refundView),
    };
  }

  // ------------------------------------------------------------------ pay-by-link (device key; shapes unverified)
  instore("POST", "/v2/instore/paybylink/orders", (request) => {
    const check = new Validator("body");
    const body = check.object(bodyOf(request), []);
    const total = check.amount(body, ["totalAmount"]);
    check.string(body, ["merchantReference"], false);
    if (body?.items !== undefined) checkItems(check, body);
    checkLinkNotification(check, body);
    const expiry = check.integer(body, ["orderExpiryMilliseconds"], { min: 1, required: false });
    const failure = check.failure();
    if (failure || !total || !body) return failure ?? invalidBody();
    const order = newOrder("paybylink", total, clone(body), expiry ?? DEFAULT_ORDER_EXPIRY_MS);
    return json(200, {
      token: order.token,
      status: order.status,
      expires: iso(order.expiresAt),
      checkoutUrl: `${CHECKOUT_ORIGIN}/checkout/${order.token}`,
    });
  });

  instore("POST", "/v2/instore/paybylink/orders/{token}/void", (request) => {
    const check = new Validator("body");
    const body = check.object(bodyOf(request), []);
    check.string(body, ["merchantOperatorId"]);
    check.string(body, ["requestId"]);
    const failure = check.failure();
    if (failure) return failure;
    const order = find(request.params.token, ["paybylink"]);
    if (!order) return invalidToken(request.params.token);
    if (order.status !== "created" && !(order.status === "authorized" && order.capturedCents === 0)) {
      return fail(
        422,
        "invalid_token",
        `Pay-by-link order ${order.token} is ${order.status} and cannot be voided`,
      );
    }
    order.open = false;
    order.captureStatus = "voided";
    return json(200, {
      token: order.token,
      status: order.status,
      captureStatus: order.captureStatus,
      voidedAt: iso(now()),
    });
  });

  // ------------------------------------------------------------------ reporting
  function page(
    request: EmulatorRequest,
    rows: { at: number; item: Record<string, unknown> }[],
    {
      maxSize = 5000,
      windowRequired = false,
      statuses,
    }: { maxSize?: number; windowRequired?: boolean; statuses?: readonly string[] } = {},
  ): EmulatorResponse {
    const check = new Validator("query");
    const start = parseDate(check, request.query.get("startDate"), "startDate", false, windowRequired);
    const end = parseDate(check, request.query.get("endDate"), "endDate", true, windowRequired);
    const pageNumber = queryInteger(check, request.query.get("page"), "page", { min: 0, fallback: 0 });
    // Published ranges: 0 to 5000 on the reporting lists, 0 to 100 on disputes.
    const size = queryInteger(check, request.query.get("size"), "size", {
      min: 0,
      max: maxSize,
      fallback: maxSize,
    });
    if (statuses) {
      check.oneOf(
        { disputeStatus: request.query.get("disputeStatus") ?? undefined },
        ["disputeStatus"],
        [...statuses],
      );
    }
    const failure = check.failure();
    if (failure) return failure;
    if (start !== undefined && end !== undefined && start > end) {
      return fail(400, "pre_condition_failed", "startDate must not be after endDate");
    }
    const selected = rows.filter(
      (row) => (start === undefined || row.at >= start) && (end === undefined || row.at <= end),
    );
    const items = selected.slice(pageNumber * size, (pageNumber + 1) * size).map((row) => row.item);
    return json(200, {
      items,
      total: selected.length,
      page: pageNumber,
      size,
      hasMore: size > 0 && (pageNumber + 1) * size < selected.length,
    });
  }

  const orderRows = () =>
    [...orders.values()].map((order) => {
      find(order.token);
      return {
        at: order.createdAt,
        // Field names of the Reporting Data Model's Items object (which fields are always sent is unverified).
        item: {
          orderTokenLast4: order.token.slice(-4),
          orderStatus: order.status,
          status: order.status,
          orderCreatedDate: iso(order.createdAt),
          ...(typeof order.orderDetails.product === "string" ? { product: order.orderDetails.product } : {}),
          merchantReference: order.merchantReference,
          captureStatus: order.captureStatus,
          captureAmount: money(order.capturedCents, order.total.currency),
          grossAmount: money(order.total.cents, order.total.currency),
        },
      };
    });
  const refundRows = () =>
    [...orders.values()].flatMap((order) =>
      order.refunds.map((entry) => ({
        at: entry.refundedAt,
        item: { orderToken: order.token, ...refundView(entry) },
      })),
    );

  online("GET", "/v1/reporting/orders", (request) => page(request, orderRows()));
  online("GET", "/v1/reporting/refunds", (request) => page(request, refundRows()));
  // The emulator settles no payouts and records no disputes: those lists are always empty.
  online("GET", "/v1/reporting/payouts", (request) => page(request, []));
  online("GET", "/v1/reporting/payouts/{token}/orders", (request) => page(request, []));
  online("GET", "/v1/reporting/payouts/{token}/refunds", (request) => page(request, []));
  online("GET", "/v1/reporting/disputes", (request) =>
    page(request, [], { maxSize: 100, windowRequired: true, statuses: disputeStatuses }),
  );

  function snapshot(order: OrderRecord): ScalapayOrderSnapshot {
    const currency = order.total.currency;
    return {
      token: order.token,
      channel: order.channel,
      status: order.status,
      captureStatus: order.captureStatus,
      totalAmount: money(order.total.cents, currency),
      capturedAmount: money(order.capturedCents, currency),
      refundedAmount: money(order.refundedCents, currency),
      openToCaptureAmount: money(openCents(order), currency),
      merchantReference: order.merchantReference,
      merchantProcessorReference: order.merchantProcessorReference,
      createdAt: iso(order.createdAt),
      expires: iso(order.expiresAt),
      authorizationExpiryAt:
        order.authorizationExpiresAt === undefined ? undefined : iso(order.authorizationExpiresAt),
      lastEligibilityFeedback: order.lastEligibilityFeedback,
      orderDetails: clone(order.orderDetails),
      captures: clone(order.captures),
      refunds: order.refunds.map(refundView),
    };
  }

  function mustFind(token: string): OrderRecord {
    const order = find(token);
    if (!order) throw new Error(`scalapay emulator: unknown order token ${JSON.stringify(token)}`);
    return order;
  }

  const emulator: ScalapayEmulator = {
    url: server.url,
    server,
    apiKey,
    instoreApiKey,
    clock,
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
      const order = find(token);
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
        ...(withDetails ? { orderDetails: clone(order.orderDetails) } : {}),
      } as ScalapayWebhookEvent;
    },
    signWebhook(event, signOptions = {}) {
      return signWebhookSync(scalapayWebhookSigning, {
        body: webhookBody(event),
        secret: signOptions.secret ?? apiKey,
        timestamp: String(signOptions.timestamp ?? now()),
      });
    },
    scalapayErrorBody,
    close: () => server.close(),
    [Symbol.asyncDispose]: () => server.close(),
  };
  return emulator;
}

function amountProblem(
  order: OrderRecord,
  amount: Money | undefined,
  limit: number,
): EmulatorResponse | undefined {
  if (amount === undefined) return undefined;
  if (amount.currency !== order.total.currency) {
    return fail(
      400,
      "invalid_amount",
      `Currency ${amount.currency} differs from the order currency ${order.total.currency}`,
    );
  }
  if (amount.cents <= 0 || amount.cents > limit) {
    return fail(
      400,
      "invalid_amount",
      `Amount ${formatCents(amount.cents)} must be positive and at most ${formatCents(limit)}`,
    );
  }
  return undefined;
}

export { startStandaloneEmulator } from "./standalone";
