import type { SpecEmulator } from "@payclients/testing";
import type { paths } from "../../generated/schema";
import type { PaymentBook } from "../state";
import { fail } from "../wire";

/** Payments: create (idempotent by the kit) and read. */
export function paymentRoutes(api: SpecEmulator<paths>, book: PaymentBook): void {
  api.handle("POST /payments", ({ body }) => ({ status: 200, body: book.create(body) }));
  api.handle("GET /payments/{id}", ({ input }) => {
    const payment = book.find(input.path.id);
    return payment ? { status: 200, body: payment } : fail(404, "NOT_FOUND", "no such payment");
  });
}
