import { type Harness as KitHarness, startHarness as startKitHarness } from "@payclients/testing";
import { createQoloClient, type QoloClient, type QoloClientOptions } from "../src/index";
import { createQoloEmulator, type QoloEmulator, type QoloEmulatorOptions } from "../src/testing/index";

/** A fixed emulated start time, so expiries and timestamps are deterministic. */
export const START = Date.parse("2025-06-02T08:00:00.000Z");

export const HOUR = 3_600_000;
export { uuidV4Pattern as uuidPattern } from "@payclients/testing";
export const LOGIN_PATH = "/api/v1/auth/login";

/** The kit's harness: emulator, client, frozen clock, recorded sleeps; `close()` fails on off-spec answers. */
export type Harness = KitHarness<QoloEmulator, QoloClient>;

type ClientOverrides = Partial<Omit<QoloClientOptions, "environment" | "baseUrl">>;

/** Starts an emulator on a frozen clock at {@link START} and a client bound to it that records instead of sleeping. */
export function startHarness(
  emulatorOptions: Omit<QoloEmulatorOptions, "clock"> = {},
  clientOptions: ClientOverrides = {},
): Promise<Harness> {
  return startKitHarness({
    start: START,
    emulator: (clock) => createQoloEmulator({ ...emulatorOptions, clock }),
    client: (emulator, { clock, sleep }) =>
      createQoloClient({
        loginId: emulator.loginId,
        apiKey: emulator.apiKey,
        baseUrl: emulator.url,
        clock,
        sleep,
        ...clientOptions,
      }),
  });
}

/** Creates a card (and its person, wallet and account) through the client. */
export async function createCard(harness: Harness, firstName = "Ada") {
  const { data } = await harness.client.POST("/api/v1/cards", {
    body: {
      program_guid: harness.emulator.programGuid,
      person: { first_name: firstName, last_name: "Lovelace", email: "ada@example.com" },
      months_until_expire: 24,
    },
  });
  return data;
}

/** Creates and activates a card, then loads it with `amount` USD from the program (PARTNERTOCARD). */
export async function fundedCard(harness: Harness, amount: number, reference = "load-1") {
  const card = await createCard(harness);
  const proxy = String(card.card_proxy);
  await harness.client.POST("/api/v1/cards/{card_proxy}/activate", {
    params: { path: { card_proxy: proxy } },
  });
  await harness.client.POST("/api/v1/transfers", {
    body: {
      client_reference_id: reference,
      transfer_type: "PARTNERTOCARD",
      amount,
      currency: "USD",
      source: {},
      destination: { card_proxy: proxy },
    },
  });
  return proxy;
}

/** Awaits a promise that must reject and returns its reason. */
export { rejectionOf as rejection } from "@payclients/testing";

/** API requests (everything but the login) in the emulator's journal. */
export function apiRequests(harness: Harness) {
  return harness.emulator.server.journal.filter((entry) => entry.path !== LOGIN_PATH);
}

/** Login requests in the emulator's journal. */
export function loginRequests(harness: Harness) {
  return harness.emulator.server.requests({ path: LOGIN_PATH });
}
