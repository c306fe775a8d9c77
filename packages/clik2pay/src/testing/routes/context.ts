import type { SpecEmulator } from "@payclients/testing";
import type { paths } from "../../generated/schema";
import type { Clik2payBook } from "../state";

/** What every API route module registers on and acts upon. */
export interface RouteContext {
  api: SpecEmulator<paths>;
  book: Clik2payBook;
}
