// The clients inside workerd (miniflare, no nodejs_compat): the worker is a bundle of the built ESM packages, its
// client created once at module scope and reused by every request, against the Sqala emulator on loopback.
import { createSqalaEmulator, type SqalaEmulator } from "@payclients/sqala/testing";
import { Miniflare } from "miniflare";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { narrowedAway } from "../../test.narrowing.ts";
import { bundleWorker } from "./worker-bundle.ts";

const tokenPath = "/core/v1/access-tokens";
const apiPath = "/core/v1/recipients";
const lifetimeSeconds = 3600;

let script = "";
let emulator: SqalaEmulator | undefined;
let worker: Miniflare | undefined;

// A run narrowed to another provider (the scaffold test's) has nothing to check here.
const skipped = narrowedAway(["sqala"]);

beforeAll(async () => {
  if (skipped) return;
  script = await bundleWorker(new URL("../workers/worker.ts", import.meta.url));
});

afterEach(async () => {
  await worker?.dispose();
  await emulator?.close();
  worker = emulator = undefined;
});

async function start(): Promise<{ emulator: SqalaEmulator; worker: Miniflare }> {
  emulator = await createSqalaEmulator({ tokenLifetimeSeconds: lifetimeSeconds });
  worker = new Miniflare({
    modules: true,
    script,
    compatibilityDate: "2025-09-01",
    bindings: {
      SQALA_URL: emulator.url,
      SQALA_APP_ID: emulator.appId,
      SQALA_APP_SECRET: emulator.appSecret,
      SQALA_REFRESH_TOKEN: emulator.refreshToken,
    },
  });
  return { emulator, worker };
}

/** One request to the worker; a request workerd never answers fails the test instead of hanging it. */
async function call(path: string): Promise<{ status: number; body: unknown }> {
  const response = await bounded(
    (worker as Miniflare).dispatchFetch(`http://worker.test${path}`),
    `the worker never answered ${path}`,
  );
  const text = await response.text();
  return { status: response.status, body: /^\s*\{/.test(text) ? JSON.parse(text) : text };
}

/** Moves the emulator's and the worker's clocks together. */
async function advance(milliseconds: number): Promise<void> {
  emulator?.clock.advance(milliseconds);
  await call(`/advance?ms=${milliseconds}`);
}

async function bounded<T>(promise: Promise<T>, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), 8_000);
  });
  return Promise.race([promise, hang]).finally(() => clearTimeout(timer));
}

/** Polls the emulator's journal until `condition` holds (fails after a bound instead of hanging). */
async function until(condition: () => boolean, message: string): Promise<void> {
  await bounded(
    (async () => {
      while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
    })(),
    message,
  );
}

const tokenRequests = () => emulator?.server.requests({ path: tokenPath }).length ?? 0;
const apiRequests = () => emulator?.server.requests({ path: apiPath }).length ?? 0;
const ok = { status: 200, body: { ok: true, calls: 1 } };

/** A worker that has cached a token, 30 s before its expiry; the next token request answers slowly, so the refresh
 * the next request starts is still at the token endpoint when that request has answered. */
async function startInsideRefreshWindow(): Promise<SqalaEmulator> {
  const { emulator } = await start();
  expect(await call("/list")).toEqual(ok);
  await advance((lifetimeSeconds - 30) * 1000);
  emulator.server.delayNext(300, { path: tokenPath });
  return emulator;
}

describe.skipIf(skipped)("a client created at module scope in workerd, reused across requests", () => {
  it("a background refresh cancelled with its request is discarded: after expiry a new token is fetched", async () => {
    await startInsideRefreshWindow();
    expect(await call("/list")).toEqual(ok);
    await until(() => tokenRequests() === 2, "no background refresh was started");
    await advance(60_000);
    expect(await call("/list")).toEqual(ok);
    expect(tokenRequests()).toBe(3);
    expect(apiRequests()).toBe(3);
  });

  it("with waitUntil the background refresh outlives its request, and later requests use its token", async () => {
    const emulator = await startInsideRefreshWindow();
    expect(await call("/list?waitUntil")).toEqual(ok);
    await until(() => emulator.tokensIssued === 2, "the background refresh never completed");
    await advance(60_000);
    expect(await call("/list")).toEqual(ok);
    expect(tokenRequests()).toBe(2);
  });

  it("a limiter shared across requests: a call queued behind another request's calls is served", async () => {
    const { emulator } = await start();
    // Slow answers keep the first request's two calls in flight while the second request queues behind them.
    emulator.server.setLatency(200);
    const first = call("/list?calls=2");
    await until(() => apiRequests() === 2, "the first request's calls never reached the API");
    const second = call("/list?calls=1");
    expect(await first).toEqual({ status: 200, body: { ok: true, calls: 2 } });
    expect(await second).toEqual(ok);
    expect(apiRequests()).toBe(3);
  });
});
