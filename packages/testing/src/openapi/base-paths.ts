// Specs whose paths are relative to a server URL with a path (`https://api.sqala.tech/core/v1`, with some path
// items on `…/developer/v1`): the emulator serves each operation under its server's path, so a client configured with
// the real base URL's shape reaches it, while handlers, the operation table and coverage keep the spec's own keys.
import type { OpenApiDocument, SpecOperation } from "./document";
import {
  createSpecEmulator,
  type HandleOptions,
  type SpecEmulator,
  type SpecEmulatorOptions,
} from "./emulator";

type Node = Record<string, unknown>;

/** The path of a path item's server (its own `servers`, else the document's), without a trailing slash. */
export function serverBasePath(document: OpenApiDocument, item: unknown): string {
  const servers = ((item as Node | undefined)?.servers ?? document.servers) as { url?: string }[] | undefined;
  const url = servers?.[0]?.url;
  if (url === undefined) return "";
  // A relative server URL ("/v1") is a path already; template variables ({host}) never reach the path here.
  const path = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? new URL(url.replace(/\{[^}]*\}/g, "x")).pathname : url;
  return path.replace(/\/+$/, "");
}

type AtBasePaths = ReturnType<typeof rewrite>;

// One rewritten document per spec: the kit caches compiled validators per document object, so every emulator of a
// provider must share the same one.
const rewritten = new WeakMap<OpenApiDocument, AtBasePaths>();

/** The document with every path prefixed by its server's path, and the key maps between both (memoized). */
export function documentAtBasePaths(document: OpenApiDocument): AtBasePaths {
  let result = rewritten.get(document);
  if (result === undefined) {
    result = rewrite(document);
    rewritten.set(document, result);
  }
  return result;
}

function rewrite(document: OpenApiDocument): {
  document: OpenApiDocument;
  /** `"POST /access-tokens"` → `"POST /core/v1/access-tokens"`. */
  served: (key: string) => string;
  /** The inverse of `served`. */
  spec: (key: string) => string;
} {
  const toServed = new Map<string, string>();
  const toSpec = new Map<string, string>();
  const paths: Record<string, unknown> = {};
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const servedPath = `${serverBasePath(document, item)}${path}`;
    paths[servedPath] = item;
    toServed.set(path, servedPath);
    toSpec.set(servedPath, path);
  }
  const mapKey = (map: Map<string, string>) => (key: string) => {
    const [method, path = ""] = key.split(" ", 2);
    return `${method} ${map.get(path) ?? path}`;
  };
  return { document: { ...document, paths }, served: mapKey(toServed), spec: mapKey(toSpec) };
}

/**
 * {@link createSpecEmulator} serving each operation under its server URL's path (`/core/v1/access-tokens`), with
 * the spec's keys everywhere the provider names an operation: `handle`, `operations`, `handled()`, the idempotency
 * table. `violations` name the served path.
 */
export async function createSpecEmulatorAtBasePaths<Paths>(
  options: SpecEmulatorOptions,
): Promise<SpecEmulator<Paths>> {
  const { document, served, spec } = documentAtBasePaths(options.document);
  const idempotency = options.idempotency && {
    ...options.idempotency,
    table: Object.fromEntries(
      Object.entries(options.idempotency.table).map(([key, facts]) => [served(key), facts]),
    ),
  };
  const api = await createSpecEmulator<Paths>({
    ...options,
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
      // The served key names the same operation under its prefixed path: same typed handler, untyped key.
      const handle = api.handle as (key: string, handler: unknown, options?: HandleOptions) => unknown;
      handle(served(key), handler, handleOptions);
      return emulator;
    },
    handled: () => api.handled().map(spec),
  };
  return emulator;
}
