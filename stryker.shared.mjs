// The mutation-testing configuration every package's stryker.config.mjs builds on (see CONTRIBUTING.md,
// "Mutation testing"). StrykerJS 9.6, not 10: 10 needs Node >= 22 and the project supports Node >= 20.19.
import { fileURLToPath } from "node:url";

/**
 * A package's Stryker config: `mutate` lists the files under test, `minimumScore` the score below which the run
 * fails. Mutants are run in place (the tests import shared files from the repository root, which a sandbox copy
 * of the package would lose), against the package's own vitest tests, each mutant only against the tests that
 * cover it. The incremental file is checked in, so a run re-tests only the mutants whose code or tests changed.
 */
export function mutationConfig({ mutate, minimumScore }) {
  return {
    testRunner: "vitest",
    // The runner is a root devDependency: pnpm does not link it into the package's own node_modules.
    plugins: [fileURLToPath(import.meta.resolve("@stryker-mutator/vitest-runner"))],
    vitest: { configFile: "vitest.config.ts" },
    coverageAnalysis: "perTest",
    mutate,
    inPlace: true,
    concurrency: 2,
    timeoutMS: 5000,
    incremental: true,
    incrementalFile: "stryker-incremental.json",
    reporters: ["clear-text", "progress"],
    clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
    tempDirName: ".stryker-tmp",
    cleanTempDir: "always",
    thresholds: { high: 95, low: minimumScore, break: minimumScore },
  };
}
