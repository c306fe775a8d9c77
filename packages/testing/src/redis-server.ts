import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A real `redis-server` on a free loopback port, persistence off, in a temporary folder of its own. */
export interface RedisServer extends AsyncDisposable {
  readonly url: string;
  readonly port: number;
  /** Stops the server (SIGKILL: an outage, not a shutdown); `start` brings it back on the same port. */
  stop(): Promise<void>;
  /** Brings a stopped server back on the same port (with no data: persistence is off). */
  start(): Promise<void>;
  /** Stops the server for good and removes its folder. */
  close(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (the OS picks it; Redis cannot report a port it picked itself). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** Whether a Redis server on this loopback port answers PING (within half a second). */
export async function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port }, () => socket.write("PING\r\n"));
    socket.setTimeout(500, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Starts Debian's `redis-server` (`apt-get install redis-server`) with `--save "" --appendonly no` on a free loopback
 * port, for tests of shared token stores and limiters; `close()` stops it and removes its folder.
 */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "payclients-redis-"));
  let child: ChildProcess | undefined;
  const start = async () => {
    if (child) return;
    const started = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
      { stdio: "ignore" },
    );
    child = started;
    const spawned = new Promise<void>((resolve, reject) => {
      started.once("spawn", resolve);
      started.once("error", (error) =>
        reject(new Error(`redis-server did not start (apt-get install redis-server?): ${error.message}`)),
      );
    });
    await spawned;
    for (let tries = 0; !(await answersPing(port)); tries += 1) {
      if (tries > 200) throw new Error("redis-server did not answer PING within 10 s");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    // SIGTERM, as a restart does: Redis closes its listening socket before its clients' connections, so a client
    // reconnecting at once is refused. Under SIGKILL the kernel may accept that reconnect into the dying listener's
    // backlog and reset it, which leaves node-redis 5 reporting "ready" on a dead socket for good.
    running.kill("SIGTERM");
    const killLater = setTimeout(() => running.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(killLater);
  };
  await start();
  const close = async () => {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    close,
    [Symbol.asyncDispose]: close,
  };
}
