import { ConfigurationError } from "@payclients/auth-middleware";

/**
 * The few Redis operations fleet mode needs. Everything atomic runs as one Lua script (`eval`), so an adapter is two
 * methods; {@link redisAdapter} builds one from a `redis` (node-redis v4/v5) or an `ioredis` client.
 */
export interface RedisAdapter {
  /** Runs a Lua script with `EVAL` and resolves with Redis's reply. */
  eval(script: string, keys: readonly string[], args: readonly string[]): Promise<unknown>;
  /** Subscribes `listener` to a channel on a connection of its own; resolves once subscribed. */
  subscribe(channel: string, listener: () => void): Promise<void>;
  /** Closes what the adapter opened itself (the subscriber connection); the caller's client stays open. */
  close(): Promise<void>;
}

/** The part of a node-redis (`redis` v4/v5) client the adapter uses. */
export interface NodeRedisClientLike {
  isOpen: boolean;
  /** `EVAL`, for every atomic step. */
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  /** A second connection, for the subscriber (a subscribed connection takes no other command). */
  duplicate(): NodeRedisClientLike;
  /** Opens the subscriber connection. */
  connect(): Promise<unknown>;
  /** Wake-ups when a token changes. */
  subscribe(channel: string, listener: (message: string) => void): Promise<unknown>;
  /** Errors of the subscriber connection, which would otherwise be thrown. */
  on(event: "error", listener: (error: unknown) => void): unknown;
  /** Closes the subscriber connection (v5). */
  disconnect?(): Promise<unknown>;
  /** Closes the subscriber connection (v4 fallback). */
  destroy?(): void;
}

/** The part of an ioredis client the adapter uses. */
export interface IoredisClientLike {
  status: string;
  /** `EVAL`, for every atomic step. */
  eval(script: string, numberOfKeys: number, ...keysAndArguments: string[]): Promise<unknown>;
  /** A second connection, for the subscriber (a subscribed connection takes no other command). */
  duplicate(): IoredisClientLike;
  /** Wake-ups when a token changes. */
  subscribe(channel: string): Promise<unknown>;
  /** The subscriber's messages. */
  on(event: "message", listener: (channel: string, message: string) => void): unknown;
  /** Errors of the subscriber connection, which would otherwise be thrown. */
  on(event: "error", listener: (error: unknown) => void): unknown;
  /** Closes the subscriber connection. */
  disconnect(): void;
}

/** What {@link redisAdapter} accepts. */
export type RedisClientLike = RedisAdapter | NodeRedisClientLike | IoredisClientLike;

// Errors of the subscriber connection surface as failed or timed-out commands; without a listener an EventEmitter
// would throw them.
const ignore = () => undefined;

/** An adapter over a connected node-redis client. */
export function nodeRedisAdapter(client: NodeRedisClientLike): RedisAdapter {
  let subscriber: Promise<NodeRedisClientLike> | undefined;
  const connectSubscriber = async () => {
    const connection = client.duplicate();
    connection.on("error", ignore);
    await connection.connect();
    return connection;
  };
  return {
    eval: (script, keys, args) => client.eval(script, { keys: [...keys], arguments: [...args] }),
    async subscribe(channel, listener) {
      subscriber ??= connectSubscriber();
      subscriber.catch(() => {
        subscriber = undefined;
      });
      await (await subscriber).subscribe(channel, listener);
    },
    async close() {
      const connection = await subscriber?.catch(() => undefined);
      subscriber = undefined;
      if (connection?.destroy) connection.destroy();
      else await connection?.disconnect?.();
    },
  };
}

/** An adapter over an ioredis client. */
export function ioredisAdapter(client: IoredisClientLike): RedisAdapter {
  let subscriber: IoredisClientLike | undefined;
  const listeners = new Map<string, Set<() => void>>();
  const connectSubscriber = () => {
    const connection = client.duplicate();
    connection.on("error", ignore);
    connection.on("message", (channel) => {
      for (const listener of listeners.get(channel) ?? []) listener();
    });
    return connection;
  };
  return {
    eval: (script, keys, args) => client.eval(script, keys.length, ...keys, ...args),
    async subscribe(channel, listener) {
      subscriber ??= connectSubscriber();
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      set.add(listener);
      await subscriber.subscribe(channel);
    },
    async close() {
      subscriber?.disconnect();
      subscriber = undefined;
      listeners.clear();
    },
  };
}

/** An adapter for whichever client this is: an adapter as is, a node-redis client, or an ioredis client. */
export function redisAdapter(client: RedisClientLike): RedisAdapter {
  if ("subscribe" in client && "close" in client && !("duplicate" in client)) return client;
  if ("isOpen" in client) return nodeRedisAdapter(client);
  if ("status" in client) return ioredisAdapter(client);
  throw new ConfigurationError("redis: pass a node-redis client, an ioredis client or a RedisAdapter");
}
