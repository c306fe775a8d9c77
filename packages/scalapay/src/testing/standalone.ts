import { type StandaloneEmulatorFactory, singleServerStandalone } from "@payclients/testing";
import { createScalapayEmulator } from "./emulator";

/** Runs the emulator for `payclients-emulator scalapay`: what it prints, and the servers its admin API drives. */
export const startStandaloneEmulator: StandaloneEmulatorFactory = async ({ port }) => {
  const emulator = await createScalapayEmulator({ port });
  return singleServerStandalone(emulator, { apiKey: emulator.apiKey, instoreApiKey: emulator.instoreApiKey });
};
