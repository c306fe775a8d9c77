// `@payclients/qolo/testing`: the Qolo emulator (Node only). Layout: emulator.ts (factory), state.ts, issuing.ts and
// ledger.ts (records and their rules), views.ts (response shapes), routes/ (one module per resource), wire.ts (envelope
// and wording), deliveries.ts (signed webhooks), standalone.ts (`payclients-emulator qolo`).
export type { SignedWebhook } from "@payclients/auth-middleware/webhooks";
export { type SignQoloWebhookOptions, signQoloWebhook } from "../webhooks";
export type { QoloWebhookDelivery, SignedQoloWebhook } from "./deliveries";
export {
  createQoloEmulator,
  notEmulated,
  QOLO_EMULATOR_PROGRAM_GUID,
  type QoloEmulator,
  type QoloEmulatorOptions,
  type QoloEmulatorRateLimit,
} from "./emulator";
export { startStandaloneEmulator } from "./standalone";
export type { QoloEmulatorEvent } from "./state";
export type { QoloAccountSnapshot, QoloCardSnapshot } from "./views";
export { type QoloFieldError, qoloErrorBody } from "./wire";
