// @ts-nocheck
// Every way a provider marks the last page ends the walk after that page: no page is fetched twice and no item is
// yielded twice.
import { describe, expect, it } from "vitest";
import { paginate } from "../src/index";

/** Walks two pages whose second ends with `last`; returns the cursors requested and the items yielded. */
async function walk(last: { items: number[]; next: string | null | undefined }) {
  const requested: Array<string | undefined> = [];
  const items: number[] = [];
  const pages: Record<string, { items: number[]; next: string | null | undefined }> = {
    start: { items: [1, 2], next: "c1" },
    c1: last,
  };
  for await (const item of paginate(
    async (cursor) => {
      requested.push(cursor);
      return pages[cursor ?? "start"] ?? { items: [99], next: null };
    },
    (page) => page,
  )) {
    items.push(item);
  }
  return { requested, items };
}

describe("the last page", () => {
  it.each([
    ["undefined", undefined],
    ["null", null],
    ["an empty string", ""],
  ])("a next cursor of %s ends the walk after that page", async (_label, next) => {
    expect(await walk({ items: [3], next })).toEqual({ requested: [undefined, "c1"], items: [1, 2, 3] });
  });

  it("an empty page ends the walk even when it names a next cursor", async () => {
    expect(await walk({ items: [], next: "c2" })).toEqual({ requested: [undefined, "c1"], items: [1, 2] });
  });
});
