import { defineConfig } from "vitest/config";

// defineConfig, not defineProject: the worker count is a run-wide option, and these files mostly wait on child
// processes (pnpm, npm, tsc), so three at a time keep two cores busy where vitest's default would run one.
export default defineConfig({
  test: {
    name: "scripts",
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    maxWorkers: 3,
    minWorkers: 1,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
