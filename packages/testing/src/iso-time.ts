// Emulated instants as providers write them on the wire: one formatter instead of an `iso` helper per emulator.

/** Epoch milliseconds (e.g. `clock.now()`) as an ISO 8601 UTC timestamp with milliseconds: `2025-03-01T10:00:00.000Z`. */
export function isoTime(milliseconds: number): string {
  return new Date(milliseconds).toISOString();
}
