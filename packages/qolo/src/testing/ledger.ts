// Transfers and their transactions: which side of a transfer type is internal, who the parties are, balances and
// currencies against what the accounts hold. Rules across fields and against state, which the spec cannot state.
import { randomUUID } from "node:crypto";
import { isoTime, isRefusal, type Refusal } from "@payclients/testing";
import type { components } from "../generated/schema";
import { unusableCardStatuses } from "./issuing";
import type { AccountRecord, CardRecord, QoloState, Resource } from "./state";
import { fail, invalidFields } from "./wire";

type TransferRequest = components["schemas"]["CreateTransferRequest"];
type TransferDetail = components["schemas"]["TransferDetail"];

/** One side of a transfer after resolution: an internal account (maybe via a card) or an outside party. */
type TransferParty = { account: AccountRecord; card: CardRecord | undefined } | { external: true };

// Channels that settle later: their transfers stay PENDING (the emulator never settles them).
const settledLater = new Set(["ACH", "SameDayACH", "Wire", "ManualWire", "CrossBorder"]);

/** CreateTransfer: moves `amount` between the parties the transfer type names, recording one transaction per side. */
export function createTransfer(state: QoloState, request: TransferRequest): Resource | Refusal {
  const { client_reference_id: reference, transfer_type: type, amount, currency } = request;
  if (type === "UNKNOWN") {
    return invalidFields([{ field: "transfer_type", message: "UNKNOWN is not a valid transfer type" }]);
  }
  if (state.clientReferences.has(reference)) {
    return fail(400, `A transfer with client_reference_id ${reference} already exists`);
  }
  const [from = "", to = ""] = type.includes("TO") ? splitOnce(type, "TO") : [type, type];
  const source = resolveParty(
    state,
    request.source,
    /^(CARD|ACCOUNT)/.test(from) || type === "CHECKUNLOAD",
    "source",
  );
  if (isRefusal(source)) return source;
  const destination = resolveParty(
    state,
    request.destination,
    /^(CARD|ACCOUNT)/.test(to) || type === "CHECKLOAD",
    "destination",
  );
  if (isRefusal(destination)) return destination;
  const cents = Math.round(amount * 100);
  const refused = refusedParties(source, destination, currency, cents);
  if (refused) return refused;

  state.clientReferences.add(reference);
  const transferGuid = randomUUID();
  const channel = request.channel_type;
  const status = channel !== undefined && settledLater.has(channel) ? "PENDING" : "COMPLETED";
  const transactionGuids: string[] = [];
  const post = (party: TransferParty, direction: "DEBIT" | "CREDIT") => {
    if (!("account" in party)) return;
    party.account.cents += direction === "DEBIT" ? -cents : cents;
    const transactionGuid = randomUUID();
    state.transactions.set(transactionGuid, {
      transaction_guid: transactionGuid,
      transfer_guid: transferGuid,
      account_guid: party.account.guid,
      wallet_guid: party.account.walletGuid,
      card_proxy: party.card?.proxy ?? null,
      transaction_type: type,
      direction,
      amount,
      currency,
      client_reference_id: reference,
      description: request.description ?? null,
      sys_utcinserted: isoTime(state.now()),
    });
    transactionGuids.push(transactionGuid);
  };
  post(source, "DEBIT");
  post(destination, "CREDIT");
  const transfer: Resource = {
    transfer_guid: transferGuid,
    client_reference_id: reference,
    transfer_type: type,
    channel_type: channel ?? "NotSet",
    amount,
    currency,
    description: request.description ?? null,
    memo_code: request.memo_code ?? null,
    source: request.source,
    destination: request.destination,
    status,
    transaction_guids: transactionGuids,
    sys_utcinserted: isoTime(state.now()),
  };
  state.transfers.set(transferGuid, transfer);
  if (status === "COMPLETED") state.record("transfer.success", transfer);
  return transfer;
}

/** Currencies must match the accounts; unusable cards neither send nor receive; the source must hold the amount. */
function refusedParties(
  source: TransferParty,
  destination: TransferParty,
  currency: string,
  cents: number,
): Refusal | undefined {
  for (const party of [source, destination]) {
    if (!("account" in party)) continue;
    if (party.account.currency !== currency) {
      return fail(400, `Currency ${currency} does not match the account currency ${party.account.currency}`);
    }
    if (party.card && unusableCardStatuses.has(party.card.status))
      return fail(400, `Card is ${party.card.status}`);
  }
  if (!("account" in source)) return undefined;
  if (source.card && source.card.status !== "ACTIVE") {
    return fail(400, `Card is ${source.card.status}; only ACTIVE cards can send funds`);
  }
  return source.account.cents < cents ? fail(400, "Insufficient funds") : undefined;
}

/** The side's account (directly, via a card, or a wallet's first account), or an outside party. */
function resolveParty(
  state: QoloState,
  detail: TransferDetail,
  internal: boolean,
  side: string,
): TransferParty | Refusal {
  const present = (value: unknown): value is string | number =>
    value !== undefined && value !== null && value !== "";
  if (present(detail.outside_instrument_guid) && !state.instruments.has(detail.outside_instrument_guid)) {
    return fail(404, "Outside instrument not found");
  }
  if (!internal) return { external: true };
  if (present(detail.card_proxy)) {
    const card = state.cards.get(detail.card_proxy);
    const account = card && state.accounts.get(card.accountGuid);
    return card && account ? { account, card } : fail(404, "Account not found");
  }
  if (present(detail.account_guid)) {
    const account = state.accounts.get(detail.account_guid);
    return account ? { account, card: undefined } : fail(404, "Account not found");
  }
  const wallet = present(detail.wallet_guid) ? detail.wallet_guid : detail.wallet_id;
  if (present(wallet)) {
    const account = state.accountsOf(String(wallet))[0];
    return account ? { account, card: undefined } : fail(404, "Account not found");
  }
  return invalidFields([
    { field: side, message: "needs an account_guid, card_proxy or wallet_guid for this transfer_type" },
  ]);
}

function splitOnce(value: string, separator: string): [string, string] {
  const index = value.indexOf(separator);
  return [value.slice(0, index), value.slice(index + separator.length)];
}
