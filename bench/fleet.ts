// Fleet mode on a real Redis: child processes, each with its own Clik2pay client on one shared RedisTokenStore and
// RedisRequestLimiter, counted at the Clik2pay emulator. The processes are those of @payclients/redis's fleet tests
// (one harness); it is loaded by path, so this package's NodeNext type-check stays out of that package's test code.
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startRedisServer } from "@payclients/testing";

/** What `pnpm bench:check` gates, and `pnpm bench` reports. */
export interface FleetResult {
  processes: number;
  /** Concurrent calls per process on a cold cache. */
  coldCallsPerProcess: number;
  coldTokenRequests: number;
  /** How long the processes drove the emulator flat out through the shared limiter. */
  driveMs: number;
  limitedRequests: number;
  busiestSecond: number;
  peakInFlight: number;
  rateLimitedAnswers: number;
  failedCalls: number;
}

interface FleetProcess {
  ask(command: unknown, type: string): Promise<{ outcomes?: { ok: boolean }[]; failures?: string[] }>;
}
interface FleetHarness {
  startFleetEmulator(base: { kind: string; redisUrl: string }): Promise<{
    emulator: {
      api: {
        journal: { time: number; status: number | string }[];
        peakInFlight: number;
        setLatency(ms: number): void;
      };
      auth: { requests(filter: { path: string }): unknown[] };
      setRateLimit(limit: { requestsPerSecond: number; maxConcurrent: number }): void;
      close(): Promise<void>;
    };
    config: Record<string, unknown>;
  }>;
  startProcess(config: Record<string, unknown>): Promise<FleetProcess>;
  stopAll(processes: readonly FleetProcess[]): Promise<void>;
}

const harnessPath = join(
  fileURLToPath(new URL(".", import.meta.url)),
  "../packages/redis/test/fleet/fleet.ts",
);

/** The busiest 1-second window of arrival times. */
export function busiestSecond(times: readonly number[]): number {
  return Math.max(
    0,
    ...times.map((time) => times.filter((other) => other >= time && other < time + 1000).length),
  );
}

/** One run: a cold burst on one fleet (one token for all), then another fleet driving the API through the limiter. */
export async function runFleet({
  processes = 4,
  coldCallsPerProcess = 250,
  driveMs = 3_000,
} = {}): Promise<FleetResult> {
  const harness = (await import(pathToFileURL(harnessPath).href)) as FleetHarness;
  await using redis = await startRedisServer();
  const base = { kind: "node-redis", redisUrl: redis.url };

  const cold = await harness.startFleetEmulator(base);
  const coldFleet = await Promise.all(
    Array.from({ length: processes }, () => harness.startProcess(cold.config)),
  );
  let failedCalls = 0;
  try {
    const replies = await Promise.all(
      coldFleet.map((member) =>
        member.ask({ type: "run", calls: coldCallsPerProcess, timeoutMs: 30_000 }, "ran"),
      ),
    );
    failedCalls += replies.flatMap((reply) => reply.outcomes ?? []).filter((outcome) => !outcome.ok).length;
  } finally {
    await harness.stopAll(coldFleet);
  }
  const coldTokenRequests = cold.emulator.auth.requests({ path: "/oauth2/token" }).length;
  await cold.emulator.close();

  const driven = await harness.startFleetEmulator(base);
  const { emulator } = driven;
  emulator.setRateLimit({ requestsPerSecond: 10, maxConcurrent: 5 });
  emulator.api.setLatency(50);
  const fleet = await Promise.all(
    Array.from({ length: processes }, () => harness.startProcess({ ...driven.config, limiter: true })),
  );
  try {
    const replies = await Promise.all(
      fleet.map((member) => member.ask({ type: "drive", forMs: driveMs, concurrency: 8 }, "drove")),
    );
    failedCalls += replies.flatMap((reply) => reply.failures ?? []).length;
  } finally {
    await harness.stopAll(fleet);
  }
  const { journal, peakInFlight } = emulator.api;
  await emulator.close();
  return {
    processes,
    coldCallsPerProcess,
    coldTokenRequests,
    driveMs,
    limitedRequests: journal.length,
    busiestSecond: busiestSecond(journal.map((entry) => entry.time)),
    peakInFlight,
    rateLimitedAnswers: journal.filter((entry) => entry.status === 429).length,
    failedCalls,
  };
}
