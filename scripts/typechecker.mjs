// The type-checker every test run uses: TypeScript 7's native `tsc`, a quarter of TypeScript 5's CPU time on the
// same projects. TypeScript 5 stays the repository's `typescript` (openapi-typescript, TypeDoc and the declaration
// build need its API; declarations are built, so sources are checked by it too), and the consumer test checks the
// packed packages under TypeScript 5, the version users compile against.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of TypeScript 7's `tsc` (a devDependency of the scripts package, aliased `typescript-native`). */
export const nativeTsc = join(
  dirname(createRequire(import.meta.url).resolve("typescript-native/package.json")),
  "bin",
  "tsc",
);

// Run as a program (`node scripts/typechecker.mjs -p tsconfig.json`): tsc with these arguments, its exit status.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { status } = spawnSync(process.execPath, [nativeTsc, ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(status ?? 1);
}
