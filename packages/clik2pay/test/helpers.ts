import { createEmulatorClock, type EmulatorClock } from "@payclients/testing";
import { type Clik2payClient, type Clik2payClientOptions, createClik2payClient } from "../src/index";
import {
  type Clik2payEmulator,
  type Clik2payEmulatorOptions,
  createClik2payEmulator,
} from "../src/testing/index";

/** A fixed emulated start time (a weekday afternoon UTC), so dates and expiries are deterministic. */
export const START = Date.parse("2026-03-02T15:00:00.000Z");

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export interface Harness {
  emulator: Clik2payEmulator;
  client: Clik2payClient;
  clock: EmulatorClock;
  /** Every backoff the client asked to sleep, in ms (nothing actually waits). */
  sleeps: number[];
}

/** Options of {@link startHarness}. */
export interface HarnessOptions {
  emulator?: Clik2payEmulatorOptions;
  client?: Partial<Clik2payClientOptions>;
}

/**
 * Starts the two-origin emulator (rate limits off unless asked for) and a client bound to it that shares the
 * emulator's frozen clock (it moves only through `advance`; rate windows run on wall time) and records backoffs
 * instead of sleeping.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const clock = createEmulatorClock({ start: START, frozen: true });
  const emulator = await createClik2payEmulator({ clock, rateLimit: false, ...options.emulator });
  const sleeps: number[] = [];
  const client = createClik2payClient({
    ...emulator.clientOptions,
    sleep: async (milliseconds) => {
      sleeps.push(milliseconds);
    },
    ...options.client,
  } as Clik2payClientOptions);
  return { emulator, client, clock, sleeps };
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
