// The three clients the overhead figures compare, against bench/server.ts in a child process: a profiler or valgrind
// attached to this process then counts the client alone.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createScalapayClient, type paths } from "@payclients/scalapay";
import createClient from "openapi-fetch";

/** The clients compared: (a) raw fetch, (b) openapi-fetch without middleware, (c) a payclients client. */
export type TargetName = "fetch" | "openapi-fetch" | "payclients";

/** The same GET through each client, answered with the same small JSON body; `close` stops the server. */
export interface Targets {
  calls: Record<TargetName, () => Promise<unknown>>;
  close: () => void;
}

/** Starts the bench server and builds the three clients against it. */
export async function startTargets(): Promise<Targets> {
  const server = fork(fileURLToPath(new URL("./server.ts", import.meta.url)), [], {
    execArgv: ["--import", "tsx"],
  });
  const port = await new Promise<number>((resolve) =>
    server.once("message", (message: { port: number }) => resolve(message.port)),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const headers = { Authorization: "Bearer qhtfs87hjnc12kkos" };
  const params = { path: { token: "ORDER-TOKEN" } };
  const plain = createClient<paths>({ baseUrl, headers });
  // Every mechanism on: static-key auth, error decoding, retries (2), per-attempt timeout, idempotency config;
  // the limiter is off (it is opt-in for Scalapay, which documents no rate limit).
  const payclients = createScalapayClient({ apiKey: "qhtfs87hjnc12kkos", baseUrl });
  return {
    calls: {
      fetch: async () => (await fetch(`${baseUrl}/v2/payments/ORDER-TOKEN`, { headers })).json(),
      "openapi-fetch": () => plain.GET("/v2/payments/{token}", { params }),
      payclients: () => payclients.GET("/v2/payments/{token}", { params }),
    },
    close: () => server.disconnect(),
  };
}
