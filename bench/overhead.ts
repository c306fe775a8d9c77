// Request overhead: raw fetch, plain openapi-fetch, a payclients client with every middleware on (over the global
// fetch and over the Node transport) and the peers (stripe-node, openai-node), against the same keep-alive loopback
// server, interleaved in one process, after warm-up. Many short rounds; within a round the clients take turns in
// slices of 100 calls (more at high concurrency), each turn in a fresh random order: a fixed rotation gives each
// client the same predecessor every time, whose garbage it then collects. A ratio between two clients is the
// median of their per-round ratios, which cancels the drift of a shared VM (the same client's rate moves by up to
// 40 % within minutes there, and by 3× between rounds of a second) better than a ratio of medians; slicing the
// rounds keeps the clients compared within milliseconds of each other, where whole 1,000-call turns put seconds
// between them. Each comparison runs in a process of its own (`overheadGroups`): clients sharing a process share
// undici's and V8's state, and each one's calls make the shared code paths slower for the others (payclients over
// the global fetch read 0.93 of openapi-fetch with all seven clients in one process, 0.98–1.07 with three to five),
// a cost a user of one SDK does not pay.
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

/**
 * How many fresh processes each comparison runs in. One process's c/b moves by about ±5 % with its JIT and heap
 * layout (five processes of the default path read 0.919–1.038), so the comparison whose target lies inside that
 * band, the default path's ≥ 0.97, takes five; the others, far from theirs, three.
 */
export const overheadProcesses: Record<OverheadGroup, number> = {
  "default path": 5,
  "Node transport": 3,
  peers: 3,
};

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
  /**
   * This client's rate divided by each measured baseline's in the same round: the median over a process's rounds,
   * and over several processes the geometric mean of those medians.
   */
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
  /** Processes the figures merge (one unless {@link runOverheadGroupRepeated} merged several). */
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

/** One client's time over the slices of a round, summed. */
class Tally {
  #elapsedMs = 0;
  #cpuMicroseconds = 0;
  readonly #latencies: number[] = [];

  /** Makes `requests` calls, `concurrency` at a time, and adds their time to the round's. */
  async slice(call: Call, requests: number, concurrency: number): Promise<void> {
    let next = 0;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const worker = async () => {
      for (;;) {
        if (next++ >= requests) return;
        const begin = performance.now();
        await call();
        this.#latencies.push(performance.now() - begin);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    this.#elapsedMs += performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    this.#cpuMicroseconds += cpu.user + cpu.system;
  }

  sample(): OverheadSample {
    const requests = this.#latencies.length;
    const latencies = Float64Array.from(this.#latencies).sort();
    return {
      requestsPerSecond: requests / (this.#elapsedMs / 1000),
      cpuMicrosecondsPerRequest: this.#cpuMicroseconds / requests,
      p50Ms: latencies[Math.floor(requests * 0.5)] ?? 0,
      p99Ms: latencies[Math.floor(requests * 0.99)] ?? 0,
    };
  }
}

/**
 * Requests per slice: each client's round is cut into slices taken in turn, so clients compared in a round run
 * within milliseconds of each other, not seconds; at high concurrency a slice stays long enough (8 calls per
 * worker) that filling and draining the workers is a small part of it.
 */
function sliceSize(concurrency: number): number {
  return Math.max(100, concurrency * 8);
}

/** One round: every client's `requests` calls, in slices taken in turn, each slice in a fresh random order. */
async function measureRound(
  clients: Record<string, Call>,
  requests: number,
  concurrency: number,
): Promise<Record<string, OverheadSample>> {
  const tallies = Object.fromEntries(Object.keys(clients).map((name) => [name, new Tally()]));
  const size = sliceSize(concurrency);
  for (let done = 0; done < requests; done += size) {
    for (const [name, call] of shuffled(Object.entries(clients)))
      await tallies[name]?.slice(call, Math.min(size, requests - done), concurrency);
  }
  return Object.fromEntries(Object.entries(tallies).map(([name, tally]) => [name, tally.sample()]));
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function geometricMean(values: number[]): number {
  return Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);
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
      await measureRound(clients, Math.min(2_000, perRound), concurrency);
      const samples: Record<string, OverheadSample[]> = Object.fromEntries(
        Object.keys(clients).map((name) => [name, []]),
      );
      for (let round = 0; round < rounds; round += 1) {
        const measured = await measureRound(clients, perRound, concurrency);
        for (const [name, sample] of Object.entries(measured)) samples[name]?.push(sample);
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
 * move its figures by a few percent, more than the per-round pairing can cancel. A paired ratio is the geometric
 * mean over the processes instead: each process is one draw of that layout (payclients over the global fetch read
 * 0.904–1.011 of openapi-fetch at concurrency 1 over five), the mean over the draws is what a user's process can
 * expect, and a median of a handful of draws is one of them picked by rank.
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
              measured.map((baseline) => [
                baseline,
                geometricMean(samples.map((sample) => sample.paired?.[baseline] ?? 0)),
              ]),
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
