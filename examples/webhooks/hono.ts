// Hono 4, the same app on Node (`@hono/node-server`, see hono-node.ts) and on Cloudflare Workers (worker.ts): read
// the body with `arrayBuffer()`, the exact bytes received (`text()` would decode them and drop a byte-order mark).
import { Hono } from "hono";
import { handleWebhook, type WebhookRecipeOptions } from "./handle.ts";

/** A Hono app answering `POST /webhooks/<provider>`. */
export function createHonoWebhookApp(options: WebhookRecipeOptions): Hono {
  const app = new Hono();
  app.post("/webhooks/:provider", async (context) => {
    const body = await context.req.arrayBuffer();
    const reply = await handleWebhook(options, context.req.param("provider"), body, context.req.raw.headers);
    return context.json(reply.body, reply.status);
  });
  return app;
}
