import { type StandaloneEmulatorFactory, singleServerStandalone } from "@payclients/testing";
import { createQoloEmulator } from "./emulator";

/** Runs the emulator for `payclients-emulator qolo`: what it prints, and the servers its admin API drives. */
export const startStandaloneEmulator: StandaloneEmulatorFactory = async ({ port }) => {
  const emulator = await createQoloEmulator({ port });
  return singleServerStandalone(emulator, {
    loginId: emulator.loginId,
    apiKey: emulator.apiKey,
    programGuid: emulator.programGuid,
  });
};
