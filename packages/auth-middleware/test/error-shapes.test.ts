// @ts-nocheck
// The shape of an error object as a caller inspects it: every declared field is an own property even when it has
// no value (so `"requestId" in error` and `Object.keys` are stable), no `cause` appears when there was none, and a
// caller's subclass may rename itself the usual way.
import { describe, expect, it } from "vitest";
import { ConnectionError, errorClass, ResponseDecodingError, TokenAcquisitionError } from "../src/index";

describe("fields", () => {
  it("a ResponseDecodingError without a request id still has the field", () => {
    const error = new ResponseDecodingError({ provider: "p", message: "m", status: 200, excerpt: "" });
    expect(Object.keys(error)).toEqual(
      expect.arrayContaining(["provider", "status", "requestId", "excerpt"]),
    );
    expect(error.requestId).toBeUndefined();
  });

  it("a TokenAcquisitionError without a status or code still has both fields, and no cause when given none", () => {
    const error = new TokenAcquisitionError({ provider: "p", message: "m" });
    expect(Object.keys(error)).toEqual(expect.arrayContaining(["provider", "status", "code"]));
    expect(Object.hasOwn(error, "cause")).toBe(false);
    const caused = new TokenAcquisitionError({ provider: "p", message: "m", cause: "reason" });
    expect(Object.hasOwn(caused, "cause")).toBe(true);
    expect(caused.cause).toBe("reason");
  });
});

describe("names", () => {
  it("a caller's subclass may set its own name by assignment, as Error subclasses usually do", () => {
    class GatewayDown extends ConnectionError {
      constructor() {
        super("gateway down");
        this.name = "GatewayDown";
      }
    }
    const error = new GatewayDown();
    expect(error.name).toBe("GatewayDown");
    expect(String(error)).toBe("GatewayDown: gateway down");
    expect(new ConnectionError("x").name).toBe("ConnectionError");
  });

  it("every class's name is described like Error.prototype.name (writable, configurable, not enumerable)", () => {
    const { value: _builtIn, ...builtIn } = Object.getOwnPropertyDescriptor(Error.prototype, "name");
    const base = Object.getPrototypeOf(class extends errorClass(ConnectionError, "Renamed") {}.prototype);
    expect(Object.getOwnPropertyDescriptor(base, "name")).toEqual({ ...builtIn, value: "Renamed" });
    expect(Object.getOwnPropertyDescriptor(ConnectionError.prototype, "name")).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(ConnectionError.prototype), "name")).toEqual(
      {
        ...builtIn,
        value: "ConnectionError",
      },
    );
  });
});
