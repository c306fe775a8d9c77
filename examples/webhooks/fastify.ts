// Fastify 5: inside a plugin scope for the webhook route, every content type is read as a Buffer (the exact bytes
// received) instead of Fastify's JSON parser; the rest of the app keeps its parsers.
import Fastify, { type FastifyInstance } from "fastify";
import { handleWebhook, type WebhookRecipeOptions } from "./handle.ts";

/** A Fastify app answering `POST /webhooks/<provider>`. */
export function createFastifyWebhookApp(options: WebhookRecipeOptions): FastifyInstance {
  const app = Fastify();
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: 1024 * 1024 }, (_request, body, done) =>
      done(null, body),
    );
    scope.post<{ Params: { provider: string }; Body: Buffer | undefined }>(
      "/webhooks/:provider",
      async (request, response) => {
        const body = request.body ?? Buffer.alloc(0);
        const reply = await handleWebhook(options, request.params.provider, body, request.headers);
        return response.code(reply.status).send(reply.body);
      },
    );
  });
  return app;
}
