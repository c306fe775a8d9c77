import { createHash, randomUUID } from "node:crypto";
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
  signWebhookSync,
  TokenIssuer,
} from "@payclients/testing";
import type { components } from "../generated/schema";
import { sqalaWebhookSigning } from "../webhooks";

export type { SignedWebhook } from "@payclients/auth-middleware/webhooks";
export { type SignSqalaWebhookOptions, signSqalaWebhook } from "../webhooks";

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
}

/** A Pix, ITP or boleto payment as the API shows it. */
export type SqalaPaymentSnapshot =
  | Schemas["PixQrCodePayment"]
  | Schemas["ItpPayment"]
  | Schemas["BoletoPayment"];

/** A webhook the emulator emitted, with the exact body it sends. */
export interface SqalaEmulatorWebhook {
  id: string;
  event: string;
  status: string;
  /** The signed body string (what `verifySqalaWebhook` receives). */
  body: string;
  /** HTTP statuses the webhook URL answered, oldest first (0 = no answer). */
  responses: number[];
}

/** Options of the emulator's `signWebhook`. */
export interface SqalaEmulatorSignOptions {
  /** Webhook id (default: a random UUID). */
  id?: string;
  /** `object.type` (default from the event prefix, e.g. `Withdrawal` for `withdrawal.*`). */
  objectType?: string;
}

/** A running Sqala emulator on a loopback port. */
export interface SqalaEmulator extends AsyncDisposable {
  /** Core API base URL (`…/core/v1`): pass it as the client's `baseUrl`. */
  readonly url: string;
  /** Developer API base URL (`…/developer/v1`), derived by the client from `url`. */
  readonly developerUrl: string;
  /** The underlying server: journal, `failNext`, `delayNext`, `dropNext`, `dropResponseNext` (a lost answer), clock. */
  readonly server: EmulatorServer;
  readonly clock: EmulatorClock;
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
  /** Stops the emulator. */
  close(): Promise<void>;
}

/** Sqala's error body `{code, message, errors}`. */
export function sqalaErrorBody(
  code: string,
  message: string,
  errors: string[] = [],
): { code: string; message: string; errors: string[] } {
  return { code, message, errors };
}

/** A body as the emulator signs it: Sqala's scheme (the one `verifySqalaWebhook` reads) with Node's HMAC. */
function signedBody(
  event: string,
  data: unknown,
  secret: string,
  options: SqalaEmulatorSignOptions = {},
): string {
  const objectId = isRecord(data) && typeof data.id === "string" ? data.id : "";
  return signWebhookSync(sqalaWebhookSigning, {
    type: event,
    data,
    secret,
    id: options.id ?? randomUUID(),
    object: { id: objectId, type: options.objectType ?? defaultObjectType(event) },
  }).body;
}

const CORE = "/core/v1";
const DEVELOPER = "/developer/v1";
const MAX_WEBHOOK_ATTEMPTS = 5;
const finalWithdrawalStatuses = new Set(["REJECTED", "REFUNDED", "FAILED", "PAID"]);
// The documented statuses give no order; this one (approval, processing, outcome) is an assumption.
const withdrawalTransitions: Record<string, readonly string[]> = {
  PENDING_APPROVAL: ["APPROVED", "REJECTED"],
  CREATED: ["PROCESSED", "PAID", "FAILED"],
  APPROVED: ["PROCESSED", "PAID", "FAILED"],
  PROCESSED: ["PAID", "FAILED"],
  PAID: ["REFUNDED"],
};

type PaymentKind = "pix" | "itp" | "boleto";

interface Stored<View> {
  seq: number;
  view: View;
}

interface PaymentRecord extends Stored<Record<string, unknown>> {
  kind: PaymentKind;
}

interface WithdrawalRecord extends Stored<Record<string, unknown>> {
  account: string;
  /** The Pix charge a `PIX_QRCODE` withdrawal pays, when it is one of this emulator's. */
  paysCharge: string | undefined;
}

interface WebhookRecord {
  seq: number;
  body: string;
  view: Record<string, unknown>;
  responses: number[];
}

interface Transaction {
  seq: number;
  view: Record<string, unknown>;
}

/** Starts a Sqala emulator: token exchange, payments, recipients, bank accounts, withdrawals, balance, webhook log. */
export async function createSqalaEmulator(options: SqalaEmulatorOptions = {}): Promise<SqalaEmulator> {
  const appId = options.appId ?? "sqala-test-app-id";
  const appSecret = options.appSecret ?? "sqala-test-app-secret";
  const refreshToken = options.refreshToken ?? "sqala-test-refresh-token";
  const publicKey = options.publicKey ?? "sqala-test-public-key";
  const webhookSecret = options.webhookSecret ?? createHash("sha256").update(randomUUID()).digest("hex");
  const tokenLifetimeSeconds = options.tokenLifetimeSeconds ?? 3600;
  const clock = options.clock ?? createEmulatorClock();
  // Unknown routes answer NestJS's default 404 shape: Sqala's validation messages are class-validator's.
  const server = await createEmulatorServer({
    clock,
    port: options.port,
    notFound: (request) =>
      json(404, { message: `Cannot ${request.method} ${request.path}`, error: "Not Found", statusCode: 404 }),
  });
  const issuer = new TokenIssuer(clock, "sqala");
  const organizationId = randomUUID();
  const webhookEndpointId = randomUUID();
  const payments = new Map<string, PaymentRecord>();
  const bankTransfers = new Map<string, Stored<Record<string, unknown>>>();
  const cardPayments = new Map<string, Stored<Record<string, unknown>>>();
  const vaults = new Map<
    string,
    { number: string; holderName: string | undefined; expMonth: unknown; expYear: unknown }
  >();
  const recipients = new Map<string, Stored<Record<string, unknown>>>();
  const bankAccounts = new Map<string, Stored<Record<string, unknown>> & { recipientId: string }>();
  const withdrawals = new Map<string, WithdrawalRecord>();
  const codes = new Map<string, Map<string, string>>();
  const balances = new Map<string, number>([["DEFAULT", options.balance ?? 0]]);
  const transactions = new Map<string, Transaction[]>();
  const pixKeys = new Map<string, { ownerTaxId?: string | undefined; error?: string | undefined }>();
  const webhookLog = new Map<string, WebhookRecord>();
  const deliveries = new Set<Promise<void>>();
  let seq = 0;

  const now = () => clock.now();
  const iso = (ms: number = now()) => new Date(ms).toISOString();

  function bearer(handler: RouteHandler): RouteHandler {
    return (request) => {
      const state = issuer.check(readBearerToken(request));
      if (state === "valid") return handler(request);
      // The 401 body is not documented; Sqala's error envelope with an undocumented code is assumed.
      return fail(
        401,
        "UNAUTHORIZED",
        state === "expired" ? "The access token has expired" : "Missing or invalid access token",
      );
    };
  }

  const core = (method: string, path: string, handler: RouteHandler) =>
    server.route(method, `${CORE}${path}`, bearer(handler));

  // ------------------------------------------------------------------ helpers over state
  function claimCode(collection: string, code: unknown, id: string): void {
    if (typeof code !== "string" || code.length === 0) return;
    let taken = codes.get(collection);
    if (!taken) {
      taken = new Map();
      codes.set(collection, taken);
    }
    taken.set(code, id);
  }

  function codeTaken(collection: string, code: unknown): EmulatorResponse | undefined {
    if (typeof code !== "string" || !codes.get(collection)?.has(code)) return undefined;
    return fail(400, "CODE_ALREADY_EXISTS", `An object with code "${code}" already exists`);
  }

  function overLimit(amount: number | undefined): EmulatorResponse | undefined {
    if (amount === undefined || options.amountLimit === undefined || amount <= options.amountLimit)
      return undefined;
    return fail(
      400,
      "LIMIT_EXCEED_FOR_THE_TRANSACTION",
      `The amount exceeds the limit of ${options.amountLimit} cents for this transaction`,
    );
  }

  function accountExists(recipientId: string | undefined): boolean {
    return recipientId === "DEFAULT" || (recipientId !== undefined && recipients.has(recipientId));
  }

  function balanceOf(account: string): number {
    return balances.get(account) ?? 0;
  }

  function book(account: string, amount: number, type: string, referenceId: string): void {
    const balance = balanceOf(account) + amount;
    balances.set(account, balance);
    const list = transactions.get(account) ?? [];
    list.push({
      seq: ++seq,
      view: { id: randomUUID(), type, amount, balance, referenceId, createdAt: iso() },
    });
    transactions.set(account, list);
  }

  function credit(view: Record<string, unknown>, paidAmount: number): void {
    const id = String(view.id);
    let remaining = paidAmount;
    for (const split of (view.split as { value: number; recipientId: string }[] | undefined) ?? []) {
      book(split.recipientId, split.value, "SPLIT", id);
      remaining -= split.value;
    }
    book("DEFAULT", remaining, "PAYMENT", id);
  }

  function emit(event: string, objectType: string, data: Record<string, unknown>): void {
    const id = randomUUID();
    const body = signedBody(event, data, webhookSecret, { id, objectType });
    const envelope = JSON.parse(body) as Record<string, unknown>;
    const record: WebhookRecord = {
      seq: ++seq,
      body,
      responses: [],
      view: {
        ...envelope,
        status: "QUEUED",
        responses: [],
        createdAt: iso(),
        queuedAt: iso(),
        deliveredAt: null,
        failedAt: null,
        lastAttemptAt: null,
        nextAttemptAt: null,
        endpointId: webhookEndpointId,
        organizationId,
      },
    };
    webhookLog.set(id, record);
    track(deliver(record));
  }

  function track(delivery: Promise<void>): void {
    deliveries.add(delivery);
    void delivery.finally(() => deliveries.delete(delivery));
  }

  async function deliver(record: WebhookRecord): Promise<void> {
    if (options.webhookUrl === undefined) return;
    const attemptedAt = now();
    const started = performance.now();
    let status = 0;
    try {
      const response = await fetch(options.webhookUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: record.body,
        signal: AbortSignal.timeout(10_000),
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
    } catch {
      status = 0;
    }
    record.responses.push(status);
    const view = record.view;
    (view.responses as unknown[]).push({
      code: status,
      time: Math.round(performance.now() - started),
      at: iso(attemptedAt),
    });
    view.lastAttemptAt = iso(attemptedAt);
    if (status >= 200 && status < 300) {
      Object.assign(view, { status: "DELIVERED", deliveredAt: iso(), nextAttemptAt: null });
    } else if (record.responses.length >= MAX_WEBHOOK_ATTEMPTS) {
      Object.assign(view, { status: "FAILED", failedAt: iso(), nextAttemptAt: null });
    } else {
      // Sqala's retry schedule is not documented; the emulator only announces a next attempt.
      const delay = 60_000 * 2 ** (record.responses.length - 1);
      Object.assign(view, { status: "PENDING", nextAttemptAt: iso(now() + delay) });
    }
  }

  // ------------------------------------------------------------------ access tokens
  server.route("POST", `${CORE}/access-tokens`, (request) => {
    const basic = parseBasicAuthorization(request.headers.authorization);
    if (!basic || !secretsEqual(basic.username, appId) || !secretsEqual(basic.password, appSecret)) {
      return fail(401, "UNAUTHORIZED", "Invalid app credentials (HTTP Basic APP_ID:APP_SECRET)");
    }
    const body = request.json();
    if (!isRecord(body) || typeof body.refreshToken !== "string" || body.refreshToken.length === 0) {
      return invalidBody(["refreshToken must be a string", "refreshToken should not be empty"]);
    }
    if (!secretsEqual(body.refreshToken, refreshToken)) {
      return fail(401, "UNAUTHORIZED", "Invalid refresh token");
    }
    const { token } = issuer.issue(tokenLifetimeSeconds, appId);
    return json(200, { token, expiresIn: tokenLifetimeSeconds, type: "Bearer" });
  });

  // ------------------------------------------------------------------ Pix, ITP, boleto
  function createPayment(kind: PaymentKind, request: EmulatorRequest): EmulatorResponse {
    const body = bodyOf(request);
    if (!body) return invalidBody(["body must be a JSON object"]);
    const check = new Validation();
    const amount = check.positiveInteger(body.amount, "amount");
    check.string(body.code, "code", { required: false, max: 36 });
    check.payer(body.payer, "payer", kind !== "pix");
    const split = check.split(body.split, "split");
    check.metadata(body.metadata, "metadata");
    if (kind === "boleto") {
      check.string(body.description, "description", { required: false, max: 128 });
      check.positiveInteger(body.expiresIn, "expiresIn", false);
    }
    if (check.errors.length > 0) return invalidBody(check.errors);
    const splitTotal = split.reduce((total, item) => total + item.value, 0);
    if (amount !== undefined && splitTotal > amount) {
      return invalidBody(["split values must not exceed amount"]);
    }
    const missing = split.find((item) => !recipients.has(item.recipientId));
    if (missing) return objectNotFound("Recipient", missing.recipientId);
    const problem = overLimit(amount) ?? codeTaken(kind, body.code);
    if (problem) return problem;
    const id = randomUUID();
    const createdAt = now();
    const view: Record<string, unknown> = {
      id,
      code: body.code ?? null,
      amount,
      paidAmount: null,
      status: "CREATED",
      payer: body.payer ?? null,
      split,
      createdAt: iso(createdAt),
      processedAt: null,
      paidAt: null,
      failedAt: null,
      metadata: body.metadata ?? null,
    };
    if (kind === "boleto") {
      const days = typeof body.expiresIn === "number" ? body.expiresIn : 3;
      Object.assign(view, {
        barcode: boletoBarcode(amount ?? 0, seq + 1),
        pdf: `${server.url}/boletos/${id}.pdf`,
        description: body.description ?? null,
        expiresIn: days,
      });
    } else {
      Object.assign(view, {
        type: "STATIC",
        payload: pixPayload(id, amount ?? 0),
        source: null,
        expiresAt: iso(createdAt + 86_400_000),
        ...(kind === "itp" ? { url: `${server.url}/itp/${id}` } : {}),
      });
    }
    payments.set(id, { seq: ++seq, kind, view });
    claimCode(kind, body.code, id);
    return json(200, view);
  }

  for (const [kind, path] of [
    ["pix", "/pix-qrcode-payments"],
    ["itp", "/itp-payments"],
    ["boleto", "/boleto-payments"],
  ] as const) {
    core("POST", path, (request) => createPayment(kind, request));
    core("GET", path, (request) =>
      page(
        request,
        [...payments.values()].filter((payment) => payment.kind === kind),
      ),
    );
    core("GET", `${path}/{id}`, (request) => {
      const payment = payments.get(request.params.id ?? "");
      return payment?.kind === kind ? json(200, payment.view) : objectNotFound("Payment", request.params.id);
    });
  }

  // ------------------------------------------------------------------ bank transfers (inbound only)
  core("GET", "/bank-transfer-payments", (request) => page(request, [...bankTransfers.values()]));
  core("GET", "/bank-transfer-payments/{bankTransferId}", (request) => {
    const transfer = bankTransfers.get(request.params.bankTransferId ?? "");
    return transfer
      ? json(200, transfer.view)
      : objectNotFound("Bank transfer", request.params.bankTransferId);
  });

  // ------------------------------------------------------------------ cards
  // No Bearer: the vault is called from the browser with the public key.
  server.route("POST", `${CORE}/card-vaults`, (request) => {
    const presented = request.query.get("publicKey");
    if (presented === null || !secretsEqual(presented, publicKey)) {
      return fail(401, "UNAUTHORIZED", "Invalid public key");
    }
    const body = bodyOf(request);
    if (!body) return invalidBody(["body must be a JSON object"]);
    // Only `expYear` and `cvv` are documented; the card number's field name is a guess (`number` or `cardNumber`).
    const check = new Validation();
    const number = check.string(body.number ?? body.cardNumber, "number", { pattern: /^\d{13,19}$/ });
    check.string(body.cvv, "cvv", { pattern: /^\d{3,4}$/ });
    if (body.expYear === undefined) check.errors.push("expYear should not be empty");
    if (check.errors.length > 0 || number === undefined) return invalidBody(check.errors);
    const token = randomUUID();
    vaults.set(token, {
      number,
      holderName: typeof body.holderName === "string" ? body.holderName : undefined,
      expMonth: body.expMonth ?? null,
      expYear: body.expYear,
    });
    return json(200, { token });
  });

  core("POST", "/credit-card-payments", (request) => {
    const body = bodyOf(request);
    if (!body) return invalidBody(["body must be a JSON object"]);
    const check = new Validation();
    const amount = check.positiveInteger(body.amount, "amount");
    const cardToken = check.string(body.cardToken, "cardToken");
    check.positiveInteger(body.installments, "installments", false);
    check.string(body.code, "code", { required: false, max: 36 });
    check.payer(body.payer, "payer", false);
    if (check.errors.length > 0) return invalidBody(check.errors);
    const card = vaults.get(cardToken ?? "");
    if (!card) return invalidBody(["cardToken is invalid or was already used"]);
    const problem = overLimit(amount) ?? codeTaken("card", body.code);
    if (problem) return problem;
    vaults.delete(cardToken ?? "");
    const id = randomUUID();
    // Card statuses are not documented; a card number ending in 0002 is declined, as in many test suites.
    const declined = card.number.endsWith("0002");
    const view: Record<string, unknown> = {
      id,
      code: body.code ?? null,
      method: "CREDIT_CARD",
      amount,
      paidAmount: declined ? null : amount,
      installments: body.installments ?? 1,
      softDescriptor: null,
      authCode: declined ? null : String(100000 + (seq % 900000)),
      transactionId: randomUUID(),
      payer: body.payer ?? null,
      card: {
        firstSixDigits: card.number.slice(0, 6),
        lastFourDigits: card.number.slice(-4),
        holderName: card.holderName ?? null,
        brand: card.number.startsWith("4") ? "VISA" : "MASTERCARD",
        expMonth: card.expMonth,
        expYear: card.expYear,
      },
      status: declined ? "FAILED" : "PAID",
      refundReason: null,
      refundedAt: null,
      createdAt: iso(),
    };
    cardPayments.set(id, { seq: ++seq, view });
    claimCode("card", body.code, id);
    if (!declined && amount !== undefined) credit(view, amount);
    emit(declined ? "payment.failed" : "payment.paid", "CreditCardPayment", view);
    return json(200, view);
  });

  // ------------------------------------------------------------------ recipients
  core("POST", "/recipients", (request) => {
    const body = bodyOf(request);
    if (!body) return invalidBody(["body must be a JSON object"]);
    const check = new Validation();
    check.string(body.name, "name");
    const type = check.oneOf(body.type, "type", ["INDIVIDUAL", "COMPANY"]);
    check.taxId(body.taxId, "taxId", type);
    check.string(body.code, "code", { required: false, max: 36 });
    check.metadata(body.metadata, "metadata");
    if (check.errors.length > 0) return invalidBody(check.errors);
    const taken = codeTaken("recipient", body.code);
    if (taken) return taken;
    const id = randomUUID();
    const view = {
      id,
      code: body.code ?? null,
      name: body.name,
      taxId: body.taxId,
      type,
      status: "ACTIVE",
      createdAt: iso(),
      updatedAt: null,
      deletedAt: null,
      metadata: body.metadata ?? null,
    };
    recipients.set(id, { seq: ++seq, view });
    claimCode("recipient", body.code, id);
    return json(200, view);
  });
  core("GET", "/recipients", (request) => page(request, [...recipients.values()]));
  core("GET", "/recipients/{id}", (request) => {
    const recipient = recipients.get(request.params.id ?? "");
    return recipient ? json(200, recipient.view) : objectNotFound("Recipient", request.params.id);
  });
  core("PUT", "/recipients/{id}", (request) => {
    const recipient = recipients.get(request.params.id ?? "");
    if (!recipient) return objectNotFound("Recipient", request.params.id);
    const body = bodyOf(request);
    if (!body) return invalidBody(["body must be a JSON object"]);
    const check = new Validation();
    check.string(body.name, "name", { required: false });
    const type = check.oneOf(body.type, "type", ["INDIVIDUAL", "COMPANY"], false);
    if (body.taxId !== undefined) check.taxId(body.taxId, "taxId", type ?? String(recipient.view.type));
    check.string(body.code, "code", { required: false, max: 36 });
    check.metadata(body.metadata, "metadata");
    if (check.errors.length > 0) return invalidBody(check.errors);
    if (body.code !== undefined && body.code !== recipient.view.code) {
      const taken = codeTaken("recipient", body.code);
      if (taken) return taken;
      claimCode("recipient", body.code, String(recipient.view.id));
    }
    for (const field of ["name", "type", "taxId", "code", "metadata"]) {
      if (body[field] !== undefined) recipient.view[field] = body[field];
    }
    recipient.view.updatedAt = iso();
    return json(200, recipient.view);
  });

  // ------------------------------------------------------------------ bank accounts
  /** A bank account object as Sqala answers it: only its documented fields, `null` where nothing was set. */
  function bankAccountView(body: Record<string, unknown>) {
    return {
      id: randomUUID(),
      code: body.code ?? null,
      type: body.type ?? "CHECKING",
      holderName: body.holderName,
      holderTaxId: body.holderTaxId,
      holderType: body.holderType,
      branchNumber: body.branchNumber,
      accountNumber: body.accountNumber,
      bankId: body.bankId,
      status: "ACTIVE",
      createdAt: iso(),
      updatedAt: null,
      deletedAt: null,
      metadata: body.metadata ?? null,
    };
  }
  core("POST", "/recipients/{recipientId}/bank-accounts", (request) => {
    const recipientId = request.params.recipientId;
    if (!accountExists(recipientId)) return objectNotFound("Recipient", recipientId);
    const body = bodyOf(request);
    if (!body) return invalidBody(["body must be a JSON object"]);
    const check = new Validation();
    check.bankAccount(body, "");
    check.string(body.code, "code", { required: false, max: 36 });
    check.metadata(body.metadata, "metadata");
    if (check.errors.length > 0) return invalidBody(check.errors);
    const taken = codeTaken("bank-account", body.code);
    if (taken) return taken;
    const view = bankAccountView(body);
    const id = view.id;
    bankAccounts.set(id, { seq: ++seq, view, recipientId: recipientId ?? "" });
    claimCode("bank-account", body.code, id);
    return json(200, view);
  });
  core("GET", "/recipients/{recipientId}/bank-accounts", (request) => {
    const recipientId = request.params.recipientId;
    if (!accountExists(recipientId)) return objectNotFound("Recipient", recipientId);
    return page(
      request,
      [...bankAccounts.values()].filter((account) => account.recipientId === recipientId),
    );
  });
  core("GET", "/recipients/{recipientId}/bank-accounts/{bankAccountId}", (request) => {
    const account = bankAccounts.get(request.params.bankAccountId ?? "");
    return account && account.recipientId === request.params.recipientId
      ? json(200, account.view)
      : objectNotFound("Bank account", request.params.bankAccountId);
  });
  core("DELETE", "/recipients/{recipientId}/bank-accounts/{bankAccountId}", (request) => {
    const account = bankAccounts.get(request.params.bankAccountId ?? "");
    if (!account || account.recipientId !== request.params.recipientId || account.view.status === "DELETED") {
      return objectNotFound("Bank account", request.params.bankAccountId);
    }
    Object.assign(account.view, { status: "DELETED", deletedAt: iso(), updatedAt: iso() });
    return json(200, account.view);
  });

  // ------------------------------------------------------------------ withdrawals
  core("POST", "/recipients/{recipientId}/withdrawals", (request) => {
    const account = request.params.recipientId ?? "";
    if (!accountExists(account)) return objectNotFound("Recipient", account);
    const body = bodyOf(request);
    if (!body) return invalidBody(["body must be a JSON object"]);
    const check = new Validation();
    const amount = check.positiveInteger(body.amount, "amount");
    const method = check.oneOf(body.method, "method", ["STANDARD", "PIX", "PIX_QRCODE"]);
    check.string(body.code, "code", { required: false, max: 36 });
    check.string(body.expectedHolderTaxId, "expectedHolderTaxId", { required: false, max: 14 });
    check.metadata(body.metadata, "metadata");
    let bankAccount: Record<string, unknown> | null = null;
    let paysCharge: string | undefined;
    if (method === "PIX") check.string(body.pixKey, "pixKey");
    if (method === "STANDARD") {
      if (body.bankAccountId !== undefined) check.string(body.bankAccountId, "bankAccountId");
      else if (body.bankAccount !== undefined) check.bankAccount(body.bankAccount, "bankAccount.");
      else check.errors.push("bankAccountId should not be empty");
    }
    if (method === "PIX_QRCODE") {
      check.string(body.pixQrcode, "pixQrcode");
      check.string(body.hash, "hash");
    }
    if (check.errors.length > 0 || amount === undefined) return invalidBody(check.errors);
    if (method === "STANDARD" && typeof body.bankAccountId === "string") {
      const registered = bankAccounts.get(body.bankAccountId);
      if (!registered || registered.recipientId !== account || registered.view.status !== "ACTIVE") {
        return objectNotFound("Bank account", body.bankAccountId);
      }
      bankAccount = registered.view;
    } else if (method === "STANDARD" && isRecord(body.bankAccount)) {
      bankAccount = bankAccountView(body.bankAccount);
    }
    if (method === "PIX_QRCODE") {
      const decoded = decodePixPayload(String(body.pixQrcode));
      if (!decoded || decoded.hash !== body.hash) return invalidBody(["hash does not match pixQrcode"]);
      if (decoded.amount !== null && decoded.amount !== amount) {
        return invalidBody([`amount must equal the QR code amount (${decoded.amount})`]);
      }
      paysCharge = [...payments.values()].find((payment) => payment.view.payload === body.pixQrcode)?.view
        .id as string | undefined;
    }
    const keyEntry = method === "PIX" ? pixKeys.get(String(body.pixKey)) : undefined;
    if (keyEntry?.error)
      return fail(400, keyEntry.error, `Pix key ${String(body.pixKey)} cannot receive payouts`);
    const problem = overLimit(amount) ?? codeTaken("withdrawal", body.code);
    if (problem) return problem;
    if (body.code === undefined && duplicateOf(account, body)) {
      return fail(400, "DUPLICATE_TRASACTION_DETECTED", "An identical withdrawal is already pending");
    }
    if (balanceOf(account) < amount) {
      return fail(400, "INSUFFICIENT_BALANCE", `Insufficient balance for a withdrawal of ${amount} cents`);
    }
    const id = randomUUID();
    const view: Record<string, unknown> = {
      id,
      code: body.code ?? null,
      amount,
      method,
      status: options.requireWithdrawalApproval ? "PENDING_APPROVAL" : "CREATED",
      createdAt: iso(),
      approvedAt: null,
      rejectedAt: null,
      processedAt: null,
      paidAt: null,
      failedAt: null,
      failedReason: null,
      pixKey: method === "PIX" ? body.pixKey : null,
      expectedHolderTaxId: body.expectedHolderTaxId ?? null,
      recipientId: account,
      bankAccount,
      recipient: account === "DEFAULT" ? null : (recipients.get(account)?.view ?? null),
      metadata: body.metadata ?? null,
      ...(method === "PIX_QRCODE" ? { pixQrcode: body.pixQrcode, hash: body.hash } : {}),
    };
    const record: WithdrawalRecord = { seq: ++seq, view, account, paysCharge };
    withdrawals.set(id, record);
    claimCode("withdrawal", body.code, id);
    book(account, -amount, "WITHDRAWAL", id);
    const owner = keyEntry?.ownerTaxId;
    if (
      typeof body.expectedHolderTaxId === "string" &&
      owner !== undefined &&
      owner !== body.expectedHolderTaxId
    ) {
      // Documented: the withdrawal fails (not the request) when the key owner's taxId differs.
      view.status = "CREATED";
      transition(record, "FAILED", "The Pix key holder's taxId differs from expectedHolderTaxId");
    }
    return json(200, view);
  });
  core("GET", "/recipients/{recipientId}/withdrawals", (request) => {
    const account = request.params.recipientId ?? "";
    if (!accountExists(account)) return objectNotFound("Recipient", account);
    return page(
      request,
      [...withdrawals.values()].filter((withdrawal) => withdrawal.account === account),
    );
  });
  core("GET", "/recipients/{recipientId}/withdrawals/{withdrawalId}", (request) => {
    const withdrawal = withdrawals.get(request.params.withdrawalId ?? "");
    return withdrawal && withdrawal.account === request.params.recipientId
      ? json(200, withdrawal.view)
      : objectNotFound("Withdrawal", request.params.withdrawalId);
  });

  function duplicateOf(account: string, body: Record<string, unknown>): boolean {
    return [...withdrawals.values()].some(
      ({ view, account: other }) =>
        other === account &&
        !finalWithdrawalStatuses.has(String(view.status)) &&
        view.amount === body.amount &&
        view.method === body.method &&
        (view.pixKey ?? null) === (body.pixKey ?? null) &&
        ((view.bankAccount as { id?: unknown } | null)?.id ?? null) === (body.bankAccountId ?? null),
    );
  }

  function transition(record: WithdrawalRecord, status: string, reason?: string): void {
    const view = record.view;
    const current = String(view.status);
    if (!withdrawalTransitions[current]?.includes(status)) {
      throw new Error(`sqala emulator: withdrawal ${String(view.id)} cannot go from ${current} to ${status}`);
    }
    view.status = status;
    const at = iso();
    const id = String(view.id);
    const amount = Number(view.amount);
    if (status === "APPROVED") view.approvedAt = at;
    if (status === "PROCESSED") view.processedAt = at;
    if (status === "REJECTED") {
      view.rejectedAt = at;
      book(record.account, amount, "WITHDRAWAL_REFUND", id);
    }
    if (status === "FAILED") {
      Object.assign(view, { failedAt: at, failedReason: reason ?? "TRANSACTION_INTERRUPTED" });
      book(record.account, amount, "WITHDRAWAL_REFUND", id);
      emit("withdrawal.failed", "Withdrawal", view);
    }
    if (status === "PAID") {
      view.paidAt = at;
      if (record.paysCharge !== undefined) {
        const charge = payments.get(record.paysCharge);
        if (charge && !["PAID", "FAILED", "ERROR"].includes(String(charge.view.status)))
          pay(charge, undefined);
      }
      emit("withdrawal.created", "Withdrawal", view);
    }
    if (status === "REFUNDED") book(record.account, amount, "WITHDRAWAL_REFUND", id);
  }

  // ------------------------------------------------------------------ dict, balance, transactions
  core("GET", "/dict/barcode", (request) => {
    const qrcode = request.query.get("qrcode");
    if (!qrcode) return invalidBody(["qrcode must be a string", "qrcode should not be empty"]);
    const decoded = decodePixPayload(qrcode);
    if (!decoded) return invalidBody(["qrcode must be a valid Pix QR code (EMV with a valid CRC)"]);
    return json(200, decoded);
  });
  // The balance schema is NOT FOUND; `{recipientId, available, currency}` is the emulator's own shape.
  core("GET", "/recipients/{recipientId}/balance", (request) => {
    const account = request.params.recipientId ?? "";
    if (!accountExists(account)) return objectNotFound("Recipient", account);
    return json(200, { recipientId: account, available: balanceOf(account), currency: "BRL" });
  });
  core("GET", "/recipients/{recipientId}/transactions", (request) => {
    const account = request.params.recipientId ?? "";
    if (!accountExists(account)) return objectNotFound("Recipient", account);
    return page(request, transactions.get(account) ?? []);
  });

  // ------------------------------------------------------------------ webhook log (Developer API)
  server.route(
    "GET",
    `${DEVELOPER}/webhooks`,
    bearer((request) => {
      const status = request.query.get("status");
      const event = request.query.get("event");
      const endpointId = request.query.get("endpointId");
      const entries = [...webhookLog.values()].filter(
        ({ view }) =>
          (status === null || view.status === status) &&
          (event === null || view.event === event) &&
          (endpointId === null || view.endpointId === endpointId),
      );
      return page(request, entries);
    }),
  );
  server.route(
    "GET",
    `${DEVELOPER}/webhooks/{id}`,
    bearer((request) => {
      const entry = webhookLog.get(request.params.id ?? "");
      return entry ? json(200, entry.view) : objectNotFound("Webhook", request.params.id);
    }),
  );
  server.route(
    "POST",
    `${DEVELOPER}/webhooks/{id}/attempts`,
    bearer(async (request) => {
      const entry = webhookLog.get(request.params.id ?? "");
      if (!entry) return objectNotFound("Webhook", request.params.id);
      Object.assign(entry.view, { queuedAt: iso() });
      if (options.webhookUrl === undefined) entry.view.status = "QUEUED";
      else await deliver(entry);
      return json(200, entry.view);
    }),
  );

  // ------------------------------------------------------------------ test helpers
  function mustPayment(id: string): PaymentRecord {
    const payment = payments.get(id);
    if (!payment) throw new Error(`sqala emulator: unknown payment ${JSON.stringify(id)}`);
    return payment;
  }

  function mustWithdrawal(id: string): WithdrawalRecord {
    const withdrawal = withdrawals.get(id);
    if (!withdrawal) throw new Error(`sqala emulator: unknown withdrawal ${JSON.stringify(id)}`);
    return withdrawal;
  }

  function pay(payment: PaymentRecord, paidAmount: number | undefined): SqalaPaymentSnapshot {
    const view = payment.view;
    if (!["CREATED", "PROCESSED"].includes(String(view.status))) {
      throw new Error(
        `sqala emulator: payment ${String(view.id)} is ${String(view.status)} and cannot be paid`,
      );
    }
    const amount = paidAmount ?? Number(view.amount);
    Object.assign(view, {
      status: "PAID",
      paidAmount: amount,
      processedAt: view.processedAt ?? iso(),
      paidAt: iso(),
    });
    credit(view, amount);
    emit("payment.paid", objectTypes[payment.kind], view);
    return clone(view) as SqalaPaymentSnapshot;
  }

  const emulator: SqalaEmulator = {
    url: `${server.url}${CORE}`,
    developerUrl: `${server.url}${DEVELOPER}`,
    server,
    clock,
    appId,
    appSecret,
    refreshToken,
    publicKey,
    webhookSecret,
    webhookEndpointId,
    get tokensIssued() {
      return issuer.issued;
    },
    revokeTokens: () => issuer.revokeAll(),
    payPixCharge(id, payOptions = {}) {
      const payment = mustPayment(id);
      if (payment.kind !== "pix") throw new Error(`sqala emulator: ${id} is not a Pix QR-code payment`);
      return pay(payment, payOptions.paidAmount);
    },
    payPayment: (id, payOptions = {}) => pay(mustPayment(id), payOptions.paidAmount),
    failPayment(id) {
      const payment = mustPayment(id);
      const view = payment.view;
      if (!["CREATED", "PROCESSED"].includes(String(view.status))) {
        throw new Error(`sqala emulator: payment ${id} is ${String(view.status)} and cannot fail`);
      }
      Object.assign(view, { status: "FAILED", failedAt: iso() });
      emit("payment.failed", objectTypes[payment.kind], view);
      return clone(view) as SqalaPaymentSnapshot;
    },
    getPayment: (id) => {
      const view = payments.get(id)?.view;
      return view ? (clone(view) as SqalaPaymentSnapshot) : undefined;
    },
    receiveBankTransfer(input) {
      const id = randomUUID();
      const at = iso();
      const view: Record<string, unknown> = {
        id,
        code: input.code ?? null,
        transactionId: `E${String(now()).padStart(31, "0")}`,
        amount: input.amount,
        paidAmount: input.amount,
        method: "BANK_TRANSFER",
        source: { bankName: "Banco Emulado", branchNumber: "0001", accountNumber: "123456" },
        destination: { bankName: "Sqala", branchNumber: "0001", accountNumber: organizationId.slice(0, 8) },
        payer: input.payer ?? null,
        split: [],
        status: "PAID",
        createdAt: at,
        processedAt: at,
        paidAt: at,
        failedAt: null,
        metadata: [],
      };
      bankTransfers.set(id, { seq: ++seq, view });
      credit(view, input.amount);
      emit("payment.paid", "BankTransferPayment", view);
      return clone(view) as Schemas["BankTransferPayment"];
    },
    setBalance(recipientId, cents) {
      book(recipientId, cents - balanceOf(recipientId), "ADJUSTMENT", recipientId);
    },
    balanceOf,
    setPixKey(key, entry) {
      pixKeys.set(key, { ownerTaxId: entry.ownerTaxId, error: entry.error });
    },
    advanceWithdrawal(id, status, advanceOptions = {}) {
      const record = mustWithdrawal(id);
      transition(record, status, advanceOptions.reason);
      return clone(record.view) as Schemas["Withdrawal"];
    },
    payWithdrawal(id) {
      const record = mustWithdrawal(id);
      if (record.view.status === "PENDING_APPROVAL") transition(record, "APPROVED");
      if (record.view.status !== "PROCESSED") transition(record, "PROCESSED");
      transition(record, "PAID");
      return clone(record.view) as Schemas["Withdrawal"];
    },
    failWithdrawal(id, reason) {
      const record = mustWithdrawal(id);
      transition(record, "FAILED", reason);
      return clone(record.view) as Schemas["Withdrawal"];
    },
    getWithdrawal: (id) => {
      const view = withdrawals.get(id)?.view;
      return view ? (clone(view) as Schemas["Withdrawal"]) : undefined;
    },
    webhooks: () =>
      [...webhookLog.values()]
        .sort((left, right) => left.seq - right.seq)
        .map((record) => ({
          id: String(record.view.id),
          event: String(record.view.event),
          status: String(record.view.status),
          body: record.body,
          responses: [...record.responses],
        })),
    async flushWebhooks() {
      while (deliveries.size > 0) await Promise.allSettled([...deliveries]);
    },
    signWebhook: (event, data, secret = webhookSecret, signOptions = {}) =>
      signedBody(event, data, secret, signOptions),
    sqalaErrorBody,
    close: () => server.close(),
    [Symbol.asyncDispose]: () => server.close(),
  };
  return emulator;
}

// ---------------------------------------------------------------------- responses

function fail(status: number, code: string, message: string, errors: string[] = []): EmulatorResponse {
  return json(status, sqalaErrorBody(code, message, errors));
}

function invalidBody(errors: string[]): EmulatorResponse {
  return fail(400, "INVALID_BODY", "Invalid body, check 'errors' property for more info.", errors);
}

// OBJECT_NOT_FOUND is documented; its 404 status is inferred.
function objectNotFound(what: string, id: string | undefined): EmulatorResponse {
  return fail(404, "OBJECT_NOT_FOUND", `${what} ${id ?? ""} not found`.replace(/\s+/g, " "));
}

/** Cursor paging over newest-first items; cursors are the base64 of an item id (opaque to clients). */
function page(
  request: EmulatorRequest,
  items: { seq: number; view: Record<string, unknown> }[],
): EmulatorResponse {
  const errors: string[] = [];
  const rawLimit = request.query.get("limit");
  const limit = rawLimit === null || rawLimit === "" ? 10 : Number(rawLimit);
  if (!Number.isInteger(limit)) errors.push("limit must be an integer number");
  else if (limit < 1) errors.push("limit must not be less than 1");
  else if (limit > 50) errors.push("limit must not be greater than 50");
  const ordered = [...items].sort((left, right) => right.seq - left.seq).map((item) => item.view);
  const position = (name: "after" | "before"): number | undefined => {
    const cursor = request.query.get(name);
    if (cursor === null || cursor === "") return undefined;
    const id = Buffer.from(cursor, "base64").toString("utf8");
    const index = ordered.findIndex((view) => view.id === id);
    if (index === -1) errors.push(`${name} must be a valid cursor`);
    return index;
  };
  const after = position("after");
  const before = position("before");
  if (errors.length > 0) return invalidBody(errors);
  let start = 0;
  if (after !== undefined) start = after + 1;
  else if (before !== undefined) start = Math.max(0, before - limit);
  const end = before !== undefined && after === undefined ? before : Math.min(ordered.length, start + limit);
  const data = ordered.slice(start, end);
  const cursor = (view: Record<string, unknown> | undefined) =>
    view === undefined ? null : Buffer.from(String(view.id)).toString("base64");
  return json(200, {
    data,
    paging: {
      before: start > 0 && data.length > 0 ? cursor(data[0]) : null,
      after: end < ordered.length && data.length > 0 ? cursor(data.at(-1)) : null,
    },
  });
}

// ---------------------------------------------------------------------- validation

/** Collects class-validator style messages (Sqala's documented `errors[]` reads "amount must be a positive number"). */
class Validation {
  readonly errors: string[] = [];

  positiveInteger(value: unknown, name: string, required = true): number | undefined {
    if (value === undefined || value === null) {
      if (required)
        this.errors.push(`${name} must be a positive number`, `${name} must be an integer number`);
      return undefined;
    }
    const before = this.errors.length;
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
      this.errors.push(`${name} must be a positive number`);
    }
    if (typeof value !== "number" || !Number.isInteger(value))
      this.errors.push(`${name} must be an integer number`);
    return this.errors.length === before ? (value as number) : undefined;
  }

  string(
    value: unknown,
    name: string,
    { required = true, max, pattern }: { required?: boolean; max?: number; pattern?: RegExp } = {},
  ): string | undefined {
    if (value === undefined || value === null) {
      if (required) this.errors.push(`${name} must be a string`, `${name} should not be empty`);
      return undefined;
    }
    if (typeof value !== "string") {
      this.errors.push(`${name} must be a string`);
      return undefined;
    }
    if (value.length === 0) {
      this.errors.push(`${name} should not be empty`);
      return undefined;
    }
    if (max !== undefined && value.length > max) {
      this.errors.push(`${name} must be shorter than or equal to ${max} characters`);
      return undefined;
    }
    if (pattern && !pattern.test(value)) {
      this.errors.push(`${name} must match ${pattern} regular expression`);
      return undefined;
    }
    return value;
  }

  oneOf<Value extends string>(
    value: unknown,
    name: string,
    allowed: readonly Value[],
    required = true,
  ): Value | undefined {
    if (value === undefined && !required) return undefined;
    if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as Value;
    this.errors.push(`${name} must be one of the following values: ${allowed.join(", ")}`);
    return undefined;
  }

  taxId(value: unknown, name: string, type: string | undefined): void {
    const taxId = this.string(value, name, { max: 14 });
    if (taxId === undefined) return;
    const digits = type === "COMPANY" ? 14 : 11;
    if (!new RegExp(`^\\d{${digits}}$`).test(taxId)) {
      this.errors.push(`${name} must be a valid ${type === "COMPANY" ? "CNPJ" : "CPF"} (${digits} digits)`);
    }
  }

  payer(value: unknown, name: string, required: boolean): void {
    if (value === undefined || value === null) {
      if (required) this.errors.push(`${name} should not be empty`);
      return;
    }
    if (!isRecord(value)) {
      this.errors.push(`nested property ${name} must be either object or array`);
      return;
    }
    this.string(value.name, `${name}.name`, { required, max: 128 });
    const taxId = this.string(value.taxId, `${name}.taxId`, { required, max: 14 });
    if (taxId !== undefined && !/^(\d{11}|\d{14})$/.test(taxId)) {
      this.errors.push(`${name}.taxId must be a valid CPF or CNPJ`);
    }
  }

  split(value: unknown, name: string): { value: number; recipientId: string }[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.errors.push(`${name} must be an array`);
      return [];
    }
    const items: { value: number; recipientId: string }[] = [];
    value.forEach((entry, index) => {
      const path = `${name}.${index}`;
      if (!isRecord(entry)) {
        this.errors.push(`nested property ${path} must be either object or array`);
        return;
      }
      const amount = this.positiveInteger(entry.value, `${path}.value`);
      const recipientId = this.string(entry.recipientId, `${path}.recipientId`, { max: 36 });
      if (amount !== undefined && recipientId !== undefined) items.push({ value: amount, recipientId });
    });
    return items;
  }

  metadata(value: unknown, name: string): void {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      if (value.length > 50) this.errors.push(`${name} must contain no more than 50 elements`);
      value.forEach((entry, index) => {
        if (!isRecord(entry)) {
          this.errors.push(`nested property ${name}.${index} must be either object or array`);
          return;
        }
        this.string(entry.name, `${name}.${index}.name`, { required: false, max: 40 });
        this.string(entry.value, `${name}.${index}.value`, { required: false, max: 500 });
      });
      return;
    }
    if (!isRecord(value) || Object.values(value).some((entry) => typeof entry !== "string")) {
      this.errors.push(`${name} must be an array of {name, value} or an object of strings`);
    }
  }

  bankAccount(value: unknown, prefix: string): void {
    if (!isRecord(value)) {
      this.errors.push(`nested property ${prefix.slice(0, -1)} must be either object or array`);
      return;
    }
    this.string(value.holderName, `${prefix}holderName`);
    const holderType = this.oneOf(value.holderType, `${prefix}holderType`, ["INDIVIDUAL", "COMPANY"]);
    this.taxId(value.holderTaxId, `${prefix}holderTaxId`, holderType);
    this.string(value.branchNumber, `${prefix}branchNumber`, { pattern: /^\d{1,5}$/ });
    this.string(value.accountNumber, `${prefix}accountNumber`, { pattern: /^[\dXx-]{1,20}$/ });
    this.string(value.bankId, `${prefix}bankId`, { pattern: /^\d{8}$/ });
    this.oneOf(value.type, `${prefix}type`, ["CHECKING", "SAVINGS"], false);
  }
}

// ---------------------------------------------------------------------- Pix EMV ("copia e cola")

function tlv(tag: string, value: string): string {
  return `${tag}${String(value.length).padStart(2, "0")}${value}`;
}

/** CRC16/CCITT-FALSE, the checksum of field 63 of a Pix BR Code. */
function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, "0");
}

/** A dynamic Pix BR Code whose location URL names the charge (on a reserved `.invalid` host). */
function pixPayload(id: string, cents: number): string {
  const account =
    tlv("00", "br.gov.bcb.pix") + tlv("25", `qr.sqala-emulator.invalid/v2/${id.replaceAll("-", "")}`);
  const body =
    tlv("00", "01") +
    tlv("01", "12") +
    tlv("26", account) +
    tlv("52", "0000") +
    tlv("53", "986") +
    tlv("54", (cents / 100).toFixed(2)) +
    tlv("58", "BR") +
    tlv("59", "SQALA EMULATOR") +
    tlv("60", "SAO PAULO") +
    tlv("62", tlv("05", "***")) +
    "6304";
  return body + crc16(body);
}

function readTlv(text: string): Map<string, string> | undefined {
  const fields = new Map<string, string>();
  let index = 0;
  while (index < text.length) {
    const tag = text.slice(index, index + 2);
    const length = Number(text.slice(index + 2, index + 4));
    if (!/^\d{2}$/.test(tag) || !Number.isInteger(length) || index + 4 + length > text.length)
      return undefined;
    fields.set(tag, text.slice(index + 4, index + 4 + length));
    index += 4 + length;
  }
  return fields;
}

/** Decodes a BR Code as the DICT look-up would; only `amount` and `hash` are known fields of the real answer. */
function decodePixPayload(payload: string): Record<string, unknown> | undefined {
  if (payload.length < 8 || crc16(payload.slice(0, -4)) !== payload.slice(-4).toUpperCase()) return undefined;
  const fields = readTlv(payload);
  const account = fields?.get("26") === undefined ? undefined : readTlv(fields.get("26") ?? "");
  if (fields?.get("00") !== "01" || account?.get("00")?.toLowerCase() !== "br.gov.bcb.pix") return undefined;
  const amount = fields.get("54");
  return {
    amount: amount === undefined ? null : Math.round(Number(amount) * 100),
    hash: createHash("sha256").update(payload).digest("hex"),
    key: account.get("01") ?? null,
    url: account.get("25") ?? null,
    merchantName: fields.get("59") ?? null,
    merchantCity: fields.get("60") ?? null,
    txid: readTlv(fields.get("62") ?? "")?.get("05") ?? null,
  };
}

/** A 47-digit "linha digitável"-shaped number (no real bank check digits). */
function boletoBarcode(cents: number, sequence: number): string {
  return `23790${String(sequence).padStart(20, "0")}1${String(Math.max(0, cents)).padStart(21, "0")}`.slice(
    0,
    47,
  );
}

// ---------------------------------------------------------------------- misc

const objectTypes: Record<PaymentKind, string> = {
  pix: "PixQrCodePayment",
  itp: "ItpPayment",
  boleto: "BoletoPayment",
};

function defaultObjectType(event: string): string {
  const prefix = event.split(".")[0];
  if (prefix === "withdrawal") return "Withdrawal";
  if (prefix === "subscription") return "Subscription";
  if (prefix === "transaction") return "Transaction";
  return "PixQrCodePayment";
}

/** The JSON body when it is an object; anything else (invalid JSON, arrays) is `undefined`. */
function bodyOf(request: EmulatorRequest): Record<string, unknown> | undefined {
  const body = request.json();
  return isRecord(body) ? body : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

export { startStandaloneEmulator } from "./standalone";
