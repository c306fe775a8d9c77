import type { Clik2payEmulator } from "@payclients/clik2pay/testing";
import { type RedisServer, startRedisServer } from "@payclients/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FleetProcess, startFleetEmulator, startProcess, stopAll } from "./fleet/fleet";
import type { CallOutcome, WorkerConfig } from "./fleet/worker";
import { type ClientKind, clientKinds, connectRedis } from "./support/clients";

// Full size is the 8 processes × 250 calls; FLEET_PROCESSES lowers it while iterating on a busy machine.
const processCount = Number(process.env.FLEET_PROCESSES ?? 8);
const callsPerProcess = 250;
// The 10 s; FLEET_DRIVE_MS shortens it while iterating.
const driveMs = Number(process.env.FLEET_DRIVE_MS ?? 10_000);
const encryptionKey = Buffer.alloc(32, 3).toString("base64");

let server: RedisServer;
let emulator: Clik2payEmulator | undefined;
let fleet: FleetProcess[] = [];
beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(async () => {
  await server?.close();
});
afterEach(async () => {
  await stopAll(fleet);
  fleet = [];
  await emulator?.close();
  emulator = undefined;
  await server.start();
});

const tokenRequests = () => emulator?.auth.requests({ path: "/oauth2/token" }).length ?? 0;
const failures = (outcomes: readonly CallOutcome[]) => outcomes.filter((outcome) => !outcome.ok);

async function startFleet(kind: ClientKind, extra: Partial<WorkerConfig> = {}, count = processCount) {
  const started = await startFleetEmulator({ kind, redisUrl: server.url });
  emulator = started.emulator;
  fleet = await Promise.all(
    Array.from({ length: count }, () => startProcess({ ...started.config, ...extra })),
  );
  return started.config;
}

async function runAll(calls = callsPerProcess, timeoutMs = 20_000, processes = fleet) {
  const replies = await Promise.all(
    processes.map((member) => member.ask({ type: "run", calls, timeoutMs }, "ran")),
  );
  if (process.env.FLEET_DEBUG)
    console.log(
      replies
        .flatMap((reply) => reply.logs)
        .filter((line) => !line.includes("401"))
        .slice(0, 5),
      "token requests per process",
      replies.map((reply) => reply.tokenRequests),
      tokenRequests(),
      emulator?.auth.requests({ path: "/oauth2/token" }).map((e) => e.time),
    );
  return {
    outcomes: replies.flatMap((reply) => reply.outcomes),
    logs: replies.flatMap((reply) => reply.logs),
  };
}

async function advanceAll(ms: number) {
  emulator?.clock.advance(ms);
  await Promise.all(fleet.map((member) => member.ask({ type: "advance", ms }, "advanced")));
}

/** Every key in Redis with its value (strings only), as a dump would show them. */
async function dump(): Promise<Map<string, string>> {
  const { client, close } = await connectRedis("ioredis", server.url);
  const redis = client as unknown as {
    keys(p: string): Promise<string[]>;
    get(k: string): Promise<string | null>;
    type(k: string): Promise<string>;
  };
  try {
    const entries = new Map<string, string>();
    for (const name of await redis.keys("*")) {
      entries.set(name, (await redis.type(name)) === "string" ? ((await redis.get(name)) ?? "") : "");
    }
    return entries;
  } finally {
    await close();
  }
}

/** Bearer tokens the emulator saw, and the credentials: none may appear in a key, a value, a log line or an error. */
function secretsSeen(config: WorkerConfig): string[] {
  const tokens = (emulator?.api.journal ?? []).map(
    (entry) => entry.headers.authorization?.replace(/^Bearer /, "") ?? "",
  );
  return [...new Set([...tokens.filter(Boolean), config.username, config.password, config.apiKey])];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await sleep(10);
  }
}

/** Flushes the Redis database between tests (each test starts cold). */
async function flush() {
  const { createConnection } = await import("node:net");
  await new Promise<void>((resolve, reject) => {
    const socket = createConnection({ host: "127.0.0.1", port: server.port }, () =>
      socket.write("FLUSHALL\r\n"),
    );
    socket.once("data", () => {
      socket.destroy();
      resolve();
    });
    socket.once("error", reject);
  });
}

describe.each(clientKinds)("a fleet on %s", (kind) => {
  it(`${processCount} processes × ${callsPerProcess} concurrent calls: one token cold, one after expiry, one after a revocation; no call fails`, async () => {
    await flush();
    const config = await startFleet(kind, { encryptionKey });
    const cold = await runAll();
    expect(failures(cold.outcomes), "cold").toEqual([]);
    expect(cold.outcomes).toHaveLength(processCount * callsPerProcess);
    expect(tokenRequests()).toBe(1);
    // Encrypted at rest; no credential or token in key names, values or log lines.
    const stored = await dump();
    expect([...stored.keys()].some((name) => name.endsWith(":token"))).toBe(true);
    const exposed = [...stored.keys(), ...stored.values(), ...cold.logs].join("\n");
    for (const secret of secretsSeen(config)) expect(exposed).not.toContain(secret);

    // Into the refresh window (the last 60 s of the hour): one process refreshes, every call keeps being served.
    await advanceAll(3600_000 - 30_000);
    const window = await runAll(20);
    expect(failures(window.outcomes), "window").toEqual([]);
    // The refresh runs in the background: wait for it, then make sure no second one follows.
    await until(() => tokenRequests() >= 2);
    await sleep(300);
    expect(tokenRequests()).toBe(2);

    // Past the new token's expiry on the emulator's clock (and the fleet's): exactly one token request.
    await advanceAll(3600_000 + 1_000);
    const expired = await runAll();
    expect(failures(expired.outcomes), "expired").toEqual([]);
    expect(tokenRequests()).toBe(3);

    // The emulator revokes the token: every process sees 401s, the fleet requests exactly one new token.
    emulator?.tokens.revokeAll();
    const revoked = await runAll();
    expect(failures(revoked.outcomes), "revoked").toEqual([]);
    expect(tokenRequests()).toBe(4);
  }, 120_000);

  it("the lease holder is SIGKILLed while its token request is in flight: another process gets a token within the lease; no call waits past its deadline", async () => {
    await flush();
    const leaseMs = 2_000;
    const deadlineMs = 6_000;
    await startFleet(kind, { leaseMs }, Math.min(processCount, 4));
    emulator?.auth.delayNext(15_000, { path: "/oauth2/token" });
    const [holder, ...others] = fleet;
    void holder?.ask({ type: "run", calls: 5, timeoutMs: 30_000 }, "ran").catch(() => undefined);
    await until(() => tokenRequests() === 1);
    const leasedAt = Date.now();
    const waiting = runAll(50, deadlineMs, others);
    await sleep(200);
    holder?.kill();
    const { outcomes, logs } = await waiting;
    const finishedAt = Date.now();
    expect(failures(outcomes)).toEqual([]);
    expect(tokenRequests()).toBe(2);
    // Taken over once the dead holder's lease ran out, well before any call's deadline.
    expect(finishedAt - leasedAt).toBeLessThan(leaseMs + 3_000);
    expect(Math.max(...outcomes.map((outcome) => outcome.ms))).toBeLessThan(deadlineMs);
    expect(logs.filter((line) => line.startsWith("warn redis"))).toEqual([]);
  }, 60_000);

  it("Redis stopped mid-run, default policy: every call completes in-process and each process warns once", async () => {
    await flush();
    const config = await startFleet(kind, { commandTimeoutMs: 3_000 }, Math.min(processCount, 4));
    expect(failures((await runAll(20)).outcomes)).toEqual([]);
    // Calls in flight when Redis dies and the token is revoked: their 401s meet a dead Redis.
    emulator?.api.setLatency(300);
    const started = Date.now();
    const running = runAll(100);
    await sleep(100);
    await server.stop();
    emulator?.tokens.revokeAll();
    const { outcomes, logs } = await running;
    const again = await runAll(20);
    expect(failures([...outcomes, ...again.outcomes])).toEqual([]);
    expect(Date.now() - started).toBeLessThan(15_000);
    const warnings = [...logs, ...again.logs].filter((line) => line.startsWith("warn redis: unavailable"));
    expect(warnings).toHaveLength(fleet.length);
    const exposed = [...logs, ...again.logs].join("\n");
    for (const secret of secretsSeen(config)) expect(exposed).not.toContain(secret);
  }, 60_000);

  it("Redis stopped mid-run, strict policy: the calls that need Redis fail with RedisUnavailableError; nothing hangs", async () => {
    await flush();
    const config = await startFleet(
      kind,
      { policy: "fail", commandTimeoutMs: 3_000 },
      Math.min(processCount, 4),
    );
    expect(failures((await runAll(20)).outcomes)).toEqual([]);
    emulator?.api.setLatency(300);
    const running = runAll(100, 5_000);
    await sleep(100);
    await server.stop();
    emulator?.tokens.revokeAll();
    const { outcomes } = await running;
    const failed = failures(outcomes);
    expect(failed.length).toBeGreaterThan(0);
    for (const outcome of failed) expect(outcome.error).toMatch(/^RedisUnavailableError: redis: unavailable/);
    expect(Math.max(...outcomes.map((outcome) => outcome.ms))).toBeLessThan(5_000);
    const exposed = failed.map((outcome) => outcome.error).join("\n");
    for (const secret of secretsSeen(config)) expect(exposed).not.toContain(secret);
  }, 60_000);

  it(
    `${processCount} processes drive Clik2pay's emulator flat out for ${driveMs / 1000} s through the shared limiter: at most 10 requests in any second, 5 in flight, no 429`,
    async () => {
      await flush();
      await startFleet(kind, { limiter: true });
      emulator?.setRateLimit({ requestsPerSecond: 10, maxConcurrent: 5 });
      emulator?.api.setLatency(50);
      const replies = await Promise.all(
        fleet.map((member) => member.ask({ type: "drive", forMs: driveMs, concurrency: 8 }, "drove")),
      );
      const journal = emulator?.api.journal ?? [];
      const times = journal.map((entry) => entry.time).sort((a, b) => a - b);
      const busiest = Math.max(
        ...times.map((time) => times.filter((other) => other >= time && other < time + 1000).length),
      );
      expect(replies.flatMap((reply) => reply.failures)).toEqual([]);
      expect(journal.filter((entry) => entry.status === 429)).toEqual([]);
      expect(busiest).toBeLessThanOrEqual(10);
      expect(emulator?.api.peakInFlight).toBeLessThanOrEqual(5);
      // Flat out means the limit is reached, not just respected.
      expect(busiest).toBeGreaterThanOrEqual(8);
      expect(journal.length).toBeGreaterThanOrEqual(Math.floor(driveMs / 1000) * 8);
      console.info(
        `fleet limiter (${kind}): ${journal.length} requests in ${driveMs} ms, busiest second ${busiest}, peak in flight ${emulator?.api.peakInFlight}`,
      );
    },
    60_000 + driveMs * 2,
  );
});
