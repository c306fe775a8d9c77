// The benchmark's target: a loopback node:http server with keep-alive answering a small JSON body.
// Runs in its own process so the client under test has a core to itself.
import { createServer } from "node:http";

const body = JSON.stringify({
  token: "ORDER-TOKEN",
  status: "charged",
  captureStatus: "captured",
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
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") process.send?.({ port: address.port });
});
process.on("disconnect", () => server.close(() => process.exit(0)));
