import { defineProject } from "vitest/config";

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
      },
    },
  });
}
