import { randomUUID } from "node:crypto";
import { secretsEqual } from "@payclients/testing";
import type { components } from "../../generated/schema";
import { fail, invalidBody } from "../wire";
import type { RouteContext } from "./context";

/** The card vault (public key, no Bearer) and card payments. */
export function cardRoutes({ api, state, settings }: RouteContext): void {
  api.handle("POST /card-vaults", ({ body, input }) => {
    // Not a security scheme of the spec: the public key is a required query parameter the emulator compares.
    if (!secretsEqual(input.query.publicKey, settings.publicKey)) {
      return fail(401, "UNAUTHORIZED", "Invalid public key");
    }
    const token = randomUUID();
    state.vaults.set(token, {
      number: body.number,
      holderName: body.holderName,
      expMonth: body.expMonth ?? null,
      expYear: body.expYear ?? null,
    });
    return { status: 200, body: { token } };
  });

  api.handle("POST /credit-card-payments", ({ body }) => {
    const card = state.vaults.get(body.cardToken);
    if (!card) return invalidBody(["cardToken is invalid or was already used"]);
    const problem = state.overLimit(body.amount) ?? state.codeTaken("card", body.code);
    if (problem) return problem;
    state.vaults.delete(body.cardToken);
    const id = randomUUID();
    const number = card.number ?? "";
    // Card statuses are not documented; a card number ending in 0002 is declined, as in many test suites, and so
    // is a card tokenized without a number (the spec's field name for it is a guess).
    const declined = number === "" || number.endsWith("0002");
    const seq = state.next();
    const view: components["schemas"]["CreditCardPayment"] = {
      id,
      code: body.code ?? null,
      method: "CREDIT_CARD",
      amount: body.amount,
      paidAmount: declined ? null : body.amount,
      installments: body.installments ?? 1,
      softDescriptor: null,
      authCode: declined ? null : String(100000 + (seq % 900000)),
      transactionId: randomUUID(),
      payer: body.payer ?? null,
      card: {
        firstSixDigits: number.slice(0, 6),
        lastFourDigits: number.slice(-4),
        holderName: card.holderName ?? null,
        brand: number.startsWith("4") ? "VISA" : "MASTERCARD",
        expMonth: card.expMonth,
        expYear: card.expYear,
      },
      status: declined ? "FAILED" : "PAID",
      refundReason: null,
      refundedAt: null,
    };
    state.cardPayments.set(id, { seq, view });
    state.claimCode("card", body.code, id);
    if (!declined) state.credit(view, body.amount);
    state.emit(declined ? "payment.failed" : "payment.paid", "CreditCardPayment", view);
    return { status: 200, body: view };
  });
}
