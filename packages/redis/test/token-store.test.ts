import type { StoredToken } from "@payclients/auth-middleware";
import { type RedisServer, startRedisServer } from "@payclients/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RedisTokenStore, type RedisTokenStoreOptions, RedisUnavailableError } from "../src/index";
import { type ClientKind, clientKinds, connectRedis } from "./support/clients";

let server: RedisServer;
beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(async () => {
  await server?.close();
});

const token = (value: string, lifetimeMs = 60_000): StoredToken => ({
  token: value,
  issuedAt: Date.now(),
  expiresAt: Date.now() + lifetimeMs,
});
const key = "payclients:example:https://api.example.test:0123456789abcdef0123456789abcdef";
const encryptionKey = Buffer.alloc(32, 7).toString("base64");

describe.each(clientKinds)("RedisTokenStore on %s", (kind: ClientKind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await server.start();
  });
  const open = async (options: Partial<RedisTokenStoreOptions> = {}) => {
    const { client, close } = await connectRedis(kind, server.url);
    const store = new RedisTokenStore({ redis: client, ...options });
    cleanups.push(async () => {
      await store.close();
      await close();
    });
    return { store, client };
  };
  const raw = async (name: string) => {
    const { client, close } = await connectRedis("ioredis", server.url);
    try {
      return (
        (await (client as unknown as { get(name: string): Promise<string | null> }).get(name)) ?? undefined
      );
    } finally {
      await close();
    }
  };
  const keys = async () => {
    const { client, close } = await connectRedis("ioredis", server.url);
    try {
      return await (client as unknown as { keys(pattern: string): Promise<string[]> }).keys("*");
    } finally {
      await close();
    }
  };

  it("stores, reads and deletes a token shared by two stores (two processes' view)", async () => {
    const [{ store: first }, { store: second }] = [await open(), await open()];
    const stored = token(`tok_${kind}_shared`);
    await first.set(key, stored, 60_000);
    expect(await second.get(key)).toEqual(stored);
    await second.delete(key);
    expect(await first.get(key)).toBeUndefined();
  });

  it("a lease has one holder across stores until released or expired; release by a non-holder is a no-op", async () => {
    const [{ store: first }, { store: second }] = [await open(), await open()];
    const lease = await first.lease(`${key}:lease-test`, 300);
    expect(lease).toBeTypeOf("string");
    expect(await second.lease(`${key}:lease-test`, 300)).toBeUndefined();
    await second.release(`${key}:lease-test`, "not-the-holder");
    expect(await second.lease(`${key}:lease-test`, 300)).toBeUndefined();
    await first.release(`${key}:lease-test`, lease as string);
    const next = await second.lease(`${key}:lease-test`, 100);
    expect(next).toBeTypeOf("string");
    await new Promise((resolve) => setTimeout(resolve, 150));
    // The holder "died": its lease expired on its own.
    expect(await first.lease(`${key}:lease-test`, 100)).toBeTypeOf("string");
  });

  it("compare-and-delete removes only the token that was rejected", async () => {
    const [{ store: first }, { store: second }] = [
      await open({ encryptionKey }),
      await open({ encryptionKey }),
    ];
    await first.set(key, token("tok_old"), 60_000);
    await first.set(key, token("tok_new"), 60_000);
    await second.deleteIf(key, "tok_old");
    expect((await second.get(key))?.token).toBe("tok_new");
    await second.deleteIf(key, "tok_new");
    expect(await first.get(key)).toBeUndefined();
  });

  it("wakes a waiter in another store when the token arrives (pub/sub), well before its bound", async () => {
    const [{ store: first }, { store: second }] = [await open(), await open()];
    const changeKey = `${key}:changed-test`;
    // Subscribes once; the first wait may miss a message sent before the subscription.
    await second.changed(changeKey, 50);
    const started = Date.now();
    const woke = second.changed(changeKey, 5_000);
    setTimeout(() => void first.set(changeKey, token("tok_arrived"), 60_000), 20);
    await woke;
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("with an encryption key the value in Redis shows no token, and a store without the key cannot read it", async () => {
    const { store } = await open({ encryptionKey });
    const secretToken = "tok_secret_value_Zx81";
    await store.set(key, token(secretToken), 60_000);
    const names = await keys();
    const value = await raw(names.find((name) => name.endsWith(":token")) as string);
    expect(value).toBeDefined();
    expect(value).not.toContain(secretToken);
    expect(value).not.toContain(Buffer.from(secretToken).toString("base64"));
    const { store: keyless } = await open();
    expect(await keyless.get(key)).toBeUndefined();
    const { store: wrongKey } = await open({ encryptionKey: Buffer.alloc(32, 9).toString("base64") });
    expect(await wrongKey.get(key)).toBeUndefined();
    expect((await store.get(key))?.token).toBe(secretToken);
    for (const name of names) expect(name).not.toContain(secretToken);
  });

  it("Redis down, fallback policy: answers in-process at once, warns once, and uses Redis again when it is back", async () => {
    const warnings: string[] = [];
    const { store } = await open({ logger: { warn: (message) => warnings.push(message) }, retryAfterMs: 50 });
    await store.set(key, token("tok_before_outage"), 60_000);
    await server.stop();
    const started = Date.now();
    expect((await store.get(key))?.token).toBe("tok_before_outage");
    const lease = await store.lease(`${key}:outage`, 1_000);
    expect(lease).toBeTypeOf("string");
    await store.release(`${key}:outage`, lease as string);
    await store.set(key, token("tok_during_outage"), 60_000);
    await store.deleteIf(key, "tok_during_outage");
    expect(await store.get(key)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^redis: unavailable/);
    await server.start();
    // The client reconnects on its own schedule (slower on a loaded machine): the store must reach Redis again within
    // a few seconds, whenever the connection is back, rather than staying in-process for good.
    // Earlier cases leave their own token keys in the shared server, in no particular order: look at each.
    const storedInRedis = async () => {
      for (const name of (await keys()).filter((entry) => entry.endsWith(":token"))) {
        if ((await raw(name))?.includes("tok_after_outage")) return true;
      }
      return false;
    };
    const deadline = Date.now() + 10_000;
    let reachedRedis = false;
    while (!reachedRedis && Date.now() < deadline) {
      await store.set(key, token("tok_after_outage"), 60_000);
      reachedRedis = await storedInRedis();
      if (!reachedRedis) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(reachedRedis).toBe(true);
  });

  it("Redis down, fail policy: every operation rejects with RedisUnavailableError within the command timeout", async () => {
    const { store } = await open({ onUnavailable: "fail", commandTimeoutMs: 300 });
    await server.stop();
    for (const operation of [
      () => store.get(key),
      () => store.set(key, token("tok_x"), 1_000),
      () => store.lease(key, 1_000),
      () => store.deleteIf(key, "tok_x"),
    ]) {
      const started = Date.now();
      const error = await operation().then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(RedisUnavailableError.isInstance(error)).toBe(true);
      expect((error as Error).message).not.toContain("tok_x");
      expect(Date.now() - started).toBeLessThan(1_500);
    }
  });
});
