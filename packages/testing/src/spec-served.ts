// What every provider's emulator exposes, whatever else it offers its tests: where it listens, the server behind it
// (journal, faults, rate limits), its clock, the spec it serves (for the coverage test), the answers that broke the
// spec (for the harness), and how it stops.
import type { EmulatorClock } from "./clock";
import type { SpecEmulator, SpecViolation } from "./openapi/emulator";
import type { EmulatorServer } from "./server";

/** The part every `<Provider>Emulator` shares; each provider's emulator interface extends it. */
export interface SpecServedEmulator<Paths> extends AsyncDisposable {
  /** Base URL to pass as the client's `baseUrl`. */
  readonly url: string;
  /** The underlying server: journal, `failNext`, `delayNext`, `dropNext`, rate limits. */
  readonly server: EmulatorServer;
  /** Emulated time: share it with the client as its `clock`. */
  readonly clock: EmulatorClock;
  /** The spec-served routes: the spec's `operations` and which are `handled()` (for the coverage test). */
  readonly spec: Pick<SpecEmulator<Paths>, "operations" | "handled">;
  /** Answers that broke the spec's declared responses (the test harness fails on any). */
  readonly violations: readonly SpecViolation[];
  /** Stops the emulator. */
  close(): Promise<void>;
}

/**
 * The {@link SpecServedEmulator} fields of an emulator served by one spec emulator, to spread into what the
 * provider's factory returns; `url` defaults to the server's origin (pass it when the base URL carries a path).
 */
export function specServed<Paths>(
  api: SpecEmulator<Paths>,
  clock: EmulatorClock,
  url: string = api.server.url,
): SpecServedEmulator<Paths> {
  const close = () => api.server.close();
  return {
    url,
    server: api.server,
    clock,
    spec: api,
    violations: api.violations,
    close,
    [Symbol.asyncDispose]: close,
  };
}
