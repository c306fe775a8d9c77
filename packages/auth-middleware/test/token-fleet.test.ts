// The fleet paths of the token manager: a lease another process holds, a store without `changed`, a token request
// that went stale (and settles late), and the memory store's own edges. Driven through the public TokenManager with
// an injected clock and stores written the way an integrator would write them over Redis or a database.
import { describe, expect, it } from "vitest";
import {
  MemoryTokenStore,
  Redactor,
  type StoredToken,
  TokenAcquisitionError,
  TokenManager,
  type TokenStore,
  type TokenStrategy,
} from "../src/index";

/** A strategy whose n-th token request is answered by `answers(n)`, counted in `calls`. */
function scripted(answers: (call: number) => Promise<{ token: string }>) {
  const counter = { calls: 0 };
  const strategy: TokenStrategy = {
    kind: "callback",
    refreshable: true,
    secrets: [],
    cacheKey: "fleet",
    acquire: () => answers(++counter.calls),
  };
  return { counter, strategy };
}

/** A promise the test settles. */
function deferred<Value>() {
  let resolve: (value: Value) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<Value>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

function manager(strategy: TokenStrategy, clock: { now: () => number }, store?: TokenStore, timeoutMs = 20) {
  return new TokenManager({
    provider: "p",
    strategy,
    clock,
    timeoutMs,
    redactor: new Redactor(),
    decodeError: () => undefined,
    ...(store ? { store } : {}),
  });
}

/**
 * A shared store in which another process holds the lease at our first try and stores `other` (if any) before
 * letting go; `changed` answers at once, as it may. Records every lease's TTL.
 */
function otherProcessFirst(other: StoredToken | undefined) {
  const memory = new MemoryTokenStore();
  const leaseTtls: number[] = [];
  const store: TokenStore = {
    get: (key) => memory.get(key),
    set: (key, value) => memory.set(key, value),
    delete: (key) => memory.delete(key),
    lease: async (key, ttlMs) => {
      leaseTtls.push(ttlMs);
      if (leaseTtls.length > 1) return memory.lease(key, ttlMs);
      if (other) await memory.set(key, other);
      return undefined;
    },
    release: (key, id) => memory.release(key, id),
    changed: async () => undefined,
  };
  return { store, leaseTtls };
}

/** Waits, in real time, for the store key's WebCrypto digest and the first token request. */
async function until(condition: () => boolean): Promise<void> {
  for (let wait = 0; wait < 400 && !condition(); wait += 1)
    await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("waiting for another process's token request", () => {
  it("takes the token the lease holder stored, even one without a lifetime; a lease lasts the timeout plus 1 s", async () => {
    const { counter, strategy } = scripted(async (call) => ({ token: `own-${call}` }));
    const { store, leaseTtls } = otherProcessFirst({ token: "other", issuedAt: 0, expiresAt: null });
    expect(await manager(strategy, { now: () => 0 }, store, 5_000).token()).toBe("other");
    expect(counter.calls).toBe(0);
    expect(leaseTtls).toEqual([6_000]);
  });

  it("requests its own token when the stored one's refresh window opens at that very millisecond", async () => {
    // A 1 h token's window is its last 60 s.
    const stored = { token: "other", issuedAt: 0, expiresAt: 3_600_000 };
    const before = scripted(async (call) => ({ token: `own-${call}` }));
    const early = otherProcessFirst(stored);
    expect(await manager(before.strategy, { now: () => 3_539_999 }, early.store).token()).toBe("other");
    const at = scripted(async (call) => ({ token: `own-${call}` }));
    const opening = otherProcessFirst(stored);
    expect(await manager(at.strategy, { now: () => 3_540_000 }, opening.store).token()).toBe("own-1");
  });

  it("gives up once the holder's lease and its own request would both have run out, polling every 250 ms", async () => {
    let now = 0;
    const polls: number[] = [];
    const memory = new MemoryTokenStore();
    // The holder never stores a token and never lets go; each wait for a change lets that much time pass.
    const store: TokenStore = {
      get: (key) => memory.get(key),
      set: (key, value) => memory.set(key, value),
      delete: (key) => memory.delete(key),
      lease: async () => undefined,
      release: async () => undefined,
      changed: async (_key, ms) => {
        polls.push(ms);
        if (polls.length > 50) throw new Error("still polling");
        now += ms;
      },
    };
    const { counter, strategy } = scripted(async (call) => ({ token: `own-${call}` }));
    const error = await manager(strategy, { now: () => now }, store, 250)
      .token()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect((error as Error).message).toBe("p: another process's token request did not finish in time");
    // Twice (250 ms + 1 s of grace): the holder's lease, then our own request.
    expect(polls).toEqual(Array.from({ length: 10 }, () => 250));
    expect(counter.calls).toBe(0);
  });

  it("without `changed`, polls the store on its own timer, never longer than 250 ms", async () => {
    let now = 0;
    let leases = 0;
    const memory = new MemoryTokenStore();
    // Each try finds the lease taken; the second comes after the wait has run out on the injected clock.
    const store: TokenStore = {
      get: (key) => memory.get(key),
      set: (key, value) => memory.set(key, value),
      delete: (key) => memory.delete(key),
      lease: async () => {
        now = ++leases === 1 ? 1_000 : 30_000;
        return undefined;
      },
      release: async () => undefined,
    };
    const { strategy } = scripted(async (call) => ({ token: `own-${call}` }));
    // Left to wait after the first try: 21 s, of which one poll of 250 ms is slept.
    await expect(manager(strategy, { now: () => now }, store, 10_000).token()).rejects.toThrow(
      "did not finish in time",
    );
    expect(leases).toBe(2);
  }, 2_000);
});

describe("a token request that went stale", () => {
  it("settling late (failed) leaves the newer request in place for the next caller", async () => {
    let now = 0;
    const late = deferred<{ token: string }>();
    const newer = deferred<{ token: string }>();
    const { counter, strategy } = scripted((call) =>
      call === 1 ? late.promise : call === 2 ? newer.promise : Promise.resolve({ token: `own-${call}` }),
    );
    const tokens = manager(strategy, { now: () => now });
    const first = tokens.token().catch((caught: unknown) => caught);
    await until(() => counter.calls === 1);
    // Stale at its own deadline (20 ms) plus a second of grace: the next caller starts a new request.
    now = 1_020;
    const second = tokens.token();
    // At once, on the injected clock: no waiting out the old request in real time first.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(counter.calls).toBe(2);
    late.reject(new Error("runtime context ended"));
    expect(await first).toBeInstanceOf(TokenAcquisitionError);
    const third = tokens.token();
    // The third caller joins the newer request before it settles.
    await new Promise((resolve) => setTimeout(resolve, 5));
    newer.resolve({ token: "newer" });
    expect(await Promise.all([second, third])).toEqual(["newer", "newer"]);
    expect(counter.calls).toBe(2);
  });

  it("two callers giving up on it at once start one new request, without a logger", async () => {
    let now = 0;
    const newer = deferred<{ token: string }>();
    const { counter, strategy } = scripted((call) =>
      call === 1
        ? new Promise(() => undefined)
        : call === 2
          ? newer.promise
          : Promise.resolve({ token: `own-${call}` }),
    );
    const tokens = manager(strategy, { now: () => now });
    const controller = new AbortController();
    const first = tokens.token(controller.signal).catch((caught: unknown) => caught);
    await until(() => counter.calls === 1);
    // 1 ms before the stale instant: both wait 1 ms (real) for the request, then drop it.
    now = 1_019;
    const both = Promise.all([tokens.token(), tokens.token()]);
    await until(() => counter.calls >= 2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    newer.resolve({ token: "newer" });
    expect(await both).toEqual(["newer", "newer"]);
    expect(counter.calls).toBe(2);
    controller.abort();
    expect(await first).toMatchObject({ name: "AbortError" });
  }, 2_000);
});

describe("the memory store's edges", () => {
  it("a lease of 0 ms has run out at once; releasing or compare-deleting an unknown key does nothing", async () => {
    const store = new MemoryTokenStore();
    expect(await store.lease("k", 0)).toBeTypeOf("string");
    expect(await store.lease("k", 0)).toBeTypeOf("string");
    await expect(store.release("never-leased", "id")).resolves.toBeUndefined();
    await expect(store.deleteIf("never-stored", "tok")).resolves.toBeUndefined();
  });
});
