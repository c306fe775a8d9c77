import type { OperationKey } from "@payclients/auth-middleware";
import { describe, expectTypeOf, it } from "vitest";
import type { operationTable } from "../src/generated/operations";
import type { paths } from "../src/generated/schema";

describe("the generated operation table", () => {
  it("has exactly the spec's operations as keys, each `METHOD path` of the generated paths", () => {
    expectTypeOf<keyof typeof operationTable>().toEqualTypeOf<OperationKey<paths>>();
  });
});
