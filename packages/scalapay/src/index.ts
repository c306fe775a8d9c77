/** Every item of a paginated list, as the spec's `x-payclients-pagination` says (shared by every provider). */
export {
  type ListInit,
  type ListItem,
  type ListOptions,
  type ListPath,
  listAll,
} from "@payclients/auth-middleware";
/** The shared error classes, so `instanceof` checks need only this package. */
export * from "@payclients/auth-middleware/errors";
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
  type ScalapayWebhook,
  type ScalapayWebhookEvent,
  type ScalapayWebhookEvents,
  type ScalapayWebhookEventType,
  type VerifyScalapayWebhookOptions,
  verifyScalapayWebhook,
} from "./webhooks";
