import { isRefusal } from "@payclients/testing";
import { createTransfer } from "../ledger";
import type { Resource } from "../state";
import { fail } from "../wire";
import type { RouteContext } from "./context";

const filterFields = ["account_guid", "wallet_guid", "card_proxy", "transfer_guid", "client_reference_id"];

/** Transfers (balances move) and the transactions they record. */
export function transferRoutes({ api, state }: RouteContext): void {
  api.handle("POST /api/v1/transfers", ({ body }) => {
    const transfer = createTransfer(state, body);
    return isRefusal(transfer) ? transfer : { status: 201, body: transfer };
  });

  // SearchTransaction's filter list is only partly documented (an open body in the spec); these are the ones seen.
  api.handle("POST /api/v1/transactions/search", ({ body }) => {
    const filters = (body ?? {}) as Resource;
    const results = [...state.transactions.values()].filter((transaction) =>
      filterFields.every((field) => filters[field] === undefined || transaction[field] === filters[field]),
    );
    return { status: 200, body: { results, total: results.length } };
  });

  api.handle("GET /api/v1/transactions/{transaction_guid}", ({ input }) => {
    const transaction = state.transactions.get(input.path.transaction_guid);
    return transaction ? { status: 200, body: transaction } : fail(404, "Transaction not found");
  });
}
