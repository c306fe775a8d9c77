import { type StandaloneEmulatorFactory, singleServerStandalone } from "@payclients/testing";
import { create__Pascal__Emulator } from "./emulator";

/** Runs the emulator for `payclients-emulator __name__`: what it prints, and the servers its admin API drives. */
export const startStandaloneEmulator: StandaloneEmulatorFactory = async ({ port }) => {
  const emulator = await create__Pascal__Emulator({ port });
  return singleServerStandalone(emulator, { clientId: "test-client", clientSecret: "test-secret" });
};
