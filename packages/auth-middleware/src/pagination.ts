import type { MaybeOptionalInit } from "openapi-fetch";
import type { RequiredKeysOf } from "openapi-typescript-helpers";
import type { PayClient } from "./client";
import { ConfigurationError } from "./errors";
import { type OperationTable, operationFacts, type Pagination } from "./operations";
import type { CallOptions } from "./transport";

/** How much {@link listAll} reads: the page size it asks for and a cap on the items it yields. */
export interface ListOptions {
  /** Items per page, sent as the list's page-size parameter (default: the provider's own default). */
  pageSize?: number;
  /** Stops after this many items, fetching no further page (default: every item). */
  maxItems?: number;
}

type Paginated<Operations> = {
  [Key in keyof Operations]: Operations[Key] extends { pagination: Pagination } ? Key : never;
}[keyof Operations];

/** The paths of `Paths` whose GET the operation table describes as a paginated list. */
export type ListPath<Paths, Operations> =
  Paginated<Operations> extends `GET ${infer Path}` ? Extract<Path, keyof Paths> : never;

type ItemsField<Operations, Path extends string> = Operations extends {
  [Key in `GET ${Path}`]: { pagination: { items: infer Field } };
}
  ? Field
  : never;

type PageBody<Paths, Path extends keyof Paths> = Paths[Path] extends {
  get: { responses: { 200: { content: { "application/json": infer Body } } } };
}
  ? Body
  : never;

/** The item type of a list path, read from the spec's response: e.g. a `PixQrCodePayment`. */
export type ListItem<Paths, Operations, Path extends ListPath<Paths, Operations>> =
  NonNullable<
    PageBody<Paths, Path>[ItemsField<Operations, Path> & keyof PageBody<Paths, Path>]
  > extends readonly (infer Item)[]
    ? Item
    : never;

type PageSizeParameter<Operations, Path extends string> = Operations extends {
  [Key in `GET ${Path}`]: { pagination: { pageSize: infer Name } };
}
  ? Name
  : never;

type GetInit<Paths, Path extends keyof Paths> = Paths[Path] extends { get: unknown }
  ? MaybeOptionalInit<Paths[Path], "get">
  : never;

// The page size goes through `ListOptions`, so it leaves the query; a cursor, page or offset there is where to start.
type WithoutPaging<Init, Names> = Init extends { params?: infer Params }
  ? Omit<Init, "params"> & {
      params?: Omit<NonNullable<Params>, "query"> & {
        query?: Omit<
          NonNullable<NonNullable<Params> extends { query?: infer Query } ? Query : never>,
          Names & string
        >;
      };
    }
  : Init;

/** What {@link listAll} takes for one list: its path and query parameters (the page size aside) and call options. */
export type ListInit<Paths, Operations, Path extends ListPath<Paths, Operations>> = WithoutPaging<
  GetInit<Paths, Path>,
  PageSizeParameter<Operations, Path>
> &
  CallOptions;

type ListArguments<Paths, Operations, Path extends ListPath<Paths, Operations>> =
  RequiredKeysOf<GetInit<Paths, Path>> extends never
    ? [init?: ListInit<Paths, Operations, Path>, options?: ListOptions]
    : [init: ListInit<Paths, Operations, Path>, options?: ListOptions];

type UntypedGet = (path: string, init: Record<string, unknown>) => Promise<{ data: unknown }>;
type Position = string | number | undefined;

/**
 * Every item of a paginated list, fetching pages lazily as the spec's `x-payclients-pagination` says:
 * `for await (const order of listAll(client, "/v1/reporting/orders", {}, { pageSize: 100, maxItems: 1000 }))`.
 */
export function listAll<
  Paths extends {},
  Operations extends OperationTable,
  Path extends ListPath<Paths, Operations>,
>(
  client: PayClient<Paths, Operations>,
  path: Path,
  ...[init, options = {}]: ListArguments<Paths, Operations, Path>
): AsyncGenerator<ListItem<Paths, Operations, Path>, void, undefined> {
  const scheme = operationFacts(client.operations, "GET", path)?.pagination;
  if (scheme === undefined) {
    throw new ConfigurationError(`${client.provider}: GET ${path} is not a paginated list of its spec`);
  }
  const { pageSize, maxItems = Number.POSITIVE_INFINITY } = options;
  for (const [name, value] of Object.entries({ pageSize, maxItems })) {
    if (
      value !== undefined &&
      value !== Number.POSITIVE_INFINITY &&
      !(Number.isInteger(value) && value > 0)
    ) {
      throw new ConfigurationError(`${client.provider}: listAll's ${name} must be a positive integer`);
    }
  }
  const get = client.GET as unknown as UntypedGet;
  return walk(
    get,
    path,
    (init ?? {}) as Record<string, unknown>,
    scheme,
    pageSize,
    maxItems,
  ) as AsyncGenerator<ListItem<Paths, Operations, Path>, void, undefined>;
}

async function* walk(
  get: UntypedGet,
  path: string,
  init: Record<string, unknown>,
  scheme: Pagination,
  pageSize: number | undefined,
  maxItems: number,
): AsyncGenerator<unknown, void, undefined> {
  const params = (init.params ?? {}) as { query?: Record<string, unknown> };
  let position = (params.query?.[positionParameter(scheme)] as Position) ?? firstPosition(scheme);
  let yielded = 0;
  const seen = new Set<Position>();
  while (yielded < maxItems) {
    const query = {
      ...params.query,
      ...(pageSize !== undefined && scheme.pageSize !== undefined ? { [scheme.pageSize]: pageSize } : {}),
      // Stryker disable next-line ConditionalExpression: equivalent; openapi-fetch's query serializer skips an undefined (or null) value, and the position is undefined only when the caller's value was
      ...(position === undefined ? {} : { [positionParameter(scheme)]: position }),
    };
    const { data } = await get(path, { ...init, params: { ...params, query } });
    const items = valueAt(data, scheme.items);
    if (!Array.isArray(items) || items.length === 0) return;
    for (const item of items.slice(0, maxItems - yielded)) yield item;
    yielded += items.length;
    position = nextPosition(scheme, data, position, items.length, pageSize);
    // A provider that repeats a cursor would otherwise loop forever.
    if (position === undefined || seen.has(position)) return;
    seen.add(position);
  }
}

function firstPosition(scheme: Pagination): Position {
  if (scheme.style === "page") return scheme.firstPage ?? 0;
  return scheme.style === "offset" ? 0 : undefined;
}

function positionParameter(scheme: Pagination): string {
  if (scheme.style === "page") return scheme.page;
  return scheme.style === "offset" ? scheme.offset : scheme.cursor;
}

/** Where the next page starts, or `undefined` after the last one. */
function nextPosition(
  scheme: Pagination,
  page: unknown,
  position: Position,
  count: number,
  pageSize: number | undefined,
): Position {
  if (scheme.style === "cursor") {
    const next = valueAt(page, scheme.next);
    return typeof next === "string" && next !== "" ? next : undefined;
  }
  // Stryker disable next-line ConditionalExpression: equivalent for `style === "page"` → true (only page schemes have hasMore; cursor lists returned above); the branch is pinned by its BlockStatement and EqualityOperator mutants
  if (scheme.style === "page" && scheme.hasMore !== undefined) {
    return valueAt(page, scheme.hasMore) === true ? Number(position) + 1 : undefined;
  }
  // Without a "more" flag, a page shorter than the size asked for is the last (an empty one always is).
  // Stryker disable next-line ConditionalExpression: equivalent for `pageSize !== undefined` → true (`count < undefined` is false; the check is there for the types); the comparison keeps its EqualityOperator mutants
  if (pageSize !== undefined && count < pageSize) return undefined;
  return scheme.style === "page" ? Number(position) + 1 : Number(position) + count;
}

function valueAt(source: unknown, dotted: string): unknown {
  let value = source;
  for (const key of dotted.split(".")) {
    value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}
