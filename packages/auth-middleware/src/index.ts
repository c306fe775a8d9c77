export {
  type CommonClientOptions,
  createPayClient,
  type PayClient,
  type PayClientMethod,
  type PayClientResult,
  type ProviderDefinition,
  requireCredential,
  selectBaseUrl,
  validateBaseUrl,
} from "./client";
export {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  createApiError,
  type DecodedError,
  InternalServerError,
  NotFoundError,
  PayClientsError,
  type PayClientsErrorOptions,
  PermissionDeniedError,
  RateLimitError,
  ResponseDecodingError,
  type ResponseDecodingErrorInit,
  TimeoutError,
  TokenAcquisitionError,
  type TokenAcquisitionErrorInit,
  UnprocessableEntityError,
  WebhookVerificationError,
} from "./errors";
export { type LimiterOptions, RequestLimiter } from "./limiter";
export { type Logger, type LogLevel, leveledLogger } from "./logger";
export { type PageSlice, paginate } from "./pagination";
export { REDACTED, Redactor } from "./redaction";
export { type Clock, realSleep, type Sleep, systemClock } from "./time";
export {
  basicAuthorization,
  type CredentialExchangeOptions,
  credentialExchange,
  type IssuedToken,
  type LoginExchangeOptions,
  loginExchange,
  MemoryTokenStore,
  type OAuth2ClientCredentialsOptions,
  type OAuth2TokenRequestInit,
  type OAuth2TokenResponse,
  oauth2ClientCredentials,
  refreshWindowMs,
  type StoredToken,
  staticKey,
  type TokenCallOutcome,
  type TokenCallResult,
  TokenManager,
  type TokenManagerOptions,
  type TokenRequestInit,
  type TokenStore,
  type TokenStrategy,
  tokenCallback,
} from "./tokens";
export {
  backoffDelayMs,
  type CallOptions,
  type ErrorContext,
  type ErrorDecoder,
  type IdempotencyConfig,
  parseRetryAfter,
  requestIdOf,
} from "./transport";
export { createTokenClient, type FetchFunction } from "./wire";
