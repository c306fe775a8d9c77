export { createEmulatorClock, type EmulatorClock, type EmulatorClockOptions } from "./clock";
export {
  acceptsBasic,
  hmacSha256Hex,
  parseBasicAuthorization,
  readBearerToken,
  secretsEqual,
  signWebhookSync,
  TokenIssuer,
  type TokenState,
  type WebhookSigningScheme,
} from "./credentials";
export {
  assertNoViolations,
  HARNESS_START,
  type Harness,
  type HarnessContext,
  type HarnessSetup,
  startHarness,
  uuidV4Pattern,
} from "./harness";
export { IdempotencyLedger } from "./idempotency";
export { isoTime } from "./iso-time";
export { type OffSpecOutcome, type OffSpecProbe, offSpecAnswers } from "./off-spec";
export {
  createSpecEmulatorAtBasePaths,
  type DocumentAtBasePaths,
  documentAtBasePaths,
  type SpecEmulatorAtBasePathsOptions,
  serverUrlPath,
} from "./openapi/base-paths";
export {
  type EmulatorCoverage,
  emulatorCoverage,
  type OperationCoverage,
  operationCoverage,
} from "./openapi/coverage";
export type {
  OpenApiDocument,
  SpecLocation,
  SpecOperation,
  SpecParameter,
  SpecResponse,
} from "./openapi/document";
export { specOperations } from "./openapi/document";
export {
  createSpecEmulator,
  type HandleOptions,
  type SpecEmulator,
  type SpecEmulatorOptions,
  type SpecViolation,
  type SpecWireFormat,
} from "./openapi/emulator";
export { bodyFieldOrder, inFieldOrder } from "./openapi/field-order";
export { issueSchemas, operationOf } from "./openapi/issue-schemas";
export { isJsonMediaType, jsonBodiesOnly, nonJsonBodyType } from "./openapi/media-type";
export { type SchemeGrant, satisfiesSecurity } from "./openapi/scopes";
export type { PresentedCredential } from "./openapi/security";
export {
  type HttpMethod,
  isRefusal,
  type JsonContent,
  type OperationAt,
  type OperationKey,
  type ParametersIn,
  type RangeStatus,
  type Refusal,
  type RequestBodyOf,
  refusal,
  type SpecHandler,
  type SpecReply,
  type SpecRequest,
} from "./openapi/types";
export {
  type RequestParts,
  type SpecIssue,
  type ValidatedInput,
  validateRequest,
  validateResponse,
} from "./openapi/validation";
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
export { type SpecServedEmulator, specServed } from "./spec-served";
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
