import { Wakeups } from "@payclients/auth-middleware";
import { type GuardedRedis, within } from "./availability";

/** Wakes this process's waiters when any process publishes on a channel (Redis pub/sub). */
export interface ChangeNotifier {
  /** Resolves on the channel's next message, or after `ms` at most (a lost message or an outage costs only that). */
  wait(channel: string, ms: number): Promise<void>;
}

/** One subscription per channel on the adapter's subscriber connection, made on the first wait. */
export function changeNotifier({ adapter }: GuardedRedis, commandTimeoutMs: number): ChangeNotifier {
  const wakeups = new Wakeups();
  const subscriptions = new Map<string, Promise<void>>();
  const subscribe = (channel: string) => {
    if (subscriptions.has(channel)) return;
    const subscription = within(
      adapter.subscribe(channel, () => wakeups.wake(channel)),
      commandTimeoutMs,
    );
    // Not subscribed (Redis down): the waiters' timers still bound every wait; a later wait tries again.
    subscription.catch(() => subscriptions.delete(channel));
    subscriptions.set(channel, subscription);
  };
  return {
    wait(channel, ms) {
      subscribe(channel);
      return wakeups.wait(channel, ms);
    },
  };
}
