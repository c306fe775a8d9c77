import type { SpecEmulator, TokenIssuer } from "@payclients/testing";
import type { paths } from "../../generated/schema";
import { oauthError } from "../wire";

/** What the Auth API grants. */
export interface TokenGrant {
  tokens: TokenIssuer;
  scopes: ReadonlySet<string>;
  lifetimeSeconds: number;
}

/** The Auth API's token endpoint: client credentials (Basic and form checked by the kit), scopes granted here. */
export function tokenRoutes(
  auth: SpecEmulator<paths>,
  { tokens, scopes, lifetimeSeconds }: TokenGrant,
): void {
  // The body is a form, which the kit validates but does not type: read the (valid) fields from it.
  auth.handle("POST /oauth2/token", (request) => {
    const scope = request.form().get("scope") ?? "";
    if (!scope.split(" ").every((item) => scopes.has(item))) {
      return oauthError("invalid_scope", `scope ${scope} is not granted to this client`);
    }
    const { token } = tokens.issue(lifetimeSeconds, scope);
    return { status: 200, body: { access_token: token, expires_in: lifetimeSeconds, token_type: "Bearer" } };
  });
}
