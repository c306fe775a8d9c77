// `lint:package` (scripts/lint-package.ts) is the packaging gate of every published package (each of them passes it in
// `pnpm test`): a tiny dual package written by hand, with ESM types for its CJS entry and an export naming a file the
// tarball lacks, fails it, with what both publint and attw found.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot, run, temporaryDirectory } from "./helpers";

const files: Record<string, string> = {
  "dist/index.js": "export const answer = 42;\n",
  "dist/index.d.ts": "export declare const answer: number;\n",
  "dist/index.cjs": "exports.answer = 42;\n",
  "dist/index.d.cts": "export declare const answer: number;\n",
  "README.md": "# tiny\n",
};

function manifest(requireTypes: string, requireDefault: string) {
  return {
    name: "tiny-dual",
    version: "1.0.0",
    type: "module",
    license: "MIT",
    files: ["dist"],
    main: "./dist/index.cjs",
    types: "./dist/index.d.ts",
    exports: {
      ".": {
        import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
        require: { types: requireTypes, default: requireDefault },
      },
      "./package.json": "./package.json",
    },
  };
}

function writePackage(requireTypes: string, requireDefault: string): string {
  const directory = temporaryDirectory("lint-package");
  mkdirSync(join(directory, "dist"));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(directory, path), text);
  writeFileSync(join(directory, "package.json"), JSON.stringify(manifest(requireTypes, requireDefault)));
  return directory;
}

// FORCE_COLOR=1 stands for a terminal or a CI runner that asks for colour: the report is plain text either way.
const lintPackage = (directory: string) =>
  run(
    join(repositoryRoot, "node_modules", ".bin", "tsx"),
    [join(repositoryRoot, "scripts/lint-package.ts")],
    directory,
    { FORCE_COLOR: "1" },
  );

describe("lint:package", () => {
  it("fails a package with ESM types for its CJS entry and a missing file, naming both", async () => {
    const result = await lintPackage(writePackage("./dist/index.d.ts", "./dist/missing.cjs"));
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/^tiny-dual: \d+ packaging problem\(s\)$/m);
    expect(result.output).toContain('publint error: pkg.exports["."].require.default is ./dist/missing.cjs');
    expect(result.output).toContain(
      'publint error: pkg.exports["."].require.types types is interpreted as ESM',
    );
    expect(result.output).toMatch(/^ {2}attw: .+\("\." under node16-cjs\)/m);
    expect(result.output).not.toContain("\u001b[");
  });
});
