// `@payclients/clik2pay/testing`: the Clik2pay emulator (Node only). Layout: emulator.ts (factory), types.ts (its
// public shape), state.ts (resources and their rules), views.ts (response shapes), routes/ (one module per resource),
// wire.ts (envelopes and wording), deliveries.ts (webhooks), standalone.ts (`payclients-emulator clik2pay`).
export type { SignedWebhook } from "@payclients/auth-middleware/webhooks";
export { type SignClik2payWebhookOptions, signClik2payWebhook } from "../webhooks";
export type { Clik2payWebhookDelivery, Clik2payWebhookDeliveryOptions } from "./deliveries";
export { createClik2payEmulator, notEmulated } from "./emulator";
export { startStandaloneEmulator } from "./standalone";
export type { Clik2payEmulator, Clik2payEmulatorOptions, Clik2payEmulatorRateLimit } from "./types";
export { clik2payErrorBody } from "./wire";
