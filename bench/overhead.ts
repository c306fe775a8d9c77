// Request overhead: raw fetch, plain openapi-fetch, a payclients client with every middleware on (over the global
// fetch and over the Node transport) and the peers (stripe-node, openai-node), against the same keep-alive loopback
// server, interleaved in one process, after warm-up. Many short rounds, each running every client once in a fresh
// random order: a fixed rotation gives each client the same predecessor every round, whose garbage it then collects.
// A ratio between two clients is the median of their per-round ratios, which cancels the drift of a shared VM (the
// same client's rate moves by up to 40 % within minutes there) better than a ratio of medians. Each comparison runs
// in a process of its own (`overheadGroups`): clients sharing a process share undici's and V8's state, and each
// one's calls make the shared code paths slower for the others (payclients over the global fetch read 0.93 of
// openapi-fetch with all seven clients in one process, 0.98–1.07 with three to five), a cost a user of one SDK
// does not pay.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startTargets, type TargetName } from "./targets.ts";

/**
 * The comparisons, one process each: the default path against raw fetch and plain openapi-fetch (issue 19's item
 * 4), the Node transport against stripe-node's default client (item 3), and the peers next to the same anchors.
 */
export const overheadGroups = {
  "default path": ["fetch", "openapi-fetch", "payclients"],
  "Node transport": ["fetch", "openapi-fetch", "payclients-node", "stripe"],
  peers: ["fetch", "openapi-fetch", "stripe", "stripe-fetch", "openai"],
} as const satisfies Record<string, readonly TargetName[]>;

/** A name of {@link overheadGroups}. */
export type OverheadGroup = keyof typeof overheadGroups;

/** The clients others are compared with, round by round: raw fetch, plain openapi-fetch, stripe-node's default. */
export const pairedBaselines = ["fetch", "openapi-fetch", "stripe"] as const;

/** One of {@link pairedBaselines}. */
export type PairedBaseline = (typeof pairedBaselines)[number];

/** One measured configuration of one round. */
export interface OverheadSample {
  requestsPerSecond: number;
  /** Client-process CPU time per request (user + system), in µs: steadier than wall time on a shared machine. */
  cpuMicrosecondsPerRequest: number;
  p50Ms: number;
  p99Ms: number;
  /** Lowest and highest requests per second over the rounds. */
  spread?: [number, number];
  /** Median over the rounds of this client's rate divided by each baseline's in the same round (those measured). */
  paired?: Partial<Record<PairedBaseline, number>>;
  /** With several processes: the lowest and highest of their {@link paired} ratios. */
  pairedRange?: Partial<Record<PairedBaseline, [number, number]>>;
}

/** Median figures per client and concurrency. */
export interface OverheadResult {
  concurrency: number;
  requests: number;
  rounds: number;
  clients: Partial<Record<TargetName, OverheadSample>>;
  /** Processes the figures are the median of (one unless {@link runOverheadGroupRepeated} merged several). */
  processes?: number;
}

/** Options of {@link runOverhead}. */
export interface OverheadOptions {
  totalRequests?: number;
  rounds?: number;
  concurrencies?: number[];
  /** The clients to measure (default: every one of bench/targets.ts). */
  clients?: readonly TargetName[];
}

type Call = () => Promise<unknown>;

async function measure(call: Call, requests: number, concurrency: number): Promise<OverheadSample> {
  const latencies = new Float64Array(requests);
  let next = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      const index = next++;
      if (index >= requests) return;
      const begin = performance.now();
      await call();
      latencies[index] = performance.now() - begin;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort();
  return {
    requestsPerSecond: requests / (elapsed / 1000),
    cpuMicrosecondsPerRequest: (cpu.user + cpu.system) / requests,
    p50Ms: latencies[Math.floor(requests * 0.5)] ?? 0,
    p99Ms: latencies[Math.floor(requests * 0.99)] ?? 0,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Fisher–Yates: a fresh order per round. */
function shuffled<T>(items: readonly T[]): T[] {
  const order = [...items];
  for (let index = order.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [order[index], order[other]] = [order[other] as T, order[index] as T];
  }
  return order;
}

/** Median over the rounds of `name`'s rate divided by `baseline`'s in the same round. */
function pairedRatio(samples: Record<string, OverheadSample[]>, name: string, baseline: TargetName): number {
  const own = samples[name] ?? [];
  const base = samples[baseline] ?? [];
  return median(own.map((sample, round) => sample.requestsPerSecond / (base[round]?.requestsPerSecond ?? 1)));
}

/** Runs the overhead benchmark; `totalRequests` per client and concurrency, split over `rounds`. */
export async function runOverhead(options: OverheadOptions = {}): Promise<OverheadResult[]> {
  const totalRequests = options.totalRequests ?? 20_000;
  const rounds = options.rounds ?? 20;
  const perRound = Math.floor(totalRequests / rounds);
  const { calls, close } = await startTargets();
  const clients = options.clients
    ? Object.fromEntries(options.clients.map((name) => [name, calls[name]]))
    : calls;
  const results: OverheadResult[] = [];
  try {
    for (const concurrency of options.concurrencies ?? [1, 64]) {
      for (const call of Object.values(clients)) await measure(call, Math.min(2_000, perRound), concurrency);
      const samples: Record<string, OverheadSample[]> = Object.fromEntries(
        Object.keys(clients).map((name) => [name, []]),
      );
      for (let round = 0; round < rounds; round += 1) {
        for (const [name, call] of shuffled(Object.entries(clients)))
          samples[name]?.push(await measure(call, perRound, concurrency));
      }
      const summarize = (name: string): OverheadSample => {
        const list = samples[name] ?? [];
        const rates = list.map((sample) => sample.requestsPerSecond);
        return {
          spread: [Math.min(...rates), Math.max(...rates)],
          requestsPerSecond: median(list.map((sample) => sample.requestsPerSecond)),
          cpuMicrosecondsPerRequest: median(list.map((sample) => sample.cpuMicrosecondsPerRequest)),
          p50Ms: median(list.map((sample) => sample.p50Ms)),
          p99Ms: median(list.map((sample) => sample.p99Ms)),
          paired: Object.fromEntries(
            pairedBaselines
              .filter((baseline) => baseline in samples)
              .map((baseline) => [baseline, pairedRatio(samples, name, baseline)]),
          ),
        };
      };
      results.push({
        concurrency,
        requests: perRound * rounds,
        rounds,
        clients: Object.fromEntries(Object.keys(clients).map((name) => [name, summarize(name)])),
      });
    }
  } finally {
    close();
  }
  return results;
}

/** Runs {@link runOverhead} for one group in a fresh process (bench/overhead-group.ts), so groups share no state. */
export function runOverheadGroup(group: OverheadGroup, options: Omit<OverheadOptions, "clients"> = {}) {
  const output = execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      fileURLToPath(new URL("./overhead-group.ts", import.meta.url)),
      JSON.stringify({ ...options, clients: overheadGroups[group] }),
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  return JSON.parse(output) as OverheadResult[];
}

/**
 * Runs one group in `processes` fresh processes one after another and keeps, per client and concurrency, the median
 * over the processes of each figure (the spread: lowest and highest round of any): a process's JIT and heap layout
 * move its figures by a few percent, more than the per-round pairing can cancel.
 */
export function runOverheadGroupRepeated(
  group: OverheadGroup,
  processes: number,
  options: Omit<OverheadOptions, "clients"> = {},
): OverheadResult[] {
  const runs = Array.from({ length: processes }, () => runOverheadGroup(group, options));
  return (runs[0] ?? []).map((first, index) => {
    const perProcess = runs.map((run) => run[index] as OverheadResult);
    const clients = Object.fromEntries(
      overheadGroups[group].map((name) => {
        const samples = perProcess.map((result) => result.clients[name] as OverheadSample);
        const middle = (read: (sample: OverheadSample) => number) => median(samples.map(read));
        const measured = pairedBaselines.filter((baseline) => samples[0]?.paired?.[baseline] !== undefined);
        return [
          name,
          {
            requestsPerSecond: middle((sample) => sample.requestsPerSecond),
            cpuMicrosecondsPerRequest: middle((sample) => sample.cpuMicrosecondsPerRequest),
            p50Ms: middle((sample) => sample.p50Ms),
            p99Ms: middle((sample) => sample.p99Ms),
            spread: [
              Math.min(...samples.map((sample) => sample.spread?.[0] ?? 0)),
              Math.max(...samples.map((sample) => sample.spread?.[1] ?? 0)),
            ],
            paired: Object.fromEntries(
              measured.map((baseline) => [baseline, middle((sample) => sample.paired?.[baseline] ?? 0)]),
            ),
            pairedRange: Object.fromEntries(
              measured.map((baseline) => {
                const ratios = samples.map((sample) => sample.paired?.[baseline] ?? 0);
                return [baseline, [Math.min(...ratios), Math.max(...ratios)]];
              }),
            ),
          } satisfies OverheadSample,
        ];
      }),
    );
    return { ...first, processes, clients };
  });
}
