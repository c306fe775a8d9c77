// An independent loopback fake: a bare `node:http` server that answers each request with a scripted reply, including
// the faults the emulator kit cannot produce (a reset or a stall in the middle of a body, raw bytes, redirects).
// Every response closes its connection, so a reset or stall in one case never leaves a pooled socket for the next.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the fake received it. */
export interface FakeRequest {
  kind: "token" | "api";
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the fake does with one request. */
export type Reply =
  | { kind: "answer"; status: number; body?: string | Uint8Array; headers?: Record<string, string> }
  /** Destroys the connection before any byte of a response. */
  | { kind: "reset" }
  /** Sends nothing (for `ms`, then resets; forever when absent). */
  | { kind: "stallHeaders"; ms?: number }
  /** Sends the headers and half the body of a 200, then stalls (for `ms`, then resets; forever when absent). */
  | { kind: "stallBody"; body: string; ms?: number }
  /** Sends the headers and half the body of a 200, then resets. */
  | { kind: "resetDuringBody"; body: string };

/** A JSON answer. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return {
    kind: "answer",
    status,
    body: JSON.stringify(value),
    headers: { "content-type": "application/json", ...headers },
  };
}

/** An answer with raw bytes and the given content type (none when `undefined`). */
export function raw(status: number, contentType: string | undefined, body: string | Uint8Array): Reply {
  return { kind: "answer", status, body, headers: contentType ? { "content-type": contentType } : {} };
}

/** Decides the reply to the `index`-th request (counted per kind, from 0). */
export type Responder = (request: FakeRequest, index: number) => Reply | Promise<Reply>;

/** A running fake: its origin, what it received, and the responder for the next requests. */
export interface Fake extends AsyncDisposable {
  readonly origin: string;
  readonly requests: FakeRequest[];
  respond: Responder;
  /** Called once a stalling reply has stalled (the caller-abort cases abort from here). */
  onStall: (() => void) | undefined;
  count(kind: FakeRequest["kind"]): number;
  close(): Promise<void>;
}

/** Starts a fake on 127.0.0.1; `tokenPath` marks requests to the token endpoint as `kind: "token"`. */
export async function startFake(tokenPath: string | undefined, respond: Responder): Promise<Fake> {
  const requests: FakeRequest[] = [];
  const counters = { token: 0, api: 0 };
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, action: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, ms);
    timers.add(timer);
  };
  const server = createServer(async (incoming, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const path = new URL(incoming.url ?? "/", "http://fake").pathname;
    const request: FakeRequest = {
      kind: path === tokenPath ? "token" : "api",
      method: incoming.method ?? "GET",
      path,
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    requests.push(request);
    const index = counters[request.kind]++;
    const reply = await fake.respond(request, index);
    send(reply, response, later, () => fake.onStall?.());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const close = async () => {
    for (const timer of timers) clearTimeout(timer);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  const fake: Fake = {
    origin: `http://127.0.0.1:${port}`,
    requests,
    respond,
    onStall: undefined,
    count: (kind) => requests.filter((request) => request.kind === kind).length,
    close,
    [Symbol.asyncDispose]: close,
  };
  return fake;
}

function send(
  reply: Reply,
  response: ServerResponse,
  later: (ms: number, action: () => void) => void,
  stalled: () => void,
): void {
  const reset = () => response.destroy();
  switch (reply.kind) {
    case "answer": {
      const body = reply.body ?? "";
      response.writeHead(reply.status, {
        connection: "close",
        "content-length": String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength),
        ...reply.headers,
      });
      response.end(body);
      return;
    }
    case "reset":
      reset();
      return;
    case "stallHeaders":
      stalled();
      if (reply.ms !== undefined) later(reply.ms, reset);
      return;
    case "stallBody":
    case "resetDuringBody": {
      // The full length is announced, so a client cannot mistake the half body for a complete one.
      response.writeHead(200, {
        connection: "close",
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(reply.body)),
      });
      response.write(reply.body.slice(0, Math.floor(reply.body.length / 2)));
      if (reply.kind === "resetDuringBody") {
        later(10, reset);
        return;
      }
      stalled();
      if (reply.ms !== undefined) later(reply.ms, reset);
    }
  }
}
