import { describe, expectTypeOf, it } from "vitest";
import type { components } from "../src/index";

// Audit of specs/vaiipay.yaml against the provider docs (issue 15, specs/AUDIT.md): fields every documented
// example carries, and that a payment or application cannot lack, are required in the types.
type Schemas = components["schemas"];

describe("audited against the provider docs", () => {
  it("a payment always carries the fields its checkout required (https://dev.vaiipay.com/docs/api/endpoints/payments)", () => {
    expectTypeOf<Schemas["Payment"]["reference"]>().toEqualTypeOf<string>();
    expectTypeOf<Schemas["Payment"]["referenceLabel"]>().toEqualTypeOf<string>();
    expectTypeOf<Schemas["Payment"]["currencyCode"]>().toEqualTypeOf<string>();
    expectTypeOf<Schemas["Payment"]["amount"]>().toEqualTypeOf<Schemas["Money"]>();
  });

  it("an application carries the fields both documented responses show (https://dev.vaiipay.com/docs/api/endpoints/applications)", () => {
    expectTypeOf<Schemas["PaymentApplication"]["createdAt"]>().toEqualTypeOf<string>();
    expectTypeOf<Schemas["PaymentApplication"]["currencyWhitelist"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Schemas["PaymentApplication"]["site"]>().toEqualTypeOf<Schemas["PaymentApplicationSite"]>();
  });

  it("fields the docs show only sometimes stay optional", () => {
    // `paymentAppImage` and `deletedAt` appear in the list response only; instructions are NOT FOUND.
    expectTypeOf<Schemas["PaymentApplication"]["deletedAt"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Schemas["Payment"]["receivedAmount"]>().toEqualTypeOf<Schemas["Money"] | null | undefined>();
  });
});
