import type { SpecEmulator } from "@payclients/testing";
import type { paths } from "../../generated/schema";
import type { OrderBook } from "../state";

/** What every route module registers on and acts upon. */
export interface RouteContext {
  api: SpecEmulator<paths>;
  book: OrderBook;
}

/** The hosted checkout's origin in the emulator's checkout URLs. */
export const CHECKOUT_ORIGIN = "https://portal.integration.scalapay.com";
