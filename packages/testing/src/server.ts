import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createEmulatorClock, type EmulatorClock } from "./clock";
import { listenOnLoopback } from "./listen";
import { type EmulatorResponse, json } from "./responses";
import { type RouteHandler, RouteTable } from "./router";

/** A request as a route handler sees it: raw bytes plus parsed conveniences. */
export interface EmulatorRequest {
  method: string;
  /** Path without the query string, as sent. */
  path: string;
  /** Values of the matched template's `{parameters}`. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Lower-cased header names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  rawBody: Buffer;
  /** Emulated time at arrival. */
  time: number;
  remoteAddress: string;
  /** The raw body as text. */
  text(): string;
  /** Parses the body as JSON; `undefined` when the body is empty or not JSON. */
  json(): unknown;
  /** Parses an `application/x-www-form-urlencoded` body. */
  form(): URLSearchParams;
}

/** One request as the emulator received it, for tests to assert on. */
export interface JournalEntry {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  rawBody: Buffer;
  /** The body decoded as UTF-8. */
  body: string;
  /** Emulated time at arrival. */
  time: number;
  /** Status answered, or `"dropped"` when the socket was destroyed without a response. */
  status: number | "dropped";
}

/** Client-side rate limit of the emulated API; excess requests get 429 with `Retry-After`. */
export interface EmulatorRateLimit {
  requestsPerSecond?: number;
  maxConcurrent?: number;
  /** Builds the 429 answer (provider error envelope); default `{ error: "rate limited" }`. */
  respond?: (retryAfterSeconds: number) => EmulatorResponse;
  /** Whether 429s carry `Retry-After` (default true; some providers document none). */
  retryAfter?: boolean;
}

/** Narrows a fault to requests with this method and/or path. */
export interface FaultMatch {
  method?: string;
  path?: string;
}

/** Options of {@link createEmulatorServer}. */
export interface EmulatorServerOptions {
  clock?: EmulatorClock;
  /** Answer for unknown routes (default 404 JSON). */
  notFound?: (request: EmulatorRequest) => EmulatorResponse;
  rateLimit?: EmulatorRateLimit;
  /** Host to bind; loopback only by design. */
  host?: "127.0.0.1" | "::1";
  /** Port to listen on (default: a free one), e.g. a fixed port for a standalone emulator. */
  port?: number | undefined;
  /** Real milliseconds every routed request takes (makes concurrency observable). */
  latencyMilliseconds?: number;
}

type Fault =
  | { kind: "fail"; match: FaultMatch; response: EmulatorResponse }
  | { kind: "delay"; match: FaultMatch; milliseconds: number }
  | { kind: "drop"; match: FaultMatch }
  | { kind: "drop-response"; match: FaultMatch }
  | { kind: "partial-body"; match: FaultMatch; ending: "stall" | "reset" };

/** A running emulator: a loopback HTTP server with a route table, a clock, a journal and faults. */
export interface EmulatorServer extends AsyncDisposable {
  /** Origin of the server, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  readonly clock: EmulatorClock;
  /** Every request received, oldest first. */
  readonly journal: readonly JournalEntry[];
  /** The most requests handled at once since start or `clearJournal()` (what a concurrency limit must bound). */
  readonly peakInFlight: number;
  /** Registers a handler for a method and an OpenAPI-style path template. */
  route(method: string, template: string, handler: RouteHandler): EmulatorServer;
  /** Journal entries filtered by method and/or path (path may be a template). */
  requests(filter?: FaultMatch): JournalEntry[];
  /** Forgets every journal entry. */
  clearJournal(): void;
  /** The next (matching) request is answered with this status, body and headers instead of its route. */
  failNext(status: number, body?: unknown, headers?: Record<string, string>, match?: FaultMatch): void;
  /** The next (matching) request is answered only after this many real milliseconds. */
  delayNext(milliseconds: number, match?: FaultMatch): void;
  /** The next (matching) request has its socket destroyed without any response. */
  dropNext(match?: FaultMatch): void;
  /** The next (matching) request is handled (state changes happen), then its socket is destroyed: a lost answer. */
  dropResponseNext(match?: FaultMatch): void;
  /** The next (matching) request is handled; its status, headers and first body byte are sent, then nothing more. */
  stallBodyNext(match?: FaultMatch): void;
  /** The next (matching) request is handled; its status, headers and first body byte are sent, then the socket is reset. */
  resetBodyNext(match?: FaultMatch): void;
  /** Replaces (or with `undefined` removes) the rate limit. */
  setRateLimit(limit: EmulatorRateLimit | undefined): void;
  /** Sets the real milliseconds every routed request takes. */
  setLatency(milliseconds: number): void;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Starts an emulator on 127.0.0.1 with a free port. */
export async function createEmulatorServer(options: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  const clock = options.clock ?? createEmulatorClock();
  const routes = new RouteTable();
  const journal: JournalEntry[] = [];
  const faults: Fault[] = [];
  let rateLimit = options.rateLimit;
  let windowStart = 0;
  let windowCount = 0;
  let inFlight = 0;
  let peakInFlight = 0;
  let latency = options.latencyMilliseconds ?? 0;

  const notFound =
    options.notFound ??
    ((request: EmulatorRequest) => json(404, { error: `no route for ${request.method} ${request.path}` }));

  function takeFault(method: string, path: string): Fault | undefined {
    const index = faults.findIndex((fault) => matches(fault.match, method, path));
    if (index === -1) return undefined;
    return faults.splice(index, 1)[0];
  }

  // Rate windows run on wall time: they model real bursts, and a frozen emulator clock would never reopen them.
  function rateLimited(): number | undefined {
    if (!rateLimit) return undefined;
    const now = Date.now();
    if (rateLimit.maxConcurrent !== undefined && inFlight > rateLimit.maxConcurrent) return 1;
    if (rateLimit.requestsPerSecond !== undefined) {
      if (now - windowStart >= 1000) {
        windowStart = now;
        windowCount = 0;
      }
      windowCount += 1;
      if (windowCount > rateLimit.requestsPerSecond)
        return Math.max(1, Math.ceil((windowStart + 1000 - now) / 1000));
    }
    return undefined;
  }

  async function handle(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks);
    const url = new URL(incoming.url ?? "/", "http://emulator.invalid");
    const method = (incoming.method ?? "GET").toUpperCase();
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
    }
    const entry: JournalEntry = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers,
      rawBody,
      body: rawBody.toString("utf8"),
      time: clock.now(),
      status: "dropped",
    };
    journal.push(entry);
    inFlight += 1;
    peakInFlight = Math.max(peakInFlight, inFlight);
    try {
      const fault = takeFault(method, url.pathname);
      if (fault?.kind === "drop") {
        incoming.socket.destroy();
        return;
      }
      if (fault?.kind === "delay") await new Promise((resolve) => setTimeout(resolve, fault.milliseconds));
      let response: EmulatorResponse;
      const retryAfter = fault?.kind === "fail" ? undefined : rateLimited();
      if (fault?.kind === "fail") {
        response = fault.response;
      } else if (retryAfter !== undefined) {
        const limited = rateLimit?.respond?.(retryAfter) ?? json(429, { error: "rate limited" });
        const retryHeader = rateLimit?.retryAfter === false ? {} : { "retry-after": String(retryAfter) };
        response = { ...limited, headers: { ...retryHeader, ...limited.headers } };
      } else {
        const matched = routes.match(method, url.pathname);
        const request: EmulatorRequest = {
          method,
          path: url.pathname,
          params: matched?.params ?? {},
          query: url.searchParams,
          headers,
          rawBody,
          time: entry.time,
          remoteAddress: incoming.socket.remoteAddress ?? "",
          text: () => entry.body,
          json: () => parseJson(entry.body),
          form: () => new URLSearchParams(entry.body),
        };
        if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
        response = matched ? await matched.handler(request) : notFound(request);
      }
      if (fault?.kind === "drop-response") {
        incoming.socket.destroy();
        return;
      }
      entry.status = response.status;
      outgoing.writeHead(response.status, response.headers ?? {});
      if (fault?.kind === "partial-body") {
        sendPartialBody(outgoing, response, fault.ending);
        return;
      }
      outgoing.end(response.body);
    } catch (error) {
      entry.status = 500;
      outgoing.writeHead(500, { "content-type": "application/json" });
      outgoing.end(JSON.stringify({ error: "emulator handler failed", detail: String(error) }));
    } finally {
      inFlight -= 1;
    }
  }

  const server = createServer((incoming, outgoing) => {
    void handle(incoming, outgoing);
  });
  server.keepAliveTimeout = 5_000;
  const host = options.host ?? "127.0.0.1";
  const { port, close } = await listenOnLoopback(server, host, options.port);
  const url = host === "::1" ? `http://[::1]:${port}` : `http://${host}:${port}`;

  const emulator: EmulatorServer = {
    url,
    clock,
    journal,
    route(method, template, handler) {
      routes.add(method, template, handler);
      return emulator;
    },
    requests(filter = {}) {
      return journal.filter((entry) => matches(filter, entry.method, entry.path));
    },
    get peakInFlight() {
      return peakInFlight;
    },
    clearJournal() {
      journal.length = 0;
      peakInFlight = inFlight;
    },
    failNext(status, body, headers = {}, match = {}) {
      const response: EmulatorResponse =
        body === undefined
          ? { status, headers }
          : typeof body === "string" || body instanceof Uint8Array
            ? { status, headers, body }
            : json(status, body, headers);
      faults.push({ kind: "fail", match, response });
    },
    delayNext(milliseconds, match = {}) {
      faults.push({ kind: "delay", match, milliseconds });
    },
    dropNext(match = {}) {
      faults.push({ kind: "drop", match });
    },
    dropResponseNext(match = {}) {
      faults.push({ kind: "drop-response", match });
    },
    stallBodyNext(match = {}) {
      faults.push({ kind: "partial-body", match, ending: "stall" });
    },
    resetBodyNext(match = {}) {
      faults.push({ kind: "partial-body", match, ending: "reset" });
    },
    setRateLimit(limit) {
      rateLimit = limit;
      windowCount = 0;
    },
    setLatency(milliseconds) {
      latency = milliseconds;
    },
    close,
    [Symbol.asyncDispose]() {
      return emulator.close();
    },
  };
  return emulator;
}

// The first byte goes out with the headers, so the client has a response and is reading its body when the fault hits;
// a stalled socket is left open until `close()` destroys it.
function sendPartialBody(
  outgoing: ServerResponse,
  response: EmulatorResponse,
  ending: "stall" | "reset",
): void {
  const body = response.body === undefined ? new Uint8Array() : Buffer.from(response.body);
  outgoing.write(body.subarray(0, 1), () => {
    if (ending === "reset") outgoing.socket?.destroy();
  });
}

function matches(filter: FaultMatch, method: string, path: string): boolean {
  if (filter.method !== undefined && filter.method.toUpperCase() !== method) return false;
  if (filter.path === undefined) return true;
  if (!filter.path.includes("{")) return filter.path === path;
  const table = new RouteTable();
  table.add(method, filter.path, () => json(200, null));
  return table.match(method, path) !== undefined;
}

function parseJson(body: string): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
