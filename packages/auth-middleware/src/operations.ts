// The facts a provider's spec states about each operation, as `pnpm generate` writes them into
// packages/<provider>/src/generated/operations.ts. The pipeline reads them; providers never restate them.

/** A list that pages by an opaque cursor: `cursor` (query) takes the value found at `next` in the response. */
export interface CursorPagination {
  readonly style: "cursor";
  /** Response property holding the page's items. */
  readonly items: string;
  /** Query parameter of the page size. */
  readonly pageSize?: string;
  /** Query parameter that takes the next page's cursor. */
  readonly cursor: string;
  /** Dotted path of the next cursor in the response (e.g. `paging.after`); empty or absent on the last page. */
  readonly next: string;
}

/** A list that pages by page number: `page` (query) counts from `firstPage`. */
export interface PagePagination {
  readonly style: "page";
  readonly items: string;
  readonly pageSize?: string;
  /** Query parameter of the page number. */
  readonly page: string;
  /** Number of the first page (default 0). */
  readonly firstPage?: number;
  /** Response property that is `true` while more pages follow (otherwise: a short or empty page ends the list). */
  readonly hasMore?: string;
}

/** A list that pages by item offset: `offset` (query) is the number of items already read. */
export interface OffsetPagination {
  readonly style: "offset";
  readonly items: string;
  readonly pageSize?: string;
  /** Query parameter of the offset. */
  readonly offset: string;
}

/** How a list operation pages (the spec's `x-payclients-pagination`). */
export type Pagination = CursorPagination | PagePagination | OffsetPagination;

/** What the spec says about one operation; absent fields do not apply to it. */
export interface OperationFacts {
  /** The idempotency header the operation accepts (a header parameter of the spec). */
  readonly idempotency?: string;
  /** Sent without credentials (`security: []`). */
  readonly public?: true;
  /** Who may call it (`x-payclients-auth-context`), for providers with several kinds of credential. */
  readonly authContext?: string;
  /** The scopes its security requirement names. */
  readonly scopes?: readonly string[];
  /** Body field whose unique value makes a keyless create safe to resend (`x-payclients-deduplication-field`). */
  readonly deduplication?: string;
  /** How it pages, for a list operation (`x-payclients-pagination`). */
  readonly pagination?: Pagination;
}

/** Every operation of a spec, keyed `"METHOD /path"`: a provider's generated `operationTable`. */
export type OperationTable = Readonly<Record<string, OperationFacts>>;

/** The facts of `method` + path template, or `undefined` for an operation the table does not hold. */
export function operationFacts(
  table: OperationTable | undefined,
  method: string,
  path: string,
): OperationFacts | undefined {
  const key = `${method.toUpperCase()} ${path}`;
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

type Method = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** `"METHOD /path"` of every operation of a generated `paths` type: what an operation table's keys must be. */
export type OperationKey<Paths> = {
  [Path in keyof Paths & string]: {
    [Verb in Method]: Paths[Path] extends { [Key in Verb]: infer Operation }
      ? [Operation] extends [undefined]
        ? never
        : `${Uppercase<Verb>} ${Path}`
      : never;
  }[Method];
}[keyof Paths & string];
