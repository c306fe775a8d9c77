/** One page as a provider returns it, reduced to its items and the cursor of the next page. */
export interface PageSlice<Item> {
  items: readonly Item[];
  /** Cursor for the next page; `undefined`/`null`/"" when this is the last page. */
  next: string | null | undefined;
}

/**
 * Iterates every item of a cursor-paginated list, fetching pages lazily:
 * `for await (const payment of paginate((cursor) => fetchPage(cursor), (page) => ({ items, next })))`.
 */
export async function* paginate<Page, Item>(
  fetchPage: (cursor: string | undefined) => Promise<Page>,
  slice: (page: Page) => PageSlice<Item>,
): AsyncGenerator<Item, void, undefined> {
  let cursor: string | undefined;
  const seen = new Set<string>();
  for (;;) {
    const page = slice(await fetchPage(cursor));
    yield* page.items;
    if (page.next === undefined || page.next === null || page.next === "" || page.items.length === 0) return;
    // A provider that repeats a cursor would otherwise loop forever.
    if (seen.has(page.next)) return;
    seen.add(page.next);
    cursor = page.next;
  }
}
