// The Node transport on its own, over a loopback node:http server: what reaches the wire, what comes back, and how
// aborts, resets and cancels end (the fault suite runs it under a whole client: conformance/test/fault-suite.test.ts).
import { getEventListeners } from "node:events";
import {
  createServer,
  Agent as HttpAgent,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer, Agent as HttpsAgent } from "node:https";
import {
  type AddressInfo,
  createServer as createNetServer,
  type Server as NetServer,
  type Socket,
} from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { nodeFetch } from "../src/node";
import { loopbackCertificate, loopbackKey } from "./loopback-tls";

interface Seen {
  method: string;
  headers: IncomingMessage["headers"];
  body: string;
  port: number;
}

let server: Server | undefined;
let rawServer: NetServer | undefined;
// A raw TCP server's open sockets, which its close() would wait for.
const rawSockets = new Set<Socket>();
afterEach(async () => {
  server?.closeAllConnections();
  for (const socket of rawSockets) socket.destroy();
  rawSockets.clear();
  for (const started of [server, rawServer])
    await new Promise((resolve) => started?.close(resolve) ?? resolve(0));
  server = undefined;
  rawServer = undefined;
});

/**
 * A TCP server answering every request with the bytes `answer` gives, exactly as given; resolves with its URL and a
 * promise of the first socket's close.
 */
async function serveRaw(answer: string) {
  let closed!: () => void;
  const socketClosed = new Promise<void>((resolve) => {
    closed = resolve;
  });
  const raw = createNetServer((socket) => {
    rawSockets.add(socket);
    socket.once("close", closed);
    socket.on("data", () => socket.write(answer));
  });
  rawServer = raw;
  await new Promise<void>((resolve) => raw.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(raw.address() as AddressInfo).port}/`, socketClosed };
}

/** A server answering with `answer`; records each request and the client port it came from. */
async function serve(answer: (response: ServerResponse, seen: Seen) => void) {
  const seen: Seen[] = [];
  server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const entry = {
      method: request.method ?? "",
      headers: request.headers,
      body: Buffer.concat(chunks).toString("utf8"),
      port: (request.socket as Socket).remotePort ?? 0,
    };
    seen.push(entry);
    answer(response, entry);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/path?q=1`, seen };
}

const ok = (response: ServerResponse) => {
  response.writeHead(200, { "content-type": "application/json", "x-two": ["a", "b"] });
  response.end('{"ok":true}');
};

describe("nodeFetch", () => {
  it("sends the method, headers and a string body, and answers with a Response", async () => {
    const { url, seen } = await serve(ok);
    const response = await nodeFetch()(url, {
      method: "POST",
      headers: new Headers({ "X-Key": "v" }),
      body: "hello",
      redirect: "manual",
    });
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.statusText, response.ok, response.url]).toEqual([200, "OK", true, url]);
    expect(response.headers.get("x-two")).toBe("a, b");
    expect(await response.json()).toEqual({ ok: true });
    expect(seen[0]).toMatchObject({
      method: "POST",
      body: "hello",
      headers: { "x-key": "v", "content-type": "text/plain;charset=UTF-8", "content-length": "5" },
    });
  });

  it("keeps a caller's content type, sends bytes as they are and form data with the type fetch implies", async () => {
    const { url, seen } = await serve(ok);
    const send = nodeFetch();
    await (
      await send(url, { method: "PUT", body: "{}", headers: { "content-type": "application/json" } })
    ).text();
    await (await send(url, { method: "PUT", body: new TextEncoder().encode("bytes") })).text();
    await (await send(url, { method: "PUT", body: new URLSearchParams({ a: "1" }) })).text();
    expect(seen.map((entry) => [entry.body, entry.headers["content-type"]])).toEqual([
      ["{}", "application/json"],
      ["bytes", undefined],
      ["a=1", "application/x-www-form-urlencoded;charset=UTF-8"],
    ]);
    expect(seen[0]?.method).toBe("PUT");
  });

  it("reuses one kept-alive connection for sequential requests", async () => {
    const { url, seen } = await serve(ok);
    const send = nodeFetch();
    for (let index = 0; index < 3; index += 1) await (await send(url, {})).text();
    expect(seen.map((entry) => entry.method)).toEqual(["GET", "GET", "GET"]);
    expect(new Set(seen.map((entry) => entry.port)).size).toBe(1);
  });

  it("keeps one pool per nodeFetch(), or uses the agent it is given", async () => {
    const { url, seen } = await serve(ok);
    await (await nodeFetch()(url, {})).text();
    await (await nodeFetch()(url, {})).text();
    // Each default pool is its own (not Node's global agent): two connections.
    expect(seen[0]?.port).not.toBe(seen[1]?.port);
    const httpAgent = new HttpAgent({ keepAlive: true });
    await (await nodeFetch({ httpAgent })(url, {})).text();
    expect(Object.values(httpAgent.freeSockets).flat()).toHaveLength(1);
    httpAgent.destroy();
  });

  it("speaks TLS to https: URLs through the https agent it is given", async () => {
    const tls = createHttpsServer({ key: loopbackKey, cert: loopbackCertificate }, (_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"secure":true}');
    });
    await new Promise<void>((resolve) => tls.listen(0, "127.0.0.1", resolve));
    server = tls;
    const httpsAgent = new HttpsAgent({ keepAlive: true, ca: loopbackCertificate });
    const url = `https://127.0.0.1:${(tls.address() as AddressInfo).port}/`;
    expect(await (await nodeFetch({ httpsAgent })(url, {})).json()).toEqual({ secure: true });
    httpsAgent.destroy();
  });

  it("sends a GET's headers without a body, and an ArrayBuffer's bytes without a content type", async () => {
    const { url, seen } = await serve(ok);
    const send = nodeFetch();
    await (await send(url, { headers: { "x-key": "v" } })).text();
    await (await send(url, { method: "POST", body: new TextEncoder().encode("raw").buffer })).text();
    expect(seen[0]?.headers["x-key"]).toBe("v");
    expect(seen[0]?.headers["content-length"]).toBeUndefined();
    expect(seen[0]?.headers["transfer-encoding"]).toBeUndefined();
    expect([seen[1]?.body, seen[1]?.headers["content-type"]]).toEqual(["raw", undefined]);
  });

  it("keeps exactly the headers the server sent", async () => {
    const { url } = await serveRaw("HTTP/1.1 200 OK\r\nx-a: 1\r\ncontent-length: 2\r\n\r\n{}");
    const response = await nodeFetch()(url, {});
    expect([...response.headers]).toEqual([
      ["content-length", "2"],
      ["x-a", "1"],
    ]);
    expect(await response.text()).toBe("{}");
  });

  it("fails like fetch on a status a Response cannot carry, and closes that connection", async () => {
    const { url, socketClosed } = await serveRaw("HTTP/1.1 600 Odd\r\ncontent-length: 0\r\n\r\n");
    const failure = await nodeFetch()(url, {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe("fetch failed");
    expect((failure as TypeError).cause).toBeInstanceOf(RangeError);
    await socketClosed;
  });

  it("drops its abort listener after a bodiless answer or a failed connection, and reuses the connection", async () => {
    const { url, seen } = await serve((response) => {
      response.writeHead(204);
      response.end();
    });
    const longLived = new AbortController();
    const send = nodeFetch();
    expect((await send(url, { signal: longLived.signal })).status).toBe(204);
    expect((await send(url, { signal: longLived.signal })).status).toBe(204);
    // The bodiless answer was consumed, so its connection went back to the pool.
    expect(seen[0]?.port).toBe(seen[1]?.port);
    await send(url.replace(/:\d+/, ":1"), { signal: longLived.signal }).catch(() => undefined);
    expect(getEventListeners(longLived.signal, "abort")).toHaveLength(0);
  });

  it("stops reading from the socket while the body is not read (backpressure)", async () => {
    const size = 16 * 1024 * 1024;
    let flushed!: () => boolean;
    const { url } = await serve((response) => {
      response.writeHead(200, { "content-length": String(size) });
      flushed = () => response.writableLength === 0;
      response.end(Buffer.alloc(size, 97));
    });
    const response = await nodeFetch()(url, {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Loopback buffers hold a few MB at most: without the pause, the client would have taken it all by now.
    expect(flushed()).toBe(false);
    await response.body?.cancel();
  });

  it("returns a redirect instead of following it, and refuses to follow one", async () => {
    const { url, seen } = await serve((response) => {
      response.writeHead(307, { location: "http://elsewhere.invalid/" });
      response.end();
    });
    const response = await nodeFetch()(url, { redirect: "manual" });
    expect([response.status, response.headers.get("location")]).toEqual([307, "http://elsewhere.invalid/"]);
    await expect(nodeFetch()(url, { redirect: "follow" })).rejects.toThrow(/never follows redirects/);
    expect(seen).toHaveLength(1);
  });

  it("gives bodiless statuses and HEAD a null body", async () => {
    const { url } = await serve((response, seen) => {
      response.writeHead(seen.method === "HEAD" ? 200 : 204, { "content-length": "0" });
      response.end();
    });
    const send = nodeFetch();
    expect((await send(url, {})).body).toBeNull();
    const head = await send(url, { method: "HEAD" });
    expect([head.status, head.body]).toEqual([200, null]);
  });

  it("streams a large body with backpressure and reads it whole", async () => {
    const size = 4 * 1024 * 1024;
    const { url } = await serve((response) => {
      response.writeHead(200, { "content-length": String(size) });
      response.end(Buffer.alloc(size, 97));
    });
    const response = await nodeFetch()(url, {});
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    // Wait before reading, so the stream fills up and the message is paused.
    await new Promise((resolve) => setTimeout(resolve, 50));
    let total = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      total += chunk.value.byteLength;
    expect(total).toBe(size);
  });

  it("fails like fetch when nothing answers, or the URL is not http(s)", async () => {
    const { url } = await serve(ok);
    const closed = url.replace(/:\d+/, ":1");
    const failure = await nodeFetch()(closed, {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe("fetch failed");
    expect(((failure as TypeError).cause as NodeJS.ErrnoException).code).toBe("ECONNREFUSED");
    await expect(nodeFetch()("ftp://127.0.0.1/", {})).rejects.toThrow(/unsupported URL ftp:/);
  });

  it("rejects with the signal's reason when aborted before, or while waiting for, the headers", async () => {
    const { url } = await serve(() => undefined);
    const reason = new Error("caller gave up");
    await expect(nodeFetch()(url, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    const controller = new AbortController();
    const pending = nodeFetch()(url, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 30);
    await expect(pending).rejects.toBe(reason);
  });

  it("errors the body with the signal's reason when aborted mid-body, and drops its abort listener after", async () => {
    const { url } = await serve((response) => {
      response.writeHead(200, { "content-length": "100" });
      response.write("half");
    });
    const reason = new Error("caller gave up");
    const controller = new AbortController();
    const response = await nodeFetch()(url, { signal: controller.signal });
    controller.abort(reason);
    await expect(response.text()).rejects.toBe(reason);
    // A finished exchange leaves nothing on a long-lived signal.
    const longLived = new AbortController();
    const { url: other } = await serve(ok);
    await (await nodeFetch()(other, { signal: longLived.signal })).text();
    expect(getEventListeners(longLived.signal, "abort")).toHaveLength(0);
  });

  it("errors the body when the server resets it, and closes the connection when the body is cancelled", async () => {
    let socketClosed!: Promise<void>;
    const { url } = await serve((response) => {
      socketClosed = new Promise((resolve) => response.socket?.once("close", () => resolve()));
      response.writeHead(200, { "content-length": "100" });
      response.write("half");
      if (response.req.url?.includes("reset")) setTimeout(() => response.destroy(), 20);
    });
    const reset = await nodeFetch()(`${url}&reset`, {});
    const failure = await reset.text().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe("terminated");
    // undici's wording for the same reset.
    expect(((failure as TypeError).cause as Error).message).toBe("other side closed");
    const cancelled = await nodeFetch()(url, {});
    await cancelled.body?.cancel();
    await socketClosed;
  });
});
