import type { SpecEmulator, TokenIssuer } from "@payclients/testing";
import type { paths } from "../../generated/schema";
import type { SqalaState } from "../state";
import type { WebhookLog } from "../webhook-log";

/** What every route module registers on and acts upon. */
export interface RouteContext {
  api: SpecEmulator<paths>;
  state: SqalaState;
  log: WebhookLog;
  issuer: TokenIssuer;
  /** The emulator's origin (boleto PDFs and ITP redirects point at it). */
  origin: string;
  settings: {
    appId: string;
    refreshToken: string;
    publicKey: string;
    tokenLifetimeSeconds: number;
    requireWithdrawalApproval: boolean;
  };
}
