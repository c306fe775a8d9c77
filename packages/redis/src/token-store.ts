import { hashForKey, MemoryTokenStore, type StoredToken, type TokenStore } from "@payclients/auth-middleware";
import { type GuardedRedis, guardRedis, type RedisConnectionOptions } from "./availability";
import { type ChangeNotifier, changeNotifier } from "./notifier";
import { type EncryptionKey, importEncryptionKey, seal, unseal } from "./sealing";

/** Options of {@link RedisTokenStore}. */
export interface RedisTokenStoreOptions extends RedisConnectionOptions {
  /** Encrypts tokens at rest with AES-GCM; every process of the fleet needs the same key. */
  encryptionKey?: EncryptionKey | undefined;
  /**
   * Caps the lease of a token request (default: what the client asks, its token timeout plus 1 s): how long the fleet
   * waits for a process that died holding it. A token request slower than this may be made twice.
   */
  leaseMs?: number | undefined;
}

// Each value starts with a fingerprint of its token (SHA-256, 128 bits), so compare-and-delete works on sealed
// values too: the script compares fingerprints, never tokens.
const setScript = `
if ARGV[2] == '' then redis.call('SET', KEYS[1], ARGV[1]) else redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
redis.call('PUBLISH', ARGV[3], 'set')
return 1`;
const deleteIfScript = `
local value = redis.call('GET', KEYS[1])
if value and (ARGV[1] == '' or string.sub(value, 1, #ARGV[1] + 1) == ARGV[1] .. ':') then
  redis.call('DEL', KEYS[1])
  redis.call('PUBLISH', ARGV[2], 'deleted')
  return 1
end
return 0`;
const leaseScript = `return redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) and 1 or 0`;
const releaseScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  redis.call('PUBLISH', ARGV[2], 'released')
  return 1
end
return 0`;
const getScript = `return redis.call('GET', KEYS[1])`;

/** Redis key names of one token: value, lease and change channel, in one cluster slot (the `{…}` hash tag). */
function names(key: string) {
  return { value: `{${key}}:token`, lease: `{${key}}:lease`, channel: `{${key}}:changed` };
}

/**
 * A `TokenStore` (from `@payclients/auth-middleware`) on Redis for a fleet: one token request (a `SET NX PX` lease), one refresh and one
 * invalidation (compare-and-delete in Lua) for every process sharing it; waiters wake through pub/sub.
 */
export class RedisTokenStore implements TokenStore {
  readonly #redis: GuardedRedis;
  readonly #notifier: ChangeNotifier;
  // Answers while Redis is unavailable (fallback policy), and keeps the latest token for that moment.
  readonly #local = new MemoryTokenStore();
  readonly #key: Promise<CryptoKey> | undefined;
  readonly #leaseMs: number | undefined;

  constructor(options: RedisTokenStoreOptions) {
    this.#redis = guardRedis(options);
    this.#notifier = changeNotifier(this.#redis, options.commandTimeoutMs ?? 1_000);
    this.#key = options.encryptionKey === undefined ? undefined : importEncryptionKey(options.encryptionKey);
    // An invalid key fails the first operation; this keeps it from being an unhandled rejection meanwhile.
    this.#key?.catch(() => undefined);
    this.#leaseMs = options.leaseMs;
  }

  async get(key: string): Promise<StoredToken | undefined> {
    const { value } = names(key);
    const stored = await this.#redis.run(
      "get",
      async (redis) => {
        const raw = await redis.eval(getScript, [value], []);
        return typeof raw === "string" ? this.#decode(raw, value) : undefined;
      },
      () => this.#local.get(key),
    );
    if (stored) await this.#local.set(key, stored);
    return stored;
  }

  async set(key: string, stored: StoredToken, ttlMs: number | undefined): Promise<void> {
    await this.#local.set(key, stored);
    const { value, channel } = names(key);
    const encoded = await this.#encode(stored, value);
    const ttl = ttlMs === undefined ? "" : String(Math.max(1, Math.ceil(ttlMs)));
    await this.#redis.run(
      "set",
      (redis) => redis.eval(setScript, [value], [encoded, ttl, channel]),
      () => undefined,
    );
  }

  async delete(key: string): Promise<void> {
    await this.#deleteMatching(key, "");
  }

  async deleteIf(key: string, token: string): Promise<void> {
    await this.#deleteMatching(key, await hashForKey(token), token);
  }

  async lease(key: string, ttlMs: number): Promise<string | undefined> {
    const { lease } = names(key);
    const id = crypto.randomUUID();
    const px = String(Math.max(1, Math.ceil(Math.min(ttlMs, this.#leaseMs ?? ttlMs))));
    return this.#redis.run(
      "lease",
      async (redis) => ((await redis.eval(leaseScript, [lease], [id, px])) === 1 ? id : undefined),
      () => this.#local.lease(key, ttlMs),
    );
  }

  async release(key: string, id: string): Promise<void> {
    const { lease, channel } = names(key);
    await this.#local.release(key, id);
    await this.#redis.run(
      "release",
      (redis) => redis.eval(releaseScript, [lease], [id, channel]),
      () => undefined,
    );
  }

  changed(key: string, ms: number): Promise<void> {
    return Promise.race([this.#notifier.wait(names(key).channel, ms), this.#local.changed(key, ms)]);
  }

  /** Closes the subscriber connection this store opened (the client passed in stays open). */
  async close(): Promise<void> {
    await this.#redis.adapter.close();
  }

  async #deleteMatching(key: string, fingerprint: string, token?: string): Promise<void> {
    const { value, channel } = names(key);
    if (token === undefined) await this.#local.delete(key);
    else await this.#local.deleteIf(key, token);
    await this.#redis.run(
      "delete",
      (redis) => redis.eval(deleteIfScript, [value], [fingerprint, channel]),
      () => undefined,
    );
  }

  async #encode(stored: StoredToken, name: string): Promise<string> {
    const json = JSON.stringify({
      token: stored.token,
      issuedAt: stored.issuedAt,
      expiresAt: stored.expiresAt,
    });
    const body = this.#key ? await seal(await this.#key, json, name) : json;
    return `${await hashForKey(stored.token)}:${body}`;
  }

  // A value this store cannot read (another key, no key, damaged) counts as absent: the fleet requests a new token.
  async #decode(raw: string, name: string): Promise<StoredToken | undefined> {
    const body = raw.slice(raw.indexOf(":") + 1);
    const json = this.#key ? await unseal(await this.#key, body, name) : body;
    try {
      const value = JSON.parse(json ?? "") as Partial<StoredToken>;
      if (typeof value.token !== "string" || typeof value.issuedAt !== "number") return undefined;
      return { token: value.token, issuedAt: value.issuedAt, expiresAt: value.expiresAt ?? null };
    } catch {
      return undefined;
    }
  }
}
