// `pnpm test` (scripts/test.ts) names what failed and always ends with the summary line, on a throw-away root whose
// checks are stand-ins: one check fails, the rest pass, and the turbo build fails since the root has no turbo.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { insideScaffoldCopy, runScript, temporaryDirectory } from "./helpers";

describe.skipIf(insideScaffoldCopy)("pnpm test's runner", () => {
  it("prints every failed step and the summary line last when a step fails", async () => {
    const root = temporaryDirectory("runner");
    mkdirSync(join(root, "packages", "demo"), { recursive: true });
    writeFileSync(
      join(root, "package.json"),
      JSON.stringify({
        name: "runner-fixture",
        private: true,
        scripts: {
          "lint:specs": "echo 'specs/demo.yaml: 1 error' && exit 1",
          "check:generated": "true",
          lint: "true",
          "check:changesets": "true",
        },
      }),
    );
    const result = await runScript("test.ts", root);
    expect(result.status).toBe(1);
    const lines = result.output.trim().split("\n");
    expect(lines.at(-1)).toBe("tests: 0 passed, 0 failed, 0 skipped");
    expect(result.output).toContain("specs/demo.yaml: 1 error");
    expect(lines).toContain("failed: spec lint (Redocly)");
    expect(lines).toContain("failed: build (turbo)");
    expect(lines.filter((line) => line.startsWith("failed:"))).toHaveLength(2);
    // The steps that need the build are named as not run, not as failures of their own.
    expect(lines.filter((line) => line.startsWith("not run (a step it needs failed): "))).toHaveLength(2);
    expect(result.output).toContain("✓ format and lint (Biome)");
  });

  it("--e2e runs the build, then the end-to-end files only, with the same summary line", async () => {
    const root = temporaryDirectory("runner-e2e");
    mkdirSync(join(root, "packages", "demo"), { recursive: true });
    writeFileSync(join(root, "package.json"), JSON.stringify({ name: "runner-fixture", private: true }));
    const result = await runScript("test.ts", root, ["--e2e"]);
    expect(result.status).toBe(1);
    const lines = result.output.trim().split("\n");
    expect(lines.at(-1)).toBe("tests: 0 passed, 0 failed, 0 skipped");
    expect(lines.filter((line) => line.startsWith("failed:"))).toEqual(["failed: build (turbo)"]);
    expect(lines.filter((line) => line.startsWith("not run (a step it needs failed): "))).toEqual([
      "not run (a step it needs failed): end-to-end: packed tarballs in a fresh project, the scaffold's promise",
    ]);
    // None of the everyday steps ran.
    expect(result.output).not.toContain("Redocly");
  });
});
