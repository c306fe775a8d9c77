import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import * as local from "../src/index";

// Every exported error class, found by shape, so a class added later joins the matrix without editing this file.
type ErrorClass = (new (init: never) => Error) & { isInstance(value: unknown): boolean };
const classesOf = (module: Record<string, unknown>): [string, ErrorClass][] =>
  Object.entries(module).filter(
    (entry): entry is [string, ErrorClass] =>
      typeof entry[1] === "function" && entry[1].prototype instanceof Error,
  );
const classes = classesOf(local);
// Every constructor accepts the API-error init (the others read `message` or ignore the extra fields).
const init = { provider: "p", message: "m", status: 500, body: null, headers: new Headers() } as never;

// A second copy of the package (the built CJS bundle): what an app with two installed copies sees.
const foreign = createRequire(import.meta.url)("../dist/index.cjs") as Record<string, unknown>;

describe("isInstance: a cross-copy marker per class", () => {
  it("covers every exported class", () => {
    expect(classes.map(([name]) => name)).toEqual(
      expect.arrayContaining(["PayClientsError", "ApiError", "NotFoundError", "TokenAcquisitionError"]),
    );
    expect(classes.length).toBeGreaterThanOrEqual(15);
    expect(classesOf(foreign).map(([name]) => name)).toEqual(classes.map(([name]) => name));
  });

  describe.each(classes)("an instance of %s", (name, Class) => {
    const own = new Class(init);
    const other = new (foreign[name] as ErrorClass)(init);
    it.each(classes)("%s.isInstance answers as instanceof does, for this copy and another", (_, Checker) => {
      const expected = own instanceof Checker;
      expect(Checker.isInstance(own)).toBe(expected);
      expect(Checker.isInstance(other)).toBe(expected);
      expect(other instanceof Checker).toBe(false);
    });
    it("keeps its name and is a PayClientsError", () => {
      expect(own.name).toBe(name);
      expect(other.name).toBe(name);
      expect(local.PayClientsError.isInstance(own)).toBe(true);
    });
  });

  it("a TokenAcquisitionError with a status is not an ApiError; look-alikes are nothing", () => {
    const token = new local.TokenAcquisitionError({ provider: "p", message: "m", status: 401 });
    expect(local.ApiError.isInstance(token)).toBe(false);
    expect(local.TokenAcquisitionError.isInstance(token)).toBe(true);
    for (const value of [
      null,
      undefined,
      42,
      "ApiError",
      new Error("x"),
      { status: 500, name: "ApiError" },
    ]) {
      for (const [, Class] of classes) expect(Class.isInstance(value)).toBe(false);
    }
  });
});
