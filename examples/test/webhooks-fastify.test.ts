// The Fastify recipe (examples/webhooks/fastify.ts) on a free loopback port, every provider on one server.
import { createFastifyWebhookApp } from "../webhooks/fastify.ts";
import { webhookVerifiers } from "../webhooks/providers.ts";
import { describeWebhookRecipe } from "./webhook-recipe-suite.ts";

describeWebhookRecipe(
  "Fastify",
  async ({ secrets }, onEvent) => {
    const app = createFastifyWebhookApp({ verifiers: webhookVerifiers(secrets), onEvent });
    const url = await app.listen({ port: 0, host: "127.0.0.1" });
    return { url, close: () => app.close() };
  },
  { inProcess: true },
);
