// The attempt bound races fetch and the body read instead of handing fetch a signal of its own (see src/bounds.ts):
// whatever the losing side holds must still be let go, which only the server can see (its socket closes).
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  createPayClient,
  type FetchFunction,
  type PayClientHooks,
  staticKey,
  TimeoutError,
} from "../src/index";

type Paths = { "/slow": { get: { responses: { 200: { content: { "application/json": object } } } } } };

let server: Server | undefined;
afterEach(async () => {
  if (server === undefined) return;
  server.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A server whose one route is `answer`; resolves with its origin and a promise of the first socket's close. */
async function serve(answer: (response: ServerResponse) => void) {
  let closed!: () => void;
  const socketClosed = new Promise<void>((resolve) => {
    closed = resolve;
  });
  server = createServer((request, response) => {
    request.resume();
    (request.socket as Socket).once("close", closed);
    answer(response);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, socketClosed };
}

const clientFor = (origin: string, fetch?: FetchFunction, timeoutMs = 60, hooks?: PayClientHooks) =>
  createPayClient<Paths>(
    { provider: "slow", baseUrl: origin, token: staticKey("k-1"), decodeError: () => undefined },
    { timeoutMs, maxRetries: 0, ...(fetch ? { fetch } : {}), ...(hooks ? { hooks } : {}) },
  );

/** Whether `promise` settled within `ms`. */
const within = (promise: Promise<unknown>, ms: number) =>
  Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);

/** Asserts that `call` ends within 2 s (not at its 10 s deadline), rejected with exactly `reason`. */
async function expectPromptRejection(call: Promise<unknown>, reason: unknown) {
  expect(
    await within(
      call.catch(() => undefined),
      2_000,
    ),
    "the call ended",
  ).toBe(true);
  await expect(call).rejects.toBe(reason);
}

// A body far longer than what is sent, so only the client can end the exchange early.
const startLongBody = (response: ServerResponse) => {
  response.writeHead(200, { "content-type": "application/json", "content-length": "1000000" });
  response.write('{"padding":"');
};

describe("attempt bounds without a signal handed to fetch", () => {
  it("an answer that arrives after the attempt timed out has its body cancelled: the connection closes", async () => {
    const { origin, socketClosed } = await serve((response) =>
      setTimeout(() => startLongBody(response), 150),
    );
    await expect(clientFor(origin).GET("/slow")).rejects.toBeInstanceOf(TimeoutError);
    // Without the cancel, undici would hold the half-sent answer's connection open for as long as the server does.
    expect(await within(socketClosed, 2_000), "the server saw its connection closed").toBe(true);
  });

  it("a body read the deadline cuts short is cancelled: the connection closes", async () => {
    const { origin, socketClosed } = await serve(startLongBody);
    // Long enough for the headers to arrive first on a loaded machine: a deadline before them is the stalled-headers
    // case, which the global fetch without a signal cannot release (see stalled-headers.test.ts).
    await expect(clientFor(origin, undefined, 400).GET("/slow")).rejects.toBeInstanceOf(TimeoutError);
    expect(await within(socketClosed, 2_000), "the server saw its connection closed").toBe(true);
  });

  it("fetch gets a signal only when the caller passed one, and then the attempt's own", async () => {
    const { origin } = await serve((response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end("{}");
    });
    const signals: (AbortSignal | null | undefined)[] = [];
    const client = clientFor(
      origin,
      (url, init) => {
        signals.push(init.signal);
        return fetch(url, init);
      },
      10_000,
    );
    const caller = new AbortController();
    await client.GET("/slow");
    await client.GET("/slow", { signal: caller.signal });
    expect(signals[0]).toBeNull();
    expect(signals[1]).toBeInstanceOf(AbortSignal);
    // A fresh signal per attempt: undici's Request keeps its listener until collected, which must not pile up on
    // the caller's own.
    expect(signals[1]).not.toBe(caller.signal);
  });

  it("a caller's abort before the request is sent reaches fetch, and ends the call even if fetch ignores it", async () => {
    const { origin } = await serve((response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end("{}");
    });
    const caller = new AbortController();
    const reason = new Error("changed my mind");
    const abortedAtSend: boolean[] = [];
    const client = clientFor(
      origin,
      (url, init) => {
        abortedAtSend.push(init.signal?.aborted === true);
        // A transport that ignores signals: only the bound can end the attempt.
        return fetch(url, { ...init, signal: null });
      },
      10_000,
      // Aborts after the bound started, just before the request goes out.
      { request: () => armed && caller.abort(reason) },
    );
    let armed = false;
    // The first call caches the token, so the second builds its attempt's signal only when it sends.
    await client.GET("/slow");
    armed = true;
    await expect(client.GET("/slow", { signal: caller.signal })).rejects.toBe(reason);
    expect(abortedAtSend).toEqual([false, true]);
  });

  it("a caller's abort from a hook ends the call at once, even over a fetch that never settles", async () => {
    const caller = new AbortController();
    const reason = new Error("changed my mind");
    const client = clientFor("http://127.0.0.1:9", () => new Promise<Response>(() => {}), 10_000, {
      request: () => caller.abort(reason),
    });
    const call = client.GET("/slow", { signal: caller.signal });
    await expectPromptRejection(call, reason);
  });

  it("a caller's abort landing between the response and its body read ends the read", async () => {
    const caller = new AbortController();
    const reason = new Error("changed my mind");
    // Headers at once, then a body that never ends, from a transport that ignores its signal: only the bound's
    // cancel of the read can end the call.
    const fetchAndAbort = () => {
      const response = Promise.resolve(
        new Response(new ReadableStream({ pull: () => new Promise<void>(() => {}) }), { status: 200 }),
      );
      // Queued while the response settles, so the abort runs after the pipeline has its response and before it
      // starts reading the body.
      void response.then(() => queueMicrotask(() => caller.abort(reason)));
      return response;
    };
    const call = clientFor("http://127.0.0.1:9", fetchAndAbort, 10_000).GET("/slow", {
      signal: caller.signal,
    });
    await expectPromptRejection(call, reason);
  });
});
