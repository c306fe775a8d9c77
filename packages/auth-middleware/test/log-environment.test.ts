// @ts-nocheck
// PAYCLIENTS_LOG read in this process (the child-process tests in logging.test.ts show the real start-up; here each
// case imports a fresh copy of the module, since the variable is read once per process): values are trimmed and
// case-insensitive, an unknown value is named once and ignored, and without a variable nothing is logged.
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** A fresh copy of the logger module, reading PAYCLIENTS_LOG as `value` (unset when undefined). */
async function freshWith(value: string | undefined) {
  vi.resetModules();
  if (value === undefined) vi.stubEnv("PAYCLIENTS_LOG", undefined);
  else vi.stubEnv("PAYCLIENTS_LOG", value);
  return import("../src/logger");
}

/** A logger recording `level message` lines. */
function recording() {
  const lines: string[] = [];
  const logger = Object.fromEntries(
    ["debug", "info", "warn", "error"].map((level) => [
      level,
      (message: string) => lines.push(`${level} ${message}`),
    ]),
  );
  return { lines, logger };
}

describe("PAYCLIENTS_LOG", () => {
  it("is trimmed and read case-insensitively, once", async () => {
    const module = await freshWith(" WARN ");
    expect(module.environmentLogSetting()).toBe("warn");
    vi.stubEnv("PAYCLIENTS_LOG", "debug");
    expect(module.environmentLogSetting()).toBe("warn");
  });

  it("accepts every level and off, and an unset variable, without a word on stderr", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    for (const value of ["debug", "info", "warn", "error", "off"]) {
      expect((await freshWith(value)).environmentLogSetting()).toBe(value);
    }
    expect((await freshWith(undefined)).environmentLogSetting()).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it("an unknown value is named once on stderr and ignored", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const module = await freshWith("loud");
    expect(module.environmentLogSetting()).toBeUndefined();
    expect(module.environmentLogSetting()).toBeUndefined();
    expect(warn.mock.calls).toEqual([
      ['payclients: PAYCLIENTS_LOG="loud" ignored; use one of debug, info, warn, error, off'],
    ]);
  });

  it("unset: a given logger logs from info up, and no logger means silence", async () => {
    const module = await freshWith(undefined);
    expect(module.environmentLogSetting()).toBeUndefined();
    expect(module.resolveLogger(undefined, undefined)).toBeUndefined();
    const { lines, logger } = recording();
    const resolved = module.resolveLogger(logger, undefined);
    for (const level of ["debug", "info", "warn", "error"]) resolved[level]("m");
    expect(lines).toEqual(["info m", "warn m", "error m"]);
  });

  it("set: the level applies to a given logger, and the logLevel option wins over it", async () => {
    const module = await freshWith("error");
    const { lines, logger } = recording();
    for (const level of ["debug", "info", "warn", "error"])
      module.resolveLogger(logger, undefined)[level]("env");
    for (const level of ["debug", "info", "warn", "error"])
      module.resolveLogger(logger, "warn")[level]("option");
    expect(lines).toEqual(["error env", "warn option", "error option"]);
  });
});

describe("the logLevel option", () => {
  it('"off" silences a given logger entirely', async () => {
    const module = await freshWith(undefined);
    const { lines, logger } = recording();
    for (const level of ["debug", "info", "warn", "error"]) module.resolveLogger(logger, "off")[level]("m");
    expect(lines).toEqual([]);
  });
});
