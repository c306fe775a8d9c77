import { type Harness as KitHarness, startHarness as startKitHarness } from "@payclients/testing";
import { type Clik2payClient, type Clik2payClientOptions, createClik2payClient } from "../src/index";
import {
  type Clik2payEmulator,
  type Clik2payEmulatorOptions,
  createClik2payEmulator,
} from "../src/testing/index";

/** A fixed emulated start time (a weekday afternoon UTC), so dates and expiries are deterministic. */
export const START = Date.parse("2026-03-02T15:00:00.000Z");

export { uuidV4Pattern as uuidPattern } from "@payclients/testing";

/** The kit's harness: emulator, client, frozen clock, recorded sleeps; `close()` fails on off-spec answers. */
export type Harness = KitHarness<Clik2payEmulator, Clik2payClient>;

/** Options of {@link startHarness}. */
export interface HarnessOptions {
  emulator?: Clik2payEmulatorOptions;
  client?: Partial<Clik2payClientOptions>;
}

/**
 * Starts the two-origin emulator (rate limits off unless asked for) on a frozen clock at {@link START} (rate windows
 * run on wall time) and a client bound to it that records backoffs instead of sleeping.
 */
export function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  return startKitHarness({
    start: START,
    emulator: (clock) => createClik2payEmulator({ clock, rateLimit: false, ...options.emulator }),
    client: (emulator, { sleep }) =>
      createClik2payClient({ ...emulator.clientOptions, sleep, ...options.client } as Clik2payClientOptions),
  });
}

/** A valid ECOMM payment request body. */
export function ecommBody(merchantTransactionId?: string) {
  return {
    ...(merchantTransactionId === undefined ? {} : { merchantTransactionId }),
    amount: 25.5,
    type: "ECOMM" as const,
    deliveryMode: "EMAIL" as const,
    payer: {
      name: "Jane Doe",
      email: "jane@example.com",
      mobileNumber: "4165550123",
      preferredLanguage: "en",
    },
    displayMessage: "Order 100042",
  };
}

/** `Basic base64(user:password)`, computed independently of the code under test. */
export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`;
}

/** Awaits a promise that must reject and returns its reason. */
export { rejectionOf as rejection } from "@payclients/testing";
