import { randomInt, randomUUID } from "node:crypto";
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
  TokenIssuer,
} from "@payclients/testing";
import {
  type QoloEventType,
  type QoloWebhookEvent,
  type QoloWebhookEventType,
  qoloWebhookSigning,
} from "../webhooks";

export type { SignedWebhook } from "@payclients/auth-middleware/webhooks";
export { type SignQoloWebhookOptions, signQoloWebhook } from "../webhooks";

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

/** A card as the emulator holds it (a copy), for assertions. */
export interface QoloCardSnapshot {
  cardProxy: string;
  cardNumber: string;
  status: string;
  programGuid: string;
  personGuid: string;
  walletGuid: string;
  accountGuid: string;
  pin: string | undefined;
  statusHistory: string[];
}

/** An account as the emulator holds it (a copy); `balance` in major units. */
export interface QoloAccountSnapshot {
  accountGuid: string;
  walletGuid: string;
  currency: string;
  balance: number;
}

/** A recorded event, as the emulator would deliver it to matching subscriptions. */
export interface QoloEmulatorEvent {
  type: QoloWebhookEventType;
  payload: QoloWebhookEvent;
}

/** A signed webhook delivery: POST `body` with `headers` to `url` (or feed both to `verifyQoloWebhook`). */
export type SignedQoloWebhook = SignedWebhook;

/** A delivery of a recorded event to one subscription. */
export interface QoloWebhookDelivery extends SignedQoloWebhook {
  notificationGuid: string;
  url: string;
  eventType: QoloWebhookEventType;
}

/** A running Qolo emulator on a loopback port. */
export interface QoloEmulator extends AsyncDisposable {
  /** Base URL to pass as the client's `baseUrl` (paths carry `/api/v1`). */
  readonly url: string;
  /** The underlying server: journal, `failNext`, `delayNext`, `dropNext`. */
  readonly server: EmulatorServer;
  readonly clock: EmulatorClock;
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
  /** Stops the emulator. */
  close(): Promise<void>;
}

/** Default program of the emulator. */
export const QOLO_EMULATOR_PROGRAM_GUID = "5f0c6a8e-3b1d-4c2e-9a7f-1d2e3f4a5b6c";

/** The emulator's error body `{message, errors?}`; Qolo's real error shape is undocumented. */
export function qoloErrorBody(
  message: string,
  errors?: { field: string; message: string }[],
): { message: string; errors?: { field: string; message: string }[] } {
  return errors === undefined || errors.length === 0 ? { message } : { message, errors };
}

const cardStatuses = [
  "ACTIVE",
  "SUSPEND",
  "LOST",
  "STOLEN",
  "CLOSED",
  "FCLOSED",
  "PENDING",
  "DAMAGED",
  "FORGET",
];
// Only PENDING → ACTIVE is documented; the rest is a plausible issuing life cycle of the emulator's own.
const cardTransitions: Record<string, string[]> = {
  PENDING: ["ACTIVE", "CLOSED", "FCLOSED"],
  ACTIVE: ["SUSPEND", "LOST", "STOLEN", "DAMAGED", "FORGET", "CLOSED", "FCLOSED"],
  SUSPEND: ["ACTIVE", "LOST", "STOLEN", "CLOSED", "FCLOSED"],
  FORGET: ["ACTIVE", "CLOSED", "FCLOSED"],
  DAMAGED: ["CLOSED", "FCLOSED"],
  LOST: ["CLOSED", "FCLOSED"],
  STOLEN: ["CLOSED", "FCLOSED"],
  CLOSED: ["FCLOSED"],
  FCLOSED: [],
};
const unusableCardStatuses = new Set(["LOST", "STOLEN", "DAMAGED", "CLOSED", "FCLOSED"]);
const transferTypes = [
  "UNKNOWN",
  "CARDTOCARD",
  "PARTNERTOCARD",
  "CARDTOPARTNER",
  "PARTNERTOPARTNER",
  "ACCOUNTTOACCOUNT",
  "ACCOUNTTOBANK",
  "BANKTOACCOUNT",
  "CHECKLOAD",
  "CHECKUNLOAD",
  "CARDTOPARTNER_UNLOADTOZERO",
  "CCDCTOACCOUNT",
  "ACCOUNTTOCCDC",
  "ACCOUNTTOBANKREALTIME",
  "BANKTOACCOUNTREQUESTREALTIME",
  "ACCOUNTTOCHECK",
  "PARTNERTOCHECK",
];
const channelTypes = ["NotSet", "ACH", "SameDayACH", "RTP", "Wire", "ManualWire", "CrossBorder"];
const settledLater = new Set(["ACH", "SameDayACH", "Wire", "ManualWire", "CrossBorder"]);
const eventTypes: QoloEventType[] = [
  "all",
  "card.created",
  "card.activated",
  "card.status",
  "card.pin.changed",
  "card.replaced",
  "card.fulfilment",
  "person.created",
  "person.verification.success",
  "person.updated",
  "company.created",
  "company.updated",
  "wallet.created",
  "account.created",
  "account.activated",
  "account.closed",
  "account.status",
  "account.instrument.created",
  "outside.instrument.created",
  "outside.instrument.updated",
  "auth.approved",
  "auth.reversed",
  "auth.refunded",
  "auth.declined",
  "bankeft.credit.received",
  "bankeft.credit.reversed",
  "bankeft.credit.returned",
  "bankeft.debit.received",
  "bankeft.debit.reversed",
  "bankeft.debit.returned",
  "transfer.success",
  "check.cleared",
  "payment.success",
  "payment.failure",
  "realtimepayment",
];
const personFields = [
  "birth_date",
  "email",
  "first_name",
  "last_name",
  "mobile_number",
  "base_address",
  "mailing_address",
  "billing_address",
  "middle_name",
  "identifications",
  "additional_data",
  "home_number",
  "office_number",
  "nationality",
  "ip_address",
  "contact_type",
  "title",
  "client_reference_id",
  "address_lat",
  "address_lon",
  "ledger_balance",
];
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Body = Record<string, unknown>;

interface PersonRecord {
  guid: string;
  fields: Body;
  status: string;
  createdAt: number;
  updatedAt: number;
}

interface WalletRecord {
  guid: string;
  personGuid: string;
  name: string | null;
  createdAt: number;
}

interface AccountRecord {
  guid: string;
  walletGuid: string;
  name: string | null;
  currency: string;
  cents: number;
  createdAt: number;
}

interface CardRecord {
  proxy: string;
  number: string;
  status: string;
  statusHistory: string[];
  programGuid: string;
  personGuid: string;
  walletGuid: string;
  accountGuid: string;
  expiration: string;
  activationMethod: string | null;
  pin: string | undefined;
  createdAt: number;
  updatedAt: number;
}

interface NotificationRecord {
  guid: string;
  programGuid: string;
  url: string;
  headers: string | null;
  secret: string | null;
  active: boolean;
  eventTypes: string[];
}

/** One side of a transfer after resolution: an internal account (maybe via a card) or an outside party. */
type TransferParty = { account: AccountRecord; card: CardRecord | undefined } | { external: true };

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
  const extras = options.addUndocumentedFields ?? true;
  const loginResponse =
    options.loginResponse ??
    (({ token, expiresInSeconds }) =>
      json(200, { token, token_type: "Bearer", expires_in: expiresInSeconds }));
  const clock = options.clock ?? createEmulatorClock();
  const server = await createEmulatorServer({
    clock,
    port: options.port,
    notFound: (request) => fail(404, `No route for ${request.method} ${request.path}`),
  });
  const issuer = new TokenIssuer(clock, "qolo");
  const ledger = new IdempotencyLedger();
  const persons = new Map<string, PersonRecord>();
  const wallets = new Map<string, WalletRecord>();
  const accounts = new Map<string, AccountRecord>();
  const cards = new Map<string, CardRecord>();
  const instruments = new Map<string, Body>();
  const transfers = new Map<string, Body>();
  const transactions = new Map<string, Body>();
  const notifications = new Map<string, NotificationRecord>();
  const clientReferences = new Set<string>();
  const recorded: QoloEmulatorEvent[] = [];

  const now = () => clock.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const undocumented = (fields: Body): Body => (extras ? fields : {});

  function setRateLimit(limit: QoloEmulatorRateLimit | undefined): void {
    server.setRateLimit(
      limit === undefined
        ? undefined
        : {
            ...limit,
            // The limit is enforced by Qolo's API gateway; its body is undocumented, this is a gateway-style one.
            respond: () => json(429, { message: "Too Many Requests" }),
          },
    );
  }
  if (options.rateLimit) setRateLimit(options.rateLimit);

  // ------------------------------------------------------------------ plumbing
  function route(method: string, template: string, handler: RouteHandler, idempotent = false): void {
    server.route(method, template, (request) => {
      const unsupported = unsupportedMediaType(request);
      if (unsupported) return unsupported;
      const token = readBearerToken(request);
      const state = issuer.check(token);
      if (state !== "valid") {
        return fail(401, state === "expired" ? "Access token expired" : "Invalid or missing access token");
      }
      // The token is checked first: a 401 must not be stored as the key's answer, or the replay would repeat it.
      if (!idempotent) return handler(request);
      return ledger.run(
        request.headers.idempotencykey,
        `${request.method} ${request.path}\n${request.text()}`,
        () => handler(request),
        {
          mismatch: () => fail(400, "IdempotencyKey was already used with a different request"),
        },
      );
    });
  }

  function record(type: QoloWebhookEventType, data: Body): void {
    recorded.push({ type, payload: webhookEvent(type, data) });
  }

  function webhookEvent(type: QoloWebhookEventType, data: Body): QoloWebhookEvent {
    return {
      event_guid: randomUUID(),
      event_type: type,
      event_time: iso(now()),
      program_guid: programGuid,
      data: structuredClone(data),
    };
  }

  // ------------------------------------------------------------------ login
  server.route("POST", "/api/v1/auth/login", (request) => {
    const unsupported = unsupportedMediaType(request, true);
    if (unsupported) return unsupported;
    const body = request.json();
    const check = new Validator();
    const fields = check.object(body, "body");
    const presentedLogin = check.string(fields, "loginid");
    const presentedKey = check.string(fields, "apikey");
    const invalid = check.failure();
    if (invalid || presentedLogin === undefined || presentedKey === undefined) return invalid ?? badBody();
    if (!secretsEqual(presentedLogin, loginId) || !secretsEqual(presentedKey, apiKey)) {
      return fail(401, "Invalid loginid or apikey");
    }
    const { token } = issuer.issue(lifetimeSeconds, presentedLogin);
    return loginResponse({ token, expiresInSeconds: lifetimeSeconds });
  });

  // ------------------------------------------------------------------ persons
  function personView(person: PersonRecord): Body {
    return {
      person_guid: person.guid,
      ...structuredClone(person.fields),
      person_status: person.status,
      sys_utcinserted: iso(person.createdAt),
      sys_utcupdated: iso(person.updatedAt),
      ...undocumented({ program_guid: programGuid }),
    };
  }

  function newPerson(fields: Body): PersonRecord {
    const person: PersonRecord = {
      guid: randomUUID(),
      fields,
      status: "UNVERIFIED",
      createdAt: now(),
      updatedAt: now(),
    };
    persons.set(person.guid, person);
    record("person.created", personView(person));
    return person;
  }

  function personFieldsOf(check: Validator, body: Body | undefined, prefix: string): Body {
    const fields: Body = {};
    if (!body) return fields;
    for (const name of personFields) if (body[name] !== undefined) fields[name] = body[name];
    const birthDate = check.string(body, "birth_date", { required: false, path: `${prefix}birth_date` });
    if (birthDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) {
      check.add(`${prefix}birth_date`, "must be a date in the format YYYY-MM-DD");
    }
    const email = check.string(body, "email", { required: false, path: `${prefix}email` });
    if (email !== undefined && !/^[^@\s]+@[^@\s]+$/.test(email))
      check.add(`${prefix}email`, "is not an email");
    const mobile = check.string(body, "mobile_number", { required: false, path: `${prefix}mobile_number` });
    if (mobile !== undefined && !/^\+\d{6,15}$/.test(mobile)) {
      check.add(`${prefix}mobile_number`, "must be an international number such as +15555550123");
    }
    check.object(body.base_address, `${prefix}base_address`, false);
    return fields;
  }

  route(
    "POST",
    "/api/v1/persons",
    (request) => {
      // CreatePerson reference: `{program_guid, person_details, create_account?, ...}`, both named fields required.
      const check = new Validator();
      const body = check.object(request.json(), "body");
      const program = check.uuid(body, "program_guid");
      const details = check.object(body?.person_details, "person_details");
      const fields = personFieldsOf(check, details, "person_details.");
      check.boolean(body, "create_account");
      const invalid = check.failure();
      if (invalid || program === undefined) return invalid ?? badBody();
      if (program !== programGuid) return fail(404, "Program not found");
      return json(201, personView(newPerson(fields)));
    },
    true,
  );

  route("PUT", "/api/v1/persons/{person_guid}", (request) => {
    const person = persons.get(request.params.person_guid ?? "");
    if (!person) return fail(404, "Person not found");
    const check = new Validator();
    const body = check.object(request.json(), "body");
    const fields = personFieldsOf(check, body, "");
    const invalid = check.failure();
    if (invalid) return invalid;
    Object.assign(person.fields, fields);
    person.updatedAt = now();
    record("person.updated", personView(person));
    return json(200, personView(person));
  });

  route("POST", "/api/v1/persons/{person_guid}/kyc", (request) => {
    const person = persons.get(request.params.person_guid ?? "");
    if (!person) return fail(404, "Person not found");
    // Emulator rule: a person with a name, birth date and address clears KYC; anything less is incomplete.
    const complete = ["first_name", "last_name", "birth_date", "base_address"].every(
      (field) => person.fields[field] !== undefined && person.fields[field] !== null,
    );
    person.status = complete ? "CLEARED" : "INCOMPLETE";
    person.updatedAt = now();
    if (complete) record("person.verification.success", personView(person));
    return json(200, personView(person));
  });

  // ------------------------------------------------------------------ wallets and accounts
  function walletView(wallet: WalletRecord): Body {
    return {
      wallet_guid: wallet.guid,
      person_guid: wallet.personGuid,
      wallet_name: wallet.name,
      accounts: [...accounts.values()]
        .filter((account) => account.walletGuid === wallet.guid)
        .map((account) => account.guid),
      sys_utcinserted: iso(wallet.createdAt),
      ...undocumented({ program_guid: programGuid }),
    };
  }

  function accountView(account: AccountRecord): Body {
    return {
      account_guid: account.guid,
      wallet_guid: account.walletGuid,
      account_name: account.name,
      currency: account.currency,
      balance: account.cents / 100,
      account_status: "ACTIVE",
      sys_utcinserted: iso(account.createdAt),
      ...undocumented({ available_balance: account.cents / 100 }),
    };
  }

  function newWallet(personGuid: string, name: string | null): WalletRecord {
    const wallet: WalletRecord = { guid: randomUUID(), personGuid, name, createdAt: now() };
    wallets.set(wallet.guid, wallet);
    record("wallet.created", walletView(wallet));
    return wallet;
  }

  function newAccount(walletGuid: string, name: string | null, currency = "USD"): AccountRecord {
    const account: AccountRecord = {
      guid: randomUUID(),
      walletGuid,
      name,
      currency,
      cents: 0,
      createdAt: now(),
    };
    accounts.set(account.guid, account);
    record("account.created", accountView(account));
    return account;
  }

  route(
    "POST",
    "/api/v1/wallets",
    (request) => {
      const check = new Validator();
      const body = check.object(request.json(), "body");
      const personGuid = check.uuid(body, "person_guid");
      const name = check.nullableString(body, "wallet_name");
      const invalid = check.failure();
      if (invalid || personGuid === undefined) return invalid ?? badBody();
      if (!persons.has(personGuid)) return fail(404, "Person not found");
      return json(201, walletView(newWallet(personGuid, name ?? null)));
    },
    true,
  );

  route("POST", "/api/v1/wallets/search", (request) => {
    const check = new Validator();
    const body = check.object(request.json() ?? {}, "body");
    const personGuid = check.string(body, "person_guid", { required: false });
    const walletGuid = check.string(body, "wallet_guid", { required: false });
    const invalid = check.failure();
    if (invalid) return invalid;
    const results = [...wallets.values()]
      .filter(
        (wallet) =>
          (personGuid === undefined || wallet.personGuid === personGuid) &&
          (walletGuid === undefined || wallet.guid === walletGuid),
      )
      .map(walletView);
    return json(200, { results, total: results.length });
  });

  route(
    "POST",
    "/api/v1/accounts",
    (request) => {
      const check = new Validator();
      const body = check.object(request.json(), "body");
      const walletGuid = check.uuid(body, "wallet_guid");
      const name = check.nullableString(body, "account_name");
      // CreateAccount reference: `account_currencies` is a list of ISO-3 codes; the emulator keeps the first.
      const currencies = body?.account_currencies == null ? [] : check.array(body, "account_currencies");
      const codes = (currencies ?? []).filter((code): code is string => typeof code === "string");
      if (codes.length !== currencies?.length || codes.some((code) => !/^[A-Z]{3}$/.test(code)))
        check.add("account_currencies", "must be 3-letter currency codes");
      const currency = codes[0];
      const invalid = check.failure();
      if (invalid || walletGuid === undefined) return invalid ?? badBody();
      if (!wallets.has(walletGuid)) return fail(404, "Wallet not found");
      return json(201, accountView(newAccount(walletGuid, name ?? null, currency)));
    },
    true,
  );

  // ------------------------------------------------------------------ outside instruments
  route(
    "POST",
    "/api/v1/instruments",
    (request) => {
      const check = new Validator();
      const body = check.object(request.json(), "body");
      const type = check.oneOf(body, "instrument_type", ["BANKDDA", "CARD", "IBAN", "BBAN"]);
      const details = check.object(body?.account_details, "account_details");
      const invalid = check.failure();
      if (invalid || !body || !details) return invalid ?? badBody();
      const masked = Object.fromEntries(
        Object.entries(details).map(([key, value]) => [
          key,
          /number/i.test(key) && typeof value === "string" ? `XXXX${value.slice(-4)}` : value,
        ]),
      );
      const instrument: Body = {
        outside_instrument_guid: randomUUID(),
        instrument_type: type,
        account_details: masked,
        status: "ACTIVE",
        sys_utcinserted: iso(now()),
      };
      instruments.set(String(instrument.outside_instrument_guid), instrument);
      record("outside.instrument.created", instrument);
      return json(201, instrument);
    },
    true,
  );

  // ------------------------------------------------------------------ cards
  function cardView(card: CardRecord): Body {
    return {
      card_number: card.number,
      card_proxy: card.proxy,
      mask_card_pan: `${"X".repeat(12)}${card.number.slice(-4)}`,
      wallet_guid: card.walletGuid,
      issuance_type: "FULL",
      card_condition: "ORIGINAL",
      card_status: card.status,
      activation_method: card.activationMethod,
      expiration_date: card.expiration,
      logical_expiration_date: card.expiration,
      person_card_status: card.status === "ACTIVE" ? "ACTIVE" : "INACTIVE",
      card_tracking_detail: {
        fulfillment_house_name: "Emulated Fulfillment",
        card_requested: iso(card.createdAt),
        card_shipment_date: null,
        card_delivery_method: "USPS",
        card_delivery_tracking_number: null,
        card_package_name: "STANDARD",
      },
      sys_utcinserted: iso(card.createdAt),
      sys_utcupdated: iso(card.updatedAt),
      ...undocumented({
        program_guid: card.programGuid,
        person_guid: card.personGuid,
        account_guid: card.accountGuid,
      }),
    };
  }

  function findCard(request: EmulatorRequest): CardRecord | EmulatorResponse {
    return cards.get(request.params.card_proxy ?? "") ?? fail(404, "Card not found");
  }

  function changeStatus(
    card: CardRecord,
    status: string,
    reason?: { code?: string | undefined; description?: string | undefined },
  ) {
    card.status = status;
    card.statusHistory.push(status);
    card.updatedAt = now();
    record(status === "ACTIVE" && card.statusHistory.length === 2 ? "card.activated" : "card.status", {
      ...cardView(card),
      ...(reason?.code ? { reason_code: reason.code } : {}),
      ...(reason?.description ? { reason_description: reason.description } : {}),
    });
  }

  route(
    "POST",
    "/api/v1/cards",
    (request) => {
      const check = new Validator();
      const body = check.object(request.json(), "body");
      const program = check.uuid(body, "program_guid");
      const person = check.object(body?.person, "person", false);
      const personGuid = person
        ? check.uuid(person, "person_guid", { required: false, path: "person.person_guid" })
        : undefined;
      const personFieldValues = personFieldsOf(check, person, "person.");
      const walletGuid = check.uuid(body, "wallet_guid", { required: false });
      const months = check.integer(body, "months_until_expire", { required: false, min: 1, max: 120 });
      check.object(body?.fulfillment, "fulfillment", false);
      const walletName = check.nullableString(body, "wallet_name");
      const accountName = check.nullableString(body, "account_name");
      check.uuid(body, "inventory_manager_guid", { required: false, nullable: true });
      check.uuid(body, "revenue_account_guid", { required: false, nullable: true });
      const invalid = check.failure();
      if (invalid || program === undefined) return invalid ?? badBody();
      if (program !== programGuid) return fail(404, "Program not found");
      if (walletGuid !== undefined && personGuid === undefined) {
        return fail(400, "Validation failed", [
          { field: "person.person_guid", message: "is required with wallet_guid (existing person)" },
        ]);
      }
      let owner: PersonRecord | undefined;
      let wallet: WalletRecord | undefined;
      let account: AccountRecord | undefined;
      if (personGuid !== undefined) {
        owner = persons.get(personGuid);
        if (!owner) return fail(404, "Person not found");
        if (walletGuid !== undefined) {
          wallet = wallets.get(walletGuid);
          if (!wallet || wallet.personGuid !== personGuid) return fail(404, "Wallet not found");
        } else {
          wallet = [...wallets.values()].find((candidate) => candidate.personGuid === personGuid);
        }
        account = wallet && [...accounts.values()].find((candidate) => candidate.walletGuid === wallet?.guid);
      } else {
        owner = newPerson(personFieldValues);
      }
      wallet ??= newWallet(owner.guid, walletName ?? null);
      account ??= newAccount(wallet.guid, accountName ?? null);
      const expiry = new Date(now());
      expiry.setUTCMonth(expiry.getUTCMonth() + (months ?? 36));
      const card: CardRecord = {
        proxy: digits(13),
        number: panWithCheckDigit(`4${digits(14)}`),
        status: "PENDING",
        statusHistory: ["PENDING"],
        programGuid: program,
        personGuid: owner.guid,
        walletGuid: wallet.guid,
        accountGuid: account.guid,
        expiration: `${String(expiry.getUTCFullYear()).slice(-2)}${String(expiry.getUTCMonth() + 1).padStart(2, "0")}`,
        activationMethod: null,
        pin: undefined,
        createdAt: now(),
        updatedAt: now(),
      };
      cards.set(card.proxy, card);
      record("card.created", cardView(card));
      return json(201, cardView(card));
    },
    true,
  );

  route("POST", "/api/v1/cards/{card_proxy}/status", (request) => {
    const card = findCard(request);
    if (!("proxy" in card)) return card;
    const check = new Validator();
    const body = check.object(request.json(), "body");
    const status = check.oneOf(body, "status", cardStatuses);
    const reasonCode = check.nullableString(body, "reason_code");
    const reasonDescription = check.nullableString(body, "reason_description");
    const override = check.boolean(body, "override_status");
    const invalid = check.failure();
    if (invalid || status === undefined) return invalid ?? badBody();
    // Emulator rule: `override_status` forces any change except out of FCLOSED; it is ignored on activation.
    const allowed =
      cardTransitions[card.status]?.includes(status) ||
      (override === true && status !== "ACTIVE" && card.status !== "FCLOSED" && status !== card.status);
    if (!allowed) return fail(400, `Invalid card status transition from ${card.status} to ${status}`);
    if (status === "ACTIVE" && card.status === "PENDING") card.activationMethod = "API";
    changeStatus(card, status, {
      code: reasonCode ?? undefined,
      description: reasonDescription ?? undefined,
    });
    return json(200, cardView(card));
  });

  route("POST", "/api/v1/cards/{card_proxy}/activate", (request) => {
    const card = findCard(request);
    if (!("proxy" in card)) return card;
    if (card.status !== "PENDING")
      return fail(400, `Card is ${card.status}; only PENDING cards can be activated`);
    card.activationMethod = "API";
    changeStatus(card, "ACTIVE");
    return json(200, cardView(card));
  });

  route("POST", "/api/v1/cards/{card_proxy}/pin", (request) => {
    const card = findCard(request);
    if (!("proxy" in card)) return card;
    const check = new Validator();
    const body = check.object(request.json(), "body");
    const pin = check.string(body, "pin");
    if (pin !== undefined && !/^\d{4}$/.test(pin)) check.add("pin", "must be 4 digits");
    const invalid = check.failure();
    if (invalid || pin === undefined) return invalid ?? badBody();
    if (unusableCardStatuses.has(card.status))
      return fail(400, `Card is ${card.status}; the PIN cannot be set`);
    card.pin = pin;
    card.updatedAt = now();
    record("card.pin.changed", { card_proxy: card.proxy });
    return json(200, { card_proxy: card.proxy, pin_set: true });
  });

  route("GET", "/api/v1/cards/{card_proxy}/pin", (request) => {
    const card = findCard(request);
    if (!("proxy" in card)) return card;
    if (card.pin === undefined) return fail(404, "PIN not set");
    return json(200, { card_proxy: card.proxy, pin: card.pin });
  });

  // ------------------------------------------------------------------ transfers and transactions
  function resolveParty(
    detail: Body | undefined,
    internal: boolean,
    side: string,
  ): TransferParty | EmulatorResponse {
    const ids = detail ?? {};
    const present = (field: string) => ids[field] !== undefined && ids[field] !== null && ids[field] !== "";
    if (present("outside_instrument_guid")) {
      if (!instruments.has(String(ids.outside_instrument_guid)))
        return fail(404, "Outside instrument not found");
      if (!internal) return { external: true };
    }
    if (!internal) return { external: true };
    if (present("card_proxy")) {
      const card = cards.get(String(ids.card_proxy));
      const account = card && accounts.get(card.accountGuid);
      return card && account ? { account, card } : fail(404, "Account not found");
    }
    if (present("account_guid")) {
      const account = accounts.get(String(ids.account_guid));
      return account ? { account, card: undefined } : fail(404, "Account not found");
    }
    if (present("wallet_guid") || present("wallet_id")) {
      const wallet = String(ids.wallet_guid ?? ids.wallet_id);
      const account = [...accounts.values()].find((candidate) => candidate.walletGuid === wallet);
      return account ? { account, card: undefined } : fail(404, "Account not found");
    }
    return fail(400, "Validation failed", [
      { field: side, message: "needs an account_guid, card_proxy or wallet_guid for this transfer_type" },
    ]);
  }

  route(
    "POST",
    "/api/v1/transfers",
    (request) => {
      const check = new Validator();
      const body = check.object(request.json(), "body");
      const reference = check.string(body, "client_reference_id");
      const type = check.oneOf(body, "transfer_type", transferTypes);
      const channel = check.oneOf(body, "channel_type", channelTypes, false);
      const amount = check.number(body, "amount");
      const currency = check.string(body, "currency");
      if (currency !== undefined && !/^[A-Z]{3}$/.test(currency))
        check.add("currency", "must be a 3-letter code");
      const description = check.nullableString(body, "description");
      if (description && description.length > 128) check.add("description", "must be at most 128 characters");
      const memo = check.nullableString(body, "memo_code");
      if (memo && memo.length > 64) check.add("memo_code", "must be at most 64 characters");
      const source = check.object(body?.source, "source");
      const destination = check.object(body?.destination, "destination");
      if (amount !== undefined && !(amount > 0)) check.add("amount", "must be greater than 0");
      if (type === "UNKNOWN") check.add("transfer_type", "UNKNOWN is not a valid transfer type");
      const invalid = check.failure();
      if (invalid || !body || reference === undefined || type === undefined || amount === undefined) {
        return invalid ?? badBody();
      }
      if (clientReferences.has(reference)) {
        return fail(400, `A transfer with client_reference_id ${reference} already exists`);
      }
      const [from = "", to = ""] = type.includes("TO") ? splitOnce(type, "TO") : [type, type];
      const internalSource = /^(CARD|ACCOUNT)/.test(from) || type === "CHECKUNLOAD";
      const internalDestination = /^(CARD|ACCOUNT)/.test(to) || type === "CHECKLOAD";
      const sourceParty = resolveParty(source, internalSource, "source");
      if ("status" in sourceParty) return sourceParty;
      const destinationParty = resolveParty(destination, internalDestination, "destination");
      if ("status" in destinationParty) return destinationParty;
      const cents = Math.round(amount * 100);
      for (const party of [sourceParty, destinationParty]) {
        if (!("account" in party)) continue;
        if (party.account.currency !== currency) {
          return fail(
            400,
            `Currency ${currency} does not match the account currency ${party.account.currency}`,
          );
        }
        if (party.card && unusableCardStatuses.has(party.card.status)) {
          return fail(400, `Card is ${party.card.status}`);
        }
      }
      if ("account" in sourceParty) {
        if (sourceParty.card && sourceParty.card.status !== "ACTIVE") {
          return fail(400, `Card is ${sourceParty.card.status}; only ACTIVE cards can send funds`);
        }
        if (sourceParty.account.cents < cents) return fail(400, "Insufficient funds");
      }
      clientReferences.add(reference);
      const transferGuid = randomUUID();
      const status = channel !== undefined && settledLater.has(channel) ? "PENDING" : "COMPLETED";
      const transactionGuids: string[] = [];
      const post = (party: TransferParty, direction: "DEBIT" | "CREDIT") => {
        if (!("account" in party)) return;
        party.account.cents += direction === "DEBIT" ? -cents : cents;
        const transaction: Body = {
          transaction_guid: randomUUID(),
          transfer_guid: transferGuid,
          account_guid: party.account.guid,
          wallet_guid: party.account.walletGuid,
          card_proxy: party.card?.proxy ?? null,
          transaction_type: type,
          direction,
          amount,
          currency,
          client_reference_id: reference,
          description: description ?? null,
          sys_utcinserted: iso(now()),
        };
        transactions.set(String(transaction.transaction_guid), transaction);
        transactionGuids.push(String(transaction.transaction_guid));
      };
      post(sourceParty, "DEBIT");
      post(destinationParty, "CREDIT");
      const transfer: Body = {
        transfer_guid: transferGuid,
        client_reference_id: reference,
        transfer_type: type,
        channel_type: channel ?? "NotSet",
        amount,
        currency,
        description: description ?? null,
        memo_code: memo ?? null,
        source,
        destination,
        status,
        transaction_guids: transactionGuids,
        sys_utcinserted: iso(now()),
      };
      transfers.set(transferGuid, transfer);
      if (status === "COMPLETED") record("transfer.success", transfer);
      return json(201, transfer);
    },
    true,
  );

  route("POST", "/api/v1/transactions/search", (request) => {
    const check = new Validator();
    const body = check.object(request.json() ?? {}, "body");
    const filters = ["account_guid", "wallet_guid", "card_proxy", "transfer_guid", "client_reference_id"].map(
      (field) => [field, check.string(body, field, { required: false })] as const,
    );
    const invalid = check.failure();
    if (invalid) return invalid;
    const results = [...transactions.values()].filter((transaction) =>
      filters.every(([field, value]) => value === undefined || transaction[field] === value),
    );
    return json(200, { results, total: results.length });
  });

  route("GET", "/api/v1/transactions/{transaction_guid}", (request) => {
    const transaction = transactions.get(request.params.transaction_guid ?? "");
    return transaction ? json(200, transaction) : fail(404, "Transaction not found");
  });

  // ------------------------------------------------------------------ notifications (webhook subscriptions)
  function notificationView(notification: NotificationRecord): Body {
    return {
      notification_guid: notification.guid,
      program_guid: notification.programGuid,
      url: notification.url,
      headers: notification.headers,
      secret: notification.secret,
      active: notification.active,
      event_type: [...notification.eventTypes],
    };
  }

  function readNotification(request: EmulatorRequest): NotificationRecord | EmulatorResponse {
    const check = new Validator();
    const body = check.object(request.json(), "body");
    const program = check.uuid(body, "program_guid");
    const url = check.string(body, "url");
    if (url !== undefined && !isDeliverableUrl(url)) {
      check.add("url", "must be an https:// URL (http:// only on loopback in the emulator)");
    }
    const headers = check.nullableString(body, "headers");
    const secret = check.nullableString(body, "secret");
    const active = check.boolean(body, "active", true);
    const types = check.array(body, "event_type");
    types?.forEach((value, index) => {
      if (typeof value !== "string" || !(eventTypes as string[]).includes(value)) {
        check.add(`event_type[${index}]`, `must be one of ${eventTypes.join(", ")}`);
      }
    });
    if (types?.length === 0) check.add("event_type", "must contain at least one event type");
    const invalid = check.failure();
    if (invalid || program === undefined || url === undefined || !types) return invalid ?? badBody();
    if (program !== programGuid) return fail(404, "Program not found");
    return {
      guid: "",
      programGuid: program,
      url,
      headers: headers ?? null,
      secret: secret ?? null,
      // Qolo activates a subscription after a successful ping of `url`; the emulator does not ping.
      active: active ?? true,
      eventTypes: types as string[],
    };
  }

  route("GET", "/api/v1/notifications", () => {
    const results = [...notifications.values()].map(notificationView);
    return json(200, { results, total: results.length });
  });

  route(
    "POST",
    "/api/v1/notifications",
    (request) => {
      const notification = readNotification(request);
      if (!("guid" in notification)) return notification;
      notification.guid = randomUUID();
      notifications.set(notification.guid, notification);
      return json(201, notificationView(notification));
    },
    true,
  );

  route("PUT", "/api/v1/notifications/{notification_guid}", (request) => {
    const existing = notifications.get(request.params.notification_guid ?? "");
    if (!existing) return fail(404, "Notification not found");
    const update = readNotification(request);
    if (!("guid" in update)) return update;
    Object.assign(existing, { ...update, guid: existing.guid });
    return json(200, notificationView(existing));
  });

  route("DELETE", "/api/v1/notifications/{notification_guid}", (request) => {
    const guid = request.params.notification_guid ?? "";
    if (!notifications.delete(guid)) return fail(404, "Notification not found");
    return json(200, { notification_guid: guid, deleted: true });
  });

  // ------------------------------------------------------------------ the emulator handle
  function signWebhook(
    payload: QoloWebhookEvent | Record<string, unknown> | string,
    signOptions: { secret: string } | { notificationGuid: string },
  ): SignedQoloWebhook {
    let secret: string | null | undefined;
    if ("secret" in signOptions) secret = signOptions.secret;
    else secret = notifications.get(signOptions.notificationGuid)?.secret;
    if (typeof secret !== "string" || secret.length === 0) {
      throw new Error("qolo emulator: signWebhook needs a secret (or a subscription that has one)");
    }
    return signWebhookSync(qoloWebhookSigning, { body: webhookBody(payload), secret });
  }

  const cardSnapshot = (card: CardRecord): QoloCardSnapshot => ({
    cardProxy: card.proxy,
    cardNumber: card.number,
    status: card.status,
    programGuid: card.programGuid,
    personGuid: card.personGuid,
    walletGuid: card.walletGuid,
    accountGuid: card.accountGuid,
    pin: card.pin,
    statusHistory: [...card.statusHistory],
  });

  const emulator: QoloEmulator = {
    url: server.url,
    server,
    clock,
    loginId,
    apiKey,
    programGuid,
    get logins() {
      return issuer.issued;
    },
    revokeTokens: () => issuer.revokeAll(),
    setRateLimit,
    getCard(cardProxy) {
      const card = cards.get(cardProxy);
      return card ? cardSnapshot(card) : undefined;
    },
    cards: () => [...cards.values()].map(cardSnapshot),
    getAccount(accountGuid) {
      const account = accounts.get(accountGuid);
      return account
        ? {
            accountGuid: account.guid,
            walletGuid: account.walletGuid,
            currency: account.currency,
            balance: account.cents / 100,
          }
        : undefined;
    },
    counts: () => ({
      persons: persons.size,
      wallets: wallets.size,
      accounts: accounts.size,
      cards: cards.size,
      instruments: instruments.size,
      transfers: transfers.size,
      notifications: notifications.size,
    }),
    events: () => recorded.map((event) => structuredClone(event)),
    webhookDeliveries() {
      const deliveries: QoloWebhookDelivery[] = [];
      for (const event of recorded) {
        for (const notification of notifications.values()) {
          const listens =
            notification.eventTypes.includes("all") || notification.eventTypes.includes(event.type);
          if (!notification.active || !listens || !notification.secret) continue;
          deliveries.push({
            notificationGuid: notification.guid,
            url: notification.url,
            eventType: event.type,
            ...signWebhook(event.payload, { secret: notification.secret }),
          });
        }
      }
      return deliveries;
    },
    signWebhook,
    webhookEvent,
    close: () => server.close(),
    [Symbol.asyncDispose]: () => server.close(),
  };
  return emulator;
}

// ---------------------------------------------------------------------- helpers

function fail(
  status: number,
  message: string,
  errors?: { field: string; message: string }[],
): EmulatorResponse {
  return json(status, qoloErrorBody(message, errors));
}

function badBody(): EmulatorResponse {
  return fail(400, "The request body is not valid JSON");
}

/** Qolo documents 415 Unsupported Media Type: bodies must be JSON; a JSON body that does not parse is a 400. */
function unsupportedMediaType(request: EmulatorRequest, bodyRequired = false): EmulatorResponse | undefined {
  if (request.rawBody.length === 0 && !bodyRequired) return undefined;
  const type = request.headers["content-type"] ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    return fail(415, `Unsupported Media Type: ${type || "none"}; send application/json`);
  }
  return request.rawBody.length > 0 && request.json() === undefined ? badBody() : undefined;
}

function isDeliverableUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      url.protocol === "https:" ||
      (url.protocol === "http:" && /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(url.hostname))
    );
  } catch {
    return false;
  }
}

function splitOnce(value: string, separator: string): [string, string] {
  const index = value.indexOf(separator);
  return [value.slice(0, index), value.slice(index + separator.length)];
}

function digits(count: number): string {
  let result = "";
  for (let index = 0; index < count; index += 1) result += String(randomInt(10));
  return result;
}

function panWithCheckDigit(partial: string): string {
  let sum = 0;
  for (let index = 0; index < partial.length; index += 1) {
    let digit = Number(partial[partial.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return `${partial}${(10 - (sum % 10)) % 10}`;
}

/** Collects field problems and answers 400 with all of them at once. */
class Validator {
  readonly #issues: { field: string; message: string }[] = [];

  add(field: string, message: string): void {
    this.#issues.push({ field, message });
  }

  failure(): EmulatorResponse | undefined {
    return this.#issues.length > 0 ? fail(400, "Validation failed", this.#issues) : undefined;
  }

  object(value: unknown, path: string, required = true): Body | undefined {
    if (value === undefined || value === null) {
      if (required) this.add(path, "is required");
      return undefined;
    }
    if (typeof value !== "object" || Array.isArray(value)) {
      this.add(path, "must be an object");
      return undefined;
    }
    return value as Body;
  }

  string(
    parent: Body | undefined,
    field: string,
    { required = true, path = field }: { required?: boolean; path?: string } = {},
  ): string | undefined {
    if (!parent) return undefined;
    const value = parent[field];
    if (value === undefined || value === null) {
      if (required) this.add(path, "is required");
      return undefined;
    }
    if (typeof value !== "string") this.add(path, "must be a string");
    else if (value.trim() === "") this.add(path, "must not be empty");
    else return value;
    return undefined;
  }

  nullableString(parent: Body | undefined, field: string): string | null | undefined {
    const value = parent?.[field];
    if (value === null) return null;
    return this.string(parent, field, { required: false });
  }

  uuid(
    parent: Body | undefined,
    field: string,
    {
      required = true,
      path = field,
      nullable = false,
    }: { required?: boolean; path?: string; nullable?: boolean } = {},
  ): string | undefined {
    if (nullable && parent?.[field] === null) return undefined;
    const value = this.string(parent, field, { required, path });
    if (value !== undefined && !uuidPattern.test(value)) {
      this.add(path, "must be a GUID");
      return undefined;
    }
    return value;
  }

  number(parent: Body | undefined, field: string): number | undefined {
    if (!parent) return undefined;
    const value = parent[field];
    if (value === undefined || value === null) this.add(field, "is required");
    else if (typeof value !== "number" || !Number.isFinite(value)) this.add(field, "must be a number");
    else return value;
    return undefined;
  }

  integer(
    parent: Body | undefined,
    field: string,
    { required = true, min, max }: { required?: boolean; min: number; max: number },
  ): number | undefined {
    const value = parent?.[field];
    if (!parent || (value === undefined && !required)) return undefined;
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      this.add(field, `must be an integer from ${min} to ${max}`);
      return undefined;
    }
    return value as number;
  }

  boolean(parent: Body | undefined, field: string, nullable = false): boolean | undefined {
    const value = parent?.[field];
    if (value === undefined || (nullable && value === null)) return undefined;
    if (typeof value !== "boolean") {
      this.add(field, "must be a boolean");
      return undefined;
    }
    return value;
  }

  array(parent: Body | undefined, field: string): unknown[] | undefined {
    if (!parent) return undefined;
    const value = parent[field];
    if (value === undefined || value === null) this.add(field, "is required");
    else if (!Array.isArray(value)) this.add(field, "must be an array");
    else return value;
    return undefined;
  }

  oneOf(
    parent: Body | undefined,
    field: string,
    allowed: readonly string[],
    required = true,
  ): string | undefined {
    const value = this.string(parent, field, { required });
    if (value !== undefined && !allowed.includes(value)) {
      this.add(field, `must be one of ${allowed.join(", ")}`);
      return undefined;
    }
    return value;
  }
}

export { startStandaloneEmulator } from "./standalone";
