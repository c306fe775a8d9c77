/** Placeholder for anything secret in messages and error bodies. */
export const REDACTED = "[redacted]";

/**
 * Deepest nesting kept in a scrubbed value: real error envelopes nest a few levels, and copying deeper ones would
 * let a hostile body exhaust the stack. Anything deeper is replaced by the string `[nested deeper than 64 levels]`.
 */
export const MAX_ERROR_DEPTH = 64;

const tooDeep = `[nested deeper than ${MAX_ERROR_DEPTH} levels]`;

/** Knows every secret of one client (credentials and issued tokens) and scrubs them from text and values. */
export class Redactor {
  readonly #secrets = new Set<string>();

  constructor(secrets: Iterable<string | undefined> = []) {
    for (const secret of secrets) this.add(secret);
  }

  /** Registers a secret; values shorter than 4 characters are too common to scrub safely. */
  add(secret: string | undefined): void {
    if (secret && secret.length > 3) this.#secrets.add(secret);
  }

  /** Replaces every known secret in a string. */
  text(value: string): string {
    for (const secret of this.#secrets) value = value.split(secret).join(REDACTED);
    return value;
  }

  /**
   * Deep copy of a JSON-like value with every known secret scrubbed from its strings (and keys), at most
   * {@link MAX_ERROR_DEPTH} levels deep. Keys are defined, never assigned, so `__proto__` stays plain data.
   */
  value(value: unknown, depth = 0): unknown {
    if (typeof value === "string") return this.text(value);
    if (typeof value !== "object" || value === null) return value;
    if (depth >= MAX_ERROR_DEPTH) return tooDeep;
    if (Array.isArray(value)) return value.map((item) => this.value(item, depth + 1));
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [this.text(key), this.value(item, depth + 1)]),
    );
  }
}
