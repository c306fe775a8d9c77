// @ts-nocheck
// Wakeups, the primitive behind MemoryTokenStore.changed and the Redis notifier: a wake resolves every waiter of
// its key at once and no other key's, a waiter without a wake resolves after its time, and neither leaves a timer.
import { describe, expect, it } from "vitest";
import { Wakeups } from "../src/index";

const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;

describe("Wakeups", () => {
  it("a wake resolves every waiter of its key at once, leaves no timer, and no other key's waiter", async () => {
    const wakeups = new Wakeups();
    const before = timers();
    const woken: string[] = [];
    const a1 = wakeups.wait("a", 60_000).then(() => woken.push("a1"));
    const a2 = wakeups.wait("a", 60_000).then(() => woken.push("a2"));
    let otherWoken = false;
    void wakeups.wait("b", 50).then(() => {
      otherWoken = true;
    });
    wakeups.wake("a");
    await Promise.all([a1, a2]);
    expect(woken).toEqual(["a1", "a2"]);
    expect(otherWoken).toBe(false);
    // Only the other key's 50 ms timer is left (the harness may drop one of its own meanwhile).
    expect(timers()).toBeLessThanOrEqual(before + 1);
    wakeups.wake("nobody");
  });

  it("a waiter nobody wakes resolves after its time, and a later wake of its key finds nobody", async () => {
    const wakeups = new Wakeups();
    const started = performance.now();
    await wakeups.wait("k", 30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    let again = false;
    const next = wakeups.wait("k", 60_000).then(() => {
      again = true;
    });
    wakeups.wake("k");
    await next;
    expect(again).toBe(true);
  });
});
