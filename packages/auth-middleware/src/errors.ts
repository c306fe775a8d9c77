/** Marker shared by every copy of this package, so `isInstance` works across duplicated installs. */
const marker = Symbol.for("payclients.error");

/** Root of every error a payclients client throws. */
export class PayClientsError extends Error {
  readonly [marker] = true;
  override name = "PayClientsError";

  /** True for any payclients error, even one thrown by another copy of the package. */
  static isInstance(value: unknown): value is PayClientsError {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[marker] === true;
  }

  /** A JSON form without raw bodies or causes (safe to log). */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
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
  readonly provider: string;
  readonly status: number;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  /** Whether the same request may succeed if sent again later. */
  readonly retryable: boolean;
  /** Provider-specific detail, e.g. validation errors. */
  readonly details: unknown;
  /** The decoded response body (JSON value or text). */
  readonly body: unknown;
  readonly headers: Headers;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.provider = init.provider;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.details = init.details;
    this.body = init.body;
    this.headers = init.headers;
    this.retryable = init.status === 408 || init.status === 429 || init.status >= 500;
  }

  /** True for any API error, even one thrown by another copy of the package. */
  static override isInstance(value: unknown): value is ApiError {
    return PayClientsError.isInstance(value) && typeof (value as ApiError).status === "number";
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      provider: this.provider,
      status: this.status,
      code: this.code,
      requestId: this.requestId,
      retryable: this.retryable,
      details: this.details,
    };
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
  readonly retryAfterMs: number | undefined;
  constructor(init: ApiErrorInit) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfterMs: this.retryAfterMs };
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
  readonly provider: string;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly body: unknown;
  constructor(init: TokenAcquisitionErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.provider = init.provider;
    this.status = init.status;
    this.code = init.code;
    this.body = init.body;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), provider: this.provider, status: this.status, code: this.code };
  }
}

/** A webhook failed verification (signature, timestamp or payload). */
export class WebhookVerificationError extends PayClientsError {
  override name = "WebhookVerificationError";
}

/** Builds the right {@link ApiError} subclass for a status: the one factory every client uses. */
export function createApiError(init: ApiErrorInit): ApiError {
  const status = init.classifyAs ?? init.status;
  if (status === 400) return new BadRequestError(init);
  if (status === 401) return new AuthenticationError(init);
  if (status === 403) return new PermissionDeniedError(init);
  if (status === 404) return new NotFoundError(init);
  if (status === 409) return new ConflictError(init);
  if (status === 422) return new UnprocessableEntityError(init);
  if (status === 429) return new RateLimitError(init);
  if (status >= 500) return new InternalServerError(init);
  return new ApiError(init);
}
