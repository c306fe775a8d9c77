const sensitiveHeaderNames = new Set([
  "authorization",
  "proxy-authorization",
  "x-api-key",
  "api-key",
  "cookie",
  "set-cookie",
]);

/** Placeholder for anything secret in messages, logs and error bodies. */
export const REDACTED = "[redacted]";

/** Whether a header carries credentials and must never be logged. */
export function isSensitiveHeader(name: string): boolean {
  return sensitiveHeaderNames.has(name.toLowerCase());
}

/** Knows every secret of one client (credentials and issued tokens) and scrubs them from text and values. */
export class Redactor {
  readonly #secrets = new Set<string>();

  constructor(secrets: Iterable<string | undefined> = []) {
    for (const secret of secrets) this.add(secret);
  }

  /** Registers a secret; values shorter than 4 characters are too common to scrub safely. */
  add(secret: string | undefined): void {
    if (secret !== undefined && secret.length >= 4) this.#secrets.add(secret);
  }

  /** Replaces every known secret in a string. */
  text(value: string): string {
    let result = value;
    for (const secret of this.#secrets) {
      if (result.includes(secret)) result = result.split(secret).join(REDACTED);
    }
    return result;
  }

  /** Deep copy of a JSON-like value with every known secret scrubbed from its strings. */
  value(value: unknown): unknown {
    if (this.#secrets.size === 0) return value;
    if (typeof value === "string") return this.text(value);
    if (Array.isArray(value)) return value.map((item) => this.value(item));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.value(item)]));
    }
    return value;
  }

  /** Headers as a plain object with credentials replaced, for logs. */
  headers(headers: Headers): Record<string, string> {
    const result: Record<string, string> = {};
    headers.forEach((value, name) => {
      result[name] = isSensitiveHeader(name) ? REDACTED : this.text(value);
    });
    return result;
  }
}
