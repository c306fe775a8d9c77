import { defineConfig } from "vitest/config";
import { childProcessTests } from "./vitest.config";

// `pnpm test:e2e`: the packed tarballs installed in a fresh project, and `pnpm new-provider`'s promise on a copy of
// the repository. Minutes of installs, packing and nested runs, so apart from `pnpm test`; CI runs both.
export default defineConfig({
  test: {
    name: "scripts e2e",
    include: ["test/e2e/**/*.test.ts"],
    ...childProcessTests,
  },
});
