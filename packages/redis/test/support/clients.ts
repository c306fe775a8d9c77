import { Redis } from "ioredis";
import { createClient } from "redis";
import type { IoredisClientLike, NodeRedisClientLike } from "../../src/index";

/** The two Redis clients every suite runs against. */
export const clientKinds = ["node-redis", "ioredis"] as const;
export type ClientKind = (typeof clientKinds)[number];

/** A connected client of the given kind, with what closes it; errors after an outage stay quiet. */
export async function connectRedis(
  kind: ClientKind,
  url: string,
): Promise<{ client: NodeRedisClientLike | IoredisClientLike; close: () => Promise<void> }> {
  if (kind === "node-redis") {
    // Reconnects every 100 ms and queues nothing while disconnected: an outage fails commands at once.
    const client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { reconnectStrategy: () => 100, connectTimeout: 500 },
    });
    client.on("error", () => undefined);
    await client.connect();
    return {
      client,
      close: async () => {
        client.destroy();
      },
    };
  }
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => 100,
    connectTimeout: 500,
    lazyConnect: true,
  });
  client.on("error", () => undefined);
  await client.connect();
  return {
    client,
    close: async () => {
      client.disconnect();
    },
  };
}
