/** Source of the current time in epoch milliseconds; inject one to test expiry without sleeping. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** Waits `milliseconds`; rejects with the signal's reason when aborted. Injectable for tests. */
export type Sleep = (milliseconds: number, signal?: AbortSignal) => Promise<void>;

/** The wall clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** `setTimeout`-based sleep that honours an abort signal. */
export const realSleep: Sleep = (milliseconds, signal) =>
  new Promise<void>((resolve, reject) => {
    // Throwing in the executor rejects with the signal's reason.
    signal?.throwIfAborted();
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, milliseconds);
    const onAbort = () => {
      clearTimeout(timer);
      // Stryker disable next-line OptionalChaining: equivalent; onAbort is only registered on a signal that exists
      reject(signal?.reason);
    };
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: equivalent; the timer removes the listener, and a signal aborts once
    signal?.addEventListener("abort", onAbort, { once: true });
  });
