import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  isPublicVaiiPayOperation,
  vaiipayOperationAccess,
  vaiipayOperations,
  vaiipayWebhookEventTypes,
} from "../src/index";

const spec = readFileSync(new URL("../../../specs/vaiipay.yaml", import.meta.url), "utf8");

interface SpecOperation {
  operationId?: string;
  "x-auth-context"?: string;
  "x-required-scope"?: string | null;
  securityScopes: string[];
}

/**
 * Reads the operations of the spec's `paths` section line by line. The spec is hand-formatted with two-space
 * indentation, which this relies on: a reformatted spec makes the test fail loudly rather than pass silently.
 */
function specOperations(): Record<string, SpecOperation> {
  const operations: Record<string, SpecOperation> = {};
  let section = "";
  let path = "";
  let current: SpecOperation | undefined;
  let inClientTokenScopes = false;
  for (const line of spec.split("\n")) {
    const top = /^(\S[^:]*):/.exec(line);
    if (top) {
      section = top[1] ?? "";
      current = undefined;
      continue;
    }
    if (section !== "paths") continue;
    const pathMatch = /^ {2}(\/\S+):\s*$/.exec(line);
    if (pathMatch) {
      path = pathMatch[1] ?? "";
      current = undefined;
      continue;
    }
    const methodMatch = /^ {4}(get|put|post|delete|patch|head|options|trace):\s*$/.exec(line);
    if (methodMatch) {
      current = { securityScopes: [] };
      operations[`${(methodMatch[1] ?? "").toUpperCase()} ${path}`] = current;
      continue;
    }
    if (current === undefined) continue;
    const field = /^ {6}(operationId|x-auth-context|x-required-scope):\s*(.*?)\s*$/.exec(line);
    if (field) {
      const value = field[2] ?? "";
      if (field[1] === "operationId") current.operationId = value;
      else if (field[1] === "x-auth-context") current["x-auth-context"] = value;
      else current["x-required-scope"] = value === "null" ? null : value;
      continue;
    }
    if (/^ {8}- ClientTokenAuth:\s*$/.test(line)) {
      inClientTokenScopes = true;
      continue;
    }
    const role = /^ {12}- (\S+)\s*$/.exec(line);
    if (inClientTokenScopes && role) {
      current.securityScopes.push(role[1] ?? "");
      continue;
    }
    inClientTokenScopes = false;
  }
  return operations;
}

describe("the operation table matches specs/vaiipay.yaml", () => {
  const fromSpec = specOperations();

  it("has the spec's operations with their x-auth-context and x-required-scope", () => {
    expect(Object.keys(fromSpec)).toHaveLength(8);
    const expected = Object.fromEntries(
      Object.entries(vaiipayOperations).map(([key, access]) => [
        key,
        {
          operationId: access.operationId,
          "x-auth-context": access.context,
          "x-required-scope": access.scope,
        },
      ]),
    );
    const actual = Object.fromEntries(
      Object.entries(fromSpec).map(([key, operation]) => [
        key,
        {
          operationId: operation.operationId,
          "x-auth-context": operation["x-auth-context"],
          "x-required-scope": operation["x-required-scope"],
        },
      ]),
    );
    expect(actual).toEqual(expected);
  });

  it("agrees with each operation's ClientTokenAuth security requirement", () => {
    for (const [key, operation] of Object.entries(fromSpec)) {
      const access = vaiipayOperationAccess(key.split(" ")[0] ?? "", key.split(" ")[1] ?? "");
      expect(operation.securityScopes, key).toEqual(access?.scope ? [access.scope] : []);
    }
  });

  it("looks up operations by method and template only", () => {
    expect(vaiipayOperationAccess("post", "/api/payment/checkout")?.scope).toBe("payments.create");
    expect(vaiipayOperationAccess("GET", "/api/payment/checkout")).toBeUndefined();
    expect(vaiipayOperationAccess("GET", "toString")).toBeUndefined();
    expect(isPublicVaiiPayOperation("GET", "/api/checkout/{paymentId}/payment-methods")).toBe(true);
    expect(isPublicVaiiPayOperation("POST", "/api/checkout/{paymentId}/payment-methods")).toBe(false);
    expect(isPublicVaiiPayOperation("GET", "/api/payment/{paymentId}")).toBe(false);
  });

  it("lists the spec's webhook events", () => {
    const webhookSection = spec.slice(spec.indexOf("\nwebhooks:\n"), spec.indexOf("\ncomponents:\n"));
    const events = [...webhookSection.matchAll(/^ {2}([a-z.]+):\s*$/gm)].map((match) => match[1]);
    expect(events).toEqual([...vaiipayWebhookEventTypes]);
  });
});
