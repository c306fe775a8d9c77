import { defineProject } from "vitest/config";
import { nativeTsc } from "./scripts/typechecker.mjs";

/** The test config every package extends: runtime tests plus `*.test-d.ts` type tests. */
export function definePackageTests(name: string) {
  return defineProject({
    test: {
      name,
      include: ["test/**/*.test.ts"],
      testTimeout: 20_000,
      // One module graph per worker, not per file: each file re-importing the client, the emulator kit and Ajv (and
      // compiling the spec's validators again) cost two thirds of a package's test CPU. Tests share no module state
      // they rely on: each starts its own emulator, client and clock. Under StrykerJS (its workers set
      // STRYKER_MUTATOR_WORKER) files stay isolated: with one shared graph its per-test coverage let a mutant the
      // tests kill (Qolo's decoder, a null issue) pass as a survivor.
      isolate: process.env.STRYKER_MUTATOR_WORKER !== undefined,
      typecheck: {
        enabled: true,
        include: ["test/**/*.test-d.ts"],
        tsconfig: "./tsconfig.json",
        // TypeScript 7's native tsc (scripts/typechecker.mjs says why).
        checker: nativeTsc,
      },
    },
  });
}
