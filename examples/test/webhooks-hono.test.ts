// The Hono recipe (examples/webhooks/hono.ts) on Node (@hono/node-server) and in workerd (miniflare, the Workers
// entry examples/webhooks/worker.ts bundled as Wrangler would), each on a free loopback port.
import { Miniflare } from "miniflare";
import { serveHonoWebhooks } from "../webhooks/hono-node.ts";
import { webhookVerifiers } from "../webhooks/providers.ts";
import { describeWebhookRecipe } from "./webhook-recipe-suite.ts";
import { bundleWorker } from "./worker-bundle.ts";

describeWebhookRecipe(
  "Hono on Node",
  async ({ secrets }, onEvent) => {
    const { server, port } = await serveHonoWebhooks({
      verifiers: webhookVerifiers(secrets),
      onEvent,
      port: 0,
    });
    return {
      url: `http://127.0.0.1:${port}`,
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  },
  { inProcess: true },
);

describeWebhookRecipe(
  "Hono on Workers",
  async ({ env }) => {
    const worker = new Miniflare({
      modules: true,
      script: await bundleWorker(new URL("../webhooks/worker.ts", import.meta.url)),
      compatibilityDate: "2025-09-01",
      bindings: env,
      host: "127.0.0.1",
      port: 0,
    });
    const url = await worker.ready;
    return { url: url.origin, close: () => worker.dispose() };
  },
  { inProcess: false, startTimeoutMs: 20_000 },
);
