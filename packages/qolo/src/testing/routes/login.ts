import { type EmulatorResponse, refusal, secretsEqual, type TokenIssuer } from "@payclients/testing";
import { fail } from "../wire";
import type { RouteContext } from "./context";

/** What the login route checks and answers. */
export interface LoginSettings {
  loginId: string;
  apiKey: string;
  issuer: TokenIssuer;
  lifetimeSeconds: number;
  /** Builds the answer (Qolo's real shape is undocumented; tests try others). */
  respond: (issued: { token: string; expiresInSeconds: number }) => EmulatorResponse;
}

/** `POST /api/v1/auth/login`: `loginid` + `apikey` for a token on the emulated clock. */
export function loginRoutes({ api }: RouteContext, settings: LoginSettings): void {
  api.handle("POST /api/v1/auth/login", ({ body }) => {
    if (!secretsEqual(body.loginid, settings.loginId) || !secretsEqual(body.apikey, settings.apiKey)) {
      return fail(401, "Invalid loginid or apikey");
    }
    const { token } = settings.issuer.issue(settings.lifetimeSeconds, body.loginid);
    return refusal(settings.respond({ token, expiresInSeconds: settings.lifetimeSeconds }));
  });
}
