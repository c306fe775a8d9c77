import { defineConfig } from "vitest/config";

/** Settings both runs share: these files mostly wait on child processes (pnpm, npm, tsc). */
export const childProcessTests = {
  setupFiles: ["test/setup.ts"],
  // A run-wide option (hence defineConfig): three files at a time keep two cores busy where vitest's default would
  // run one.
  maxWorkers: 3,
  minWorkers: 1,
  testTimeout: 300_000,
  hookTimeout: 300_000,
};

// `pnpm test` runs these; the end-to-end files (test/e2e: installing the packed tarballs, the scaffold's promise) are
// `pnpm test:e2e`'s, with vitest.e2e.config.ts.
export default defineConfig({
  test: {
    name: "scripts",
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "**/node_modules/**"],
    ...childProcessTests,
  },
});
