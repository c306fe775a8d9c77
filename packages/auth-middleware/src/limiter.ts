/** Client-side limits that keep a client under a provider's documented rate limits. */
export interface LimiterOptions {
  /** Requests in flight at once. */
  maxConcurrent?: number;
  /** Request starts per rolling second. */
  requestsPerSecond?: number;
}

/**
 * What the `limiter` option takes: {@link RequestLimiter} in one process, or a shared implementation (e.g.
 * `@payclients/redis`) across processes. `acquire` is bounded by the call's signal; each grant gets one `release()`.
 */
export interface Limiter {
  /** Waits for a slot; rejects with the signal's reason when the caller gives up first, holding nothing. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Gives back the slot of one settled `acquire`. */
  release(): void;
}

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  timer?: ReturnType<typeof setTimeout> | undefined;
}

/**
 * A FIFO limiter: a concurrency semaphore plus a rate window. A request holds a rate slot from the moment it starts
 * until one second after it finished, so the server can never see more than `requestsPerSecond` arrivals in any
 * second, whatever the network delay between our start and its arrival.
 */
export class RequestLimiter implements Limiter {
  readonly #maxConcurrent: number;
  readonly #perSecond: number;
  readonly #finished: number[] = [];
  readonly #waiting: Waiter[] = [];
  #active = 0;

  constructor(options: LimiterOptions) {
    this.#maxConcurrent = options.maxConcurrent ?? Number.POSITIVE_INFINITY;
    this.#perSecond = options.requestsPerSecond ?? Number.POSITIVE_INFINITY;
    if (!(this.#maxConcurrent >= 1) || !(this.#perSecond > 0)) {
      throw new RangeError("limiter: maxConcurrent must be >= 1 and requestsPerSecond > 0");
    }
  }

  /** Resolves when the request may start; pair every successful acquire with one `release()`. */
  acquire(signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        const index = this.#waiting.indexOf(waiter);
        // Stryker disable next-line ConditionalExpression: equivalent; a granted waiter has already removed this listener, so a firing one is always queued
        if (index !== -1) {
          this.#waiting.splice(index, 1);
          clearTimeout(waiter.timer);
          // Stryker disable next-line OptionalChaining: equivalent; onAbort is only registered on a signal that exists
          reject(signal?.reason);
        }
      };
      // A granted slot drops its listener: a long-lived caller signal would otherwise collect one per call.
      const granted = () => {
        clearTimeout(waiter.timer);
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      // A queued waiter wakes the queue on its own timer, re-armed from its own callback: on Cloudflare Workers a
      // timer dies with the request that set it, so a rate-window timer set by another (finished) request would
      // leave this call hung. A slot freed by `release()` still wakes it at once.
      const tick = () => {
        waiter.timer = setTimeout(() => {
          this.#pump();
          if (this.#waiting.includes(waiter)) tick();
        }, this.#untilWindowMoves());
      };
      const waiter: Waiter = { resolve: granted, reject };
      this.#waiting.push(waiter);
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: equivalent; granted() removes the listener, and a signal aborts once
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#pump();
      if (this.#waiting.includes(waiter)) tick();
    });
  }

  /** Frees one concurrency slot; its rate slot frees one second later. */
  release(): void {
    this.#active -= 1;
    this.#finished.push(Date.now());
    this.#pump();
  }

  // When the oldest finished request leaves the rate window (at most a second away; a whole second when the window is
  // empty, as a freed concurrency slot wakes the waiter at once anyway).
  #untilWindowMoves(): number {
    const oldest = this.#finished[0] ?? Date.now();
    // Stryker disable next-line ArithmeticOperator: equivalent; `Date.now() + oldest` only makes the waiter poll every ms and find the same grant time
    const waited = Date.now() - oldest;
    // Stryker disable next-line MethodExpression: equivalent; Math.min only makes the waiter poll every ms and find the same grant time
    return Math.max(1, 1000 - waited);
  }

  #pump(): void {
    for (;;) {
      const waiter = this.#waiting[0];
      if (waiter === undefined || this.#active >= this.#maxConcurrent) return;
      const now = Date.now();
      // Stryker disable next-line EqualityOperator: equivalent; at exactly 1000 ms the waiter's timer fires again 1 ms later (Math.max(1, …)) and grants then
      while (this.#finished.length > 0 && now - (this.#finished[0] ?? 0) >= 1000) this.#finished.shift();
      // The waiters' own timers try again when the window moves.
      if (this.#active + this.#finished.length >= this.#perSecond) return;
      this.#waiting.shift();
      this.#active += 1;
      waiter.resolve();
    }
  }
}
