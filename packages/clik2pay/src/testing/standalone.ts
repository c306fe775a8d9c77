import type { StandaloneEmulatorFactory } from "@payclients/testing";
import { createClik2payEmulator } from "./emulator";

/** Runs the emulator for `payclients-emulator clik2pay`: what it prints, and the servers its admin API drives. */
export const startStandaloneEmulator: StandaloneEmulatorFactory = async ({ port }) => {
  const emulator = await createClik2payEmulator({ port });
  return {
    urls: { api: emulator.clientOptions.baseUrl, auth: emulator.clientOptions.tokenUrl },
    credentials: {
      username: emulator.username,
      password: emulator.password,
      apiKey: emulator.apiKey,
      webhookUsername: emulator.webhookUsername,
      webhookPassword: emulator.webhookPassword,
    },
    servers: { api: emulator.api, auth: emulator.auth },
    clock: emulator.clock,
    close: () => emulator.close(),
  };
};
