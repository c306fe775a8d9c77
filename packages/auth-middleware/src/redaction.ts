/** Placeholder for anything secret in messages and error bodies. */
export const REDACTED = "[redacted]";

/**
 * Deepest nesting kept in a scrubbed value: real error envelopes nest a few levels, and copying deeper ones would
 * let a hostile body exhaust the stack. Anything deeper is replaced by the string `[nested deeper than 64 levels]`.
 */
export const MAX_ERROR_DEPTH = 64;

const tooDeep = `[nested deeper than ${MAX_ERROR_DEPTH} levels]`;

/** Whether a value holds control characters (U+0000–U+001F, U+007F), which no credential or token may carry. */
export function hasControlCharacters(value: string): boolean {
  // Stryker disable next-line EqualityOperator: equivalent; charCodeAt past the end is NaN, which no comparison counts as a control character
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Knows every secret of one client (credentials and issued tokens) and scrubs them from text and values. */
export class Redactor {
  readonly #secrets = new Set<string>();

  // Stryker disable next-line ArrayDeclaration: equivalent; an invented default secret would only show in text that contains it literally
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

  /** A copy of response headers with every known secret scrubbed from the values (a header may echo a credential). */
  headers(headers: Headers): Headers {
    const copy = new Headers();
    for (const [name, value] of headers) copy.append(name, this.text(value));
    return copy;
  }

  /**
   * A value safe to keep as an error's `cause`: an error mentioning no secret is kept as is (its `code` and class
   * intact); otherwise a copy of the same class with message, stack, fields and nested causes (4 levels) scrubbed.
   */
  cause(cause: unknown, depth = 0): unknown {
    if (!(cause instanceof Error)) return this.value(cause);
    const { message, stack = "", cause: inner } = cause;
    const scrubbedInner = depth < 4 ? this.cause(inner, depth + 1) : undefined;
    if (this.text(message) === message && this.text(stack) === stack && scrubbedInner === inner) return cause;
    const copy: Error = Object.create(Object.getPrototypeOf(cause));
    for (const [key, value] of Object.entries(cause))
      Object.defineProperty(copy, key, { value: this.value(value) });
    for (const [key, value] of Object.entries({ message, stack })) {
      Object.defineProperty(copy, key, { value: this.text(value) });
    }
    // A copy has a cause only when the original had one (already scrubbed above).
    if (scrubbedInner !== undefined) Object.defineProperty(copy, "cause", { value: scrubbedInner });
    return copy;
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
