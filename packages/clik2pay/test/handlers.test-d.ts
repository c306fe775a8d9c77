// Route handlers are typed by the generated `paths`: an answer the spec does not declare fails to compile, and a
// status the spec only knows as a range (`2XX`) takes any code with the range's body.
import { type createSpecEmulator, json, refusal } from "@payclients/testing";
import { describe, expectTypeOf, it } from "vitest";
import type { paths } from "../src/generated/schema";

declare const api: Awaited<ReturnType<typeof createSpecEmulator<paths>>>;

describe("typed handlers", () => {
  it("accept the declared answer and reject a wrong shape, status or operation", () => {
    api.handle("POST /payments", ({ body }) => {
      expectTypeOf(body.amount).toEqualTypeOf<number>();
      return { status: 201, body: { id: "P1" } };
    });
    // @ts-expect-error: the payment id is a string
    api.handle("POST /payments", () => ({ status: 201, body: { id: 42 } }));
    // @ts-expect-error: Payment requires id
    api.handle("POST /payments", () => ({ status: 201, body: { status: "CREATED" } }));
    // @ts-expect-error: 200 is not a declared status of createPayment
    api.handle("POST /payments", () => ({ status: 200, body: { id: "P1" } }));
    // @ts-expect-error: a raw response must be marked as the provider's refusal
    api.handle("POST /payments", () => json(400, { message: "x" }));
    api.handle("POST /payments", () => refusal(json(400, { message: "x" })));
    // @ts-expect-error: the spec has no GET /payments
    api.handle("GET /payments", () => ({ status: 200, body: {} }));
  });

  it("type a 2XX answer by its body, with any status", () => {
    api.handle("POST /payment-requests/{paymentRequestId}/refunds", ({ body, input }) => {
      expectTypeOf(input.path.paymentRequestId).toEqualTypeOf<string>();
      return { status: 201, body: { id: "R1", status: body.recipient.email ?? "CREATED" } };
    });
    // @ts-expect-error: Refund requires id
    api.handle("POST /payment-requests/{paymentRequestId}/refunds", () => ({ status: 201, body: {} }));
  });
});
