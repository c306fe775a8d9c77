import { type RedisServer, startRedisServer } from "@payclients/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  clik2payFleetLimits,
  RedisRequestLimiter,
  type RedisRequestLimiterOptions,
  RedisUnavailableError,
} from "../src/index";
import { type ClientKind, clientKinds, connectRedis } from "./support/clients";

let server: RedisServer;
beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(async () => {
  await server?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(clientKinds)("RedisRequestLimiter on %s", (kind: ClientKind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await server.start();
  });
  // One limiter per simulated process, each on its own connection; a fresh account per test starts empty.
  const limiters = async (count: number, options: Partial<RedisRequestLimiterOptions>) => {
    const account = `test:${kind}:${crypto.randomUUID()}`;
    return Promise.all(
      Array.from({ length: count }, async () => {
        const { client, close } = await connectRedis(kind, server.url);
        const limiter = new RedisRequestLimiter({ redis: client, account, ...options });
        cleanups.push(async () => {
          await limiter.close();
          await close();
        });
        return limiter;
      }),
    );
  };

  it("the Clik2pay preset is the documented 10 requests per second and 5 in flight", () => {
    expect(clik2payFleetLimits).toEqual({ requestsPerSecond: 10, maxConcurrent: 5 });
  });

  it("three processes together never have more than maxConcurrent requests in flight", async () => {
    const group = await limiters(3, { maxConcurrent: 2 });
    let inFlight = 0;
    let peak = 0;
    await Promise.all(
      group.flatMap((limiter) =>
        Array.from({ length: 6 }, async () => {
          await limiter.acquire();
          inFlight += 1;
          peak = Math.max(peak, inFlight);
          await sleep(20);
          inFlight -= 1;
          limiter.release();
        }),
      ),
    );
    expect(peak).toBe(2);
  });

  it("three processes together start at most requestsPerSecond requests in any second", async () => {
    const group = await limiters(3, { requestsPerSecond: 4 });
    const starts: number[] = [];
    await Promise.all(
      group.flatMap((limiter) =>
        Array.from({ length: 3 }, async () => {
          await limiter.acquire();
          starts.push(Date.now());
          limiter.release();
        }),
      ),
    );
    starts.sort((a, b) => a - b);
    for (const start of starts) {
      expect(starts.filter((other) => other >= start && other < start + 1000).length).toBeLessThanOrEqual(4);
    }
    // 9 starts at 4 per second: the 9th cannot start within 2 s of the first.
    expect((starts.at(-1) ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(1900);
  });

  it("a waiter that gives up rejects with its signal's reason and takes no slot", async () => {
    const [limiter] = await limiters(1, { maxConcurrent: 1 });
    if (!limiter) throw new Error("no limiter");
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error("caller gave up"));
    await expect(waiting).rejects.toThrow("caller gave up");
    limiter.release();
    await limiter.acquire(AbortSignal.timeout(2_000));
    limiter.release();
  });

  it("a slot whose process died frees itself when its lease expires", async () => {
    const [dead, alive] = await limiters(2, { maxConcurrent: 1, slotLeaseMs: 300 });
    await dead?.acquire();
    const started = Date.now();
    await alive?.acquire(AbortSignal.timeout(3_000));
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    alive?.release();
  });

  it("Redis down: the default policy limits in-process and warns once; the fail policy rejects typed", async () => {
    const warnings: string[] = [];
    const [fallback] = await limiters(1, {
      maxConcurrent: 1,
      logger: { warn: (message) => warnings.push(message) },
    });
    const [strict] = await limiters(1, { maxConcurrent: 1, onUnavailable: "fail" });
    await server.stop();
    await fallback?.acquire(AbortSignal.timeout(2_000));
    const second = fallback?.acquire(AbortSignal.timeout(2_000));
    fallback?.release();
    await second;
    fallback?.release();
    expect(warnings).toHaveLength(1);
    const error = await strict?.acquire(AbortSignal.timeout(3_000)).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(RedisUnavailableError.isInstance(error)).toBe(true);
  });
});
