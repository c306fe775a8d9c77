import { Redis } from "ioredis";
import { createClient } from "redis";
import { expectTypeOf, test } from "vitest";
import { type RedisClientLike, RedisRequestLimiter, RedisTokenStore } from "../src/index";

test("a node-redis client and an ioredis client are accepted as they are, without a cast", () => {
  const nodeRedis = createClient();
  const ioredis = new Redis();
  expectTypeOf(nodeRedis).toExtend<RedisClientLike>();
  expectTypeOf(ioredis).toExtend<RedisClientLike>();
  new RedisTokenStore({ redis: nodeRedis });
  new RedisRequestLimiter({ redis: ioredis, account: "clik2pay:user", maxConcurrent: 5 });
  // @ts-expect-error: not a Redis client
  new RedisTokenStore({ redis: { get: async () => null } });
});
