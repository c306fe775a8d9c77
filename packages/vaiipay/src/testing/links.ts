// The signed checkout link (`/checkout/{paymentId}?expires=<unix>&signature=<hmac>`): how the emulator signs it is
// its own invention (VaiiPay documents the URL's shape, not the key or the signed string).
import { randomBytes } from "node:crypto";
import { type EmulatorClock, hmacSha256Hex, secretsEqual } from "@payclients/testing";
import type { PaymentRecord } from "./state";

/** Signs and checks checkout links with a key of this emulator. */
export class CheckoutLinks {
  readonly #key = randomBytes(32).toString("hex");
  readonly #clock: EmulatorClock;

  constructor(clock: EmulatorClock) {
    this.#clock = clock;
  }

  /** The link's query: `expires` (Unix seconds) and its HMAC `signature`. */
  query(payment: PaymentRecord): string {
    return `expires=${payment.linkExpires}&signature=${this.#signature(payment.id, payment.linkExpires)}`;
  }

  /** Why a link's `expires`/`signature` are refused, or `undefined` when valid and not expired. */
  problem(paymentId: string, expires: number | undefined, signature: string | undefined): string | undefined {
    const valid =
      expires !== undefined &&
      signature !== undefined &&
      secretsEqual(this.#signature(paymentId, expires), signature.toLowerCase());
    if (!valid) return "Invalid signature.";
    return this.#clock.now() / 1000 > expires ? "Checkout link expired." : undefined;
  }

  #signature(paymentId: string, expires: number): string {
    return hmacSha256Hex(this.#key, `${paymentId}.${expires}`);
  }
}
