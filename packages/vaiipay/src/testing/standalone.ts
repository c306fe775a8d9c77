import { type StandaloneEmulatorFactory, singleServerStandalone } from "@payclients/testing";
import { createVaiiPayEmulator } from "./emulator";

/** Runs the emulator for `payclients-emulator vaiipay`: what it prints, and the servers its admin API drives. */
export const startStandaloneEmulator: StandaloneEmulatorFactory = async ({ port }) => {
  const emulator = await createVaiiPayEmulator({ port });
  return singleServerStandalone(emulator, {
    clientId: emulator.clientId,
    clientToken: emulator.clientToken,
    dashboardToken: emulator.dashboardToken,
    webhookSecret: emulator.webhookSecret,
  });
};
