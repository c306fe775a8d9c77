import { type StandaloneEmulatorFactory, singleServerStandalone } from "@payclients/testing";
import { createSqalaEmulator } from "./emulator";

/** Runs the emulator for `payclients-emulator sqala`: what it prints, and the servers its admin API drives. */
export const startStandaloneEmulator: StandaloneEmulatorFactory = async ({ port }) => {
  const emulator = await createSqalaEmulator({ port });
  return singleServerStandalone(emulator, {
    appId: emulator.appId,
    appSecret: emulator.appSecret,
    refreshToken: emulator.refreshToken,
    webhookSecret: emulator.webhookSecret,
  });
};
