// Who is calling: the emulator's Client Tokens (per application, with scopes and an optional expiry) and dashboard
// OAuth2 tokens (static or issued on the emulated clock), as the spec's security schemes grant them.
import { randomBytes } from "node:crypto";
import {
  type EmulatorClock,
  type EmulatorRequest,
  readBearerToken,
  type SchemeGrant,
  secretsEqual,
  TokenIssuer,
} from "@payclients/testing";
import type { VaiiPayScope } from "../operations";

/** A Client Token the emulator accepts: created in "the dashboard" of one application with some scopes. */
export interface VaiiPayClientTokenGrant {
  token: string;
  /** Client ID of the application the token belongs to (an application is created for unknown ids). */
  clientId: string;
  /** Granted scopes; `*` grants all. */
  scopes: readonly (VaiiPayScope | (string & {}))[];
  /** Epoch ms after which the token is rejected with 401 (Client Tokens may have an expiry date). */
  expiresAt?: number;
}

/** A live token's holder: a Client Token of one application, or the merchant's dashboard. */
export type Caller = { kind: "client"; grant: VaiiPayClientTokenGrant } | { kind: "dashboard" };

/** The Client Token scope that grants every scope. */
export const ALL_SCOPES = "*";

/** Every token the emulator accepts. */
export class TokenBook {
  readonly clientTokens: VaiiPayClientTokenGrant[] = [];
  readonly #dashboardTokens: Set<string>;
  readonly #issuer: TokenIssuer;
  readonly #clock: EmulatorClock;

  constructor(clock: EmulatorClock, dashboardTokens: readonly string[] | undefined) {
    this.#clock = clock;
    this.#issuer = new TokenIssuer(clock, "vp_oauth");
    this.#dashboardTokens = new Set(dashboardTokens ?? [`vp_oauth_${randomBytes(18).toString("base64url")}`]);
  }

  /** The first static dashboard token. */
  get firstDashboardToken(): string {
    return [...this.#dashboardTokens][0] ?? "";
  }

  addClientToken(grant: VaiiPayClientTokenGrant): void {
    this.clientTokens.push({ ...grant, scopes: [...grant.scopes] });
  }

  issueDashboardToken(lifetimeSeconds: number): string {
    return this.#issuer.issue(lifetimeSeconds).token;
  }

  revokeDashboardTokens(): void {
    this.#issuer.revokeAll();
    this.#dashboardTokens.clear();
  }

  /** The holder of a live token; `undefined` for an unknown, expired or revoked one. */
  callerOf(token: string | undefined): Caller | undefined {
    if (token === undefined) return undefined;
    for (const grant of this.clientTokens) {
      if (!secretsEqual(grant.token, token)) continue;
      const expired = grant.expiresAt !== undefined && this.#clock.now() >= grant.expiresAt;
      return expired ? undefined : { kind: "client", grant };
    }
    for (const accepted of this.#dashboardTokens)
      if (secretsEqual(accepted, token)) return { kind: "dashboard" };
    return this.#issuer.check(token) === "valid" ? { kind: "dashboard" } : undefined;
  }

  /** The caller of a request the kit let through (public operations have none). */
  callerOfRequest(request: EmulatorRequest): Caller | undefined {
    return this.callerOf(readBearerToken(request));
  }
}

/** The spec's schemes a caller's token satisfies: a Client Token with its scopes, or the dashboard's OAuth2 token. */
export function grantsOf(caller: Caller | undefined): SchemeGrant[] {
  if (caller === undefined) return [];
  return caller.kind === "client"
    ? [{ scheme: "ClientTokenAuth", scopes: caller.grant.scopes }]
    : [{ scheme: "DashboardOAuth2", scopes: [] }];
}
