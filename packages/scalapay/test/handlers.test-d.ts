// Route handlers are typed by the generated `paths`: an answer the spec does not declare fails to compile.
import { type createSpecEmulator, json, refusal } from "@payclients/testing";
import { describe, expectTypeOf, it } from "vitest";
import type { paths } from "../src/generated/schema";

declare const api: Awaited<ReturnType<typeof createSpecEmulator<paths>>>;

describe("typed handlers", () => {
  it("accept the declared answer and reject a wrong shape, status or operation", () => {
    api.handle("POST /v2/orders", ({ body }) => {
      expectTypeOf(body.totalAmount).toEqualTypeOf<{ amount: string; currency: string }>();
      return { status: 200, body: { token: "T" } };
    });
    // @ts-expect-error: token must be a string
    api.handle("POST /v2/orders", () => ({ status: 200, body: { token: 42 } }));
    // @ts-expect-error: CreateOrderResponse requires token
    api.handle("POST /v2/orders", () => ({ status: 200, body: { expires: "2025-03-01T10:00:00.000Z" } }));
    // @ts-expect-error: 201 is not a declared status of createOrder
    api.handle("POST /v2/orders", () => ({ status: 201, body: { token: "T" } }));
    // @ts-expect-error: a raw response must be marked as the provider's refusal
    api.handle("POST /v2/orders", () => json(400, { errorCode: "x" }));
    api.handle("POST /v2/orders", () => refusal(json(400, { errorCode: "x" })));
    // @ts-expect-error: the spec has no GET /v2/orders
    api.handle("GET /v2/orders", () => ({ status: 200, body: {} }));
  });

  it("type parameters as the spec does", () => {
    api.handle("GET /v1/reporting/disputes", ({ input }) => {
      expectTypeOf(input.query.startDate).toEqualTypeOf<string>();
      expectTypeOf(input.query.size).toEqualTypeOf<number | undefined>();
      expectTypeOf(input.path).toEqualTypeOf<Record<string, never>>();
      return { status: 200, body: { items: [] } };
    });
  });
});
