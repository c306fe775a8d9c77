// `pnpm demo:fleet`: a fleet of four processes sharing one Clik2pay token and one rate limit through Redis, against
// the Clik2pay emulator (which enforces the documented 10 requests per second and 5 in flight, answering 429).
// Uses REDIS_URL when it is set, else starts a throwaway redis-server (Debian's package) on a free loopback port.
// Each process is this file again, run with PAYCLIENTS_FLEET_WORKER set.
import { fork } from "node:child_process";
import { createClik2payClient } from "@payclients/clik2pay";
import { createClik2payEmulator } from "@payclients/clik2pay/testing";
import { clik2payFleetLimits, RedisRequestLimiter, RedisTokenStore } from "@payclients/redis";
import { startRedisServer } from "@payclients/testing";
import { createClient } from "redis";

const processes = 4;
const callsPerProcess = 15;

/** What a worker reports to the parent. */
interface WorkerReport {
  calls: number;
  failed: number;
  tokenRequests: number;
}

/** One process of the fleet: its own client, sharing the token store and the limiter through Redis. */
async function worker(): Promise<void> {
  const settings = JSON.parse(process.env.PAYCLIENTS_FLEET_WORKER ?? "{}");
  const redis = await createClient({ url: settings.redisUrl })
    .on("error", () => undefined)
    .connect();
  const logger = { debug() {}, info() {}, warn: console.warn, error: console.error };
  // Every process uses the same encryption key: tokens in Redis are AES-GCM sealed.
  const tokenStore = new RedisTokenStore({ redis, encryptionKey: settings.encryptionKey, logger });
  const limiter = new RedisRequestLimiter({
    redis,
    account: `clik2pay:${settings.username}`,
    ...clik2payFleetLimits,
    logger,
  });
  const clik2pay = createClik2payClient({ ...settings.client, tokenStore, limiter });
  const params = { path: { paymentRequestId: settings.paymentRequestId } };
  const results = await Promise.allSettled(
    Array.from({ length: callsPerProcess }, () =>
      clik2pay.GET("/payment-requests/{paymentRequestId}", { params }),
    ),
  );
  const report: WorkerReport = {
    calls: results.length,
    failed: results.filter((result) => result.status === "rejected").length,
    tokenRequests: clik2pay.stats.tokenRequests,
  };
  process.send?.(report);
  await Promise.all([tokenStore.close(), limiter.close()]);
  redis.destroy();
}

/** Runs one worker process to its report. */
function runWorker(settings: Record<string, unknown>): Promise<WorkerReport> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL(import.meta.url), [], {
      execArgv: ["--import", "tsx"],
      env: { ...process.env, PAYCLIENTS_FLEET_WORKER: JSON.stringify(settings) },
    });
    child.once("message", (report) => resolve(report as WorkerReport));
    child.once("exit", (code) =>
      code === 0 ? undefined : reject(new Error(`a fleet process exited with ${code}`)),
    );
  });
}

/** Starts the emulator (and Redis, unless REDIS_URL is set), runs the fleet and checks what the emulator saw. */
async function main(): Promise<void> {
  const server = process.env.REDIS_URL ? undefined : await startRedisServer();
  const emulator = await createClik2payEmulator();
  try {
    const setup = createClik2payClient(emulator.clientOptions);
    const { data } = await setup.POST("/payment-requests", {
      body: {
        type: "ECOMM",
        amount: 42,
        deliveryMode: "EMAIL",
        merchantTransactionId: `FLEET-${Date.now()}`,
        payer: { name: "Fleet Payer", email: "payer@example.com", mobileNumber: "4165550123" },
      },
    });
    emulator.auth.clearJournal();
    emulator.api.clearJournal();
    const { clock: _clock, ...client } = emulator.clientOptions;
    const settings = {
      redisUrl: process.env.REDIS_URL ?? server?.url,
      encryptionKey: btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32)))),
      username: emulator.username,
      client,
      paymentRequestId: data.id,
    };
    const started = Date.now();
    const reports = await Promise.all(Array.from({ length: processes }, () => runWorker(settings)));
    const times = emulator.api.journal.map((entry) => entry.time);
    const busiest = Math.max(
      ...times.map((time) => times.filter((t) => t >= time && t < time + 1000).length),
    );
    const tokenRequests = emulator.auth.requests({ path: "/oauth2/token" }).length;
    const limited = emulator.api.journal.filter((entry) => entry.status === 429).length;
    const failed = reports.reduce((sum, report) => sum + report.failed, 0);
    console.log(`${processes} processes × ${callsPerProcess} calls in ${Date.now() - started} ms`);
    console.log(`  token requests at the emulator: ${tokenRequests} (one for the whole fleet)`);
    console.log(
      `  busiest second: ${busiest} requests (limit 10); most in flight: ${emulator.api.peakInFlight} (limit 5)`,
    );
    console.log(`  429 answers: ${limited}; failed calls: ${failed}`);
    if (tokenRequests !== 1 || limited > 0 || failed > 0 || busiest > 10 || emulator.api.peakInFlight > 5) {
      process.exitCode = 1;
    }
  } finally {
    await emulator.close();
    await server?.close();
  }
}

await (process.env.PAYCLIENTS_FLEET_WORKER ? worker() : main());
