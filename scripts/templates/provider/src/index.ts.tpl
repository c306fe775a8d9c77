export {
  create__Pascal__Client,
  type __Pascal__Client,
  type __Pascal__ClientOptions,
  type __Pascal__Environment,
  __camel__Environments,
} from "./client";
export { decode__Pascal__Error } from "./errors";
export type { components, paths } from "./generated/schema";
export { type __Pascal__WebhookEvent, verify__Pascal__Webhook } from "./webhooks";
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  NotFoundError,
  PayClientsError,
  TokenAcquisitionError,
  WebhookVerificationError,
} from "@payclients/auth-middleware";
