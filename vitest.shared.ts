import { defineProject } from "vitest/config";
import { nativeTsc } from "./scripts/typechecker.mjs";

/** The test config every package extends: runtime tests plus `*.test-d.ts` type tests. */
export function definePackageTests(name: string) {
  return defineProject({
    test: {
      name,
      include: ["test/**/*.test.ts"],
      testTimeout: 20_000,
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
