// `@payclients/vaiipay/testing`: the VaiiPay emulator (Node only). Layout: emulator.ts (factory), access.ts (tokens
// and who holds them), state.ts (applications, payments and their rules), links.ts (signed checkout links), views.ts
// (response shapes), routes/ (one module per resource), wire.ts (error body and Laravel wording).
export type { SignedWebhook } from "@payclients/auth-middleware/webhooks";
export { type SignVaiiPayWebhookOptions, signVaiiPayWebhook } from "../webhooks";
export type { VaiiPayClientTokenGrant } from "./access";
export {
  createVaiiPayEmulator,
  notEmulated,
  type SignedVaiiPayWebhook,
  type VaiiPayApplicationView,
  type VaiiPayEmulator,
  type VaiiPayEmulatorOptions,
  type VaiiPayTransition,
} from "./emulator";
export { startStandaloneEmulator } from "./standalone";
export type { VaiiPayApplicationInput } from "./state";
export { vaiipayErrorBody } from "./wire";
