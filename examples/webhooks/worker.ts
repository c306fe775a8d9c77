// Hono on Cloudflare Workers: the app of hono.ts, created once per isolate at module scope from the first request's
// bindings (the secrets, e.g. `wrangler secret put SCALAPAY_API_KEY`), then reused by every request.
import type { Hono } from "hono";
import { createHonoWebhookApp } from "./hono.ts";
import { webhookSecretsFromEnv, webhookVerifiers } from "./providers.ts";

let app: Hono | undefined;

export default {
  /** Answers `POST /webhooks/<provider>`; `env` holds the secrets as bindings. */
  fetch(request: Request, env: Record<string, unknown>): Response | Promise<Response> {
    app ??= createHonoWebhookApp({ verifiers: webhookVerifiers(webhookSecretsFromEnv(env)) });
    return app.fetch(request);
  },
};
