import type { SpecEmulator, TokenIssuer } from "@payclients/testing";
import type { paths } from "../../generated/schema";

/** The token endpoint: the kit has checked the Basic credentials and the form's `grant_type`. */
export function tokenRoutes(api: SpecEmulator<paths>, issuer: TokenIssuer, lifetime: number): void {
  api.handle("POST /oauth2/token", () => ({
    status: 200,
    body: { access_token: issuer.issue(lifetime).token, expires_in: lifetime, token_type: "Bearer" },
  }));
}
