// The emulator's objects and the rules the spec cannot state: unique `code`s, the test-mode amount limit, splits
// and balances, payment outcomes and the withdrawal life cycle. Pure state on an injected clock: no HTTP here.
import { randomUUID } from "node:crypto";
import { type EmulatorClock, isoTime, type Refusal } from "@payclients/testing";
import type { components } from "../generated/schema";
import { bankTransferView } from "./views";
import { fail } from "./wire";

type Schemas = components["schemas"];

/** A Pix, ITP or boleto payment as the API shows it. */
export type SqalaPaymentSnapshot =
  | Schemas["PixQrCodePayment"]
  | Schemas["ItpPayment"]
  | Schemas["BoletoPayment"];

/** Which payment collection a Pix-shaped payment belongs to. */
export type PaymentKind = "pix" | "itp" | "boleto";

/** A stored object: its view as the API answers it, and its creation order (lists are newest first). */
export interface Stored<View> {
  seq: number;
  view: View;
}

/** A Pix, ITP or boleto payment. */
export interface PaymentRecord extends Stored<SqalaPaymentSnapshot> {
  kind: PaymentKind;
}

/** A bank account and the recipient (or `DEFAULT`) it belongs to. */
export interface BankAccountRecord extends Stored<Schemas["BankAccount"]> {
  recipientId: string;
}

/** A withdrawal and the account it debits. */
export interface WithdrawalRecord extends Stored<Schemas["Withdrawal"]> {
  account: string;
  /** The Pix charge a `PIX_QRCODE` withdrawal pays, when it is one of this emulator's. */
  paysCharge: string | undefined;
}

/** A tokenized card; the card number's field name is a guess of the spec, so it may be missing. */
export interface VaultCard {
  number: string | undefined;
  holderName: string | undefined;
  expMonth: string | number | null;
  expYear: string | number | null;
}

/** Where state transitions report events (the emulator's webhook log). */
export type EmitEvent = (event: string, objectType: string, data: unknown, seq: number) => void;

/** `object.type` of the events about each kind of payment. */
export const objectTypes: Record<PaymentKind, string> = {
  pix: "PixQrCodePayment",
  itp: "ItpPayment",
  boleto: "BoletoPayment",
};

const finalWithdrawalStatuses = new Set(["REJECTED", "REFUNDED", "FAILED", "PAID"]);
// The documented statuses give no order; this one (approval, processing, outcome) is an assumption.
const withdrawalTransitions: Record<string, readonly string[]> = {
  PENDING_APPROVAL: ["APPROVED", "REJECTED"],
  CREATED: ["PROCESSED", "PAID", "FAILED"],
  APPROVED: ["PROCESSED", "PAID", "FAILED"],
  PROCESSED: ["PAID", "FAILED"],
  PAID: ["REFUNDED"],
};

/** Every object of one emulator, and what happens to them. */
export class SqalaState {
  readonly payments = new Map<string, PaymentRecord>();
  readonly bankTransfers = new Map<string, Stored<Schemas["BankTransferPayment"]>>();
  readonly cardPayments = new Map<string, Stored<Schemas["CreditCardPayment"]>>();
  readonly vaults = new Map<string, VaultCard>();
  readonly recipients = new Map<string, Stored<Schemas["Recipient"]>>();
  readonly bankAccounts = new Map<string, BankAccountRecord>();
  readonly withdrawals = new Map<string, WithdrawalRecord>();
  readonly transactions = new Map<string, Stored<Schemas["BalanceTransaction"]>[]>();
  readonly pixKeys = new Map<string, { ownerTaxId?: string | undefined; error?: string | undefined }>();
  readonly #codes = new Map<string, Map<string, string>>();
  readonly #balances = new Map<string, number>();
  #seq = 0;

  constructor(
    readonly clock: EmulatorClock,
    readonly options: { balance?: number | undefined; amountLimit?: number | undefined; emit: EmitEvent },
  ) {
    this.#balances.set("DEFAULT", options.balance ?? 0);
  }

  /** The next creation sequence number. */
  next(): number {
    this.#seq += 1;
    return this.#seq;
  }

  /** An emulated instant (default: now) as Sqala writes timestamps. */
  iso(ms: number = this.clock.now()): string {
    return isoTime(ms);
  }

  emit(event: string, objectType: string, data: unknown): void {
    this.options.emit(event, objectType, data, this.next());
  }

  claimCode(collection: string, code: string | null | undefined, id: string): void {
    if (typeof code !== "string" || code.length === 0) return;
    const taken = this.#codes.get(collection) ?? new Map<string, string>();
    taken.set(code, id);
    this.#codes.set(collection, taken);
  }

  /** `CODE_ALREADY_EXISTS` when another object of the collection has this `code`. */
  codeTaken(collection: string, code: string | null | undefined): Refusal | undefined {
    if (typeof code !== "string" || !this.#codes.get(collection)?.has(code)) return undefined;
    return fail(400, "CODE_ALREADY_EXISTS", `An object with code "${code}" already exists`);
  }

  /** `LIMIT_EXCEED_FOR_THE_TRANSACTION` above the configured limit (Sqala's test mode caps amounts at 199). */
  overLimit(amount: number): Refusal | undefined {
    const limit = this.options.amountLimit;
    if (limit === undefined || amount <= limit) return undefined;
    return fail(
      400,
      "LIMIT_EXCEED_FOR_THE_TRANSACTION",
      `The amount exceeds the limit of ${limit} cents for this transaction`,
    );
  }

  /** Your own organization (`DEFAULT`) or a recipient. */
  accountExists(recipientId: string): boolean {
    return recipientId === "DEFAULT" || this.recipients.has(recipientId);
  }

  balanceOf(account: string): number {
    return this.#balances.get(account) ?? 0;
  }

  /** Moves `amount` (negative for a debit) on an account's balance and records the transaction. */
  book(account: string, amount: number, type: string, referenceId: string): void {
    const balance = this.balanceOf(account) + amount;
    this.#balances.set(account, balance);
    const list = this.transactions.get(account) ?? [];
    const id = randomUUID();
    list.push({ seq: this.next(), view: { id, type, amount, balance, referenceId, createdAt: this.iso() } });
    this.transactions.set(account, list);
  }

  /** Credits a paid amount: each split to its recipient, the rest to the organization. */
  credit(view: { id: string; split?: Schemas["SplitItem"][] | undefined }, paidAmount: number): void {
    let remaining = paidAmount;
    for (const split of view.split ?? []) {
      this.book(split.recipientId, split.value, "SPLIT", view.id);
      remaining -= split.value;
    }
    this.book("DEFAULT", remaining, "PAYMENT", view.id);
  }

  /** The payer pays: `PAID`, balances credited, `payment.paid` emitted (throws unless the payment is open). */
  pay(payment: PaymentRecord, paidAmount: number | undefined): SqalaPaymentSnapshot {
    const view = payment.view;
    if (!["CREATED", "PROCESSED"].includes(String(view.status))) {
      throw new Error(`sqala emulator: payment ${view.id} is ${String(view.status)} and cannot be paid`);
    }
    const amount = paidAmount ?? Number(view.amount);
    Object.assign(view, { status: "PAID", paidAmount: amount, processedAt: view.processedAt ?? this.iso() });
    view.paidAt = this.iso();
    this.credit(view, amount);
    this.emit("payment.paid", objectTypes[payment.kind], view);
    return structuredClone(view);
  }

  /** The payment fails: `FAILED`, `payment.failed` emitted (throws unless the payment is open). */
  failPayment(payment: PaymentRecord): SqalaPaymentSnapshot {
    const view = payment.view;
    if (!["CREATED", "PROCESSED"].includes(String(view.status))) {
      throw new Error(`sqala emulator: payment ${view.id} is ${String(view.status)} and cannot fail`);
    }
    Object.assign(view, { status: "FAILED", failedAt: this.iso() });
    this.emit("payment.failed", objectTypes[payment.kind], view);
    return structuredClone(view);
  }

  /** Whether an identical withdrawal (amount, method, destination) is still pending on the account. */
  duplicateWithdrawal(
    account: string,
    body: { amount: number; method: string; pixKey?: string | undefined; bankAccountId?: string | undefined },
  ): boolean {
    return [...this.withdrawals.values()].some(
      ({ view, account: other }) =>
        other === account &&
        !finalWithdrawalStatuses.has(String(view.status)) &&
        view.amount === body.amount &&
        view.method === body.method &&
        (view.pixKey ?? null) === (body.pixKey ?? null) &&
        (view.bankAccount?.id ?? null) === (body.bankAccountId ?? null),
    );
  }

  /** Moves a withdrawal along the allowed transitions; refunds and events follow (throws on a forbidden one). */
  transition(record: WithdrawalRecord, status: Schemas["WithdrawalStatus"], reason?: string): void {
    const view = record.view;
    const current = String(view.status);
    if (!withdrawalTransitions[current]?.includes(status)) {
      throw new Error(`sqala emulator: withdrawal ${view.id} cannot go from ${current} to ${status}`);
    }
    view.status = status;
    const at = this.iso();
    const amount = Number(view.amount);
    if (status === "APPROVED") view.approvedAt = at;
    if (status === "PROCESSED") view.processedAt = at;
    if (status === "REJECTED") {
      view.rejectedAt = at;
      this.book(record.account, amount, "WITHDRAWAL_REFUND", view.id);
    }
    if (status === "FAILED") {
      Object.assign(view, { failedAt: at, failedReason: reason ?? "TRANSACTION_INTERRUPTED" });
      this.book(record.account, amount, "WITHDRAWAL_REFUND", view.id);
      this.emit("withdrawal.failed", "Withdrawal", view);
    }
    if (status === "PAID") {
      view.paidAt = at;
      const charge = record.paysCharge === undefined ? undefined : this.payments.get(record.paysCharge);
      if (charge && !["PAID", "FAILED", "ERROR"].includes(String(charge.view.status)))
        this.pay(charge, undefined);
      this.emit("withdrawal.created", "Withdrawal", view);
    }
    if (status === "REFUNDED") this.book(record.account, amount, "WITHDRAWAL_REFUND", view.id);
  }

  /** An incoming bank transfer (TED) arrives, already `PAID`: balances credited, `payment.paid` emitted. */
  receiveBankTransfer(
    input: { amount: number; code?: string | undefined; payer?: Schemas["Payer"] | undefined },
    organizationId: string,
  ): Schemas["BankTransferPayment"] {
    const view = bankTransferView(
      input,
      this.iso(),
      `E${String(this.clock.now()).padStart(31, "0")}`,
      organizationId,
    );
    this.bankTransfers.set(view.id, { seq: this.next(), view });
    this.credit(view, input.amount);
    this.emit("payment.paid", "BankTransferPayment", view);
    return structuredClone(view);
  }

  mustPayment(id: string): PaymentRecord {
    const payment = this.payments.get(id);
    if (!payment) throw new Error(`sqala emulator: unknown payment ${JSON.stringify(id)}`);
    return payment;
  }

  mustWithdrawal(id: string): WithdrawalRecord {
    const withdrawal = this.withdrawals.get(id);
    if (!withdrawal) throw new Error(`sqala emulator: unknown withdrawal ${JSON.stringify(id)}`);
    return withdrawal;
  }
}
