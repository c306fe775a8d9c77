// Route handlers are typed by the generated `paths`: an answer the spec does not declare fails to compile.
import { type createSpecEmulatorAtBasePaths, json, refusal } from "@payclients/testing";
import { describe, expectTypeOf, it } from "vitest";
import type { paths } from "../src/generated/schema";

declare const api: Awaited<ReturnType<typeof createSpecEmulatorAtBasePaths<paths>>>;

describe("typed handlers", () => {
  it("accept the declared answer and reject a wrong shape, status or operation", () => {
    api.handle("POST /recipients", ({ body }) => {
      expectTypeOf(body.type).toEqualTypeOf<"INDIVIDUAL" | "COMPANY">();
      return { status: 200, body: { id: "R" } };
    });
    // @ts-expect-error: the recipient's id is a string
    api.handle("POST /recipients", () => ({ status: 200, body: { id: 42 } }));
    // @ts-expect-error: creates answer 200, not 201
    api.handle("POST /recipients", () => ({ status: 201, body: { id: "R" } }));
    // @ts-expect-error: an error envelope must be marked as the provider's refusal
    api.handle("POST /recipients", () => json(400, { code: "INVALID_BODY" }));
    api.handle("POST /recipients", () => refusal(json(400, { code: "INVALID_BODY", message: "m" })));
    // @ts-expect-error: keys are the spec's paths, without the server's /core/v1
    api.handle("POST /core/v1/recipients", () => ({ status: 200, body: { id: "R" } }));
  });

  it("type parameters as the spec does, query values coerced", () => {
    api.handle("GET /recipients/{recipientId}/withdrawals", ({ input }) => {
      expectTypeOf(input.path.recipientId).toEqualTypeOf<string>();
      expectTypeOf(input.query.limit).toEqualTypeOf<number | undefined>();
      return { status: 200, body: { data: [], paging: { before: null, after: null } } };
    });
  });
});
