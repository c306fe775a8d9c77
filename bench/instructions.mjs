// Instruction counts per request (run by bench/instructions.sh under valgrind): wall and CPU time swing by 2× on
// this shared machine, instruction counts do not. `node bench/instructions.mjs <client> <requests>` makes that many
// sequential calls against a keep-alive loopback server in a child process (which valgrind does not count).
import { fork } from "node:child_process";
import { createServer } from "node:http";
import { createScalapayClient } from "@payclients/scalapay";
import createClient from "openapi-fetch";

const [role = "payclients", count = "1000"] = process.argv.slice(2);

if (role === "server") {
  const body = JSON.stringify({
    token: "ORDER-TOKEN",
    status: "charged",
    totalAmount: { amount: "190.00", currency: "EUR" },
  });
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
      });
      response.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => process.send?.({ port: server.address().port }));
  process.on("disconnect", () => server.close(() => process.exit(0)));
} else {
  const child = fork(new URL(import.meta.url).pathname, ["server"]);
  const port = await new Promise((resolve) => child.once("message", (message) => resolve(message.port)));
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
  const call = calls[role];
  if (call === undefined) throw new Error(`unknown client ${role}`);
  for (let index = 0; index < Number(count); index += 1) await call();
  child.disconnect();
}
