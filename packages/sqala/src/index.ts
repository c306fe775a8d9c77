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
  createSqalaClient,
  SQALA_BASE_URL,
  SQALA_DEVELOPER_BASE_URL,
  type SqalaClient,
  type SqalaClientOptions,
  type SqalaCorePaths,
  type SqalaDeveloperClient,
  type SqalaDeveloperPaths,
  sqalaDeveloperPaths,
} from "./client";
export { decodeSqalaError, hasSqalaErrorCode, type SqalaErrorBody, type SqalaErrorCode } from "./errors";
export type { components, operations, paths, webhooks } from "./generated/schema";
export {
  type SqalaWebhook,
  type SqalaWebhookEvent,
  type SqalaWebhookEventName,
  type SqalaWebhookEvents,
  sqalaWebhookEventNames,
  type VerifySqalaWebhookOptions,
  verifySqalaWebhook,
} from "./webhooks";
