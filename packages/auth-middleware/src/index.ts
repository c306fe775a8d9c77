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
  type ErrorClassStatics,
  errorClass,
  InternalServerError,
  MAX_MESSAGE_LENGTH,
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
export type { PayClientCall, PayClientHooks } from "./hooks";
export { type Limiter, type LimiterOptions, RequestLimiter } from "./limiter";
export {
  environmentLogSetting,
  type FieldsFirstLogger,
  type Logger,
  type LogLevel,
  type LogSetting,
  leveledLogger,
  pinoLogger,
} from "./logger";
export {
  type CursorPagination,
  type OffsetPagination,
  type OperationFacts,
  type OperationKey,
  type OperationTable,
  operationFacts,
  type PagePagination,
  type Pagination,
} from "./operations";
export { type ListInit, type ListItem, type ListOptions, type ListPath, listAll } from "./pagination";
export { MAX_ERROR_DEPTH, REDACTED, Redactor } from "./redaction";
export { type Clock, realSleep, type Sleep, systemClock } from "./time";
export {
  basicAuthorization,
  type CredentialExchangeOptions,
  credentialExchange,
  hashForKey,
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
  type TokenCallbackOptions,
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
  MAX_ERROR_BODY_LENGTH,
  parseRetryAfter,
  requestIdOf,
} from "./transport";
export { Wakeups } from "./wakeups";
export { createTokenClient, type FetchFunction, wantsAttemptSignal } from "./wire";
