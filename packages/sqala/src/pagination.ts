import { type CallOptions, paginate } from "@payclients/auth-middleware";
import { type SqalaClient, sqalaDeveloperPaths } from "./client";
import type { paths } from "./generated/schema";

type JsonBody<Response> = Response extends { content: { "application/json": infer Body } } ? Body : never;
type GetOperation<Path extends keyof paths> = paths[Path] extends { get: infer Operation }
  ? Operation
  : never;
type PageOf<Path extends keyof paths> =
  GetOperation<Path> extends { responses: { 200: infer Response } } ? JsonBody<Response> : never;

/** Every path whose GET answers Sqala's `{data, paging}` list envelope (core and Developer API). */
export type SqalaListPath = {
  [Path in keyof paths]: PageOf<Path> extends { data: readonly unknown[]; paging: unknown } ? Path : never;
}[keyof paths];

/** The item type of a list path, e.g. `PixQrCodePayment` for `/pix-qrcode-payments`. */
export type SqalaListItem<Path extends SqalaListPath> =
  PageOf<Path> extends { data: readonly (infer Item)[] } ? Item : never;

type Parameters<Path extends SqalaListPath> =
  GetOperation<Path> extends { parameters: infer Declared } ? Declared : never;
type PathParameters<Path extends SqalaListPath> =
  Parameters<Path> extends { path: infer Values } ? Values : never;
// `after` stays allowed as the starting cursor; `before` would walk backwards, which `listAll` does not.
type QueryParameters<Path extends SqalaListPath> = Omit<
  NonNullable<Parameters<Path> extends { query?: infer Query } ? Query : never>,
  "before"
>;

/** What {@link listAll} accepts: the list's path and query parameters, plus the per-call options. */
export type SqalaListInit<Path extends SqalaListPath> = CallOptions & {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  params?: ([PathParameters<Path>] extends [never] ? unknown : { path: PathParameters<Path> }) & {
    query?: QueryParameters<Path>;
  };
};

type ListArguments<Path extends SqalaListPath> = [PathParameters<Path>] extends [never]
  ? [init?: SqalaListInit<Path>]
  : [init: SqalaListInit<Path> & { params: { path: PathParameters<Path> } }];

interface ListPage {
  data: readonly unknown[];
  paging?: { after?: string | null } | null;
}

type UntypedGet = (url: string, init: Record<string, unknown>) => Promise<{ data: ListPage }>;

const developerPaths = new Set<string>(sqalaDeveloperPaths);

/**
 * Every item of a list, fetching pages lazily by following `paging.after`:
 * `for await (const payment of listAll(client, "/pix-qrcode-payments", { params: { query: { limit: 50 } } }))`.
 * Developer API lists (`/webhooks`) go through `client.developer`.
 */
export function listAll<Path extends SqalaListPath>(
  client: SqalaClient,
  path: Path,
  ...[init]: ListArguments<Path>
): AsyncGenerator<SqalaListItem<Path>, void, undefined> {
  const target = developerPaths.has(path) ? client.developer : client;
  const get = target.GET as unknown as UntypedGet;
  const { params, ...rest } = (init ?? {}) as SqalaListInit<Path> & {
    params?: { path?: unknown; query?: Record<string, unknown> };
  };
  return paginate(
    async (cursor) => {
      const query = { ...params?.query, ...(cursor === undefined ? {} : { after: cursor }) };
      const { data } = await get(path, { ...rest, params: { ...params, query } });
      return data;
    },
    (page) => ({ items: page.data as readonly SqalaListItem<Path>[], next: page.paging?.after }),
  );
}
