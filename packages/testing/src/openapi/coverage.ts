import type { SpecOperation } from "./document";

/** What {@link operationCoverage} found: both lists must be empty. */
export interface OperationCoverage {
  /** Operations of the spec with neither a handler nor a reason for having none. */
  unhandled: string[];
  /** Entries of `notEmulated` that name no operation of the spec, or one that has a handler after all. */
  stale: string[];
}

/**
 * Compares a spec's operations with an emulator's handlers: every operation must be handled or listed in
 * `notEmulated` with the reason (for the provider's coverage test).
 */
export function operationCoverage(
  emulator: { operations: readonly SpecOperation[]; handled(): string[] },
  notEmulated: Readonly<Record<string, string>> = {},
): OperationCoverage {
  const handled = new Set(emulator.handled());
  const keys = new Set(emulator.operations.map((operation) => operation.key));
  return {
    unhandled: [...keys].filter((key) => !handled.has(key) && notEmulated[key] === undefined),
    stale: Object.keys(notEmulated).filter((key) => !keys.has(key) || handled.has(key)),
  };
}

/** {@link OperationCoverage} of a started emulator, with how many operations its spec has. */
export interface EmulatorCoverage extends OperationCoverage {
  /** The number of operations of the spec (of every host the emulator serves). */
  operations: number;
}

/**
 * Starts an emulator, compares its spec's operations with its handlers and `notEmulated` (see
 * {@link operationCoverage}), and stops it: for the provider's coverage test to assert on.
 */
export async function emulatorCoverage(
  start: () => Promise<{
    spec: { operations: readonly SpecOperation[]; handled(): string[] };
    close(): Promise<void>;
  }>,
  notEmulated: Readonly<Record<string, string>> = {},
): Promise<EmulatorCoverage> {
  const emulator = await start();
  try {
    return { ...operationCoverage(emulator.spec, notEmulated), operations: emulator.spec.operations.length };
  } finally {
    await emulator.close();
  }
}
