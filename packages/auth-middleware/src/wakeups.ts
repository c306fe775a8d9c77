// An empty set stays behind per key: the keys are a client's few token keys or a limiter's channel.

/** Per-key wake-ups: `wait(key, ms)` resolves on the next `wake(key)`, or after `ms` at most; it never rejects. */
export class Wakeups {
  readonly #waiters = new Map<string, Set<() => void>>();

  /** Resolves on the next `wake(key)`, or after `ms`. */
  wait(key: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const waiters = this.#waiters.get(key) ?? new Set();
      this.#waiters.set(key, waiters);
      const wake = () => {
        clearTimeout(timer);
        waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      waiters.add(wake);
    });
  }

  /** Wakes every current waiter of `key`. */
  wake(key: string): void {
    for (const wake of [...(this.#waiters.get(key) ?? [])]) wake();
  }
}
