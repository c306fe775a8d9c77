/** The shared error classes, so `instanceof` checks need only this package. */
export * from "@payclients/auth-middleware/errors";
export {
  createQoloClient,
  QOLO_TOKEN_LIFETIME_SECONDS,
  type QoloClient,
  type QoloClientOptions,
  type QoloEnvironment,
  qoloEnvironments,
  readQoloLoginResponse,
} from "./client";
export { decodeQoloError } from "./errors";
export type { components, operations, paths, webhooks } from "./generated/schema";
export {
  QOLO_SIGNATURE_HEADER,
  type QoloEventType,
  type QoloWebhook,
  type QoloWebhookEvent,
  type QoloWebhookEvents,
  type QoloWebhookEventType,
  type VerifyQoloWebhookOptions,
  verifyQoloWebhook,
} from "./webhooks";
