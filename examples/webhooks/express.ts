// Express 5: `express.raw()` on the webhook route keeps the body as the exact bytes received (a Buffer). Never mount
// `express.json()` in front of it: a parsed and re-serialised body no longer matches the provider's signature.
import express, { type Express } from "express";
import { handleWebhook, type WebhookRecipeOptions } from "./handle.ts";

/** An Express app answering `POST /webhooks/<provider>`. */
export function createExpressWebhookApp(options: WebhookRecipeOptions): Express {
  const app = express();
  // Any content type (a provider may send `text/plain` or a charset), up to 1 MiB; other routes keep their parsers.
  const rawBody = express.raw({ type: () => true, limit: "1mb" });
  app.post("/webhooks/:provider", rawBody, async (request, response) => {
    // Without a body express.raw leaves `req.body` undefined: verify an empty body (it fails, answered 400).
    const body: Buffer = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const reply = await handleWebhook(options, request.params.provider, body, request.headers);
    response.status(reply.status).json(reply.body);
  });
  return app;
}
