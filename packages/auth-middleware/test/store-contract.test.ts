// What a client asks of the token store it is given, over real HTTP against the example provider: a plain
// get/set/delete store still shares tokens and forgets rejected ones, a store with compare-and-delete is asked to
// use it, and a client whose credential has no name leaves the store alone.
import { createEmulatorServer, type EmulatorServer, json, readBearerToken } from "@payclients/testing";
import { describe, expect, it } from "vitest";
import { createPayClient, MemoryTokenStore, type TokenStore, tokenCallback } from "../src/index";
import {
  closeAfterEach,
  createExampleClient,
  type ExampleProvider,
  type MePaths,
  startExampleProvider,
} from "./fixture";

let provider: ExampleProvider | undefined;
let server: EmulatorServer | undefined;
closeAfterEach(() => [provider?.server, server]);

/**
 * A store over a MemoryTokenStore that logs each operation; `plain` leaves out every optional member (a store
 * with `get`, `set` and `delete` only), otherwise it has them all.
 */
function recordingStore(plain: boolean) {
  const memory = new MemoryTokenStore();
  const operations: string[] = [];
  const keys = new Set<string>();
  const store: TokenStore = {
    get: async (key) => {
      operations.push("get");
      return memory.get(key);
    },
    set: async (key, value) => {
      keys.add(key);
      operations.push(`set ${value.token}`);
      await memory.set(key, value);
    },
    delete: async (key) => {
      operations.push("delete");
      await memory.delete(key);
    },
    ...(plain
      ? {}
      : {
          lease: async (key: string, ttlMs: number) => {
            operations.push("lease");
            return memory.lease(key, ttlMs);
          },
          release: async (key: string, id: string) => {
            operations.push("release");
            await memory.release(key, id);
          },
          deleteIf: async (key: string, token: string) => {
            operations.push("deleteIf");
            await memory.deleteIf(key, token);
          },
          changed: (key: string, ms: number) => memory.changed(key, ms),
        }),
  };
  return { store, operations, keys, memory };
}

const tokenRequests = (started: ExampleProvider) => started.server.requests({ path: "/access-tokens" });

describe("a plain get/set/delete store (no leases, no compare-and-delete)", () => {
  it("shares one token between the clients given it", async () => {
    provider = await startExampleProvider();
    const { store } = recordingStore(true);
    await createExampleClient(provider, { tokenStore: store }).GET("/items");
    await createExampleClient(provider, { tokenStore: store }).GET("/items");
    expect(tokenRequests(provider)).toHaveLength(1);
  });

  it("loses a rejected token, keeps a newer one on a late 401, and copes with an entry already gone", async () => {
    provider = await startExampleProvider();
    const { store, operations, keys, memory } = recordingStore(true);
    const first = createExampleClient(provider, { tokenStore: store });
    const second = createExampleClient(provider, { tokenStore: store });
    await first.GET("/items");
    await second.GET("/items");
    provider.issuer.revokeAll();
    // The second client meets the 401 first: the rejected token leaves the store, a new one takes its place.
    await second.GET("/items");
    expect(operations.filter((operation) => operation === "delete")).toHaveLength(1);
    // The first client's late 401 leaves the newer token in the store, and its replay uses it.
    await first.GET("/items");
    expect(operations.filter((operation) => operation === "delete")).toHaveLength(1);
    expect(tokenRequests(provider)).toHaveLength(2);
    // An entry the store already lost (expired, evicted) makes a 401 no harder.
    for (const key of keys) await memory.delete(key);
    provider.issuer.revokeAll();
    await expect(second.GET("/items")).resolves.toMatchObject({ response: { status: 200 } });
    expect(tokenRequests(provider)).toHaveLength(3);
  });
});

describe("a store with compare-and-delete", () => {
  it("is asked to compare-and-delete a rejected token, never to read and delete it", async () => {
    provider = await startExampleProvider();
    const { store, operations } = recordingStore(false);
    const client = createExampleClient(provider, { tokenStore: store });
    await client.GET("/items");
    provider.issuer.revokeAll();
    operations.length = 0;
    await client.GET("/items");
    expect(operations).toContain("deleteIf");
    expect(operations).not.toContain("delete");
  });

  it("no replay reuses the rejected token while a leasing store's compare-and-delete is still landing", async () => {
    provider = await startExampleProvider();
    const memory = new MemoryTokenStore();
    // A network store whose compare-and-delete lands only after another caller has leased and read the key meanwhile
    // (or after a second, should nobody do so).
    let deleting = false;
    let leasedWhileDeleting = false;
    let readAfterLease: () => void = () => undefined;
    const landed = new Promise<void>((resolve) => {
      readAfterLease = resolve;
    });
    const tokenStore: TokenStore = {
      get: async (key) => {
        const value = await memory.get(key);
        if (leasedWhileDeleting) readAfterLease();
        return value;
      },
      set: (key, value) => memory.set(key, value),
      delete: (key) => memory.delete(key),
      lease: (key, ttlMs) => {
        leasedWhileDeleting ||= deleting;
        return memory.lease(key, ttlMs);
      },
      release: (key, id) => memory.release(key, id),
      changed: (key, ms) => memory.changed(key, ms),
      deleteIf: async (key, token) => {
        deleting = true;
        await Promise.race([landed, new Promise((resolve) => setTimeout(resolve, 1_000))]);
        await memory.deleteIf(key, token);
      },
    };
    const client = createExampleClient(provider, { tokenStore });
    await client.GET("/items");
    provider.issuer.revokeAll();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => client.GET("/items")));
    expect(leasedWhileDeleting).toBe(true);
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    expect(tokenRequests(provider)).toHaveLength(2);
  });
});

describe("a credential without a name (a callback without an account)", () => {
  it("never touches the store it is given: no lease, read, write or delete, not even after a 401", async () => {
    server = await createEmulatorServer();
    let issued = 0;
    server.route("GET", "/me", (request) =>
      readBearerToken(request) === `cb-${issued}` ? json(200, {}) : json(401, { error: "expired" }),
    );
    const { store, operations } = recordingStore(false);
    const client = createPayClient<MePaths>(
      {
        provider: "p",
        baseUrl: server.url,
        token: tokenCallback(() => `cb-${++issued}`),
        decodeError: () => undefined,
      },
      { tokenStore: store },
    );
    await client.GET("/me");
    // The next token is the only one the API takes now: the current one meets a 401 and is replaced.
    issued += 1;
    await client.GET("/me");
    expect(server.requests({ path: "/me" }).map((entry) => entry.status)).toEqual([200, 401, 200]);
    expect(operations).toEqual([]);
  });
});

describe("a store with only half of the lease pair", () => {
  it("is used as a plain store: a lease nobody could give back, or a release of nothing, is never asked for", async () => {
    provider = await startExampleProvider();
    const leaseOnly = recordingStore(true);
    const releaseOnly = recordingStore(true);
    const { memory } = leaseOnly;
    const withLease: TokenStore = {
      ...leaseOnly.store,
      lease: async (key, ttlMs) => {
        leaseOnly.operations.push("lease");
        return memory.lease(key, ttlMs);
      },
    };
    const withRelease: TokenStore = {
      ...releaseOnly.store,
      release: async (key, id) => {
        releaseOnly.operations.push("release");
        await releaseOnly.memory.release(key, id);
      },
    };
    await createExampleClient(provider, { tokenStore: withLease }).GET("/items");
    await createExampleClient(provider, { tokenStore: withRelease }).GET("/items");
    expect([...leaseOnly.operations, ...releaseOnly.operations]).not.toContain("lease");
    expect(releaseOnly.operations).not.toContain("release");
    expect(tokenRequests(provider)).toHaveLength(2);
  });
});
