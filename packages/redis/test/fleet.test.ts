import type { Clik2payEmulator } from "@payclients/clik2pay/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FleetProcess, startFleetEmulator, startProcess, stopAll } from "./fleet/fleet";
import type { CallOutcome, WorkerConfig } from "./fleet/worker";
import { type ClientKind, clientKinds } from "./support/clients";
import { type RedisServer, startRedisServer } from "./support/redis-server";

// Full size is the 8 processes × 250 calls; FLEET_PROCESSES lowers it while iterating on a busy machine.
const processCount = Number(process.env.FLEET_PROCESSES ?? 8);
const callsPerProcess = 250;

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
    await startFleet(kind);
    const cold = await runAll();
    expect(failures(cold.outcomes), "cold").toEqual([]);
    expect(cold.outcomes).toHaveLength(processCount * callsPerProcess);
    expect(tokenRequests()).toBe(1);

    // Into the refresh window (the last 60 s of the hour): one process refreshes, every call keeps being served.
    await advanceAll(3600_000 - 30_000);
    const window = await runAll(20);
    expect(failures(window.outcomes), "window").toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
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
});
