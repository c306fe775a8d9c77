// The one shape of a provider test's harness: an emulator and a client bound to it, on a frozen clock that starts
// at a fixed instant, with a client `sleep` that records backoffs instead of waiting.
import { createEmulatorClock, type EmulatorClock } from "./clock";
import type { SpecViolation } from "./openapi/emulator";

/** 2025-03-01T10:00:00.000Z: every harness starts here, so timestamps and expiries are deterministic. */
export const HARNESS_START = Date.parse("2025-03-01T10:00:00.000Z");

/** A version-4 UUID as `crypto.randomUUID()` writes it, for tests asserting on the ids an emulator generates. */
export const uuidV4Pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** What a harness gives the provider's client factory. */
export interface HarnessContext {
  clock: EmulatorClock;
  /** Records the delay in `sleeps` and returns at once. */
  sleep: (milliseconds: number) => Promise<void>;
}

/** A running harness; `close()` stops the emulator and throws if it answered anything the spec does not declare. */
export interface Harness<Emulator, Client> extends AsyncDisposable {
  emulator: Emulator;
  client: Client;
  clock: EmulatorClock;
  /** Every backoff the client asked to sleep, in ms (nothing waits). */
  sleeps: number[];
  /** Stops the emulator, then throws if it answered outside its spec. */
  close(): Promise<void>;
}

/** What {@link startHarness} needs from a provider. */
export interface HarnessSetup<Emulator, Client> {
  /** Starts the provider's emulator on the given clock. */
  emulator(clock: EmulatorClock): Promise<Emulator>;
  /** Creates the provider's client for that emulator, with the harness's clock and sleep. */
  client(emulator: Emulator, context: HarnessContext): Client;
  /** Start of the frozen clock (default {@link HARNESS_START}). */
  start?: number;
}

/** Starts a provider's emulator and client on a frozen clock; see the kit README, "Provider test harness". */
export async function startHarness<
  Emulator extends {
    /** Stops the emulator. */
    close(): Promise<void>;
    violations?: readonly SpecViolation[];
  },
  Client,
>(setup: HarnessSetup<Emulator, Client>): Promise<Harness<Emulator, Client>> {
  const clock = createEmulatorClock({ start: setup.start ?? HARNESS_START, frozen: true });
  const emulator = await setup.emulator(clock);
  const sleeps: number[] = [];
  const sleep = async (milliseconds: number) => {
    sleeps.push(milliseconds);
  };
  const client = setup.client(emulator, { clock, sleep });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await emulator.close();
    assertNoViolations(emulator.violations ?? []);
  };
  return { emulator, client, clock, sleeps, close, [Symbol.asyncDispose]: close };
}

/** Throws one error listing every answer that broke the spec (what fails the test that caused them). */
export function assertNoViolations(violations: readonly SpecViolation[]): void {
  if (violations.length === 0) return;
  const lines = violations.map(
    (violation) => `  ${violation.operation} answered ${violation.status}: ${violation.problems.join("; ")}`,
  );
  throw new Error(`the emulator answered outside the spec:\n${lines.join("\n")}`);
}
