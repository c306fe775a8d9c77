import {
  HARNESS_START,
  type HarnessContext,
  type Harness as KitHarness,
  startHarness as startKitHarness,
} from "@payclients/testing";
import {
  type components,
  createVaiiPayClient,
  createVaiiPayDashboardClient,
  parseVaiiPayCheckoutUrl,
  type VaiiPayAccessToken,
  type VaiiPayClient,
  type VaiiPayClientPaths,
  type VaiiPayDashboardClient,
} from "../src/index";
import {
  createVaiiPayEmulator,
  type VaiiPayEmulator,
  type VaiiPayEmulatorOptions,
} from "../src/testing/index";

/** A fixed emulated start time, so timestamps and expiries are deterministic. */
export const START = HARNESS_START;

export { uuidV4Pattern as uuidPattern } from "@payclients/testing";

/**
 * The kit's harness (emulator, Client Token client, frozen clock, recorded sleeps; `close()` fails on off-spec
 * answers) plus VaiiPay's second client kind: the dashboard's.
 */
export interface Harness extends KitHarness<VaiiPayEmulator, VaiiPayClient> {
  /** Dashboard client with the emulator's static OAuth2 token. */
  dashboard: VaiiPayDashboardClient;
  /** A dashboard client with another access token or callback, sharing clock and sleep recorder. */
  dashboardWith(accessToken: VaiiPayAccessToken): VaiiPayDashboardClient;
  /** A Client Token client with another token, sharing clock and sleep recorder. */
  clientWith(clientToken: string, clientId?: string): VaiiPayClient;
}

/** Starts an emulator on a frozen clock and clients bound to it that record instead of sleeping. */
export async function startHarness(options: Omit<VaiiPayEmulatorOptions, "clock"> = {}): Promise<Harness> {
  let context: HarnessContext | undefined;
  const kit = await startKitHarness({
    emulator: (clock) => createVaiiPayEmulator({ ...options, clock }),
    client: (emulator, given) => {
      context = given;
      return createVaiiPayClient({
        ...given,
        baseUrl: emulator.url,
        clientToken: emulator.clientToken,
        clientId: emulator.clientId,
      });
    },
  });
  const common = { ...(context as HarnessContext), baseUrl: kit.emulator.url };
  const clientWith = (clientToken: string, clientId = kit.emulator.clientId) =>
    createVaiiPayClient({ ...common, clientToken, clientId });
  const dashboardWith = (accessToken: VaiiPayAccessToken) =>
    createVaiiPayDashboardClient({ ...common, accessToken });
  return { ...kit, dashboard: dashboardWith(kit.emulator.dashboardToken), clientWith, dashboardWith };
}

/** The checkout fields without clientId/siteId: 100.00 USD for "Order #123". */
export const order: components["schemas"]["CheckoutRequestCommon"] = {
  amount: 10000,
  currencyCode: "USD",
  reference: "ORDER-123",
  referenceLabel: "Order #123",
};

/** The Client Token client's checkout body: the spec's, with clientId optional. */
export type ClientCheckoutBody =
  VaiiPayClientPaths["/api/payment/checkout"]["post"]["requestBody"]["content"]["application/json"];

/** Fields to change in {@link checkoutBody}, including the application keys. */
export type CheckoutOverrides = Partial<components["schemas"]["CheckoutRequestCommon"]> & {
  clientId?: string;
  siteId?: string;
};

/** A complete checkout body without clientId (the client fills it): 100.00 USD. */
export function checkoutBody(overrides: CheckoutOverrides = {}): ClientCheckoutBody {
  return { ...order, ...overrides } as ClientCheckoutBody;
}

/** Creates a checkout through the client-token client and returns the payment id and the signed link. */
export async function newPayment(harness: Harness, overrides: CheckoutOverrides = {}) {
  const { data } = await harness.client.POST("/api/payment/checkout", { body: checkoutBody(overrides) });
  const link = parseVaiiPayCheckoutUrl(data.data.checkoutUrl);
  return { paymentId: link.paymentId, link, checkoutUrl: data.data.checkoutUrl };
}

/** Awaits a promise that must reject and returns its reason. */
export { rejectionOf as rejection } from "@payclients/testing";
