// The emulator's persons, wallets, accounts, cards and subscriptions, on the injected clock, and the events each change
// records. The rules the spec cannot state live in issuing.ts (cards) and ledger.ts (transfers). No HTTP here.
import { randomUUID } from "node:crypto";
import { type EmulatorClock, isoTime } from "@payclients/testing";
import type { components } from "../generated/schema";
import type { QoloWebhookEvent, QoloWebhookEventType } from "../webhooks";
import { accountView, personView, walletView } from "./views";

type Schemas = components["schemas"];
/** A card status of the spec's closed list. */
export type CardStatus = Schemas["CardStatus"];
/** The person fields a request carries (PersonDTO). */
export type PersonFields = Schemas["PersonDTO"];

/** A recorded event, as the emulator would deliver it to matching subscriptions. */
export interface QoloEmulatorEvent {
  type: QoloWebhookEventType;
  payload: QoloWebhookEvent;
}

/** A person (card holder) and its KYC status. */
export interface PersonRecord {
  guid: string;
  fields: PersonFields;
  status: string;
  createdAt: number;
  updatedAt: number;
}

/** A wallet of a person. */
export interface WalletRecord {
  guid: string;
  personGuid: string;
  name: string | null;
  createdAt: number;
}

/** An account in a wallet; `cents` is its balance in minor units. */
export interface AccountRecord {
  guid: string;
  walletGuid: string;
  name: string | null;
  currency: string;
  cents: number;
  createdAt: number;
}

/** A card, its status history and PIN. */
export interface CardRecord {
  proxy: string;
  number: string;
  status: CardStatus;
  statusHistory: CardStatus[];
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

/** A webhook subscription. */
export interface NotificationRecord {
  guid: string;
  programGuid: string;
  url: string;
  headers: string | null;
  secret: string | null;
  active: boolean;
  eventTypes: string[];
}

/** Free-form resources (their response shapes are undocumented): instruments, transfers, transactions. */
export type Resource = Record<string, unknown>;

/** Everything the emulator holds, on the injected clock. */
export class QoloState {
  readonly persons = new Map<string, PersonRecord>();
  readonly wallets = new Map<string, WalletRecord>();
  readonly accounts = new Map<string, AccountRecord>();
  readonly cards = new Map<string, CardRecord>();
  readonly instruments = new Map<string, Resource>();
  readonly transfers = new Map<string, Resource>();
  readonly transactions = new Map<string, Resource>();
  readonly notifications = new Map<string, NotificationRecord>();
  readonly clientReferences = new Set<string>();
  readonly events: QoloEmulatorEvent[] = [];

  constructor(
    readonly clock: EmulatorClock,
    readonly programGuid: string,
    /** Adds undocumented fields to resources, as Qolo may do without a version change. */
    readonly extras: boolean,
  ) {}

  /** Emulated now, epoch milliseconds. */
  now(): number {
    return this.clock.now();
  }

  /** The emulator's (invented) payload for an event about `data`. */
  webhookEvent(type: QoloWebhookEventType, data: Resource): QoloWebhookEvent {
    return {
      event_guid: randomUUID(),
      event_type: type,
      event_time: isoTime(this.now()),
      program_guid: this.programGuid,
      data: structuredClone(data),
    };
  }

  /** Records an event for the deliveries. */
  record(type: QoloWebhookEventType, data: Resource): void {
    this.events.push({ type, payload: this.webhookEvent(type, data) });
  }

  addPerson(fields: PersonFields): PersonRecord {
    const person = {
      guid: randomUUID(),
      fields,
      status: "UNVERIFIED",
      createdAt: this.now(),
      updatedAt: this.now(),
    };
    this.persons.set(person.guid, person);
    this.record("person.created", personView(person, this));
    return person;
  }

  updatePerson(person: PersonRecord, fields: PersonFields): void {
    Object.assign(person.fields, fields);
    person.updatedAt = this.now();
    this.record("person.updated", personView(person, this));
  }

  /** Emulator rule: a person with a name, birth date and address clears KYC; anything less is incomplete. */
  performKyc(person: PersonRecord): void {
    const required = ["first_name", "last_name", "birth_date", "base_address"] as const;
    const complete = required.every(
      (field) => person.fields[field] !== undefined && person.fields[field] !== null,
    );
    person.status = complete ? "CLEARED" : "INCOMPLETE";
    person.updatedAt = this.now();
    if (complete) this.record("person.verification.success", personView(person, this));
  }

  addWallet(personGuid: string, name: string | null): WalletRecord {
    const wallet = { guid: randomUUID(), personGuid, name, createdAt: this.now() };
    this.wallets.set(wallet.guid, wallet);
    this.record("wallet.created", walletView(wallet, this));
    return wallet;
  }

  addAccount(walletGuid: string, name: string | null, currency = "USD"): AccountRecord {
    const account = { guid: randomUUID(), walletGuid, name, currency, cents: 0, createdAt: this.now() };
    this.accounts.set(account.guid, account);
    this.record("account.created", accountView(account, this));
    return account;
  }

  accountsOf(walletGuid: string): AccountRecord[] {
    return [...this.accounts.values()].filter((account) => account.walletGuid === walletGuid);
  }
}
