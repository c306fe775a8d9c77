import { describe, expect, it } from "vitest";
import { openapiDocument } from "../src/generated/openapi";
import {
  isPublicVaiiPayOperation,
  vaiipayOperationAccess,
  vaiipayOperations,
  vaiipayWebhookEventTypes,
} from "../src/index";

interface SpecOperation {
  "x-payclients-auth-context"?: string;
  security?: Record<string, string[]>[];
}

// The spec as `pnpm generate` emits it (drift-gated against specs/vaiipay.yaml): no YAML is read here.
const spec = openapiDocument as unknown as {
  paths: Record<string, Record<string, SpecOperation>>;
  webhooks: Record<string, unknown>;
};

const methods = new Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"]);

function specOperations(): Record<string, SpecOperation> {
  return Object.fromEntries(
    Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => methods.has(method))
        .map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation]),
    ),
  );
}

describe("the operation access rules match the spec's security requirements", () => {
  const fromSpec = specOperations();

  it("has the spec's operations with their auth context and Client Token scope", () => {
    expect(Object.keys(fromSpec)).toHaveLength(8);
    expect(Object.keys(vaiipayOperations)).toEqual(Object.keys(fromSpec));
    for (const [key, operation] of Object.entries(fromSpec)) {
      const [method = "", path = ""] = key.split(" ");
      const clientTokenScopes = operation.security?.flatMap(
        (requirement) => requirement.ClientTokenAuth ?? [],
      );
      expect(vaiipayOperationAccess(method, path), key).toEqual({
        context: operation["x-payclients-auth-context"],
        scope: clientTokenScopes?.[0] ?? null,
      });
      expect(isPublicVaiiPayOperation(method, path), key).toBe(operation.security?.length === 0);
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
    expect(Object.keys(spec.webhooks)).toEqual([...vaiipayWebhookEventTypes]);
  });
});
