// What the emulator sends for its records: the spec's response shapes (`components["schemas"]`), built from state.
// The instructions and payment-method fields are the emulator's invention (their shapes are NOT FOUND in the spec).
import { createHash } from "node:crypto";
import { isoTime } from "@payclients/testing";
import type { components } from "../generated/schema";
import type { ApplicationRecord, PaymentRecord } from "./state";

type Schemas = components["schemas"];

/** The emulator's one merchant user. */
const USER_ID = 1;
/** The emulator's one instructions provider. */
export const INSTRUCTIONS_PROVIDER = "crypto";
// Emulator-only reference rates (USD per coin) for the instructions' crypto amount.
const usdRates: Record<string, number> = { BTC: 50_000, ETH: 2_500, USDT: 1, USDC: 1, LTC: 80, TRX: 0.1 };
const coinNames: Record<string, string> = {
  BTC: "Bitcoin",
  ETH: "Ethereum",
  USDT: "Tether",
  USDC: "USD Coin",
  LTC: "Litecoin",
  TRX: "Tron",
};
const zeroDecimalCurrencies = new Set(["JPY", "KRW", "VND", "CLP", "ISK", "HUF"]);

/** An application as the API returns it. */
export function applicationView(application: ApplicationRecord): Schemas["PaymentApplication"] {
  return {
    id: application.id,
    name: application.name,
    clientId: application.clientId,
    userId: USER_ID,
    currencyWhitelist: [...application.currencyWhitelist],
    site: {
      id: application.siteId,
      title: application.name,
      url: application.url,
      callbackUrl: application.callbackUrl,
      setting: {
        // The emulator keeps one setting per application, under the application's id.
        id: application.id,
        title: application.name,
        allowOverpay: application.allowOverpay,
        allowUnderpay: application.allowUnderpay,
      },
    },
    paymentAppImage: null,
    createdAt: isoTime(application.createdAt),
    deletedAt: null,
  };
}

/** A payment as the API (and its webhooks) return it, amounts as `Money`. */
export function paymentView(payment: PaymentRecord): Schemas["Payment"] {
  return {
    id: payment.id,
    userId: USER_ID,
    status: payment.status,
    reference: payment.reference,
    referenceLabel: payment.referenceLabel,
    currencyCode: payment.currencyCode,
    settlementCurrencyCode: payment.settlementCurrencyCode,
    amount: money(payment.amount, payment.currencyCode),
    receivedAmount: payment.received === null ? null : money(payment.received, payment.currencyCode),
    settledAmount: payment.settled === null ? null : money(payment.settled, payment.currencyCode),
    confirmedAt: payment.confirmedAt === null ? null : isoTime(payment.confirmedAt),
    foundAt: payment.foundAt === null ? null : isoTime(payment.foundAt),
    date: isoTime(payment.createdAt),
  };
}

/** The checkout's payment methods: one per whitelisted coin. */
export function methodsView(application: ApplicationRecord) {
  return application.currencyWhitelist.map((code) => ({
    provider: INSTRUCTIONS_PROVIDER,
    method: code.toLowerCase(),
    currencyCode: code,
    name: coinNames[code] ?? code,
  }));
}

/** Payment instructions for a whitelisted coin: a deterministic address and the crypto amount at the emulator's rate. */
export function instructionsView(
  payment: PaymentRecord,
  provider: string,
  method: string,
): Schemas["UserInstructions"] {
  const coin = method.toUpperCase();
  const fiat = payment.amount / 10 ** exponentOf(payment.currencyCode);
  const digest = createHash("sha256").update(`${payment.id}:${coin}`).digest("hex");
  return {
    paymentId: payment.id,
    provider,
    method,
    currencyCode: coin,
    address: coin === "BTC" ? `bc1q${digest.slice(0, 38)}` : `0x${digest.slice(0, 40)}`,
    amount: (fiat / (usdRates[coin] ?? 1)).toFixed(8),
    expiresAt: isoTime(payment.linkExpires * 1000),
    requiredConfirmations: coin === "BTC" ? 2 : 12,
  };
}

function exponentOf(currencyCode: string): number {
  return zeroDecimalCurrencies.has(currencyCode) ? 0 : 2;
}

function money(minor: number, currencyCode: string): Schemas["Money"] {
  const exponent = exponentOf(currencyCode);
  const value = minor / 10 ** exponent;
  let formatted: string;
  try {
    formatted = new Intl.NumberFormat("en-US", { style: "currency", currency: currencyCode }).format(value);
  } catch {
    formatted = `${value.toFixed(exponent)} ${currencyCode}`;
  }
  return { value, amount: minor, formatted };
}
