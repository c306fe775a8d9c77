/** The shared error classes, so `instanceof` checks need only this package. */
export * from "@payclients/auth-middleware/errors";
export { parseVaiiPayCheckoutUrl, type VaiiPayCheckoutLink } from "./checkout";
export {
  createVaiiPayClient,
  createVaiiPayDashboardClient,
  VAIIPAY_CLIENT_ID_LENGTH,
  type VaiiPayAccessToken,
  type VaiiPayClient,
  type VaiiPayClientOptions,
  type VaiiPayDashboardClient,
  type VaiiPayDashboardClientOptions,
} from "./client";
export { decodeVaiiPayError, type VaiiPayPermissionDetails } from "./errors";
export type { components, operations, paths, webhooks } from "./generated/schema";
export {
  isPublicVaiiPayOperation,
  type VaiiPayAuthContext,
  type VaiiPayClientPaths,
  type VaiiPayOperationAccess,
  type VaiiPayOperationKey,
  type VaiiPayScope,
  vaiipayOperationAccess,
  vaiipayOperations,
} from "./operations";
export {
  type VaiiPayKnownWebhook,
  type VaiiPayPayment,
  type VaiiPayUnknownWebhook,
  type VaiiPayWebhook,
  type VaiiPayWebhookEvent,
  type VaiiPayWebhookEvents,
  type VaiiPayWebhookEventType,
  type VerifyVaiiPayWebhookOptions,
  vaiipayWebhookEventTypes,
  verifyVaiiPayWebhook,
} from "./webhooks";
