import { createEmulatorClock, type EmulatorClock } from "@payclients/testing";
import { createSqalaClient, type SqalaClient, type SqalaClientOptions } from "../src/index";
import { createSqalaEmulator, type SqalaEmulator, type SqalaEmulatorOptions } from "../src/testing/index";

/** A fixed emulated start time, so timestamps and expiries are deterministic. */
export const START = Date.parse("2025-06-02T12:00:00.000Z");

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface Harness {
  emulator: SqalaEmulator;
  client: SqalaClient;
  clock: EmulatorClock;
  /** Every backoff the client asked to sleep, in ms (nothing actually waits). */
  sleeps: number[];
}

/** Starts an emulator on a frozen clock and a client bound to it (same clock) that records instead of sleeping. */
export async function startHarness(
  emulatorOptions: Omit<SqalaEmulatorOptions, "clock"> = {},
  clientOptions: Partial<SqalaClientOptions> = {},
): Promise<Harness> {
  const clock = createEmulatorClock({ start: START, frozen: true });
  const emulator = await createSqalaEmulator({ ...emulatorOptions, clock });
  const sleeps: number[] = [];
  const client = createSqalaClient({
    appId: emulator.appId,
    appSecret: emulator.appSecret,
    refreshToken: emulator.refreshToken,
    baseUrl: emulator.url,
    clock,
    sleep: async (milliseconds) => {
      sleeps.push(milliseconds);
    },
    ...clientOptions,
  });
  return { emulator, client, clock, sleeps };
}

/** Awaits a promise that must reject and returns its reason. */
export { rejectionOf as rejection } from "@payclients/testing";

/** A valid recipient body (CPF of 11 digits). */
export const individual = { name: "Maria Souza", taxId: "12345678909", type: "INDIVIDUAL" } as const;

/** A valid bank account body (ISPB of Banco do Brasil). */
export const checkingAccount = {
  holderName: "Maria Souza",
  holderTaxId: "12345678909",
  holderType: "INDIVIDUAL",
  branchNumber: "0001",
  accountNumber: "123456-7",
  bankId: "00000000",
  type: "CHECKING",
} as const;
