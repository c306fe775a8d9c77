// The clients the overhead figures compare, against bench/server.ts in a child process: a profiler or valgrind
// attached to this process then counts the client alone. Each makes the same kind of call: one GET of a small JSON
// body by id, with its library's defaults (retries, timeouts) on.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { nodeFetch } from "@payclients/auth-middleware/node";
import { createScalapayClient, type paths } from "@payclients/scalapay";
import OpenAI from "openai";
import Stripe from "stripe";

// Plain openapi-fetch, the baseline, runs on its own instance of the openapi-fetch module (a query on the URL makes
// Node load the file again), not the one payclients runs on: sharing one, the two clients train the same functions
// with two kinds of calls (likely a call site meeting both the global fetch and payclients' own, inlined for
// neither), which costs both of them and no user of one of them. Measured at concurrency 1 over 14 processes each:
// c/b 0.970 sharing the module, 0.995 apart.
const { default: createClient } = (await import(
  `${import.meta.resolve("openapi-fetch")}?baseline`
)) as typeof import("openapi-fetch");

// tsx turns on Node's source-map support, which makes every stack trace read source maps: stripe-node builds an
// Error per request, and under tsx that cost it some 25 µs a request (8 % of its time) that no user pays. Off for
// every client alike.
process.setSourceMapsEnabled(false);

/**
 * The clients compared: (a) raw fetch, (b) openapi-fetch without middleware, (c) a payclients client, the same over
 * the Node transport, and the peers: stripe-node with its default `node:http` client and with its fetch client,
 * and openai-node.
 */
export const targetNames = [
  "fetch",
  "openapi-fetch",
  "payclients",
  "payclients-node",
  "stripe",
  "stripe-fetch",
  "openai",
] as const;

/** One of {@link targetNames}. */
export type TargetName = (typeof targetNames)[number];

/** The same GET through each client, answered with the same small JSON body; `close` stops the server. */
export interface Targets {
  calls: Record<TargetName, () => Promise<unknown>>;
  close: () => void;
}

/** Starts the bench server (a child process); resolves with its port and a way to stop it. */
export async function startServer(): Promise<{ port: number; close: () => void }> {
  const server = fork(fileURLToPath(new URL("./server.ts", import.meta.url)), [], {
    execArgv: ["--import", "tsx"],
  });
  const port = await new Promise<number>((resolve) =>
    server.once("message", (message: { port: number }) => resolve(message.port)),
  );
  return { port, close: () => server.disconnect() };
}

/** Builds one client of each kind against `port` and returns its call. */
export function callsFor(port: number): Record<TargetName, () => Promise<unknown>> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const headers = { Authorization: "Bearer qhtfs87hjnc12kkos" };
  const params = { path: { token: "ORDER-TOKEN" } };
  const plain = createClient<paths>({ baseUrl, headers });
  // Every mechanism on: static-key auth, error decoding, retries (2), per-attempt timeout, idempotency config;
  // the limiter is off (it is opt-in for Scalapay, which documents no rate limit).
  const payclients = createScalapayClient({ apiKey: "qhtfs87hjnc12kkos", baseUrl });
  const overNode = createScalapayClient({ apiKey: "qhtfs87hjnc12kkos", baseUrl, fetch: nodeFetch() });
  const stripeOptions = { host: "127.0.0.1", port, protocol: "http" as const };
  const stripe = new Stripe("sk_test_qhtfs87hjnc12kkos", stripeOptions);
  const stripeFetch = new Stripe("sk_test_qhtfs87hjnc12kkos", {
    ...stripeOptions,
    httpClient: Stripe.createFetchHttpClient(),
  });
  const openai = new OpenAI({ apiKey: "sk-qhtfs87hjnc12kkos", baseURL: `${baseUrl}/v1` });
  return {
    fetch: async () => (await fetch(`${baseUrl}/v2/payments/ORDER-TOKEN`, { headers })).json(),
    "openapi-fetch": () => plain.GET("/v2/payments/{token}", { params }),
    payclients: () => payclients.GET("/v2/payments/{token}", { params }),
    "payclients-node": () => overNode.GET("/v2/payments/{token}", { params }),
    stripe: () => stripe.paymentIntents.retrieve("ORDER-TOKEN"),
    "stripe-fetch": () => stripeFetch.paymentIntents.retrieve("ORDER-TOKEN"),
    openai: () => openai.models.retrieve("ORDER-TOKEN"),
  };
}

/** Starts the bench server and builds every client against it. */
export async function startTargets(): Promise<Targets> {
  const { port, close } = await startServer();
  return { calls: callsFor(port), close };
}
