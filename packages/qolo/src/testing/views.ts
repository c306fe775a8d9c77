// Records as the spec's response shapes (`components["schemas"]`), plus the undocumented fields the emulator adds to
// prove clients tolerate them; and the snapshots tests read.
import { isoTime } from "@payclients/testing";
import type { components } from "../generated/schema";
import type {
  AccountRecord,
  CardRecord,
  NotificationRecord,
  PersonRecord,
  QoloState,
  WalletRecord,
} from "./state";

type Schemas = components["schemas"];
type Extra = Record<string, unknown>;
type ViewContext = Pick<QoloState, "programGuid" | "extras" | "accountsOf">;

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

const undocumented = (context: ViewContext, fields: Extra): Extra => (context.extras ? fields : {});

/** A card as StatusCard's sample shows it. */
export function cardView(card: CardRecord, context: ViewContext): Schemas["Card"] & Extra {
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
      card_requested: isoTime(card.createdAt),
      card_shipment_date: null,
      card_delivery_method: "USPS",
      card_delivery_tracking_number: null,
      card_package_name: "STANDARD",
    },
    sys_utcinserted: isoTime(card.createdAt),
    sys_utcupdated: isoTime(card.updatedAt),
    ...undocumented(context, {
      program_guid: card.programGuid,
      person_guid: card.personGuid,
      account_guid: card.accountGuid,
    }),
  };
}

/** A person: the PersonDTO fields as sent, plus `person_status`. */
export function personView(person: PersonRecord, context: ViewContext): Schemas["Person"] & Extra {
  return {
    person_guid: person.guid,
    ...structuredClone(person.fields),
    person_status: person.status,
    sys_utcinserted: isoTime(person.createdAt),
    sys_utcupdated: isoTime(person.updatedAt),
    ...undocumented(context, { program_guid: context.programGuid }),
  };
}

/** A wallet (shape undocumented: the emulator's own). */
export function walletView(wallet: WalletRecord, context: ViewContext): Schemas["UnverifiedObject"] {
  return {
    wallet_guid: wallet.guid,
    person_guid: wallet.personGuid,
    wallet_name: wallet.name,
    accounts: context.accountsOf(wallet.guid).map((account) => account.guid),
    sys_utcinserted: isoTime(wallet.createdAt),
    ...undocumented(context, { program_guid: context.programGuid }),
  };
}

/** An account (shape undocumented: the emulator's own, with the field names the reference was seen to use). */
export function accountView(account: AccountRecord, context: ViewContext): Schemas["UnverifiedObject"] {
  return {
    account_guid: account.guid,
    wallet_guid: account.walletGuid,
    account_name: account.name,
    currency: account.currency,
    balance: account.cents / 100,
    account_status: "ACTIVE",
    sys_utcinserted: isoTime(account.createdAt),
    ...undocumented(context, { available_balance: account.cents / 100 }),
  };
}

/** A webhook subscription, echoing its fields. */
export function notificationView(notification: NotificationRecord): Schemas["Notification"] {
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

/** A copy of a card for tests. */
export function cardSnapshot(card: CardRecord): QoloCardSnapshot {
  return {
    cardProxy: card.proxy,
    cardNumber: card.number,
    status: card.status,
    programGuid: card.programGuid,
    personGuid: card.personGuid,
    walletGuid: card.walletGuid,
    accountGuid: card.accountGuid,
    pin: card.pin,
    statusHistory: [...card.statusHistory],
  };
}

/** A copy of an account for tests, its balance in major units. */
export function accountSnapshot(account: AccountRecord): QoloAccountSnapshot {
  return {
    accountGuid: account.guid,
    walletGuid: account.walletGuid,
    currency: account.currency,
    balance: account.cents / 100,
  };
}
