/** Placeholder for anything secret in messages and error bodies. */
export const REDACTED = "[redacted]";

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

  /** Deep copy of a JSON-like value with every known secret scrubbed from its strings. */
  value(value: unknown): unknown {
    if (typeof value === "string") return this.text(value);
    if (typeof value !== "object" || value === null) return value;
    if (Array.isArray(value)) return value.map((item) => this.value(item));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.value(item)]));
  }
}
