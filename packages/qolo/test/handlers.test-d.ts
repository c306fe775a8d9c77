// Route handlers are typed by the generated `paths`: an answer the spec does not declare fails to compile.
import type { createSpecEmulator } from "@payclients/testing";
import { describe, expectTypeOf, it } from "vitest";
import type { components, paths } from "../src/generated/schema";

declare const api: Awaited<ReturnType<typeof createSpecEmulator<paths>>>;

describe("typed handlers", () => {
  it("accept the declared answer and reject a wrong shape, status or operation", () => {
    api.handle("POST /api/v1/cards/{card_proxy}/status", ({ body, input }) => {
      expectTypeOf(input.path.card_proxy).toEqualTypeOf<string>();
      expectTypeOf(body.status).toEqualTypeOf<components["schemas"]["CardStatus"] | undefined>();
      return { status: 200, body: { card_status: "ACTIVE" } };
    });
    // @ts-expect-error: card_status must be a CardStatus
    api.handle("POST /api/v1/cards/{card_proxy}/status", () => ({
      status: 200,
      body: { card_status: "MELTED" },
    }));
    // @ts-expect-error: 201 is not a declared status of statusCard
    api.handle("POST /api/v1/cards/{card_proxy}/status", () => ({ status: 201, body: {} }));
    // @ts-expect-error: the spec has no GET /api/v1/cards
    api.handle("GET /api/v1/cards", () => ({ status: 200, body: {} }));
  });
});
