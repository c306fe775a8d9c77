// The one secrecy check: wherever an error or a log line can end up printed or serialized, no secret appears.
import { inspect } from "node:util";
import type { Logger } from "@payclients/auth-middleware";
import { expect } from "vitest";

/** A logger that keeps every line (message and fields, fully inspected) for {@link expectNoSecrets}. */
export function capturingLogger(lines: string[]): Logger {
  const keep = (message: string, fields?: Record<string, unknown>) =>
    lines.push(inspect({ message, fields }, { depth: 10 }));
  return { debug: keep, info: keep, warn: keep, error: keep };
}

/**
 * Asserts that no secret appears in the error's message, `util.inspect(error)`, `JSON.stringify(error)`, its
 * `cause` (message and inspected), or the captured log lines. `error` may be `undefined` (a call that succeeded).
 */
export function expectNoSecrets(
  secrets: readonly string[],
  error: unknown,
  logLines: readonly string[],
): void {
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  const views: Record<string, string> = {
    "log output": logLines.join("\n"),
    ...(error === undefined
      ? {}
      : {
          message: String((error as Error).message),
          "util.inspect(error)": inspect(error, { depth: 10 }),
          "JSON.stringify(error)": String(JSON.stringify(error)),
          "error.cause": `${(cause as Error | undefined)?.message ?? ""} ${inspect(cause, { depth: 10 })}`,
        }),
  };
  const leaks = Object.entries(views).flatMap(([where, text]) =>
    secrets.filter((secret) => text.includes(secret)).map((secret) => `${where} contains "${secret}"`),
  );
  expect(leaks, "secrets printed").toEqual([]);
}
