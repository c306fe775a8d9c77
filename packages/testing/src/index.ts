export { createEmulatorClock, type EmulatorClock, type EmulatorClockOptions } from "./clock";
export {
  hmacSha256Hex,
  parseBasicAuthorization,
  readBearerToken,
  secretsEqual,
  signWebhookSync,
  TokenIssuer,
  type TokenState,
  type WebhookSigningScheme,
} from "./credentials";
export { IdempotencyLedger } from "./idempotency";
export { createForwardProxy, type ForwardProxy } from "./proxy";
export { answersPing, type RedisServer, startRedisServer } from "./redis-server";
export { type EmulatorResponse, empty, json, text } from "./responses";
export type { RouteHandler } from "./router";
export {
  createEmulatorServer,
  type EmulatorRateLimit,
  type EmulatorRequest,
  type EmulatorServer,
  type EmulatorServerOptions,
  type FaultMatch,
  type JournalEntry,
} from "./server";
export {
  type AdminServer,
  type EmulatorListenOptions,
  type StandaloneEmulator,
  type StandaloneEmulatorFactory,
  type StandaloneOptions,
  singleServerStandalone,
  startAdminServer,
} from "./standalone";
export { type WebhookMisuseOutcome, webhookMisuse } from "./webhooks";

/** Awaits a promise that must reject and returns its reason; throws if it resolves (for asserting on errors). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to reject, but it resolved");
}
