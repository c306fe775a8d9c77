import {
  HARNESS_START,
  type Harness as KitHarness,
  startHarness as startKitHarness,
} from "@payclients/testing";
import { type components, createScalapayClient, type ScalapayClient } from "../src/index";
import { createScalapayEmulator, type ScalapayEmulator } from "../src/testing/index";

/** A fixed emulated start time, so timestamps and expiries are deterministic. */
export const START = HARNESS_START;

export { uuidV4Pattern as uuidPattern } from "@payclients/testing";

/** The kit's harness: emulator, client, frozen clock, recorded sleeps; `close()` fails on off-spec answers. */
export type Harness = KitHarness<ScalapayEmulator, ScalapayClient>;

/** Starts an emulator on a frozen clock and a client bound to it that records instead of sleeping. */
export function startHarness(options: { maxRetries?: number; apiKey?: string } = {}): Promise<Harness> {
  return startKitHarness({
    emulator: (clock) => createScalapayEmulator({ clock }),
    client: (emulator, { clock, sleep }) =>
      createScalapayClient({
        apiKey: options.apiKey ?? emulator.apiKey,
        instoreApiKey: emulator.instoreApiKey,
        baseUrl: emulator.url,
        clock,
        sleep,
        ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
      }),
  });
}

export const eur = (amount: string) => ({ amount, currency: "EUR" });

/** A complete, valid createOrder body (190.00 EUR). */
export function orderBody(
  overrides: Partial<components["schemas"]["CreateOrderRequest"]> = {},
): components["schemas"]["CreateOrderRequest"] {
  return {
    totalAmount: eur("190.00"),
    consumer: {
      phoneNumber: "+393331234567",
      givenNames: "Mario",
      surname: "Rossi",
      email: "mario@example.com",
    },
    shipping: {
      phoneNumber: "+393331234567",
      countryCode: "IT",
      name: "Mario Rossi",
      postcode: "20121",
      suburb: "Milano",
      line1: "Via Roma 1",
    },
    items: [
      { name: "Sneakers", category: "clothes", sku: "SNK-1", quantity: 1, price: eur("150.00") },
      { name: "Socks", category: "clothes", sku: "SCK-2", quantity: 2, price: eur("20.00") },
    ],
    merchant: {
      redirectConfirmUrl: "https://shop.example.com/confirm",
      redirectCancelUrl: "https://shop.example.com/cancel",
    },
    merchantReference: "order-1001",
    ...overrides,
  };
}

/** Creates an order through the client and has the consumer approve it. */
export async function authorizedOrder(
  harness: Harness,
  overrides: Partial<components["schemas"]["CreateOrderRequest"]> = {},
): Promise<string> {
  const { data } = await harness.client.POST("/v2/orders", { body: orderBody(overrides) });
  harness.emulator.approveOrder(data.token);
  return data.token;
}

/** Awaits a promise that must reject and returns its reason. */
export { rejectionOf as rejection } from "@payclients/testing";
