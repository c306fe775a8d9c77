export {
  type IoredisClientLike,
  ioredisAdapter,
  type NodeRedisClientLike,
  nodeRedisAdapter,
  type RedisAdapter,
  type RedisClientLike,
  redisAdapter,
} from "./adapter";
export {
  type RedisConnectionOptions,
  RedisUnavailableError,
  type UnavailablePolicy,
} from "./availability";
export { clik2payFleetLimits, RedisRequestLimiter, type RedisRequestLimiterOptions } from "./limiter";
export type { EncryptionKey } from "./sealing";
export { RedisTokenStore, type RedisTokenStoreOptions } from "./token-store";
