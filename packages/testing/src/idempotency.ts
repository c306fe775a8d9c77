import type { EmulatorResponse } from "./responses";

/** Remembers the first answer per idempotency key so a retried create replays it instead of creating twice. */
export class IdempotencyLedger {
  readonly #entries = new Map<string, { fingerprint: string; response: EmulatorResponse }>();

  /**
   * Runs `create` once per key; a repeat with the same request body replays the stored answer with
   * `replayHeaders`, a repeat with a different body gets `mismatch()` (the provider's conflict answer).
   */
  async run(
    key: string | undefined,
    fingerprint: string,
    create: () => EmulatorResponse | Promise<EmulatorResponse>,
    options: { replayHeaders?: Record<string, string>; mismatch?: () => EmulatorResponse } = {},
  ): Promise<EmulatorResponse> {
    if (!key) return create();
    const previous = this.#entries.get(key);
    if (previous) {
      if (previous.fingerprint !== fingerprint && options.mismatch) return options.mismatch();
      return { ...previous.response, headers: { ...previous.response.headers, ...options.replayHeaders } };
    }
    const response = await create();
    if (response.status < 500) this.#entries.set(key, { fingerprint, response });
    return response;
  }

  /** Number of keys remembered. */
  get size(): number {
    return this.#entries.size;
  }
}
