// @ts-nocheck
// An error kept as a `cause` is the original when it mentions no secret, and otherwise a scrubbed copy of the same
// class: wherever the secret hides (message, stack, own fields, a nested cause), and without inventing a stack or a
// `cause` the original did not have.
import { describe, expect, it } from "vitest";
import { REDACTED, Redactor } from "../src/index";

const secret = "sk_live_cause_5678";
const redactor = new Redactor([secret]);

/** An Error with exactly the given message and stack. */
function errorWith(message: string, stack: string | undefined, extra: Record<string, unknown> = {}): Error {
  const error = Object.assign(new TypeError(message), extra);
  if (stack === undefined) delete error.stack;
  else error.stack = stack;
  return error;
}

describe("Redactor.cause", () => {
  it("keeps an error that mentions no secret, nested causes included, as the very same object", () => {
    const clean = errorWith("clean", "TypeError: clean\n    at here");
    expect(redactor.cause(clean)).toBe(clean);
    const outer = new Error("outer", { cause: clean });
    expect(redactor.cause(outer)).toBe(outer);
  });

  it("copies an error whose stack alone quotes a secret, and scrubs the stack", () => {
    const error = errorWith("clean message", `TypeError: clean message\n    at fetch (${secret})`);
    const copy = redactor.cause(error) as Error;
    expect(copy).not.toBe(error);
    expect(copy).toBeInstanceOf(TypeError);
    expect(copy.message).toBe("clean message");
    expect(copy.stack).toBe(`TypeError: clean message\n    at fetch (${REDACTED})`);
  });

  it("copies an error whose message alone quotes a secret, and scrubs the message", () => {
    const error = errorWith(`bad key ${secret}`, "TypeError: (stack elided)");
    const copy = redactor.cause(error) as Error;
    expect(copy).not.toBe(error);
    expect(copy.message).toBe(`bad key ${REDACTED}`);
    expect(copy.stack).toBe("TypeError: (stack elided)");
  });

  it("copies an error whose nested cause quotes a secret, scrubbing the cause", () => {
    const outer = new Error("outer", { cause: errorWith(`inner ${secret}`, "inner stack") });
    const copy = redactor.cause(outer) as Error;
    expect(copy).not.toBe(outer);
    expect(copy.message).toBe("outer");
    expect((copy.cause as Error).message).toBe(`inner ${REDACTED}`);
  });

  it("scrubs the copy's own fields, and adds neither a cause nor a stack the original lacked", () => {
    const error = errorWith(`bad key ${secret}`, undefined, {
      code: "E_KEY",
      url: `https://x/?key=${secret}`,
    });
    const copy = redactor.cause(error) as Error & { code: string; url: string };
    expect(copy.code).toBe("E_KEY");
    expect(copy.url).toBe(`https://x/?key=${REDACTED}`);
    expect(Object.hasOwn(copy, "cause")).toBe(false);
    expect(copy.stack).toBe("");
  });
});
