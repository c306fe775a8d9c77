import { hashForKey, type Limiter, type LimiterOptions, RequestLimiter } from "@payclients/auth-middleware";
import { type GuardedRedis, guardRedis, type RedisConnectionOptions } from "./availability";
import { type ChangeNotifier, changeNotifier } from "./notifier";

/** Options of {@link RedisRequestLimiter}. */
export interface RedisRequestLimiterOptions extends RedisConnectionOptions, LimiterOptions {
  /** Names the limited account, e.g. `clik2pay:<username>` (hashed into the key names, never shown). */
  account: string;
  /**
   * How long a slot stays taken when its process dies before releasing it (default 120 000 ms, longer than a
   * call's attempts); a live process always releases its slots itself.
   */
  slotLeaseMs?: number | undefined;
}

/** Clik2pay's documented limits per account: 10 requests per second, 5 in flight. */
export const clik2payFleetLimits: Readonly<Required<LimiterOptions>> = Object.freeze({
  requestsPerSecond: 10,
  maxConcurrent: 5,
});

// One script takes a slot or says how long to wait, atomically and on Redis's clock (no skew between processes).
// `active` holds the requests in flight (score: lease expiry); `window` holds every request from its start until one
// second after it finished, so the API never sees more than `rate` arrivals in any second, whatever the network delay
// (the in-process limiter's rule, fleet-wide). The answer: 0 = granted, n > 0 = try again in n ms, -1 = wait for a
// release.
const acquireScript = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return -1 end
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[3]) then
  local oldest = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
  local wait = tonumber(oldest[2]) - now
  if wait > 1000 then return -1 end
  return math.max(1, wait)
end
local expiry = now + tonumber(ARGV[4])
redis.call('ZADD', KEYS[1], expiry, ARGV[1])
redis.call('ZADD', KEYS[2], expiry, ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return 0`;
const releaseScript = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
redis.call('ZREM', KEYS[1], ARGV[1])
if redis.call('ZSCORE', KEYS[2], ARGV[1]) then redis.call('ZADD', KEYS[2], now + 1000, ARGV[1]) end
redis.call('PUBLISH', ARGV[2], 'released')
return 1`;

// Longest wait before asking Redis again when no release message arrives (one lost, or a slot whose holder died).
const pollMs = 200;
// Redis takes no infinity: a number no fleet reaches stands for "no limit".
const unlimited = 1e9;

interface Waiter {
  resolve: (grant: string | undefined) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
}

/**
 * A `Limiter` (from `@payclients/auth-middleware`) shared by every process of a fleet through Redis: at most `requestsPerSecond` request starts in
 * any second and `maxConcurrent` in flight, for all of them together. Each process queues its own calls (FIFO) and
 * asks Redis for the head's slot; slots of a process that died expire after `slotLeaseMs`.
 */
export class RedisRequestLimiter implements Limiter {
  readonly #redis: GuardedRedis;
  readonly #notifier: ChangeNotifier;
  // Grants while Redis is unavailable (fallback policy): this process alone within the same limits.
  readonly #local: RequestLimiter;
  readonly #keys: Promise<{ active: string; window: string; channel: string }>;
  readonly #args: readonly string[];
  readonly #queue: Waiter[] = [];
  // Slots this process holds on Redis, and locally. A finished call frees a local slot first: the local limiter then
  // never leaks one across an outage, and a Redis slot freed late only holds its place a little longer.
  readonly #held: string[] = [];
  #localHeld = 0;
  #pumping = false;
  // Releases on their way to Redis, for `close()` to wait for.
  readonly #releasing = new Set<Promise<unknown>>();

  constructor(options: RedisRequestLimiterOptions) {
    const { maxConcurrent, requestsPerSecond, slotLeaseMs = 120_000 } = options;
    this.#local = new RequestLimiter({
      ...(maxConcurrent === undefined ? {} : { maxConcurrent }),
      ...(requestsPerSecond === undefined ? {} : { requestsPerSecond }),
    });
    this.#redis = guardRedis(options);
    this.#notifier = changeNotifier(this.#redis, options.commandTimeoutMs ?? 1_000);
    this.#args = [
      String(maxConcurrent ?? unlimited),
      String(requestsPerSecond ?? unlimited),
      String(slotLeaseMs),
    ];
    this.#keys = hashForKey(options.account).then((hash) => {
      const base = `{payclients:limiter:${hash}}`;
      return { active: `${base}:active`, window: `${base}:window`, channel: `${base}:released` };
    });
  }

  /** Resolves when the request may start, fleet-wide; rejects with the signal's reason on abort. */
  async acquire(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const grant = await new Promise<string | undefined>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal };
      const onAbort = () => {
        const index = this.#queue.indexOf(waiter);
        if (index !== -1) this.#queue.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      waiter.resolve = (value) => {
        signal?.removeEventListener("abort", onAbort);
        resolve(value);
      };
      waiter.reject = (reason) => {
        signal?.removeEventListener("abort", onAbort);
        reject(reason);
      };
      this.#queue.push(waiter);
      void this.#pump();
    });
    if (grant === undefined) this.#localHeld += 1;
    else this.#held.push(grant);
  }

  /** Frees one slot this process holds: at once for concurrency, one second later for the rate. */
  release(): void {
    if (this.#localHeld > 0) {
      this.#localHeld -= 1;
      this.#local.release();
      return;
    }
    const grant = this.#held.pop();
    if (grant !== undefined) this.#releaseSlot(grant);
  }

  /** Waits for the releases still on their way to Redis, then closes the subscriber connection it opened. */
  async close(): Promise<void> {
    await Promise.all(this.#releasing);
    await this.#redis.adapter.close();
  }

  #releaseSlot(id: string): void {
    const releasing = this.#keys
      .then(({ active, window, channel }) =>
        this.#redis.run(
          "release",
          (redis) => redis.eval(releaseScript, [active, window], [id, channel]),
          () => undefined,
        ),
      )
      // A slot not freed here (Redis down, the "fail" policy) expires with its lease.
      .catch(() => undefined)
      .finally(() => this.#releasing.delete(releasing));
    this.#releasing.add(releasing);
  }

  // One loop per process asks Redis for the head of the queue's slot, so waiting calls cost Redis one script at a
  // time, not one each.
  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      const { active, window, channel } = await this.#keys;
      for (let head = this.#queue[0]; head; head = this.#queue[0]) {
        const id = crypto.randomUUID();
        let wait: number;
        try {
          wait = await this.#redis.run(
            "limiter",
            async (redis) => Number(await redis.eval(acquireScript, [active, window], [id, ...this.#args])),
            () => Number.NaN,
          );
        } catch (error) {
          // The "fail" policy: every queued call fails alike.
          for (const waiter of this.#queue.splice(0)) waiter.reject(error);
          return;
        }
        if (this.#queue[0] !== head) {
          // The head gave up while Redis granted it: hand the slot back.
          if (wait === 0) this.#releaseSlot(id);
          continue;
        }
        if (Number.isNaN(wait)) {
          this.#queue.shift();
          this.#local.acquire(head.signal).then(() => head.resolve(undefined), head.reject);
        } else if (wait === 0) {
          this.#queue.shift();
          head.resolve(id);
        } else {
          await this.#notifier.wait(channel, wait > 0 ? Math.min(wait, pollMs) : pollMs);
        }
      }
    } finally {
      this.#pumping = false;
    }
  }
}
