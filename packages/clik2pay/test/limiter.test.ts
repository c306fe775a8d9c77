import { afterEach, describe, expect, it } from "vitest";
import { clik2payRateLimits, createClik2payClient, RateLimitError, RequestLimiter } from "../src/index";
import { ecommBody, type Harness, rejection, startHarness } from "./helpers";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** Creates one payment request and returns a function that GETs it. */
async function getter(h: Harness, client = h.client): Promise<() => Promise<unknown>> {
  const { data } = await h.client.POST("/payment-requests", { body: ecommBody() });
  const params = { path: { paymentRequestId: data.id } };
  return () => client.GET("/payment-requests/{paymentRequestId}", { params });
}

const statuses = (h: Harness) => h.emulator.api.requests({ method: "GET" }).map((entry) => entry.status);

/** The retry (0-based) whose exponential backoff band (0.5 s doubling, capped at 8 s, up to 25 % jitter) holds `ms`. */
function backoffAttempt(milliseconds: number): number | undefined {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const ceiling = Math.min(500 * 2 ** attempt, 8_000);
    if (milliseconds >= ceiling * 0.75 && milliseconds <= ceiling) return attempt;
  }
  return undefined;
}

describe("default limiter: the documented 10 requests per second and 5 in flight", () => {
  it("is the client's default", () => {
    expect(clik2payRateLimits).toEqual({ requestsPerSecond: 10, maxConcurrent: 5 });
  });

  it("30 concurrent calls with the default limits against an emulator enforcing 10/s and 5 concurrent get zero 429s", async () => {
    harness = await startHarness({ emulator: { rateLimit: clik2payRateLimits } });
    const started = Date.now();
    // Creates without merchantTransactionId are never resent, so a single 429 would reject its call.
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () => harness?.client.POST("/payment-requests", { body: ecommBody() })),
    );
    const elapsed = Date.now() - started;
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    expect(harness.emulator.api.journal.map((entry) => entry.status)).toEqual(
      Array.from({ length: 30 }, () => 201),
    );
    expect(harness.sleeps).toEqual([]);
    // A rate slot frees one second after its request finished: the 21st call cannot start within 2 s of the first.
    expect(elapsed).toBeGreaterThanOrEqual(2000);
  });

  it("is configurable: a client limited to 1 in flight gets no 429 from an emulator allowing 1", async () => {
    harness = await startHarness({ client: { limiter: new RequestLimiter({ maxConcurrent: 1 }) } });
    const get = await getter(harness);
    harness.emulator.setRateLimit({ maxConcurrent: 1 });
    harness.emulator.api.setLatency(5);
    harness.emulator.api.clearJournal();
    await Promise.all(Array.from({ length: 8 }, get));
    expect(statuses(harness)).toEqual(Array.from({ length: 8 }, () => 200));
  });
});

describe("limiter: false", () => {
  it("lets a burst through; the emulator answers 429 without Retry-After and the GETs are retried with backoff", async () => {
    harness = await startHarness();
    const sleeps: number[] = [];
    const client = createClik2payClient({
      ...harness.emulator.clientOptions,
      limiter: false,
      maxRetries: 10,
      // The emulator's rate window runs on wall time, so the backoff really waits; it is also recorded.
      sleep: async (milliseconds) => {
        sleeps.push(milliseconds);
        await new Promise((resolve) => setTimeout(resolve, milliseconds));
      },
    });
    const get = await getter(harness, client);
    harness.emulator.setRateLimit({ requestsPerSecond: 10, maxConcurrent: 5 });
    harness.emulator.api.clearJournal();
    await Promise.all(Array.from({ length: 30 }, get));
    const answered = statuses(harness);
    expect(answered.filter((status) => status === 200)).toHaveLength(30);
    // The 11th arrival inside the first window is refused at the latest; every refusal was resent.
    const refused = answered.filter((status) => status === 429).length;
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(answered).toHaveLength(30 + refused);
    // One sleep per refusal, each an exponential backoff (no Retry-After to follow): every refused call's first
    // resend waits 375-500 ms, far from the 1 s an emulated Retry-After would have asked for.
    expect(sleeps).toHaveLength(refused);
    expect(sleeps.map(backoffAttempt)).not.toContain(undefined);
    expect(sleeps.filter((milliseconds) => backoffAttempt(milliseconds) === 0).length).toBeGreaterThanOrEqual(
      1,
    );
  });

  it("a create without merchantTransactionId is not resent after a 429; one with it is, after a backoff", async () => {
    harness = await startHarness({ client: { limiter: false } });
    harness.emulator.api.failNext(429, { message: "Too Many Requests" });
    const error = await rejection(harness.client.POST("/payment-requests", { body: ecommBody() }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBeUndefined();
    expect(harness.sleeps).toEqual([]);

    harness.emulator.api.failNext(429, { message: "Too Many Requests" });
    await harness.client.POST("/payment-requests", { body: ecommBody("ORDER-429-1") });
    expect(harness.emulator.api.journal.map((entry) => entry.status)).toEqual([429, 429, 201]);
    expect(harness.sleeps).toHaveLength(1);
    expect(backoffAttempt(harness.sleeps[0] ?? 0)).toBe(0);
  });
});
