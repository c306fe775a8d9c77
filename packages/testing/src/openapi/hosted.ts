// One host of a spec whose operations live on several servers (a token host beside the API) or under a base path
// (`https://api.example.com/open/v1`). OpenAPI says which: an operation is served by the first `servers` list found
// on the operation, its path item or the document, each URL's path prefixed to the operation's path. The kit serves
// one host per `createHostedSpecEmulator`; emulators of one provider share their clock and state.
import type { OpenApiDocument, SpecOperation } from "./document";
import { createSpecEmulator, type SpecEmulator, type SpecEmulatorOptions } from "./emulator";

/** Options of {@link createHostedSpecEmulator}. */
export interface HostedSpecEmulatorOptions extends SpecEmulatorOptions {
  /**
   * One server URL of the spec (top-level, path-level or operation-level `servers`), e.g.
   * `https://api.clik2pay.com/open/v1`: the emulator serves the operations that list it, under its path.
   */
  serverUrl: string;
}

/** The part of a document one server URL serves, its paths prefixed with the URL's path. */
export interface HostedDocument {
  document: OpenApiDocument;
  /** The URL's path without a trailing slash (`/open/v1`, or `""`). */
  basePath: string;
}

type Node = Record<string, unknown>;
type Servers = readonly { url?: unknown }[] | undefined;

const methods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
const hostedDocuments = new WeakMap<OpenApiDocument, Map<string, HostedDocument>>();

/**
 * The operations `host` serves, as a document of their own (same components, paths under the host's base path).
 * Cached per document and host, so the validators compiled for it are reused by every emulator of the process.
 */
export function hostedDocument(document: OpenApiDocument, host: string): HostedDocument {
  let byHost = hostedDocuments.get(document);
  if (!byHost) {
    byHost = new Map();
    hostedDocuments.set(document, byHost);
  }
  const cached = byHost.get(host);
  if (cached) return cached;
  const basePath = new URL(host).pathname.replace(/\/+$/, "");
  const paths: Record<string, Node> = {};
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Node>)) {
    const { servers: itemServers, ...rest } = item;
    const served: Node = {};
    for (const [key, value] of Object.entries(rest)) {
      if (!methods.has(key)) served[key] = value;
      else if (listsHost((value as Node).servers as Servers, itemServers as Servers, document, host)) {
        served[key] = value;
      }
    }
    if (Object.keys(served).some((key) => methods.has(key))) paths[`${basePath}${path}`] = served;
  }
  const hosted = { document: { ...document, paths }, basePath };
  byHost.set(host, hosted);
  return hosted;
}

function listsHost(operation: Servers, item: Servers, document: OpenApiDocument, host: string): boolean {
  const servers = operation ?? item ?? (document.servers as Servers) ?? [{ url: "/" }];
  return servers.some((server) => server.url === host);
}

/**
 * Starts a spec emulator for one host of a document: it serves (and validates, and answers unknown operations for)
 * only that host's operations, under its base path. Handlers, `operations` and `handled()` use the spec's own keys
 * (`"POST /payment-requests"`), so the coverage test and typed handlers read as for a single-host spec.
 */
export async function createHostedSpecEmulator<Paths>(
  options: HostedSpecEmulatorOptions,
): Promise<SpecEmulator<Paths>> {
  const { serverUrl: host, document, idempotency, ...rest } = options;
  const { document: served, basePath } = hostedDocument(document, host);
  const prefixed = (key: string) => key.replace(" ", ` ${basePath}`);
  const table = idempotency
    ? Object.fromEntries(Object.entries(idempotency.table).map(([key, facts]) => [prefixed(key), facts]))
    : undefined;
  const inner = await createSpecEmulator<Paths>({
    ...rest,
    document: served,
    ...(idempotency && table ? { idempotency: { ...idempotency, table } } : {}),
  });
  const unprefixed = (operation: SpecOperation): SpecOperation => {
    const path = operation.path.slice(basePath.length);
    return { ...operation, path, key: `${operation.method} ${path}` };
  };
  const operations = inner.operations.map(unprefixed);
  const emulator: SpecEmulator<Paths> = {
    server: inner.server,
    operations,
    violations: inner.violations,
    handle(key, handler, handleOptions) {
      if (!operations.some((operation) => operation.key === key)) {
        throw new Error(`${key} is not an operation of the spec served by ${host}`);
      }
      (inner.handle as (key: string, ...more: unknown[]) => unknown)(prefixed(key), handler, handleOptions);
      return emulator;
    },
    handled: () => inner.handled().map((key) => key.replace(` ${basePath}`, " ")),
  };
  return emulator;
}
