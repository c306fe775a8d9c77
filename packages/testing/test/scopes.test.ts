// Authorization by an operation's security requirement when two schemes share one header.
import { describe, expect, it } from "vitest";
import { satisfiesSecurity } from "../src/index";

const either = { security: [{ Token: ["orders.write"] }, { Session: [] }] };
const sessionOnly = { security: [{ Session: [] }] };
const both = { security: [{ Token: ["a", "b"], Device: [] }] };

describe("satisfiesSecurity", () => {
  it("needs every role of an alternative, or the wildcard", () => {
    expect(satisfiesSecurity(either, [{ scheme: "Token", scopes: ["orders.write"] }])).toBe(true);
    expect(satisfiesSecurity(either, [{ scheme: "Token", scopes: ["orders.read"] }])).toBe(false);
    expect(satisfiesSecurity(either, [{ scheme: "Token", scopes: ["*"] }], { wildcard: "*" })).toBe(true);
    expect(satisfiesSecurity(either, [{ scheme: "Token", scopes: ["*"] }])).toBe(false);
  });

  it("accepts another alternative's scheme, and refuses a scheme the operation does not name", () => {
    expect(satisfiesSecurity(either, [{ scheme: "Session", scopes: [] }])).toBe(true);
    expect(satisfiesSecurity(sessionOnly, [{ scheme: "Token", scopes: ["*"] }], { wildcard: "*" })).toBe(
      false,
    );
  });

  it("needs every scheme of an alternative, and lets anyone call a public operation", () => {
    expect(satisfiesSecurity(both, [{ scheme: "Token", scopes: ["a", "b"] }])).toBe(false);
    const grants = [
      { scheme: "Token", scopes: ["a", "b"] },
      { scheme: "Device", scopes: [] },
    ];
    expect(satisfiesSecurity(both, grants)).toBe(true);
    expect(satisfiesSecurity({ security: [] }, [])).toBe(true);
  });
});
