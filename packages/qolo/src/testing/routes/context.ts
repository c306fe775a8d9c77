import type { SpecEmulator } from "@payclients/testing";
import type { paths } from "../../generated/schema";
import type { QoloState } from "../state";

/** What every route module registers on and acts upon. */
export interface RouteContext {
  /** The spec-served routes; `handle` refuses bodies not sent as JSON (415) before the handler. */
  api: Pick<SpecEmulator<paths>, "handle">;
  state: QoloState;
}
