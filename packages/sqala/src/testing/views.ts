// What the emulator answers for its records: the spec's response shapes (`components["schemas"]`), and the cursor
// pages every list shares.
import { randomUUID } from "node:crypto";
import { isRefusal, type Refusal } from "@payclients/testing";
import type { components } from "../generated/schema";
import type { Stored } from "./state";
import { invalidBody } from "./wire";

type Schemas = components["schemas"];

/** A list page as every Sqala list answers it. */
export interface Page<View> {
  data: View[];
  paging: Schemas["Paging"];
}

/** The cursor parameters of a list (`limit` already checked against the spec's 1-50). */
export interface PageQuery {
  limit?: number | undefined;
  before?: string | undefined;
  after?: string | undefined;
}

const cursorOf = (view: { id?: unknown } | undefined) =>
  view === undefined ? null : Buffer.from(String(view.id)).toString("base64");

/** Cursor paging over newest-first items; cursors are the base64 of an item id (opaque to clients). */
export function page<View extends { id?: unknown }>(
  items: Iterable<Stored<View>>,
  query: PageQuery,
): Page<View> | Refusal {
  const limit = query.limit ?? 10;
  const ordered = [...items].sort((left, right) => right.seq - left.seq).map((item) => item.view);
  const errors: string[] = [];
  const position = (name: "after" | "before"): number | undefined => {
    const cursor = query[name];
    if (cursor === undefined || cursor === "") return undefined;
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
  return {
    data,
    paging: {
      before: start > 0 && data.length > 0 ? cursorOf(data[0]) : null,
      after: end < ordered.length && data.length > 0 ? cursorOf(data.at(-1)) : null,
    },
  };
}

/** A page as a handler's answer: 200 with the page, or the cursor refusal. */
export function pageReply<View extends { id?: unknown }>(
  items: Iterable<Stored<View>>,
  query: PageQuery,
): { status: 200; body: Page<View> } | Refusal {
  const result = page(items, query);
  return isRefusal(result) ? result : { status: 200, body: result };
}

/** A bank account object as Sqala answers it: only its documented fields, `null` where nothing was set. */
export function bankAccountView(
  input: Schemas["BankAccountInput"] & { code?: string; metadata?: Schemas["Metadata"] },
  at: string,
): Schemas["BankAccount"] {
  return {
    id: randomUUID(),
    code: input.code ?? null,
    type: input.type ?? "CHECKING",
    holderName: input.holderName,
    holderTaxId: input.holderTaxId,
    holderType: input.holderType,
    branchNumber: input.branchNumber,
    accountNumber: input.accountNumber,
    bankId: input.bankId,
    status: "ACTIVE",
    createdAt: at,
    updatedAt: null,
    deletedAt: null,
    metadata: input.metadata ?? null,
  };
}

/** An incoming bank transfer (TED), already paid, into the organization's account. */
export function bankTransferView(
  input: { amount: number; code?: string | undefined; payer?: Schemas["Payer"] | undefined },
  at: string,
  transactionId: string,
  organizationId: string,
): Schemas["BankTransferPayment"] {
  return {
    id: randomUUID(),
    code: input.code ?? null,
    transactionId,
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
}

/** A copy of a record's view for tests (a mutation of it never reaches the emulator's state). */
export const snapshot = <View>(record: Stored<View> | undefined): View | undefined =>
  record === undefined ? undefined : structuredClone(record.view);
