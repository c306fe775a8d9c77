/** Emulated time: follows the wall clock plus an offset, or stands still when frozen; never sleeps. */
export interface EmulatorClock {
  /** Current emulated time in epoch milliseconds. */
  now(): number;
  /** Moves emulated time forward (token and resource expiry react at once). */
  advance(milliseconds: number): void;
  /** Jumps to an absolute epoch-millisecond time. */
  set(epochMilliseconds: number): void;
}

/** Options of {@link createEmulatorClock}. */
export interface EmulatorClockOptions {
  /** Start time in epoch milliseconds (default: now). */
  start?: number;
  /** When true, time moves only through `advance`/`set` (default false: wall clock plus offset). */
  frozen?: boolean;
}

/** Creates an injectable clock; the default follows real time so rate windows still roll over. */
export function createEmulatorClock(options: EmulatorClockOptions = {}): EmulatorClock {
  const frozen = options.frozen ?? false;
  let offset = options.start === undefined ? 0 : options.start - Date.now();
  let frozenAt = options.start ?? Date.now();
  return {
    now: () => (frozen ? frozenAt : Date.now() + offset),
    advance(milliseconds) {
      if (!Number.isFinite(milliseconds) || milliseconds < 0) {
        throw new RangeError(
          `clock.advance expects a non-negative number of milliseconds, got ${milliseconds}`,
        );
      }
      if (frozen) frozenAt += milliseconds;
      else offset += milliseconds;
    },
    set(epochMilliseconds) {
      if (frozen) frozenAt = epochMilliseconds;
      else offset = epochMilliseconds - Date.now();
    },
  };
}
