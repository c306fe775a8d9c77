import { randomUUID } from "node:crypto";
import { isRefusal, type Refusal } from "@payclients/testing";
import type { components } from "../../generated/schema";
import { decodePixPayload } from "../pix";
import type { SqalaState, WithdrawalRecord } from "../state";
import { bankAccountView, pageReply } from "../views";
import { fail, invalidBody, objectNotFound } from "../wire";
import type { RouteContext } from "./context";

type Schemas = components["schemas"];
type CreateWithdrawal = Schemas["CreateWithdrawalRequest"];

/** Withdrawals (payouts) of the organization (`DEFAULT`) or a recipient: create, list, read. */
export function withdrawalRoutes({ api, state, settings }: RouteContext): void {
  api.handle("POST /recipients/{recipientId}/withdrawals", ({ body, input }) => {
    const account = input.path.recipientId;
    if (!state.accountExists(account)) return objectNotFound("Recipient", account);
    const missing = missingForMethod(body);
    if (missing.length > 0) return invalidBody(missing.map((field) => `${field} should not be empty`));
    const destination = destinationOf(state, account, body);
    if (isRefusal(destination)) return destination;
    const keyEntry = body.method === "PIX" ? state.pixKeys.get(body.pixKey ?? "") : undefined;
    if (keyEntry?.error) return fail(400, keyEntry.error, `Pix key ${body.pixKey} cannot receive payouts`);
    const problem = state.overLimit(body.amount) ?? state.codeTaken("withdrawal", body.code);
    if (problem) return problem;
    if (body.code === undefined && state.duplicateWithdrawal(account, body)) {
      return fail(400, "DUPLICATE_TRASACTION_DETECTED", "An identical withdrawal is already pending");
    }
    if (state.balanceOf(account) < body.amount) {
      return fail(
        400,
        "INSUFFICIENT_BALANCE",
        `Insufficient balance for a withdrawal of ${body.amount} cents`,
      );
    }
    const record = create(state, account, body, destination, settings.requireWithdrawalApproval);
    const owner = keyEntry?.ownerTaxId;
    if (body.expectedHolderTaxId !== undefined && owner !== undefined && owner !== body.expectedHolderTaxId) {
      // Documented: the withdrawal fails (not the request) when the key owner's taxId differs.
      record.view.status = "CREATED";
      state.transition(record, "FAILED", "The Pix key holder's taxId differs from expectedHolderTaxId");
    }
    return { status: 200, body: record.view };
  });

  api.handle("GET /recipients/{recipientId}/withdrawals", ({ input }) => {
    const account = input.path.recipientId;
    if (!state.accountExists(account)) return objectNotFound("Recipient", account);
    const own = [...state.withdrawals.values()].filter((withdrawal) => withdrawal.account === account);
    return pageReply(own, input.query);
  });
  api.handle("GET /recipients/{recipientId}/withdrawals/{withdrawalId}", ({ input }) => {
    const withdrawal = state.withdrawals.get(input.path.withdrawalId);
    return withdrawal && withdrawal.account === input.path.recipientId
      ? { status: 200, body: withdrawal.view }
      : objectNotFound("Withdrawal", input.path.withdrawalId);
  });
}

/** The spec states these requirements per method only in prose (a rule across fields): what is missing. */
function missingForMethod(body: CreateWithdrawal): string[] {
  if (body.method === "PIX") return body.pixKey === undefined ? ["pixKey"] : [];
  if (body.method === "STANDARD") {
    return body.bankAccountId === undefined && body.bankAccount === undefined ? ["bankAccountId"] : [];
  }
  if (body.method === "PIX_QRCODE") {
    return (["pixQrcode", "hash"] as const).filter((field) => body[field] === undefined);
  }
  return [];
}

interface Destination {
  bankAccount: Schemas["BankAccount"] | null;
  /** The emulator's Pix charge a QR-code withdrawal pays. */
  paysCharge: string | undefined;
}

/** The registered or inline bank account, or the QR code's charge, with the rules that tie them to the request. */
function destinationOf(state: SqalaState, account: string, body: CreateWithdrawal): Destination | Refusal {
  if (body.method === "STANDARD" && body.bankAccountId !== undefined) {
    const registered = state.bankAccounts.get(body.bankAccountId);
    if (!registered || registered.recipientId !== account || registered.view.status !== "ACTIVE") {
      return objectNotFound("Bank account", body.bankAccountId);
    }
    return { bankAccount: registered.view, paysCharge: undefined };
  }
  if (body.method === "STANDARD" && body.bankAccount !== undefined) {
    return { bankAccount: bankAccountView(body.bankAccount, state.iso()), paysCharge: undefined };
  }
  if (body.method === "PIX_QRCODE") {
    const decoded = decodePixPayload(body.pixQrcode ?? "");
    if (!decoded || decoded.hash !== body.hash) return invalidBody(["hash does not match pixQrcode"]);
    if (decoded.amount !== null && decoded.amount !== body.amount) {
      return invalidBody([`amount must equal the QR code amount (${decoded.amount})`]);
    }
    const charge = [...state.payments.values()].find(
      (payment) => "payload" in payment.view && payment.view.payload === body.pixQrcode,
    );
    return { bankAccount: null, paysCharge: charge?.view.id };
  }
  return { bankAccount: null, paysCharge: undefined };
}

function create(
  state: SqalaState,
  account: string,
  body: CreateWithdrawal,
  destination: Destination,
  requireApproval: boolean,
): WithdrawalRecord {
  const id = randomUUID();
  const view: Schemas["Withdrawal"] = {
    id,
    code: body.code ?? null,
    amount: body.amount,
    method: body.method,
    status: requireApproval ? "PENDING_APPROVAL" : "CREATED",
    createdAt: state.iso(),
    approvedAt: null,
    rejectedAt: null,
    processedAt: null,
    paidAt: null,
    failedAt: null,
    failedReason: null,
    pixKey: body.method === "PIX" ? (body.pixKey ?? null) : null,
    expectedHolderTaxId: body.expectedHolderTaxId ?? null,
    recipientId: account,
    bankAccount: destination.bankAccount,
    recipient: account === "DEFAULT" ? null : (state.recipients.get(account)?.view ?? null),
    metadata: body.metadata ?? null,
  };
  const record: WithdrawalRecord = { seq: state.next(), view, account, paysCharge: destination.paysCharge };
  state.withdrawals.set(id, record);
  state.claimCode("withdrawal", body.code, id);
  state.book(account, -body.amount, "WITHDRAWAL", id);
  return record;
}
