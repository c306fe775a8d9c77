// `@payclients/__name__/testing`: the __Pascal__ emulator (Node only). Layout: emulator.ts (factory), state.ts
// (records and their rules), routes/ (one module per resource), wire.ts (error envelope and wording).
export { sign__Pascal__Webhook } from "../webhooks";
export {
  type __Pascal__Emulator,
  type __Pascal__EmulatorOptions,
  create__Pascal__Emulator,
  notEmulated,
} from "./emulator";
export { startStandaloneEmulator } from "./standalone";
