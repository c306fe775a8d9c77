// Route handlers are typed by the generated `paths`: an answer the spec does not declare fails to compile.
import { type createSpecEmulator, json, refusal } from "@payclients/testing";
import { describe, expectTypeOf, it } from "vitest";
import type { paths } from "../src/generated/schema";

declare const api: Awaited<ReturnType<typeof createSpecEmulator<paths>>>;

describe("typed handlers", () => {
  it("accept the declared answer and reject a wrong shape, status or operation", () => {
    api.handle("POST /api/payment/checkout", ({ body }) => {
      expectTypeOf(body.amount).toEqualTypeOf<number>();
      return { status: 200, body: { data: { checkoutUrl: "https://pay.example/checkout/1" } } };
    });
    // @ts-expect-error: checkoutUrl must be a string
    api.handle("POST /api/payment/checkout", () => ({ status: 200, body: { data: { checkoutUrl: 1 } } }));
    // @ts-expect-error: the response wraps the checkout in `data`
    api.handle("POST /api/payment/checkout", () => ({ status: 200, body: { checkoutUrl: "u" } }));
    // @ts-expect-error: 201 is not a declared status of createCheckout
    api.handle("POST /api/payment/checkout", () => ({ status: 201, body: { data: { checkoutUrl: "u" } } }));
    // @ts-expect-error: a raw response must be marked as the provider's refusal
    api.handle("POST /api/payment/checkout", () => json(422, { message: "x" }));
    api.handle("POST /api/payment/checkout", () => refusal(json(422, { message: "x" })));
    // @ts-expect-error: the spec has no GET /api/payment/checkout
    api.handle("GET /api/payment/checkout", () => ({ status: 200, body: {} }));
  });

  it("type parameters as the spec does", () => {
    api.handle("GET /api/checkout/payment/{paymentId}/provider/{provider}/method/{method}", ({ input }) => {
      expectTypeOf(input.path.paymentId).toEqualTypeOf<string>();
      expectTypeOf(input.query.expires).toEqualTypeOf<number | undefined>();
      return { status: 200, body: {} };
    });
  });
});
