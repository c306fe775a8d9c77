/** The shared error classes, so `instanceof` checks need only this package. */

export { RequestLimiter } from "@payclients/auth-middleware";
export * from "@payclients/auth-middleware/errors";
export {
  CLIK2PAY_DEFAULT_SCOPE,
  type Clik2payClient,
  type Clik2payClientOptions,
  type Clik2payEnvironment,
  clik2payEnvironments,
  clik2payRateLimits,
  createClik2payClient,
} from "./client";
export { decodeClik2payError } from "./errors";
export type { components, operations, paths, webhooks } from "./generated/schema";
export {
  type Clik2payWebhookEvent,
  type Clik2payWebhookEventType,
  clik2payWebhookEventTypes,
  clik2payWebhookSourceIps,
  type VerifyClik2payWebhookOptions,
  verifyClik2payWebhook,
} from "./webhooks";
