import { decodePixPayload } from "../pix";
import { pageReply } from "../views";
import { invalidBody, objectNotFound } from "../wire";
import type { RouteContext } from "./context";

/** The DICT look-up of a Pix QR code, and the balance and balance transactions of an account. */
export function balanceRoutes({ api, state }: RouteContext): void {
  api.handle("GET /dict/barcode", ({ input }) => {
    const decoded = decodePixPayload(input.query.qrcode);
    if (!decoded) return invalidBody(["qrcode must be a valid Pix QR code (EMV with a valid CRC)"]);
    return { status: 200, body: decoded };
  });
  // The balance schema is NOT FOUND; `{recipientId, available, currency}` is the emulator's own shape.
  api.handle("GET /recipients/{recipientId}/balance", ({ input }) => {
    const account = input.path.recipientId;
    if (!state.accountExists(account)) return objectNotFound("Recipient", account);
    return {
      status: 200,
      body: { recipientId: account, available: state.balanceOf(account), currency: "BRL" },
    };
  });
  api.handle("GET /recipients/{recipientId}/transactions", ({ input }) => {
    const account = input.path.recipientId;
    if (!state.accountExists(account)) return objectNotFound("Recipient", account);
    return pageReply(state.transactions.get(account) ?? [], input.query);
  });
}
