// A small token-exchange provider served by the emulator kit over real HTTP: the generic mechanism is
// tested against it exactly as provider packages use it (typed token call, bearer API, error envelope).
import {
  createEmulatorClock,
  createEmulatorServer,
  type EmulatorClock,
  type EmulatorServer,
  json,
  parseBasicAuthorization,
  readBearerToken,
  TokenIssuer,
} from "@payclients/testing";
import { afterEach } from "vitest";
import {
  type CommonClientOptions,
  createPayClient,
  createTokenClient,
  credentialExchange,
  type ErrorDecoder,
  type OperationTable,
  type PayClient,
} from "../src/index";

export interface paths {
  "/access-tokens": {
    post: {
      requestBody: { content: { "application/json": { refreshToken: string } } };
      responses: {
        200: { content: { "application/json": { token: string; expiresIn: number } } };
        default: { content: { "application/json": ExampleError } };
      };
    };
  };
  "/items": {
    get: {
      parameters: { query?: { limit?: number } };
      responses: { 200: { content: { "application/json": { items: Item[] } } } };
    };
    post: {
      requestBody: { content: { "application/json": { name: string; code?: string | null; note?: string } } };
      responses: { 200: { content: { "application/json": Item } } };
    };
  };
  "/items/{id}": {
    get: {
      parameters: { path: { id: string } };
      responses: {
        200: { content: { "application/json": Item } };
        404: { content: { "application/json": ExampleError } };
      };
    };
    patch: {
      parameters: { path: { id: string } };
      requestBody: { content: { "application/json": { name?: string; code?: string | null } } };
      responses: {
        200: { content: { "application/json": Item } };
        404: { content: { "application/json": ExampleError } };
      };
    };
  };
}

/** The smallest typed API: one `GET /me` answering a JSON object, for clients built inline in a test. */
export type MePaths = { "/me": { get: { responses: { 200: { content: { "application/json": object } } } } } };

export interface Item {
  id: string;
  name: string;
  note?: string;
}

export interface ExampleError {
  code: string;
  message: string;
  traceId?: string;
}

export const credentials = {
  appId: "app_live_7f3k2",
  appSecret: "secret_9Qx7LmZp2Vb8",
  refreshToken: "refresh_Hh28dKq0Zt7w",
};

export const decodeExampleError: ErrorDecoder = ({ body }) => {
  if (body === null || typeof body !== "object") return undefined;
  const record = body as Partial<ExampleError>;
  return { code: record.code, message: record.message, requestId: record.traceId };
};

export interface ExampleProvider {
  server: EmulatorServer;
  clock: EmulatorClock;
  issuer: TokenIssuer;
  items: Map<string, Item>;
  /** Token lifetime the token endpoint states, in seconds. */
  lifetimeSeconds: number;
}

/** Starts the example provider's emulator. */
export async function startExampleProvider(lifetimeSeconds = 3600): Promise<ExampleProvider> {
  const clock = createEmulatorClock({ frozen: true, start: Date.UTC(2026, 0, 1) });
  const server = await createEmulatorServer({ clock });
  const issuer = new TokenIssuer(clock, "tok");
  const items = new Map<string, Item>();
  const provider: ExampleProvider = { server, clock, issuer, items, lifetimeSeconds };
  server.route("POST", "/access-tokens", (request) => {
    const basic = parseBasicAuthorization(request.headers.authorization);
    const body = request.json() as { refreshToken?: string } | undefined;
    if (basic?.username !== credentials.appId || basic.password !== credentials.appSecret) {
      return json(401, { code: "INVALID_CREDENTIALS", message: "bad app credentials" });
    }
    if (body?.refreshToken !== credentials.refreshToken) {
      return json(400, { code: "INVALID_REFRESH_TOKEN", message: "unknown refresh token" });
    }
    const { token } = issuer.issue(provider.lifetimeSeconds);
    return json(200, { token, expiresIn: provider.lifetimeSeconds });
  });
  const authorized = (token: string | undefined) => issuer.check(token) === "valid";
  server.route("GET", "/items", (request) => {
    if (!authorized(readBearerToken(request)))
      return json(401, { code: "UNAUTHORIZED", message: "token expired or invalid" });
    return json(200, { items: [...items.values()] });
  });
  server.route("POST", "/items", (request) => {
    if (!authorized(readBearerToken(request)))
      return json(401, { code: "UNAUTHORIZED", message: "token expired or invalid" });
    const body = request.json() as { name?: string; note?: string; code?: string };
    if (!body?.name)
      return json(400, { code: "INVALID_BODY", message: "name is required", traceId: "trace-400" });
    const item: Item = {
      id: `item_${items.size + 1}`,
      name: body.name,
      ...(body.note ? { note: body.note } : {}),
    };
    items.set(item.id, item);
    return json(200, item);
  });
  server.route("GET", "/items/{id}", (request) => {
    if (!authorized(readBearerToken(request)))
      return json(401, { code: "UNAUTHORIZED", message: "token expired or invalid" });
    const item = items.get(request.params.id ?? "");
    return item
      ? json(200, item)
      : json(404, { code: "NOT_FOUND", message: "no such item", traceId: "trace-404" });
  });
  server.route("PATCH", "/items/{id}", (request) => {
    if (!authorized(readBearerToken(request)))
      return json(401, { code: "UNAUTHORIZED", message: "token expired or invalid" });
    const item = items.get(request.params.id ?? "");
    if (!item) return json(404, { code: "NOT_FOUND", message: "no such item", traceId: "trace-404" });
    const { name } = (request.json() ?? {}) as { name?: string };
    if (name) item.name = name;
    return json(200, item);
  });
  return provider;
}

/** Options of {@link createExampleClient} beyond the common ones. */
export interface ExampleClientExtras {
  idempotencyHeader?: string;
  deduplicationField?: string;
  baseUrl?: string;
}

/** A client configured exactly like a provider package would configure it. */
export function createExampleClient(
  provider: ExampleProvider,
  options: CommonClientOptions & ExampleClientExtras = {},
): PayClient<paths> {
  const { idempotencyHeader, deduplicationField, baseUrl = provider.server.url, ...common } = options;
  const tokenClient = createTokenClient<paths>(baseUrl, common);
  return createPayClient<paths>(
    {
      provider: "example",
      baseUrl,
      token: credentialExchange({
        username: credentials.appId,
        password: credentials.appSecret,
        secrets: [credentials.refreshToken],
        send: (init) =>
          tokenClient.POST("/access-tokens", { ...init, body: { refreshToken: credentials.refreshToken } }),
        read: (data) => ({ token: data.token, expiresInSeconds: data.expiresIn }),
      }),
      decodeError: decodeExampleError,
      operations: exampleOperations(idempotencyHeader, deduplicationField),
    },
    { clock: provider.clock, sleep: async () => {}, ...common },
  );
}

// The fixture's operation table, as `pnpm generate` would write it: the header and field on both writes.
function exampleOperations(idempotency?: string, deduplication?: string): OperationTable {
  const write = { ...(idempotency ? { idempotency } : {}), ...(deduplication ? { deduplication } : {}) };
  return { "GET /items": {}, "POST /items": write, "GET /items/{id}": {}, "PATCH /items/{id}": write };
}

/** Records requested sleeps without waiting. */
export function recordingSleep(): { delays: number[]; sleep: (milliseconds: number) => Promise<void> } {
  const delays: number[] = [];
  return { delays, sleep: async (milliseconds) => void delays.push(milliseconds) };
}

/**
 * Closes, after each test, the servers a test file's tests started. `started` reads the file's own variables at that
 * moment, since each test assigns them; closing a server twice is harmless, so they need no resetting.
 */
export function closeAfterEach(started: () => ReadonlyArray<{ close(): Promise<void> } | undefined>): void {
  afterEach(async () => {
    for (const server of started()) await server?.close();
  });
}

/** Every item an async iterable yields (a `listAll` walk), in order. */
export async function collect<Item>(items: AsyncIterable<Item>): Promise<Item[]> {
  const all: Item[] = [];
  for await (const item of items) all.push(item);
  return all;
}
