import { defineConfig, type Options } from "tsup";

/** The one build config every package extends: ESM + CJS + `.d.ts` for each named entry. */
export function definePackageBuild(entry: Record<string, string>, overrides: Options = {}) {
  return defineConfig({
    entry,
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    splitting: false,
    treeshake: true,
    outDir: "dist",
    ...overrides,
  });
}
