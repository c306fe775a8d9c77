// The card life cycle, rules of the emulator's own that the spec cannot state: who a new card belongs to, which status
// changes are allowed, when a PIN may be set. Pure state on the injected clock: no HTTP here.
import { randomInt } from "node:crypto";
import type { Refusal } from "@payclients/testing";
import type { CardRecord, CardStatus, PersonFields, PersonRecord, QoloState, WalletRecord } from "./state";
import { cardView } from "./views";
import { fail } from "./wire";

// Only PENDING → ACTIVE is documented; the rest is a plausible issuing life cycle of the emulator's own.
const cardTransitions: Record<CardStatus, CardStatus[]> = {
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

/** Statuses in which a card neither moves money nor takes a PIN. */
export const unusableCardStatuses: ReadonlySet<string> = new Set([
  "LOST",
  "STOLEN",
  "DAMAGED",
  "CLOSED",
  "FCLOSED",
]);

/** What a new card needs: an existing person (and wallet), or the fields of a person to create. */
export interface CardRequest {
  programGuid: string;
  personGuid: string | undefined;
  walletGuid: string | undefined;
  person: PersonFields;
  walletName: string | null;
  accountName: string | null;
  months: number;
}

/** CreateCard: an existing person (and wallet), or a new person with a wallet and an account; cards start PENDING. */
export function issueCard(state: QoloState, request: CardRequest): CardRecord | Refusal {
  let owner: PersonRecord | undefined;
  let wallet: WalletRecord | undefined;
  if (request.personGuid !== undefined) {
    owner = state.persons.get(request.personGuid);
    if (!owner) return fail(404, "Person not found");
    const personGuid = owner.guid;
    if (request.walletGuid !== undefined) {
      wallet = state.wallets.get(request.walletGuid);
      if (!wallet || wallet.personGuid !== personGuid) return fail(404, "Wallet not found");
    } else {
      wallet = [...state.wallets.values()].find((candidate) => candidate.personGuid === personGuid);
    }
  } else {
    owner = state.addPerson(request.person);
  }
  let account = wallet && state.accountsOf(wallet.guid)[0];
  wallet ??= state.addWallet(owner.guid, request.walletName);
  account ??= state.addAccount(wallet.guid, request.accountName);
  const expiry = new Date(state.now());
  expiry.setUTCMonth(expiry.getUTCMonth() + request.months);
  const card: CardRecord = {
    proxy: digits(13),
    number: panWithCheckDigit(`4${digits(14)}`),
    status: "PENDING",
    statusHistory: ["PENDING"],
    programGuid: request.programGuid,
    personGuid: owner.guid,
    walletGuid: wallet.guid,
    accountGuid: account.guid,
    expiration: `${String(expiry.getUTCFullYear()).slice(-2)}${String(expiry.getUTCMonth() + 1).padStart(2, "0")}`,
    activationMethod: null,
    pin: undefined,
    createdAt: state.now(),
    updatedAt: state.now(),
  };
  state.cards.set(card.proxy, card);
  state.record("card.created", cardView(card, state));
  return card;
}

/** StatusCard. Emulator rule: `override` forces any change except out of FCLOSED; it is ignored on activation. */
export function changeCardStatus(
  state: QoloState,
  card: CardRecord,
  status: CardStatus,
  { override = false, code, description }: { override?: boolean; code?: string; description?: string } = {},
): Refusal | undefined {
  const allowed =
    cardTransitions[card.status].includes(status) ||
    (override && status !== "ACTIVE" && card.status !== "FCLOSED" && status !== card.status);
  if (!allowed) return fail(400, `Invalid card status transition from ${card.status} to ${status}`);
  if (status === "ACTIVE" && card.status === "PENDING") card.activationMethod = "API";
  card.status = status;
  card.statusHistory.push(status);
  card.updatedAt = state.now();
  const activated = status === "ACTIVE" && card.statusHistory.length === 2;
  state.record(activated ? "card.activated" : "card.status", {
    ...cardView(card, state),
    ...(code ? { reason_code: code } : {}),
    ...(description ? { reason_description: description } : {}),
  });
  return undefined;
}

/** ActivateCard: only a PENDING card. */
export function activateCard(state: QoloState, card: CardRecord): Refusal | undefined {
  if (card.status !== "PENDING")
    return fail(400, `Card is ${card.status}; only PENDING cards can be activated`);
  return changeCardStatus(state, card, "ACTIVE");
}

/** SetPIN: not on a lost, stolen, damaged or closed card. */
export function setPin(state: QoloState, card: CardRecord, pin: string): Refusal | undefined {
  if (unusableCardStatuses.has(card.status))
    return fail(400, `Card is ${card.status}; the PIN cannot be set`);
  card.pin = pin;
  card.updatedAt = state.now();
  state.record("card.pin.changed", { card_proxy: card.proxy });
  return undefined;
}

function digits(count: number): string {
  let result = "";
  for (let index = 0; index < count; index += 1) result += String(randomInt(10));
  return result;
}

/** Appends the Luhn check digit, so emulated card numbers pass a client's checksum. */
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
