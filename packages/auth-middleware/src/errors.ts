import { retryableStatuses } from "./retry";

/** What causes an error: written out rather than `ErrorOptions`, which consumers compiling for ES2020 lack. */
export interface PayClientsErrorOptions {
  cause?: unknown;
}

/** The static side every payclients error class gets from {@link errorClass}. */
export interface ErrorClassStatics {
  /**
   * True for an instance of this class or of a subclass, even one thrown by another copy of the package (it
   * checks a `Symbol.for` marker, not the prototype chain); narrows to the class it is called on.
   */
  isInstance<Class extends abstract new (...args: never) => Error>(
    this: Class,
    value: unknown,
  ): value is InstanceType<Class>;
}

/**
 * The one way a payclients error class is made: `class X extends errorClass(Parent, "X") {}`. The returned base
 * names the class (on its prototype, so stacks show it and minifiers cannot rename it) and carries the marker
 * `Symbol.for("payclients.error.X")`; instances inherit the markers of every ancestor, so `isInstance` honours
 * the hierarchy, and the registry-wide symbols make it work across duplicated installs.
 */
// Stryker disable BlockStatement: static mutant (errorClass runs once per class at module load, which the vitest runner does not redo per mutant); error-classes.test.ts pins every class it makes
export function errorClass<Parent extends abstract new (...args: never) => Error>(
  Parent: Parent,
  name: string,
): Parent & ErrorClassStatics {
  const marker = Symbol.for(`payclients.error.${name}`);
  // @ts-expect-error: a mixin over a constructor whose parameters are not `...any[]`; they pass through unchanged.
  const Base = class extends Parent {};
  Object.defineProperty(Base.prototype, marker, { value: true });
  Object.defineProperty(Base.prototype, "name", { value: name, writable: true, configurable: true });
  Object.defineProperty(Base, "isInstance", {
    // Ignores `this`, so a detached `ApiError.isInstance` (a callback) works too.
    value: (value: unknown) => (value as Record<symbol, unknown> | null | undefined)?.[marker] === true,
  });
  return Base as unknown as Parent & ErrorClassStatics;
}
// Stryker restore BlockStatement

/**
 * Longest `message` of any payclients error, in UTF-16 code units: a longer one keeps its beginning and ends with
 * `… [truncated]` (exactly this length then). An API error's full decoded body stays on `error.body`.
 */
export const MAX_MESSAGE_LENGTH = 1024;

const truncated = "… [truncated]";

/** Root of every error a payclients client throws. */
export class PayClientsError extends errorClass(Error, "PayClientsError") {
  constructor(message: string, options?: PayClientsErrorOptions) {
    super(
      message.length > MAX_MESSAGE_LENGTH
        ? `${message.slice(0, MAX_MESSAGE_LENGTH - truncated.length)}${truncated}`
        : message,
      options,
    );
  }

  /** A JSON form without raw bodies, headers or causes (safe to log). */
  toJSON(): Record<string, unknown> {
    const { body: _body, headers: _headers, ...fields } = this as Record<string, unknown>;
    return { name: this.name, ...fields, message: this.message };
  }
}

/** Options were invalid at client creation or call time (missing credential, bad URL, http off loopback). */
export class ConfigurationError extends errorClass(PayClientsError, "ConfigurationError") {}

/** What an error decoder extracts from a provider's error body. */
export interface DecodedError {
  /** Classify as this status's class (e.g. a duplicate answered 400 is a conflict); `status` stays the real one. */
  classifyAs?: number | undefined;
  code?: string | undefined;
  message?: string | undefined;
  requestId?: string | undefined;
  details?: unknown;
}

/** Fields of an {@link ApiError}. */
export interface ApiErrorInit {
  provider: string;
  status: number;
  code?: string | undefined;
  message: string;
  requestId?: string | undefined;
  details?: unknown;
  body: unknown;
  headers: Headers;
  retryAfterMs?: number | undefined;
  /** Status whose class to use instead of `status`'s. */
  classifyAs?: number | undefined;
}

/** The API answered with an error status. */
export class ApiError extends errorClass(PayClientsError, "ApiError") {
  declare readonly provider: string;
  declare readonly status: number;
  declare readonly code: string | undefined;
  declare readonly requestId: string | undefined;
  /** Whether the same request may succeed if sent again later (408, 429, 5xx). */
  declare readonly retryable: boolean;
  /** Provider-specific detail, e.g. validation errors. */
  declare readonly details: unknown;
  /** The decoded response body (JSON value or text), secrets scrubbed. */
  declare readonly body: unknown;
  declare readonly headers: Headers;

  constructor({ message, classifyAs: _classifyAs, retryAfterMs: _retryAfterMs, ...init }: ApiErrorInit) {
    super(message);
    const { status } = init;
    Object.assign(this, init, { retryable: retryableStatuses.includes(status) });
  }
}

/** 400: the request was malformed or failed validation. */
export class BadRequestError extends errorClass(ApiError, "BadRequestError") {}
/** 401: credentials or token rejected. */
export class AuthenticationError extends errorClass(ApiError, "AuthenticationError") {}
/** 403: authenticated, but not allowed (e.g. a missing scope). */
export class PermissionDeniedError extends errorClass(ApiError, "PermissionDeniedError") {}
/** 404: the resource does not exist. */
export class NotFoundError extends errorClass(ApiError, "NotFoundError") {}
/** 409: conflicts with the resource's state or a concurrent operation. */
export class ConflictError extends errorClass(ApiError, "ConflictError") {}
/** 422: understood but semantically invalid. */
export class UnprocessableEntityError extends errorClass(ApiError, "UnprocessableEntityError") {}
/** 429: rate limited; `retryAfterMs` is what the server asked for, when it said. */
export class RateLimitError extends errorClass(ApiError, "RateLimitError") {
  declare readonly retryAfterMs: number | undefined;
  constructor(init: ApiErrorInit) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}
/** 5xx: the provider failed. */
export class InternalServerError extends errorClass(ApiError, "InternalServerError") {}

/** No HTTP response arrived (DNS, refused or reset connection). */
export class ConnectionError extends errorClass(PayClientsError, "ConnectionError") {}
/**
 * An attempt exceeded its `timeoutMs`: a kind of {@link ConnectionError} (no usable response arrived), as in
 * openai-node and stripe-node; never raised for the caller's own abort, which rejects with the signal's reason.
 */
export class TimeoutError extends errorClass(ConnectionError, "TimeoutError") {}

/** Fields of a {@link ResponseDecodingError}. */
export interface ResponseDecodingErrorInit {
  provider: string;
  message: string;
  status: number;
  requestId?: string | undefined;
  excerpt: string;
}

/**
 * The API answered 2xx with a body that is not the JSON the operation declares (not JSON, truncated, empty): the
 * request may have taken effect, so it is not retried; `excerpt` is the start of the body, secrets scrubbed.
 */
export class ResponseDecodingError extends errorClass(PayClientsError, "ResponseDecodingError") {
  declare readonly provider: string;
  declare readonly status: number;
  declare readonly requestId: string | undefined;
  declare readonly excerpt: string;
  constructor({ message, ...init }: ResponseDecodingErrorInit) {
    super(message);
    Object.assign(this, { requestId: undefined }, init);
  }
}

/** Fields of a {@link TokenAcquisitionError}. */
export interface TokenAcquisitionErrorInit {
  provider: string;
  message: string;
  status?: number | undefined;
  code?: string | undefined;
  body?: unknown;
  cause?: unknown;
}

/** The token endpoint failed or answered something unusable; carries no credentials. */
export class TokenAcquisitionError extends errorClass(PayClientsError, "TokenAcquisitionError") {
  declare readonly provider: string;
  declare readonly status: number | undefined;
  declare readonly code: string | undefined;
  declare readonly body: unknown;
  constructor({ message, cause, ...init }: TokenAcquisitionErrorInit) {
    super(message, cause === undefined ? undefined : { cause });
    Object.assign(this, { status: undefined, code: undefined }, init);
  }
}

/** A webhook failed verification (signature, timestamp or payload). */
export class WebhookVerificationError extends errorClass(PayClientsError, "WebhookVerificationError") {}

const classes: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** Builds the right {@link ApiError} subclass for a status: the one factory every client uses. */
export function createApiError(init: ApiErrorInit): ApiError {
  const status = init.classifyAs ?? init.status;
  const Class = classes[status] ?? (status > 499 ? InternalServerError : ApiError);
  return new Class(init);
}
