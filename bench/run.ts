// `pnpm bench`: every benchmark, one markdown table on stdout, and bench/RESULTS.md with machine, Node and date.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { sizeBudgets } from "./budgets.ts";
import { runFleet } from "./fleet.ts";
import { runGeneration } from "./generation.ts";
import {
  type OverheadGroup,
  overheadGroups,
  overheadProcesses,
  runOverheadGroupRepeated,
} from "./overhead.ts";
import { peerBundleSizes, runFootprints } from "./peers.ts";
import { runFeatureSizes, runSizes } from "./sizes.ts";
import { type TargetName, targetNames } from "./targets.ts";
import { runTokens } from "./tokens.ts";
import { runTypecheck } from "./typecheck.ts";

const quick = process.argv.includes("--quick");
const rows: string[][] = [];
const add = (section: string, measure: string, value: string, note = "") =>
  rows.push([section, measure, value, note]);
const fixed = (value: number, digits = 0) => value.toFixed(digits);

const labels: Record<TargetName, string> = {
  fetch: "raw fetch (a)",
  "openapi-fetch": "openapi-fetch (b)",
  payclients: "payclients, global fetch (c)",
  "payclients-node": "payclients, Node transport (d)",
  stripe: "stripe-node, default node:http client",
  "stripe-fetch": "stripe-node, fetch client",
  openai: "openai-node",
};

console.error("bench: request overhead, payclients and peers, one process per comparison (a few minutes)…");
for (const group of Object.keys(overheadGroups) as OverheadGroup[]) {
  const processes = quick ? 1 : overheadProcesses[group];
  const options = quick ? { totalRequests: 2_000, rounds: 4 } : {};
  for (const result of runOverheadGroupRepeated(group, processes, options)) {
    const label = `${group}, concurrency ${result.concurrency}, ${result.requests} requests × ${result.rounds} rounds × ${processes} processes`;
    for (const name of overheadGroups[group]) {
      const sample = result.clients[name];
      if (sample === undefined) continue;
      const [low, high] = sample.spread ?? [0, 0];
      const stripe = sample.paired?.stripe;
      add(
        "1. overhead",
        `${label}: ${labels[name]}`,
        `${fixed(sample.requestsPerSecond)} req/s`,
        `×${fixed(sample.paired?.fetch ?? 0, 2)} raw fetch, ×${fixed(sample.paired?.["openapi-fetch"] ?? 0, 2)} openapi-fetch${stripe === undefined ? "" : `, ×${fixed(stripe, 2)} stripe-node`} (per-round ratios: their median in a process, the geometric mean over processes); rounds ${fixed(low)}–${fixed(high)} req/s; p50 ${fixed(sample.p50Ms, 3)} ms, p99 ${fixed(sample.p99Ms, 3)} ms, client CPU ${fixed(sample.cpuMicrosecondsPerRequest)} µs/request`,
      );
    }
    const range = (values: [number, number] | undefined) =>
      values ? `processes ${fixed(values[0], 3)}–${fixed(values[1], 3)}; ` : "";
    const payclients = result.clients.payclients;
    const plain = payclients?.paired?.["openapi-fetch"];
    if (plain !== undefined) {
      const note = `${range(payclients?.pairedRange?.["openapi-fetch"])}target ≥ 0.97 (not gated)`;
      add("1. overhead", `${label}: c/b`, fixed(plain, 3), note);
    }
    const overNode = result.clients["payclients-node"];
    const stripe = overNode?.paired?.stripe;
    if (stripe !== undefined) {
      const note = `${range(overNode?.pairedRange?.stripe)}target > 1 (not gated)`;
      add("1. overhead", `${label}: d/stripe-node default`, fixed(stripe, 3), note);
    }
  }
}

// Timings swing by 2× on a shared machine; instruction counts by about ±5 % (GC and JIT timing). Counted when
// valgrind is installed (about 10 minutes per run on an idle core, 4 runs at a time), or read from the output of an
// earlier `bash bench/instructions.sh` run with `--instructions-from <file>` (e.g. a run of some clients only).
const instructionsFrom = process.argv.includes("--instructions-from")
  ? process.argv[process.argv.indexOf("--instructions-from") + 1]
  : undefined;
let instructionTable: string | undefined;
if (instructionsFrom !== undefined) instructionTable = readFileSync(instructionsFrom, "utf8");
else if (!quick && spawnSync("valgrind", ["--version"]).status === 0) {
  console.error("bench: instructions per request under valgrind (half an hour or more)…");
  instructionTable = execFileSync("bash", [fileURLToPath(new URL("./instructions.sh", import.meta.url))], {
    encoding: "utf8",
  });
}
if (instructionTable !== undefined) {
  const counts = new Map(
    [...instructionTable.matchAll(/^\| ([\w-]+) \| (\d+) \|/gm)].map((match) => [match[1], Number(match[2])]),
  );
  const plain = counts.get("openapi-fetch");
  const label = "instructions per request (valgrind, sequential, steady state)";
  for (const name of targetNames) {
    const count = counts.get(name);
    add(
      "1. overhead",
      `${label}: ${labels[name]}`,
      count === undefined ? "not counted in this run" : String(count),
      count === undefined || plain === undefined
        ? "bash bench/instructions.sh"
        : `openapi-fetch ÷ this ${fixed(plain / count, 3)}; bash bench/instructions.sh`,
    );
  }
}

console.error("bench: peers' bundle size, heap per client and cold start…");
const bundles = await peerBundleSizes();
for (const [name, gzipped] of Object.entries(bundles)) {
  add(
    "1. peers",
    `${name}: a program that creates a client and makes one call (min+gz)`,
    `${gzipped} B`,
    "esbuild",
  );
}
const footprints = await runFootprints(quick ? 3 : 5);
for (const [name, { heapBytes, coldMs }] of Object.entries(footprints)) {
  const peer = labels[name as TargetName];
  add(
    "1. peers",
    `${peer}: retained heap per client`,
    `${fixed(heapBytes / 1024, 1)} kB`,
    "200 clients, after GC",
  );
  add(
    "1. peers",
    `${peer}: cold start (process start → import → first response)`,
    `${fixed(coldMs, 1)} ms`,
    "median of fresh processes, plain node",
  );
}

console.error("bench: token efficiency…");
for (const result of await runTokens()) {
  add(
    "2. tokens",
    `${result.provider}: token requests, ${result.coldConcurrentCalls} cold concurrent calls`,
    String(result.coldTokenRequests),
    "budget 1",
  );
  add(
    "2. tokens",
    `${result.provider}: token requests in a simulated day (1 h tokens, ${result.dayCalls} calls)`,
    String(result.dayTokenRequests),
    "budget 24",
  );
  add(
    "2. tokens",
    `${result.provider}: calls blocked on a refresh after the first`,
    String(result.dayBlockedAfterFirst),
    "budget 0",
  );
}

console.error("bench: fleet mode on Redis…");
const fleet = await runFleet();
add(
  "2. tokens",
  `fleet of ${fleet.processes} processes on Redis: token requests, ${fleet.coldCallsPerProcess} cold concurrent calls each`,
  String(fleet.coldTokenRequests),
  "budget 1",
);
add(
  "2. tokens",
  `fleet limiter, ${fleet.driveMs} ms flat out at Clik2pay's emulator: requests, busiest second, most in flight, 429s`,
  `${fleet.limitedRequests}, ${fleet.busiestSecond}, ${fleet.peakInFlight}, ${fleet.rateLimitedAnswers}`,
  "at most 10 per second and 5 in flight, no 429",
);

console.error("bench: bundle sizes…");
const sizes = await runSizes();
add(
  "3. size",
  "openapi-fetch (reference)",
  `${sizes.openapiFetch.gzipped} B`,
  `${sizes.openapiFetch.minified} B minified`,
);
add(
  "3. size",
  "@payclients/auth-middleware (whole entry)",
  `${sizes.authMiddleware.gzipped} B`,
  `${sizes.authMiddleware.minified} B minified; not gated`,
);
for (const subpath of sizes.subpaths) {
  add(
    "3. size",
    `${subpath.name} (whole entry)`,
    `${subpath.gzipped} B`,
    `${subpath.minified} B minified; not gated`,
  );
}
let previous = 0;
for (const feature of await runFeatureSizes()) {
  add(
    "3. size",
    `auth-middleware by feature: ${feature.name}`,
    `${feature.gzipped} B`,
    `+${feature.gzipped - previous} B; cumulative, ${feature.minified} B minified`,
  );
  previous = feature.gzipped;
}
for (const { own, overOpenapiFetch, total, oneCall } of sizes.providers) {
  add(
    "3. size",
    `${own.name}: a program that creates a client and makes one call, everything included`,
    `${oneCall.gzipped} B`,
    `gated (ceiling ${sizeBudgets[own.name.replace("@payclients/", "")] ?? "none yet"} B); ${oneCall.minified} B minified`,
  );
  add(
    "3. size",
    `${own.name}: where its bytes sit (whole main entry)`,
    `${own.gzipped} B own`,
    `${overOpenapiFetch.gzipped} B with the auth-middleware code it uses, ${total.gzipped} B with openapi-fetch too; not gated`,
  );
}

console.error("bench: generation…");
const generation = runGeneration(quick ? 1 : 3);
add(
  "4. generation",
  `regenerate ${generation.specs} specs (median)`,
  `${fixed(generation.medianMs)} ms`,
  "fresh process, tsx + openapi-typescript",
);

console.error("bench: type-check cost…");
const typecheck = runTypecheck(quick ? 1 : 3);
add("5. type-check", "tsc --noEmit, every payclients client", `${fixed(typecheck.payclientsMs)} ms`, "");
add(
  "5. type-check",
  "tsc --noEmit, same calls with plain openapi-fetch",
  `${fixed(typecheck.openapiFetchMs)} ms`,
  `ratio ${fixed(typecheck.payclientsMs / typecheck.openapiFetchMs, 2)}`,
);

const table = [
  "| section | measure | value | note |",
  "| --- | --- | --- | --- |",
  ...rows.map((row) => `| ${row.join(" | ")} |`),
].join("\n");
console.log(table);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
const header = [
  "# Benchmark results",
  "",
  `Machine: ${machine}. Node ${process.version}. Date: ${new Date().toISOString()}.${quick ? " Quick run." : ""}`,
  `Produced by \`pnpm bench${process.argv.length > 2 ? ` ${process.argv.slice(2).join(" ")}` : ""}\` (bench/run.ts). Timings are noisy on shared machines and are never gated; counts and sizes`,
  "are gated by `pnpm bench:check`. Overhead: one process per comparison, each comparison in several processes (the",
  "row's label says how many); rounds of shuffled 100-call slices; a ratio is the geometric mean over the processes",
  "of the median of the per-round ratios, other figures medians (bench/overhead.ts).",
  "",
].join("\n");
writeFileSync(fileURLToPath(new URL("./RESULTS.md", import.meta.url)), `${header}\n${table}\n`);
