// `@payclients/scalapay/testing`: the Scalapay emulator (Node only). Layout: emulator.ts (factory), state.ts (orders
// and their rules), views.ts (response shapes), routes/ (one module per resource), wire.ts (envelope and wording).
export type { SignedWebhook } from "@payclients/auth-middleware/webhooks";
export { type SignScalapayWebhookOptions, signScalapayWebhook } from "../webhooks";
export {
  createScalapayEmulator,
  notEmulated,
  type ScalapayEmulator,
  type ScalapayEmulatorOptions,
  type SignedScalapayWebhook,
} from "./emulator";
export { startStandaloneEmulator } from "./standalone";
export type { ScalapayOrderChannel } from "./state";
export type { ScalapayOrderSnapshot } from "./views";
export { type ScalapayAmount, scalapayErrorBody } from "./wire";
