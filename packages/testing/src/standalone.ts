// Running an emulator on its own, as a server for tests in any language (as stripe-mock does): the emulator listens
// where asked, and a second loopback server, the admin API, moves its clock, injects faults and reads its journal.
// The admin API is a server of its own so that its paths never meet a provider's, nor its journal, faults or limits.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { EmulatorClock } from "./clock";
import { listenOnLoopback } from "./listen";
import type { EmulatorServer, FaultMatch } from "./server";

/** An emulator as `payclients-emulator` runs it: what it prints, and what the admin API drives. */
export interface StandaloneEmulator {
  /** Base URLs to hand a client, by name (`api`; Clik2pay also `auth`, its token endpoint's host). */
  readonly urls: Readonly<Record<string, string>>;
  /** The emulator's test credentials (never real ones), by the client option they go to. */
  readonly credentials: Readonly<Record<string, string>>;
  /** The servers behind `urls`, by the same names: the admin API's faults and journal act on them. */
  readonly servers: Readonly<Record<string, EmulatorServer>>;
  readonly clock: EmulatorClock;
  /** Stops every server of the emulator. */
  close(): Promise<void>;
}

/** Where an emulator listens: every provider's emulator options extend it. */
export interface EmulatorListenOptions {
  /** Port of the emulator's server (default: a free one); a second server, if any, takes the next port. */
  port?: number | undefined;
}

/** Options a provider's {@link StandaloneEmulatorFactory} receives from the command line. */
export interface StandaloneOptions {
  /** Port of the first server (`api`); a provider with two servers puts the second on the next port. */
  port?: number | undefined;
}

/** What a provider's `./testing` entry exports as `startStandaloneEmulator`, for `payclients-emulator <provider>`. */
export type StandaloneEmulatorFactory = (options: StandaloneOptions) => Promise<StandaloneEmulator>;

/** A standalone emulator of the usual shape: one server, whose URL is the API's base URL. */
export function singleServerStandalone(
  emulator: { url: string; server: EmulatorServer; clock: EmulatorClock; close(): Promise<void> },
  credentials: Record<string, string>,
): StandaloneEmulator {
  return {
    urls: { api: emulator.url },
    credentials,
    servers: { api: emulator.server },
    clock: emulator.clock,
    close: () => emulator.close(),
  };
}

/** A running admin API. */
export interface AdminServer {
  /** Origin of the admin API, e.g. `http://127.0.0.1:4011`. */
  readonly url: string;
  /** Stops the admin API (not the emulator). */
  close(): Promise<void>;
}

/** A request the admin API refuses (answered 400 with its message). */
class AdminRequestError extends Error {}

type AdminRoute = (emulator: StandaloneEmulator, body: Record<string, unknown>, url: URL) => unknown;

/** Routes of the admin API, `METHOD /path` → handler; documented in the kit's README. */
const adminRoutes: Record<string, AdminRoute> = {
  "GET /emulator": (emulator) => ({
    urls: emulator.urls,
    credentials: emulator.credentials,
    now: emulator.clock.now(),
  }),
  "POST /clock/advance": (emulator, body) => {
    emulator.clock.advance(numberField(body, "milliseconds"));
    return { now: emulator.clock.now() };
  },
  "POST /clock/set": (emulator, body) => {
    emulator.clock.set(numberField(body, "epochMilliseconds"));
    return { now: emulator.clock.now() };
  },
  "POST /faults": (emulator, body) => {
    injectFault(serverNamed(emulator, body.server), body);
    return { queued: body.kind };
  },
  "GET /journal": (emulator, _body, url) =>
    serverNamed(emulator, url.searchParams.get("server") ?? undefined).journal.map((entry) => ({
      method: entry.method,
      path: entry.path,
      query: Object.fromEntries(entry.query),
      headers: entry.headers,
      body: entry.body,
      time: entry.time,
      status: entry.status,
    })),
  "DELETE /journal": (emulator) => {
    for (const server of Object.values(emulator.servers)) server.clearJournal();
    return { cleared: true };
  },
};

function numberField(body: Record<string, unknown>, name: string): number {
  const value = body[name];
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new AdminRequestError(`"${name}" must be a number`);
  }
  return value;
}

function serverNamed(emulator: StandaloneEmulator, name: unknown): EmulatorServer {
  const key = name === undefined ? "api" : String(name);
  const server = emulator.servers[key];
  if (!server) {
    throw new AdminRequestError(
      `no server "${key}"; this emulator has ${Object.keys(emulator.servers).join(", ")}`,
    );
  }
  return server;
}

function matchOf(body: Record<string, unknown>): FaultMatch | undefined {
  const match = body.match;
  if (match === undefined) return undefined;
  if (typeof match !== "object" || match === null) throw new AdminRequestError('"match" must be an object');
  const { method, path } = match as Record<string, unknown>;
  return {
    ...(typeof method === "string" ? { method } : {}),
    ...(typeof path === "string" ? { path } : {}),
  };
}

/** Queues one of the kit's faults on a server, from its JSON description. */
function injectFault(server: EmulatorServer, body: Record<string, unknown>): void {
  const match = matchOf(body);
  switch (body.kind) {
    case "fail":
      server.failNext(
        numberField(body, "status"),
        body.body,
        (body.headers as Record<string, string> | undefined) ?? {},
        match,
      );
      return;
    case "delay":
      server.delayNext(numberField(body, "milliseconds"), match);
      return;
    case "drop":
      server.dropNext(match);
      return;
    case "drop-response":
      server.dropResponseNext(match);
      return;
    case "stall-body":
      server.stallBodyNext(match);
      return;
    case "reset-body":
      server.resetBodyNext(match);
      return;
    default:
      throw new AdminRequestError(
        '"kind" must be one of fail, delay, drop, drop-response, stall-body, reset-body',
      );
  }
}

async function readJson(incoming: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AdminRequestError("the body must be JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new AdminRequestError("the body must be a JSON object");
  }
  return value as Record<string, unknown>;
}

function answer(outgoing: ServerResponse, status: number, value: unknown): void {
  outgoing.writeHead(status, { "content-type": "application/json" });
  outgoing.end(JSON.stringify(value));
}

async function handleAdmin(
  emulator: StandaloneEmulator,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  const url = new URL(incoming.url ?? "/", "http://admin.invalid");
  const route = adminRoutes[`${incoming.method ?? "GET"} ${url.pathname}`];
  try {
    const body = await readJson(incoming);
    if (!route) answer(outgoing, 404, { error: `no admin route ${incoming.method} ${url.pathname}` });
    else answer(outgoing, 200, route(emulator, body, url));
  } catch (error) {
    const refused = error instanceof AdminRequestError || error instanceof RangeError;
    answer(outgoing, refused ? 400 : 500, { error: error instanceof Error ? error.message : String(error) });
  }
}

/** Starts the admin API of a standalone emulator on loopback (`port`, or a free one). */
export async function startAdminServer(emulator: StandaloneEmulator, port = 0): Promise<AdminServer> {
  const server = createServer((incoming, outgoing) => {
    void handleAdmin(emulator, incoming, outgoing);
  });
  const listening = await listenOnLoopback(server, "127.0.0.1", port);
  return { url: `http://127.0.0.1:${listening.port}`, close: listening.close };
}
