// Specs whose operations are served under a server URL with a path (Sqala's `https://api.sqala.tech/core/v1`, with
// some path items on `…/developer/v1`) or on several hosts (Clik2pay's token endpoint on its Auth API beside the API
// under `/open/v1`). OpenAPI says where: an operation is served by the first `servers` list found on the operation,
// its path item or the document, and each URL's path prefixes the operation's path. One rewritten document serves
// either every operation (each under its first server's path) or the operations of one server URL (one per host);
// handlers, the operation table and coverage keep the spec's own keys.
import type { OpenApiDocument, SpecOperation } from "./document";
import {
  createSpecEmulator,
  type HandleOptions,
  type SpecEmulator,
  type SpecEmulatorOptions,
} from "./emulator";

type Node = Record<string, unknown>;
type Servers = readonly { url?: unknown }[] | undefined;

const methods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** The path of a server URL (absolute, relative or templated), without a trailing slash: `/core/v1`, or `""`. */
export function serverUrlPath(url: string | undefined): string {
  if (url === undefined) return "";
  // A relative server URL ("/v1") is a path already; template variables ({host}) never reach the path here.
  const path = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? new URL(url.replace(/\{[^}]*\}/g, "x")).pathname : url;
  return path.replace(/\/+$/, "");
}

/** A document rewritten to serve its operations under their servers' paths, with the key maps both ways. */
export interface DocumentAtBasePaths {
  /** The served operations, each path prefixed with its server URL's path (same components). */
  document: OpenApiDocument;
  /** `"POST /access-tokens"` → `"POST /core/v1/access-tokens"` (`undefined` for an operation not served). */
  served(key: string): string | undefined;
  /** The inverse of `served`. */
  spec(key: string): string;
}

// One rewritten document per spec and server URL: the kit caches compiled validators per document object, so every
// emulator of a provider must share the same one.
const rewritten = new WeakMap<OpenApiDocument, Map<string, DocumentAtBasePaths>>();

/**
 * The document as served: every operation under its first server's path, or with `serverUrl` only the operations
 * whose servers list it, under that URL's path (one host of a spec on several). Memoized per document and URL.
 */
export function documentAtBasePaths(document: OpenApiDocument, serverUrl?: string): DocumentAtBasePaths {
  let byUrl = rewritten.get(document);
  if (byUrl === undefined) {
    byUrl = new Map();
    rewritten.set(document, byUrl);
  }
  let result = byUrl.get(serverUrl ?? "");
  if (result === undefined) {
    result = rewrite(document, serverUrl);
    byUrl.set(serverUrl ?? "", result);
  }
  return result;
}

function rewrite(document: OpenApiDocument, serverUrl: string | undefined): DocumentAtBasePaths {
  const toServed = new Map<string, string>();
  const toSpec = new Map<string, string>();
  const paths: Record<string, Node> = {};
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Node>)) {
    const { servers: itemServers, ...rest } = item;
    for (const [method, operation] of Object.entries(rest)) {
      if (!methods.has(method)) continue;
      const servers = ((operation as Node).servers ??
        itemServers ??
        document.servers ?? [{ url: "/" }]) as Servers;
      const url = serverUrl ?? servers?.[0]?.url;
      if (serverUrl !== undefined && !servers?.some((server) => server.url === serverUrl)) continue;
      const servedPath = `${serverUrlPath(typeof url === "string" ? url : undefined)}${path}`;
      // A path item's own fields (parameters, summary) go with each of its operations.
      paths[servedPath] ??= Object.fromEntries(Object.entries(rest).filter(([key]) => !methods.has(key)));
      (paths[servedPath] as Node)[method] = operation;
      const key = `${method.toUpperCase()} ${path}`;
      const served = `${method.toUpperCase()} ${servedPath}`;
      toServed.set(key, served);
      toSpec.set(served, key);
    }
  }
  return {
    document: { ...document, paths },
    served: (key) => toServed.get(key),
    spec: (key) => toSpec.get(key) ?? key,
  };
}

/** Options of {@link createSpecEmulatorAtBasePaths}. */
export interface SpecEmulatorAtBasePathsOptions extends SpecEmulatorOptions {
  /**
   * Serves only the operations of this server URL of the spec (top-level, path-level or operation-level `servers`,
   * e.g. `https://api.clik2pay.com/open/v1`), under its path: one host of a spec on several. Default: every
   * operation, each under its own server's path, on one server.
   */
  serverUrl?: string;
}

/**
 * {@link createSpecEmulator} serving each operation under its server URL's path (`/core/v1/access-tokens`), with
 * the spec's keys everywhere the provider names an operation: `handle`, `operations`, `handled()`, the idempotency
 * table. Requests, the journal and `violations` carry the served path.
 */
export async function createSpecEmulatorAtBasePaths<Paths>(
  options: SpecEmulatorAtBasePathsOptions,
): Promise<SpecEmulator<Paths>> {
  const { serverUrl, ...specOptions } = options;
  const { document, served, spec } = documentAtBasePaths(options.document, serverUrl);
  const idempotency = options.idempotency && {
    ...options.idempotency,
    table: Object.fromEntries(
      Object.entries(options.idempotency.table).flatMap(([key, facts]) => {
        const at = served(key);
        return at === undefined ? [] : [[at, facts]];
      }),
    ),
  };
  const api = await createSpecEmulator<Paths>({
    ...specOptions,
    document,
    ...(idempotency ? { idempotency } : {}),
  });
  const operations: SpecOperation[] = api.operations.map((operation) => ({
    ...operation,
    key: spec(operation.key),
    path: spec(operation.key).slice(operation.method.length + 1),
  }));
  const emulator: SpecEmulator<Paths> = {
    server: api.server,
    operations,
    violations: api.violations,
    handle(key, handler, handleOptions) {
      const at = served(key);
      if (at === undefined) {
        throw new Error(
          `${key} is not an operation of the spec${serverUrl ? ` served by ${serverUrl}` : ""}`,
        );
      }
      // The served key names the same operation under its prefixed path: same typed handler, untyped key.
      const handle = api.handle as (key: string, handler: unknown, options?: HandleOptions) => unknown;
      handle(at, handler, handleOptions);
      return emulator;
    },
    handled: () => api.handled().map(spec),
  };
  return emulator;
}
