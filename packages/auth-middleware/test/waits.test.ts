// Nothing waits forever and nothing leaks: the token request's own timeout, the real sleep and clock, the limiter's
// queue, its options and its slots when an attempt fails.
import { getEventListeners } from "node:events";
import { json } from "@payclients/testing";
import { afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import {
  ConnectionError,
  createTokenClient,
  credentialExchange,
  Redactor,
  RequestLimiter,
  realSleep,
  systemClock,
  TokenAcquisitionError,
  TokenManager,
} from "../src/index";
import {
  createExampleClient,
  credentials,
  type ExampleProvider,
  type paths,
  startExampleProvider,
} from "./fixture";

let provider: ExampleProvider;
afterEach(async () => {
  await provider?.server.close();
});

/** Routes `GET /items/{id}` through a handler that records the peak number of requests in flight. */
function countInFlight(started: ExampleProvider, holdMs = 40): { peak: () => number } {
  let inFlight = 0;
  let peak = 0;
  started.server.route("GET", "/items/{id}", async (request) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    await new Promise((resolve) => setTimeout(resolve, holdMs));
    inFlight -= 1;
    return json(200, { id: request.params.id, name: "x" });
  });
  return { peak: () => peak };
}

const getItem = (client: ReturnType<typeof createExampleClient>, id: string, signal?: AbortSignal) =>
  client.GET("/items/{id}", { params: { path: { id } }, ...(signal ? { signal } : {}) });

describe("the token request's own timeout", () => {
  it("a token endpoint slower than the token timeout fails the token request as timed out", async () => {
    provider = await startExampleProvider();
    provider.server.delayNext(3_000, { path: "/access-tokens" });
    const tokenClient = createTokenClient<paths>(provider.server.url);
    const manager = new TokenManager({
      provider: "example",
      timeoutMs: 50,
      redactor: new Redactor(),
      decodeError: () => undefined,
      strategy: credentialExchange({
        username: credentials.appId,
        password: credentials.appSecret,
        send: (init) =>
          tokenClient.POST("/access-tokens", { ...init, body: { refreshToken: credentials.refreshToken } }),
        read: (data) => ({ token: data.token, expiresInSeconds: data.expiresIn }),
      }),
    });
    const started = Date.now();
    const error = await manager.token().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(String(error)).toMatch(/failed before any response: timed out/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("the token request's timer", () => {
  // Fake timers count only the timers this test sets (the process's own count also sees the runner's, which come and
  // go); restored at the end of each test.
  it("a finished token request leaves no timer behind to hold the process open", async () => {
    vi.useFakeTimers();
    onTestFinished(() => void vi.useRealTimers());
    const manager = new TokenManager({
      provider: "p",
      redactor: new Redactor(),
      decodeError: () => undefined,
      strategy: {
        kind: "callback",
        refreshable: true,
        secrets: [],
        cacheKey: "k",
        acquire: async () => ({ token: "t-1" }),
      },
    });
    expect(await manager.token()).toBe("t-1");
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("the defaults: the wall clock and real timers", () => {
  it("systemClock reads the wall clock", () => {
    const before = Date.now();
    const now = systemClock.now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it("realSleep waits the given time and leaves no listener on the signal", async () => {
    const controller = new AbortController();
    const started = performance.now();
    await realSleep(30, controller.signal);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("realSleep rejects with the signal's reason when aborted, at once, before or during the wait", async () => {
    const reason = new Error("stop");
    await expect(realSleep(10, AbortSignal.abort(reason))).rejects.toBe(reason);
    const controller = new AbortController();
    const started = performance.now();
    const sleeping = realSleep(5_000, controller.signal);
    setTimeout(() => controller.abort(reason), 10);
    await expect(sleeping).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("an aborted realSleep leaves no timer behind to hold the process open", async () => {
    vi.useFakeTimers();
    onTestFinished(() => void vi.useRealTimers());
    const controller = new AbortController();
    const sleeping = realSleep(60_000, controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    await expect(sleeping).rejects.toMatchObject({ name: "AbortError" });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a client without an injected sleep backs off on real timers before its retry", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { sleep: undefined as never });
    provider.server.failNext(503, "", {}, { path: "/items" });
    const started = performance.now();
    await client.GET("/items");
    // The first backoff is 0.5 s minus up to 25 % jitter.
    expect(performance.now() - started).toBeGreaterThanOrEqual(370);
    expect(provider.server.requests({ path: "/items" })).toHaveLength(2);
  });
});

describe("the limiter", () => {
  it("aborting a call waiting in the limiter queue rejects it with an AbortError and frees nothing it didn't take", async () => {
    provider = await startExampleProvider();
    const { peak } = countInFlight(provider, 100);
    const client = createExampleClient(provider, { limiter: new RequestLimiter({ maxConcurrent: 1 }) });
    await client.GET("/items");
    const holding = getItem(client, "1");
    const controller = new AbortController();
    const queued = getItem(client, "2", controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    await expect(queued).rejects.toMatchObject({ name: "AbortError" });
    await holding;
    await Promise.all(["3", "4", "5"].map((id) => getItem(client, id)));
    expect(peak()).toBe(1);
    expect(provider.server.requests({ path: "/items/{id}" }).map((entry) => entry.path)).toEqual([
      "/items/1",
      "/items/3",
      "/items/4",
      "/items/5",
    ]);
  });

  it("a failed attempt gives its slot back exactly once", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, {
      limiter: new RequestLimiter({ maxConcurrent: 1 }),
      timeoutMs: 2_000,
    });
    await client.GET("/items");
    provider.server.dropNext({ method: "POST" });
    await expect(client.POST("/items", { body: { name: "a" } })).rejects.toBeInstanceOf(ConnectionError);
    const { peak } = countInFlight(provider);
    await Promise.all(["1", "2", "3"].map((id) => getItem(client, id)));
    expect(peak()).toBe(1);
  });

  it("refuses limits that would block every request", () => {
    for (const options of [{ maxConcurrent: 0 }, { requestsPerSecond: 0 }, { maxConcurrent: Number.NaN }]) {
      expect(() => new RequestLimiter(options)).toThrow(RangeError);
    }
    expect(() => new RequestLimiter({ maxConcurrent: 1, requestsPerSecond: 0.5 })).not.toThrow();
  });
});
