// Starting and stopping the kit's loopback servers (the emulator, the forward proxy) the same way.
import type { Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * Listens on a loopback host, on `port` or a free one; `close` stops the server and destroys its open sockets (once).
 */
export async function listenOnLoopback(
  server: Server,
  host: "127.0.0.1" | "::1",
  port: number | undefined = 0,
): Promise<{ port: number; close: () => Promise<void> }> {
  // Tracked so `close` does not wait for idle keep-alive connections.
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  let closed: Promise<void> | undefined;
  return {
    port: (server.address() as AddressInfo).port,
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    },
  };
}
