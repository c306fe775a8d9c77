/** The shared error classes, so `instanceof` checks need only this package. */
export * from "@payclients/auth-middleware/errors";
export {
  type __Pascal__Client,
  type __Pascal__ClientOptions,
  type __Pascal__Environment,
  __camel__Environments,
  create__Pascal__Client,
} from "./client";
export { decode__Pascal__Error } from "./errors";
export type { components, paths } from "./generated/schema";
export {
  type __Pascal__Webhook,
  type __Pascal__WebhookEvent,
  type Verify__Pascal__WebhookOptions,
  verify__Pascal__Webhook,
} from "./webhooks";
