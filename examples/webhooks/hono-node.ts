// Hono on Node: the app of hono.ts served by `@hono/node-server`, which hands Hono a web `Request` whose body is the
// exact bytes received.
import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import type { WebhookRecipeOptions } from "./handle.ts";
import { createHonoWebhookApp } from "./hono.ts";

/** Where to listen: `port: 0` picks a free port. */
export interface ServeOptions {
  port: number;
  hostname?: string | undefined;
}

/** Serves the Hono webhook app on Node; resolves once it listens, with the port it got. */
export function serveHonoWebhooks(
  options: WebhookRecipeOptions & ServeOptions,
): Promise<{ server: ServerType; port: number }> {
  const app = createHonoWebhookApp(options);
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.hostname ?? "127.0.0.1" },
      (info: AddressInfo) => resolve({ server, port: info.port }),
    );
  });
}
