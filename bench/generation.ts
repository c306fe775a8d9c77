// Generation cost: wall time of `pnpm generate` over every spec (fresh process, as a maintainer runs it).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Median wall time of regenerating every spec, in ms. */
export function runGeneration(rounds = 3): { specs: number; medianMs: number } {
  const times: number[] = [];
  let specs = 0;
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    const result = spawnSync(
      join(root, "node_modules", ".bin", "tsx"),
      [join(root, "scripts", "generate.ts")],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    if (result.status !== 0) throw new Error(`generate failed: ${result.stderr}`);
    times.push(performance.now() - started);
    specs = result.stdout.split("\n").filter((line) => line.startsWith("generate:")).length;
  }
  times.sort((left, right) => left - right);
  return { specs, medianMs: times[Math.floor(times.length / 2)] ?? 0 };
}
