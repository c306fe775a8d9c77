// Type-check cost: `tsc --noEmit` of a consumer using every payclients client, against the same calls made with
// plain openapi-fetch over the same generated `paths` types.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const directory = join(dirname(fileURLToPath(import.meta.url)), "typecheck");
const tsc = join(directory, "..", "..", "node_modules", ".bin", "tsc");

function time(project: string, rounds: number): number {
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    const result = spawnSync(tsc, ["-p", project], { cwd: directory, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`tsc -p ${project} failed:\n${result.stdout}${result.stderr}`);
    times.push(performance.now() - started);
  }
  times.sort((left, right) => left - right);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Median `tsc --noEmit` wall times (ms) of the payclients consumer and the plain openapi-fetch consumer. */
export function runTypecheck(rounds = 3): { payclientsMs: number; openapiFetchMs: number } {
  const openapiFetchMs = time("tsconfig.openapi-fetch.json", rounds);
  const payclientsMs = time("tsconfig.payclients.json", rounds);
  return { payclientsMs, openapiFetchMs };
}
