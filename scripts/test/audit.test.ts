import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "./helpers";

// Issue 15: specs/AUDIT.md records the operation-by-operation audit of these specs. An operation added to a
// spec without an audit row, or a row without a verdict, fails here.
const audited = ["clik2pay", "qolo", "vaiipay"];
const audit = readFileSync(join(repositoryRoot, "specs", "AUDIT.md"), "utf8");

/** The table rows under `## <provider>`, up to the next section. */
function rowsOf(provider: string): string[] {
  const section = audit.split(/^## /m).find((part) => part.startsWith(`${provider}\n`)) ?? "";
  return section.split("\n").filter((line) => line.startsWith("| `"));
}

describe("specs/AUDIT.md", () => {
  it.each(audited)("lists every %s operation with a verdict", (provider) => {
    const spec = readFileSync(join(repositoryRoot, "specs", `${provider}.yaml`), "utf8");
    const operations = [...spec.matchAll(/^\s+operationId:\s*(\S+)\s*$/gm)].map((match) => match[1]);
    const rows = rowsOf(provider);
    const listed = rows.map((row) => /^\| `([^`]+)`/.exec(row)?.[1]);
    expect(operations.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual([...operations].sort());
    const verdicts = rows.map((row) => row.split(" | ")[2] ?? "");
    expect(verdicts.filter((verdict) => !/^(matches|fixed: |x-unverified: )/.test(verdict))).toEqual([]);
  });
});
