// Every wait in the pipeline is bounded by the waiter's own timer and abort listener, never by a timer some other
// call owns: on Cloudflare Workers a timer or a fetch dies with the request that started it, so a promise another
// request created may never settle. Both are removed as soon as the wait ends, so a long-lived signal collects nothing.

/** One attempt's bound: its signal aborts with the caller's reason, or when `timeoutMs` passes (`expired`). */
export interface AttemptBound {
  readonly signal: AbortSignal;
  /** Whether the deadline (not the caller) ended the attempt. */
  readonly expired: boolean;
  /** Clears the timer and the caller-signal listener; call once the attempt is over. */
  dispose(): void;
}

/** Starts an attempt's deadline and links the caller's signal to it. */
export function boundAttempt(caller: AbortSignal | undefined, timeoutMs: number): AttemptBound {
  const controller = new AbortController();
  let expired = false;
  // Stryker disable next-line OptionalChaining: equivalent; onAbort is only called for, or registered on, a caller signal that exists
  const onAbort = () => controller.abort(caller?.reason);
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException(`attempt timed out after ${timeoutMs} ms`, "TimeoutError"));
  }, timeoutMs);
  // Stryker disable next-line ConditionalExpression: equivalent; the pipeline runs signal.throwIfAborted() just before, so an aborted caller never gets here
  if (caller?.aborted) onAbort();
  else {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: equivalent; dispose() removes the listener whether or not it fired, and a signal aborts once
    caller?.addEventListener("abort", onAbort, { once: true });
  }
  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener("abort", onAbort);
    },
  };
}

/** What {@link waitFor} resolves with when `giveUpAfterMs` passed first. */
export const gaveUp: unique symbol = Symbol("gave up");

/**
 * Waits for a promise this caller may not own: settles with it, rejects with `signal.reason` on abort, or resolves
 * with {@link gaveUp} after `giveUpAfterMs`. The shared promise itself is left running for its other waiters.
 */
export function waitFor<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  giveUpAfterMs: number,
): Promise<T | typeof gaveUp> {
  return new Promise<T | typeof gaveUp>((resolve, reject) => {
    signal?.throwIfAborted();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      done();
      // Stryker disable next-line OptionalChaining: equivalent; onAbort is only registered on a signal that exists
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      done();
      resolve(gaveUp);
    }, giveUpAfterMs);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: equivalent; onAbort removes itself (done()) when it fires, and a signal aborts once
    signal?.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        done();
        resolve(value);
      },
      (error: unknown) => {
        done();
        reject(error);
      },
    );
  });
}
