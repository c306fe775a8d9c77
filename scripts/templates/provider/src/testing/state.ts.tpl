// The emulator's records and the business rules the spec cannot state. Pure state: no HTTP here.
import type { components } from "../generated/schema";

type Payment = components["schemas"]["Payment"];

/** Every payment of one emulator. */
export class PaymentBook {
  readonly #payments = new Map<string, Payment>();

  create(request: components["schemas"]["CreatePaymentRequest"]): Payment {
    const payment: Payment = {
      id: `pay_${this.#payments.size + 1}`,
      amount: request.amount,
      currency: request.currency,
      status: "PENDING",
      ...(request.reference === undefined ? {} : { reference: request.reference }),
    };
    this.#payments.set(payment.id, payment);
    return payment;
  }

  find(id: string): Payment | undefined {
    return this.#payments.get(id);
  }
}
