// `@payclients/sqala/testing`: the Sqala emulator (Node only). Layout: emulator.ts (factory), state.ts (objects and
// their rules), views.ts (response shapes, pages), routes/ (one module per resource), wire.ts (envelope and
// wording), webhook-log.ts (signed events and their delivery), pix.ts (BR Codes).
export type { SignedWebhook } from "@payclients/auth-middleware/webhooks";
export { type SignSqalaWebhookOptions, signSqalaWebhook } from "../webhooks";
export {
  createSqalaEmulator,
  notEmulated,
  type SqalaEmulator,
  type SqalaEmulatorOptions,
} from "./emulator";
export { startStandaloneEmulator } from "./standalone";
export type { SqalaPaymentSnapshot } from "./state";
export type { SqalaEmulatorSignOptions, SqalaEmulatorWebhook } from "./webhook-log";
export { sqalaErrorBody } from "./wire";
