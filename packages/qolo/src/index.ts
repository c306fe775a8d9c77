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
  createQoloClient,
  QOLO_TOKEN_LIFETIME_SECONDS,
  type QoloClient,
  type QoloClientOptions,
  type QoloEnvironment,
  qoloCreatingOperations,
  qoloEnvironments,
  readQoloLoginResponse,
} from "./client";
export { decodeQoloError } from "./errors";
export type { components, operations, paths, webhooks } from "./generated/schema";
export {
  QOLO_SIGNATURE_HEADER,
  type QoloEventType,
  type QoloWebhookEvent,
  type QoloWebhookEvents,
  type QoloWebhookEventType,
  type VerifyQoloWebhookOptions,
  verifyQoloWebhook,
} from "./webhooks";
