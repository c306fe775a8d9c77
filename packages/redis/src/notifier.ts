import { type GuardedRedis, within } from "./availability";

/** Wakes this process's waiters when any process publishes on a channel (Redis pub/sub). */
export interface ChangeNotifier {
  /** Resolves on the channel's next message, or after `ms` at most (a lost message or an outage costs only that). */
  wait(channel: string, ms: number): Promise<void>;
}

/** One subscription per channel on the adapter's subscriber connection, made on the first wait. */
export function changeNotifier({ adapter }: GuardedRedis, commandTimeoutMs: number): ChangeNotifier {
  const waiters = new Map<string, Set<() => void>>();
  const subscriptions = new Map<string, Promise<void>>();
  const wakeAll = (channel: string) => {
    for (const wake of [...(waiters.get(channel) ?? [])]) wake();
  };
  const subscribe = (channel: string) => {
    if (subscriptions.has(channel)) return;
    const subscription = within(
      adapter.subscribe(channel, () => wakeAll(channel)),
      commandTimeoutMs,
    );
    // Not subscribed (Redis down): the waiters' timers still bound every wait; a later wait tries again.
    subscription.catch(() => subscriptions.delete(channel));
    subscriptions.set(channel, subscription);
  };
  return {
    wait(channel, ms) {
      subscribe(channel);
      return new Promise((resolve) => {
        const set = waiters.get(channel) ?? new Set();
        waiters.set(channel, set);
        const wake = () => {
          clearTimeout(timer);
          set.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        set.add(wake);
      });
    },
  };
}
