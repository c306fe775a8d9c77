import { errorClass, type Logger, PayClientsError } from "@payclients/auth-middleware";
import { type RedisAdapter, type RedisClientLike, redisAdapter } from "./adapter";

/** Redis could not be reached in time and the policy is `"fail"`; carries no key, token or credential. */
export class RedisUnavailableError extends errorClass(PayClientsError, "RedisUnavailableError") {}

/**
 * What happens while Redis cannot be reached: `"fallback"` (default) carries on in-process (a local token cache and
 * limiter, one warning logged per outage); `"fail"` rejects the call with a {@link RedisUnavailableError}.
 */
export type UnavailablePolicy = "fallback" | "fail";

/** Connection options shared by the token store and the limiter. */
export interface RedisConnectionOptions {
  /** A connected `redis` (node-redis) or `ioredis` client, or a {@link RedisAdapter}. */
  redis: RedisClientLike;
  /** See {@link UnavailablePolicy} (default `"fallback"`). */
  onUnavailable?: UnavailablePolicy | undefined;
  /** Longest wait for one Redis command before Redis counts as unavailable (default 1 000 ms). */
  commandTimeoutMs?: number | undefined;
  /** How long Redis is left alone after a failure before it is tried again (default 1 000 ms). */
  retryAfterMs?: number | undefined;
  /** Receives the outage warning; lines never carry a key, token or credential. */
  logger?: Pick<Logger, "warn"> | undefined;
}

/** Redis commands with a deadline each, and the unavailable policy applied in one place. */
export interface GuardedRedis {
  readonly adapter: RedisAdapter;
  /** Runs `command` on Redis, or `fallback` while Redis is unavailable (or throws, under the `"fail"` policy). */
  run<T>(
    what: string,
    command: (redis: RedisAdapter) => Promise<T>,
    fallback: () => T | Promise<T>,
  ): Promise<T>;
}

/** Rejects with a timeout after `ms` unless `promise` settles first; the timer never outlives the race. */
export function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Wraps a client with command deadlines and the unavailable policy. */
export function guardRedis(options: RedisConnectionOptions): GuardedRedis {
  const { onUnavailable = "fallback", commandTimeoutMs = 1_000, retryAfterMs = 1_000, logger } = options;
  if (onUnavailable !== "fallback" && onUnavailable !== "fail") {
    throw new RangeError('redis: onUnavailable must be "fallback" or "fail"');
  }
  const adapter = redisAdapter(options.redis);
  let downUntil = 0;
  let warned = false;
  const unavailable = <T>(what: string, reason: string, fallback: () => T | Promise<T>) => {
    // A Redis client's message names the host and the failure, never a command's arguments.
    const message = `redis: unavailable (${what}: ${reason})`;
    if (onUnavailable === "fail") throw new RedisUnavailableError(message);
    if (!warned) {
      warned = true;
      logger?.warn(`${message}; carrying on in-process until it is back`, { policy: onUnavailable });
    }
    return fallback();
  };
  return {
    adapter,
    async run(what, command, fallback) {
      if (Date.now() < downUntil) return unavailable(what, "still down", fallback);
      let result: Awaited<ReturnType<typeof command>>;
      try {
        result = await within(command(adapter), commandTimeoutMs);
      } catch (error) {
        downUntil = Date.now() + retryAfterMs;
        return unavailable(what, error instanceof Error ? error.message : "failed", fallback);
      }
      // Back after an outage: the next one is worth a warning again.
      downUntil = 0;
      warned = false;
      return result;
    },
  };
}
