// The emulator's payment applications and payments, and the rules the spec cannot state: which application a
// checkout names, an expiry after now, the payment life cycle (PENDING → RECEIVED / UNDERPAID → completed). Pure
// state on an injected clock: no HTTP here.
import { randomBytes, randomUUID } from "node:crypto";
import type { EmulatorClock } from "@payclients/testing";

/** Input of `addApplication`, as the create-application body plus an optional fixed Client ID. */
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

/** A payment application (merchant site) as the emulator keeps it. */
export interface ApplicationRecord {
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

/** A payment as the emulator keeps it (amounts in minor units, times in epoch ms). */
export interface PaymentRecord {
  id: string;
  clientId: string;
  status: string;
  completed: boolean;
  reference: string;
  referenceLabel: string;
  currencyCode: string;
  settlementCurrencyCode: string | null;
  /** Minor units. */
  amount: number;
  received: number | null;
  settled: number | null;
  createdAt: number;
  foundAt: number | null;
  confirmedAt: number | null;
  /** Unix seconds after which the signed checkout link is refused. */
  linkExpires: number;
}

/** What a checkout asks for (the spec's body, validated). */
export interface CheckoutInput {
  amount: number;
  currencyCode: string;
  reference: string;
  referenceLabel: string;
  settlementCurrencyCode?: string;
  expiresAt?: string;
}

const CLIENT_ID_LENGTH = 32;
const DEFAULT_LINK_LIFETIME_MS = 3_600_000;

/** Every application and payment of one emulator. */
export class VaiiPayLedger {
  readonly applications: ApplicationRecord[] = [];
  readonly #payments = new Map<string, PaymentRecord>();
  readonly #clock: EmulatorClock;
  #nextApplicationId = 1;

  constructor(clock: EmulatorClock) {
    this.#clock = clock;
  }

  addApplication(input: VaiiPayApplicationInput): ApplicationRecord {
    const application: ApplicationRecord = {
      id: this.#nextApplicationId,
      name: input.name,
      clientId: input.clientId ?? randomClientId(),
      secret: input.secret,
      siteId: randomUUID(),
      url: input.url ?? null,
      callbackUrl: input.callbackUrl ?? null,
      currencyWhitelist: input.currencyWhitelist ?? ["BTC", "ETH", "USDT"],
      allowUnderpay: input.allowUnderpay ?? false,
      allowOverpay: input.allowOverpay ?? false,
      createdAt: this.#clock.now(),
    };
    this.#nextApplicationId += 1;
    this.applications.push(application);
    return application;
  }

  /** Ensures an application with this Client ID exists (a Client Token of an unknown application creates one). */
  ensureApplication(clientId: string, secret: string): void {
    if (this.byClientId(clientId)) return;
    this.addApplication({ name: `Application ${this.#nextApplicationId}`, secret, clientId });
  }

  byClientId(clientId: string): ApplicationRecord | undefined {
    return this.applications.find((application) => application.clientId === clientId);
  }

  bySiteId(siteId: string): ApplicationRecord | undefined {
    return this.applications.find((application) => application.siteId === siteId);
  }

  byId(id: string | number): ApplicationRecord | undefined {
    return this.applications.find((application) => String(application.id) === String(id));
  }

  applicationOf(payment: PaymentRecord): ApplicationRecord {
    return this.byClientId(payment.clientId) as ApplicationRecord;
  }

  /** Whether `expiresAt` (already a valid date-time) lies after now, as Laravel's `after:now` checks. */
  isFuture(expiresAt: string): boolean {
    return Date.parse(expiresAt) > this.#clock.now();
  }

  /** Creates a payment of `application`; its link expires at `expiresAt`, else after an hour. */
  createPayment(application: ApplicationRecord, input: CheckoutInput): PaymentRecord {
    const now = this.#clock.now();
    const expiresMs =
      input.expiresAt === undefined ? now + DEFAULT_LINK_LIFETIME_MS : Date.parse(input.expiresAt);
    const payment: PaymentRecord = {
      id: randomUUID(),
      clientId: application.clientId,
      // "PENDING" is the emulator's name for a fresh payment; the real initial status is undocumented.
      status: "PENDING",
      completed: false,
      reference: input.reference,
      referenceLabel: input.referenceLabel,
      currencyCode: input.currencyCode,
      settlementCurrencyCode: input.settlementCurrencyCode ?? null,
      amount: input.amount,
      received: null,
      settled: null,
      createdAt: now,
      foundAt: null,
      confirmedAt: null,
      linkExpires: Math.floor(expiresMs / 1000),
    };
    this.#payments.set(payment.id, payment);
    return payment;
  }

  payment(id: string): PaymentRecord | undefined {
    return this.#payments.get(id);
  }

  /** The payment, or an error naming it (for the status helpers tests call). */
  existing(id: string): PaymentRecord {
    const payment = this.#payments.get(id);
    if (!payment) throw new Error(`vaiipay emulator: no payment ${id}`);
    return payment;
  }

  /** Funds confirmed on-chain: RECEIVED with at least the amount due. */
  receive(id: string, amount?: number): PaymentRecord {
    const payment = this.existing(id);
    const received = amount ?? payment.amount;
    if (payment.completed) throw new Error(`vaiipay emulator: payment ${id} is already completed`);
    if (!(Number.isInteger(received) && received >= payment.amount)) {
      throw new Error(
        `vaiipay emulator: receivePayment needs at least the amount due (${payment.amount}); use underpayPayment for less`,
      );
    }
    this.#found(payment, received);
    payment.status = "RECEIVED";
    return payment;
  }

  /** The payer sent less than due: UNDERPAID with 1 … amount − 1 minor units. */
  underpay(id: string, amount: number): PaymentRecord {
    const payment = this.existing(id);
    if (payment.completed || payment.status === "RECEIVED") {
      throw new Error(`vaiipay emulator: payment ${id} is ${payment.status} and cannot become UNDERPAID`);
    }
    if (!(Number.isInteger(amount) && amount > 0 && amount < payment.amount)) {
      throw new Error(`vaiipay emulator: an underpayment is between 1 and ${payment.amount - 1} minor units`);
    }
    this.#found(payment, amount);
    payment.status = "UNDERPAID";
    return payment;
  }

  /** Terminal success; needs RECEIVED, or UNDERPAID when the application allows underpayment. */
  complete(id: string): PaymentRecord {
    const payment = this.existing(id);
    const underpaidAllowed = payment.status === "UNDERPAID" && this.applicationOf(payment).allowUnderpay;
    if (payment.completed || !(payment.status === "RECEIVED" || underpaidAllowed)) {
      throw new Error(
        `vaiipay emulator: payment ${id} is ${payment.completed ? "already completed" : payment.status}; complete needs RECEIVED (or UNDERPAID with allowUnderpay)`,
      );
    }
    payment.completed = true;
    payment.settled = payment.received;
    return payment;
  }

  #found(payment: PaymentRecord, amount: number): void {
    const now = this.#clock.now();
    payment.received = amount;
    payment.foundAt ??= now;
    payment.confirmedAt = now;
  }
}

function randomClientId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  let id = "";
  for (const byte of randomBytes(CLIENT_ID_LENGTH)) id += alphabet[byte % alphabet.length];
  return id;
}
