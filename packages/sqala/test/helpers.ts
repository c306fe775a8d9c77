import { type Harness as KitHarness, startHarness as startKitHarness } from "@payclients/testing";
import { createSqalaClient, type SqalaClient, type SqalaClientOptions } from "../src/index";
import { createSqalaEmulator, type SqalaEmulator, type SqalaEmulatorOptions } from "../src/testing/index";

/** A fixed emulated start time, so timestamps and expiries are deterministic. */
export const START = Date.parse("2025-06-02T12:00:00.000Z");

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The kit's harness: emulator, client, frozen clock, recorded sleeps; `close()` fails on off-spec answers. */
export type Harness = KitHarness<SqalaEmulator, SqalaClient>;

/** Starts an emulator on a frozen clock and a client bound to it (same clock) that records instead of sleeping. */
export function startHarness(
  emulatorOptions: Omit<SqalaEmulatorOptions, "clock"> = {},
  clientOptions: Partial<SqalaClientOptions> = {},
): Promise<Harness> {
  return startKitHarness({
    start: START,
    emulator: (clock) => createSqalaEmulator({ ...emulatorOptions, clock }),
    client: (emulator, { clock, sleep }) =>
      createSqalaClient({
        appId: emulator.appId,
        appSecret: emulator.appSecret,
        refreshToken: emulator.refreshToken,
        baseUrl: emulator.url,
        clock,
        sleep,
        ...clientOptions,
      }),
  });
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
