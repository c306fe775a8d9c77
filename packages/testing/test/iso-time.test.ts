import { describe, expect, it } from "vitest";
import { HARNESS_START, isoTime } from "../src/index";

describe("isoTime", () => {
  it("writes epoch milliseconds as ISO 8601 UTC with milliseconds", () => {
    expect(isoTime(HARNESS_START)).toBe("2025-03-01T10:00:00.000Z");
    expect(isoTime(HARNESS_START + 1)).toBe("2025-03-01T10:00:00.001Z");
  });
});
