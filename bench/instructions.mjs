// Instruction counts per request (run by bench/instructions.sh under valgrind): wall and CPU time swing by 2× on
// this shared machine, instruction counts by about ±5 % (GC and JIT timing). `node bench/instructions.mjs <client> <requests>` makes that many
// sequential calls against a keep-alive loopback server in a child process (which valgrind does not count).
import { fork } from "node:child_process";
import { createScalapayClient } from "@payclients/scalapay";
import createClient from "openapi-fetch";

const [client = "payclients", count = "1000"] = process.argv.slice(2);
// The same server as the timed benchmark, in its own process (valgrind only counts this one).
const server = fork(new URL("./server.ts", import.meta.url).pathname, [], { execArgv: ["--import", "tsx"] });
const port = await new Promise((resolve) => server.once("message", (message) => resolve(message.port)));
const baseUrl = `http://127.0.0.1:${port}`;
const headers = { Authorization: "Bearer qhtfs87hjnc12kkos" };
const params = { path: { token: "ORDER-TOKEN" } };
const plain = createClient({ baseUrl, headers });
const payclients = createScalapayClient({ apiKey: "qhtfs87hjnc12kkos", baseUrl });
const calls = {
  fetch: async () => (await fetch(`${baseUrl}/v2/payments/ORDER-TOKEN`, { headers })).json(),
  "openapi-fetch": () => plain.GET("/v2/payments/{token}", { params }),
  payclients: () => payclients.GET("/v2/payments/{token}", { params }),
};
const call = calls[client];
if (call === undefined) throw new Error(`unknown client ${client}`);
for (let index = 0; index < Number(count); index += 1) await call();
server.disconnect();
