export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PayClientsError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  TokenAcquisitionError,
  UnprocessableEntityError,
  WebhookVerificationError,
} from "@payclients/auth-middleware";
export {
  createScalapayClient,
  SCALAPAY_SANDBOX_API_KEY,
  type ScalapayClient,
  type ScalapayClientOptions,
  type ScalapayEnvironment,
  scalapayEnvironments,
} from "./client";
export { decodeScalapayError } from "./errors";
export type { components, operations, paths, webhooks } from "./generated/schema";
export {
  type ScalapayWebhookEvent,
  type VerifyScalapayWebhookOptions,
  verifyScalapayWebhook,
} from "./webhooks";
