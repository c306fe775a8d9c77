// The "a deliberately wrong answer fails" case every provider's spec-conformance test makes: a spec emulator with a
// handler that breaks the spec, requests that reach it, and what the harness's close says. The test asserts on
// what this returns, so the kit decides nothing for it.
import type { EmulatorClock } from "./clock";
import { startHarness } from "./harness";
import type { SpecEmulator } from "./openapi/emulator";

/** What {@link offSpecAnswers} sends, and to which emulator. */
export interface OffSpecProbe<Paths> {
  /** Starts the provider's spec emulator on the harness clock, with the deliberately wrong handler registered. */
  emulator(clock: EmulatorClock): Promise<SpecEmulator<Paths>>;
  /** Requests to send in order, each `path` from the server's origin (`/v2/payments/T1`). */
  requests: readonly { path: string; init?: RequestInit }[];
}

/** What the kit did with a deliberately wrong handler. */
export interface OffSpecOutcome {
  /** Each request's status and body (parsed as JSON when it is JSON, else the text). */
  answers: { status: number; body: unknown }[];
  /** What the harness's `close()` threw (it throws on any off-spec answer), or `undefined`. */
  closeError: unknown;
}

/** Sends `requests` to a spec emulator under the kit's harness and returns the answers and the close's error. */
export async function offSpecAnswers<Paths>(probe: OffSpecProbe<Paths>): Promise<OffSpecOutcome> {
  const harness = await startHarness({
    emulator: async (clock) => {
      const api = await probe.emulator(clock);
      return { api, violations: api.violations, close: () => api.server.close() };
    },
    client: (emulator) => emulator.api.server.url,
  });
  const answers: OffSpecOutcome["answers"] = [];
  try {
    for (const { path, init } of probe.requests) {
      const response = await fetch(`${harness.client}${path}`, init);
      answers.push({ status: response.status, body: parsed(await response.text()) });
    }
  } catch (error) {
    // A request that could not be sent is the test's failure; the server still stops.
    await harness.close().catch(() => undefined);
    throw error;
  }
  let closeError: unknown;
  try {
    await harness.close();
  } catch (error) {
    closeError = error;
  }
  return { answers, closeError };
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
