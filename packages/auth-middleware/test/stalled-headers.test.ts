// An attempt that times out before the server sent headers must release its connection, not leave it to undici's
// 300 s headersTimeout or to the server. Over a node:net server that accepts and never answers, only the server can
// tell: its socket closes.
import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createPayClient, type FetchFunction, staticKey, TimeoutError } from "../src/index";
import { nodeFetch } from "../src/node";

type Paths = { "/stall": { get: { responses: { 200: { content: { "application/json": object } } } } } };

let server: Server | undefined;
const sockets = new Set<Socket>();
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/**
 * A server that reads requests and never answers; resolves with its origin and a promise of the close of the first
 * socket a request came on (undici may open a spare connection that carries nothing).
 */
async function silentServer() {
  let closed!: () => void;
  const socketClosed = new Promise<void>((resolve) => {
    closed = resolve;
  });
  server = createServer((socket) => {
    sockets.add(socket);
    socket.once("data", () => socket.once("close", closed));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, socketClosed };
}

// Long enough for the request to reach the server first on a loaded machine.
const timeoutMs = 250;
const clientFor = (origin: string, fetch?: FetchFunction) =>
  createPayClient<Paths>(
    { provider: "stall", baseUrl: origin, token: staticKey("k-1"), decodeError: () => undefined },
    { timeoutMs, maxRetries: 0, ...(fetch ? { fetch } : {}) },
  );

/** Whether `promise` settled within `ms` (a margin over the attempt's timeout for the close to reach the server). */
const within = (promise: Promise<unknown>, ms: number) =>
  Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);

describe("an attempt timed out while waiting for the headers", () => {
  it("over nodeFetch, with no caller signal, closes its connection", async () => {
    const { origin, socketClosed } = await silentServer();
    await expect(clientFor(origin, nodeFetch()).GET("/stall")).rejects.toBeInstanceOf(TimeoutError);
    expect(await within(socketClosed, 500), "the server saw its connection closed").toBe(true);
  });

  it("over a fetch another copy of the package marked (a second install), with no caller signal, closes it", async () => {
    const { origin, socketClosed } = await silentServer();
    // The mark is a registered symbol, so a transport from another bundle or install is recognised.
    const marked = Object.assign((url: string, init: RequestInit) => fetch(url, init), {
      [Symbol.for("payclients.wantsAttemptSignal")]: true,
    });
    await expect(clientFor(origin, marked).GET("/stall")).rejects.toBeInstanceOf(TimeoutError);
    expect(await within(socketClosed, 500), "the server saw its connection closed").toBe(true);
  });

  it("over the global fetch, with a caller signal, closes its connection", async () => {
    const { origin, socketClosed } = await silentServer();
    const caller = new AbortController();
    await expect(clientFor(origin).GET("/stall", { signal: caller.signal })).rejects.toBeInstanceOf(
      TimeoutError,
    );
    expect(await within(socketClosed, 500), "the server saw its connection closed").toBe(true);
  });
});
