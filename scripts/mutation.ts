// `pnpm test:mutation`: StrykerJS over the shared core and each provider's error decoder and webhook verifier (every
// package with a `stryker.config.mjs`), one package after another so the runs share the two cores. Each run is
// incremental against the package's checked-in `stryker-incremental.json`: only mutants whose code or covering tests
// changed are tested again, and the run fails when the package's score is below its threshold (`thresholds.break`).
// `pnpm test:mutation --force` re-tests every mutant; `--package <name>` runs one package.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { repositoryRoot } from "./root.ts";

const args = process.argv.slice(2);
const only = args.includes("--package") ? args[args.indexOf("--package") + 1] : undefined;
const stryker = join(repositoryRoot, "node_modules", ".bin", "stryker");
const packages = readdirSync(join(repositoryRoot, "packages")).filter(
  (name) =>
    existsSync(join(repositoryRoot, "packages", name, "stryker.config.mjs")) && (!only || name === only),
);
if (packages.length === 0) {
  console.error(`test:mutation: no package with a stryker.config.mjs${only ? ` named "${only}"` : ""}`);
  process.exit(2);
}

const failed: string[] = [];
for (const name of packages) {
  const started = Date.now();
  console.log(`test:mutation: ${name}`);
  const { status } = spawnSync(stryker, ["run", ...(args.includes("--force") ? ["--force"] : [])], {
    cwd: join(repositoryRoot, "packages", name),
    stdio: "inherit",
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`test:mutation: ${name} ${status === 0 ? "passed" : "FAILED"} in ${seconds} s`);
  if (status !== 0) failed.push(name);
}
console.log(
  `test:mutation: ${packages.length - failed.length} passed, ${failed.length} failed${failed.length ? ` (${failed.join(", ")})` : ""}`,
);
process.exit(failed.length === 0 ? 0 : 1);
