import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { EmulatorClock } from "./clock";
import type { EmulatorRequest } from "./server";

/** Decodes an `Authorization: Basic …` header; `undefined` when absent or malformed. */
export function parseBasicAuthorization(
  header: string | undefined,
): { username: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const separator = decoded.indexOf(":");
  if (separator === -1) return undefined;
  return { username: decoded.slice(0, separator), password: decoded.slice(separator + 1) };
}

/**
 * A `credentials` check of an HTTP Basic scheme (`credentials: { BasicAuth: acceptsBasic(id, secret) }`): accepts the
 * presented value (the header's base64 part) when it decodes to exactly `username:password`.
 */
export function acceptsBasic(username: string, password: string): (value: string) => boolean {
  return (value) => {
    const basic = parseBasicAuthorization(`Basic ${value}`);
    return (
      basic !== undefined && secretsEqual(basic.username, username) && secretsEqual(basic.password, password)
    );
  };
}

/** Reads the token of an `Authorization: Bearer …` header. */
export function readBearerToken(request: EmulatorRequest): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? "");
  return match?.[1];
}

/** Constant-time string comparison for emulator credential checks. */
export function secretsEqual(left: string, right: string): boolean {
  const a = Buffer.from(left);
  const b = Buffer.from(right);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Lowercase hex HMAC-SHA256, the signature primitive of every documented webhook scheme. */
export function hmacSha256Hex(secret: string, payload: string | Uint8Array): string {
  return createHmac("sha256", secret).update(payload).digest("hex");
}

/** A provider's signing scheme as its package exports it (`WebhookSigning` of `@payclients/auth-middleware/webhooks`). */
export interface WebhookSigningScheme<Input extends { secret: string }, Delivery> {
  /** The exact text the provider signs. */
  signedText(input: Input): string;
  /** The delivery as sent, given the lowercase hex HMAC-SHA256 of `signedText(input)`. */
  delivery(input: Input, signature: string): Delivery;
}

/**
 * Signs a delivery with Node's synchronous HMAC from the scheme the provider's verifier reads, so an emulator
 * restates no scheme and can sign inside a synchronous state transition.
 */
export function signWebhookSync<Input extends { secret: string }, Delivery>(
  scheme: WebhookSigningScheme<Input, Delivery>,
  input: Input,
): Delivery {
  return scheme.delivery(input, hmacSha256Hex(input.secret, scheme.signedText(input)));
}

/** State of an issued token at a given emulated time. */
export type TokenState = "valid" | "expired" | "unknown";

/** Issues opaque bearer tokens that expire on the emulator's clock; counts issues for tests. */
export class TokenIssuer {
  readonly #tokens = new Map<string, { expiresAt: number; subject: string }>();
  readonly #clock: EmulatorClock;
  readonly #prefix: string;
  /** Number of tokens issued so far. */
  issued = 0;

  constructor(clock: EmulatorClock, prefix = "tok") {
    this.#clock = clock;
    this.#prefix = prefix;
  }

  /** Issues a token valid for `lifetimeSeconds` of emulated time. */
  issue(lifetimeSeconds: number, subject = ""): { token: string; expiresAt: number } {
    this.issued += 1;
    const token = `${this.#prefix}_${randomBytes(18).toString("base64url")}`;
    const expiresAt = this.#clock.now() + lifetimeSeconds * 1000;
    this.#tokens.set(token, { expiresAt, subject });
    return { token, expiresAt };
  }

  /** Whether the token is known and not yet expired. */
  check(token: string | undefined): TokenState {
    const record = token === undefined ? undefined : this.#tokens.get(token);
    if (!record) return "unknown";
    return this.#clock.now() < record.expiresAt ? "valid" : "expired";
  }

  /** The subject a valid token was issued for. */
  subjectOf(token: string): string | undefined {
    return this.#tokens.get(token)?.subject;
  }

  /** Revokes every token (e.g. a key rotation), so the next call answers 401. */
  revokeAll(): void {
    this.#tokens.clear();
  }
}
