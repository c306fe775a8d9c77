// Every wait in the pipeline is bounded by the waiter's own timer and abort listener, never by a timer some other
// call owns: on Cloudflare Workers a timer or a fetch dies with the request that started it, so a promise another
// request created may never settle. Both are removed as soon as the wait ends, so a long-lived signal collects nothing.
//
// An attempt's bound hands `fetch` no signal of its own: undici's Request follows a given signal (listeners, a
// WeakRef, a finalizer), and an AbortController costs about as much again, together some 5 % of a request. The
// attempt races the fetch and the body read against the bound instead (`within`), and whatever the losing side
// produces later is released (a late response's body cancelled, a body read cancelled). Only a token or limiter
// wait, which needs a signal to give up its place, builds one, on demand.

/** One attempt's bound: it ends with the caller's reason, or when `timeoutMs` passes (`expired`). */
export interface AttemptBound {
  /** Aborts when the bound ends; built on first use (a token or limiter wait), so a cached-token call builds none. */
  readonly signal: AbortSignal;
  /** Whether the deadline (not the caller) ended the attempt. */
  readonly expired: boolean;
  /**
   * Settles like `work`, or rejects with the bound's reason once the bound ends first; `abandon` then receives
   * `work` to release what it holds or will produce (cancel a body, a late response's body).
   */
  within<T>(work: Promise<T>, abandon: (work: Promise<T>) => void): Promise<T>;
  /**
   * Calls `release` when the bound ends (at once if it has ended), for work that stops by itself once released (a
   * body read, whose pending read a cancel ends): no race, so no promise per call. Replaces a `within` that settled.
   */
  onEnd(release: () => void): void;
  /** Throws the bound's reason if it has ended (after work released by {@link onEnd} stopped). */
  throwIfEnded(): void;
  /** Clears the timer and the caller-signal listener; call once the attempt is over. */
  dispose(): void;
}

/** Starts an attempt's deadline and links the caller's signal to it. */
export function boundAttempt(caller: AbortSignal | undefined, timeoutMs: number): AttemptBound {
  return new Bound(caller, timeoutMs);
}

// A class, not an object literal with getters: a literal's getters give every attempt its own hidden class, which
// V8 keeps in old space with the closures, so each attempt's objects would outlive the next young-generation GCs.
class Bound implements AttemptBound {
  #controller: AbortController | undefined;
  #ended = false;
  #expired = false;
  #reason: unknown;
  // What the bound's end must stop, if anything: the race in progress (its reject) or, after it, the body read (its
  // cancel); called directly, without an abort event.
  #interrupt: ((reason: unknown) => void) | undefined;
  readonly #caller: AbortSignal | undefined;
  // Stryker disable next-line OptionalChaining: equivalent; it is only called for, or registered on, a caller signal that exists
  readonly #onAbort = () => this.#end(this.#caller?.reason);
  readonly #timer: ReturnType<typeof setTimeout>;

  constructor(caller: AbortSignal | undefined, timeoutMs: number) {
    this.#caller = caller;
    this.#timer = setTimeout(() => {
      this.#expired = true;
      this.#end(new DOMException(`attempt timed out after ${timeoutMs} ms`, "TimeoutError"));
    }, timeoutMs);
    // Stryker disable next-line ConditionalExpression: equivalent; the pipeline runs signal.throwIfAborted() just before, so an aborted caller never gets here
    if (caller?.aborted) this.#onAbort();
    else {
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: equivalent; dispose() removes the listener whether or not it fired, and a signal aborts once
      caller?.addEventListener("abort", this.#onAbort, { once: true });
    }
  }

  #end(why: unknown): void {
    this.#ended = true;
    this.#reason = why;
    this.#controller?.abort(why);
    this.#interrupt?.(why);
  }

  get signal(): AbortSignal {
    this.#controller ??= new AbortController();
    // A no-op when it already aborted.
    if (this.#ended) this.#controller.abort(this.#reason);
    return this.#controller.signal;
  }

  get expired(): boolean {
    return this.#expired;
  }

  within<T>(work: Promise<T>, abandon: (work: Promise<T>) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // Left in place once `work` settles: a bound ending later abandons what is already done (harmless) or is
      // disposed of first.
      const stop = (why: unknown) => {
        abandon(work);
        reject(why);
      };
      if (this.#ended) stop(this.#reason);
      else this.#interrupt = stop;
      work.then(resolve, reject);
    });
  }

  onEnd(release: () => void): void {
    if (this.#ended) release();
    else this.#interrupt = release;
  }

  throwIfEnded(): void {
    if (this.#ended) throw this.#reason;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#caller?.removeEventListener("abort", this.#onAbort);
  }
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
