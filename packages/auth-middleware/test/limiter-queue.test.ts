// @ts-nocheck
// The limiter's queue on its own: any queued waiter can leave, an immediate grant leaves no timer behind (an idle
// process can exit), a waiter held by the rate window gets its slot when the window moves rather than a whole second
// later, and a bad option says what is wrong. Also: a token wait leaves nothing on a long-lived caller signal.
import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { Redactor, RequestLimiter, TokenManager, tokenCallback } from "../src/index";

const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;

describe("the queue", () => {
  it("a waiter behind another can leave the queue: it rejects at once and the one ahead still gets its slot", async () => {
    const limiter = new RequestLimiter({ maxConcurrent: 1 });
    await limiter.acquire();
    const ahead = limiter.acquire();
    const controller = new AbortController();
    const behind = limiter.acquire(controller.signal);
    controller.abort(new Error("left the queue"));
    await expect(behind).rejects.toThrow("left the queue");
    limiter.release();
    await ahead;
    limiter.release();
  });

  it("an immediate grant leaves no timer behind", async () => {
    const limiter = new RequestLimiter({ requestsPerSecond: 5 });
    const before = timers();
    await limiter.acquire();
    expect(timers()).toBe(before);
    limiter.release();
  });

  it("a waiter held by the rate window is granted when the window moves, not a whole second after it queued", async () => {
    const limiter = new RequestLimiter({ requestsPerSecond: 1 });
    await limiter.acquire();
    limiter.release();
    await new Promise((resolve) => setTimeout(resolve, 600));
    const queued = performance.now();
    await limiter.acquire();
    const waited = performance.now() - queued;
    limiter.release();
    // The window moves ~400 ms after the waiter queued; a fixed second would be 1000 ms, one counted from the finish
    // onwards 1600 ms.
    expect(waited).toBeGreaterThanOrEqual(300);
    expect(waited).toBeLessThan(850);
  });

  it("a bad option says which limits are allowed", () => {
    expect(() => new RequestLimiter({ maxConcurrent: 0 })).toThrow(
      "limiter: maxConcurrent must be >= 1 and requestsPerSecond > 0",
    );
  });
});

describe("the token wait", () => {
  it("leaves no listener on a long-lived caller signal once the token arrived", async () => {
    const controller = new AbortController();
    const manager = new TokenManager({
      provider: "p",
      strategy: tokenCallback(async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return "cb-1";
      }),
      redactor: new Redactor(),
      decodeError: () => undefined,
    });
    expect(await manager.token(controller.signal)).toBe("cb-1");
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});
