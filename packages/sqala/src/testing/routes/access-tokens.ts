import { secretsEqual } from "@payclients/testing";
import { fail } from "../wire";
import type { RouteContext } from "./context";

/** The token exchange: the kit has checked the app credentials (HTTP Basic); the refresh token is checked here. */
export function accessTokenRoutes({ api, issuer, settings }: RouteContext): void {
  api.handle("POST /access-tokens", ({ body }) => {
    if (!secretsEqual(body.refreshToken, settings.refreshToken)) {
      return fail(401, "UNAUTHORIZED", "Invalid refresh token");
    }
    const { token } = issuer.issue(settings.tokenLifetimeSeconds, settings.appId);
    return { status: 200, body: { token, expiresIn: settings.tokenLifetimeSeconds, type: "Bearer" } };
  });
}
