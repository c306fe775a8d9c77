import { retryableStatuses } from "./retry";

/** Marker shared by every copy of this package, so `isInstance` works across duplicated installs. */
const marker = Symbol.for("payclients.error");

/** What causes an error: written out rather than `ErrorOptions`, which consumers compiling for ES2020 lack. */
export interface PayClientsErrorOptions {
  cause?: unknown;
}

/** Root of every error a payclients client throws. */
export class PayClientsError extends Error {
  override name = "PayClientsError";

  constructor(message: string, options?: PayClientsErrorOptions) {
    super(message, options);
    Object.defineProperty(this, marker, { value: true });
  }

  /** True for any payclients error, even one thrown by another copy of the package. */
  static isInstance(value: unknown): value is PayClientsError {
    return (value as Record<symbol, unknown> | null)?.[marker] === true;
  }

  /** A JSON form without raw bodies, headers or causes (safe to log). */
  toJSON(): Record<string, unknown> {
    const { body: _body, headers: _headers, ...fields } = this as Record<string, unknown>;
    return { ...fields, message: this.message };
  }
}

/** Options were invalid at client creation or call time (missing credential, bad URL, http off loopback). */
export class ConfigurationError extends PayClientsError {
  override name = "ConfigurationError";
}

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
export class ApiError extends PayClientsError {
  override name = "ApiError";
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

  /** True for any API error, even one thrown by another copy of the package. */
  static override isInstance(value: unknown): value is ApiError {
    return PayClientsError.isInstance(value) && typeof (value as ApiError).status === "number";
  }
}

/** 400: the request was malformed or failed validation. */
export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}
/** 401: credentials or token rejected. */
export class AuthenticationError extends ApiError {
  override name = "AuthenticationError";
}
/** 403: authenticated, but not allowed (e.g. a missing scope). */
export class PermissionDeniedError extends ApiError {
  override name = "PermissionDeniedError";
}
/** 404: the resource does not exist. */
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}
/** 409: conflicts with the resource's state or a concurrent operation. */
export class ConflictError extends ApiError {
  override name = "ConflictError";
}
/** 422: understood but semantically invalid. */
export class UnprocessableEntityError extends ApiError {
  override name = "UnprocessableEntityError";
}
/** 429: rate limited; `retryAfterMs` is what the server asked for, when it said. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
  declare readonly retryAfterMs: number | undefined;
  constructor(init: ApiErrorInit) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}
/** 5xx: the provider failed. */
export class InternalServerError extends ApiError {
  override name = "InternalServerError";
}

/** No HTTP response arrived (DNS, refused or reset connection). */
export class ConnectionError extends PayClientsError {
  override name = "ConnectionError";
}
/** An attempt exceeded its timeout; not raised for caller aborts. */
export class TimeoutError extends PayClientsError {
  override name = "TimeoutError";
}

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
export class ResponseDecodingError extends PayClientsError {
  override name = "ResponseDecodingError";
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
export class TokenAcquisitionError extends PayClientsError {
  override name = "TokenAcquisitionError";
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
export class WebhookVerificationError extends PayClientsError {
  override name = "WebhookVerificationError";
}

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
