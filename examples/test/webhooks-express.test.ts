// The Express recipe (examples/webhooks/express.ts) on a free loopback port, every provider on one server.
import type { AddressInfo } from "node:net";
import { createExpressWebhookApp } from "../webhooks/express.ts";
import { webhookVerifiers } from "../webhooks/providers.ts";
import { describeWebhookRecipe } from "./webhook-recipe-suite.ts";

describeWebhookRecipe(
  "Express",
  async ({ secrets }, onEvent) => {
    const app = createExpressWebhookApp({ verifiers: webhookVerifiers(secrets), onEvent });
    const server = await new Promise<ReturnType<typeof app.listen>>((resolve, reject) => {
      const listening = app.listen(0, "127.0.0.1", (error) => (error ? reject(error) : resolve(listening)));
    });
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  },
  { inProcess: true },
);
