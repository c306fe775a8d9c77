import { createEmulatorServer, type EmulatorServer, json } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationError, createPayClient, listAll, type OperationTable, staticKey } from "../src/index";
import { collect } from "./fixture";

type Row = { n: number };
type Query = { size?: number; after?: string; page?: number; offset?: number; tag?: string };
type List<Body> = {
  get: { parameters: { query?: Query }; responses: { 200: { content: { "application/json": Body } } } };
};
type Paths = {
  "/cursor": List<{ data: Row[]; paging: { after: string | null } }>;
  "/pages": List<{ rows: Row[]; more: boolean }>;
  "/pages-bare": List<{ rows: Row[] }>;
  "/offset": List<{ rows: Row[] }>;
  "/loop": List<{ data: Row[]; paging: { after: string | null } }>;
  "/single": List<{ rows: Row[] }>;
};

// The schemes as `pnpm generate` writes them from `x-payclients-pagination`.
const operations = {
  "GET /cursor": {
    pagination: { style: "cursor", items: "data", pageSize: "size", cursor: "after", next: "paging.after" },
  },
  "GET /pages": {
    pagination: {
      style: "page",
      items: "rows",
      pageSize: "size",
      page: "page",
      firstPage: 1,
      hasMore: "more",
    },
  },
  "GET /pages-bare": { pagination: { style: "page", items: "rows", pageSize: "size", page: "page" } },
  "GET /offset": { pagination: { style: "offset", items: "rows", pageSize: "size", offset: "offset" } },
  "GET /loop": { pagination: { style: "cursor", items: "data", cursor: "after", next: "paging.after" } },
  "GET /single": {},
} as const satisfies OperationTable;

const rows = Array.from({ length: 11 }, (_, index) => ({ n: index }));

let server: EmulatorServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  server = await createEmulatorServer();
  const size = (query: URLSearchParams) => Number(query.get("size") ?? 4);
  server.route("GET", "/cursor", ({ query }) => {
    const from = Number(query.get("after") ?? 0);
    const next = from + size(query);
    return json(200, {
      data: rows.slice(from, next),
      paging: { after: next < rows.length ? String(next) : null },
    });
  });
  server.route("GET", "/pages", ({ query }) => {
    const page = Number(query.get("page"));
    const from = (page - 1) * size(query);
    return json(200, { rows: rows.slice(from, from + size(query)), more: from + size(query) < rows.length });
  });
  server.route("GET", "/pages-bare", ({ query }) => {
    const from = Number(query.get("page") ?? 0) * size(query);
    return json(200, { rows: rows.slice(from, from + size(query)) });
  });
  server.route("GET", "/offset", ({ query }) => {
    const from = Number(query.get("offset"));
    return json(200, { rows: rows.slice(from, from + size(query)) });
  });
  server.route("GET", "/loop", () => json(200, { data: [{ n: 0 }], paging: { after: "same" } }));
  const client = createPayClient<Paths, typeof operations>({
    provider: "lists",
    baseUrl: server.url,
    token: staticKey("sk_test_lists"),
    decodeError: () => undefined,
    operations,
  });
  return { server, client };
}

const numbers = (items: Row[]) => items.map((row) => row.n);

describe("listAll over each pagination style", () => {
  it("cursor: follows the next cursor at its dotted path, sending the page size and the caller's query", async () => {
    const { server, client } = await start();
    const items = await collect(
      listAll(client, "/cursor", { params: { query: { tag: "x" } } }, { pageSize: 4 }),
    );
    expect(numbers(items)).toEqual(rows.map((row) => row.n));
    const sent = server.requests({ path: "/cursor" }).map((entry) => Object.fromEntries(entry.query));
    expect(sent).toEqual([
      { tag: "x", size: "4" },
      { tag: "x", size: "4", after: "4" },
      { tag: "x", size: "4", after: "8" },
    ]);
  });

  it("cursor: a cursor in the query is where the walk starts", async () => {
    const { client } = await start();
    const items = await collect(listAll(client, "/cursor", { params: { query: { after: "9" } } }));
    expect(numbers(items)).toEqual([9, 10]);
  });

  it("page: counts from firstPage while the more flag is true", async () => {
    const { server, client } = await start();
    expect(numbers(await collect(listAll(client, "/pages", {}, { pageSize: 5 })))).toEqual(
      rows.map((r) => r.n),
    );
    expect(server.requests({ path: "/pages" }).map((entry) => entry.query.get("page"))).toEqual([
      "1",
      "2",
      "3",
    ]);
  });

  it("page without a more flag: a short page is the last; offset: advances by the items read", async () => {
    const { server, client } = await start();
    expect(numbers(await collect(listAll(client, "/pages-bare", {}, { pageSize: 4 })))).toHaveLength(11);
    expect(server.requests({ path: "/pages-bare" })).toHaveLength(3);
    expect(numbers(await collect(listAll(client, "/offset", {}, { pageSize: 3 })))).toHaveLength(11);
    expect(server.requests({ path: "/offset" }).map((entry) => entry.query.get("offset"))).toEqual([
      "0",
      "3",
      "6",
      "9",
    ]);
  });

  it("maxItems caps the items and the pages fetched", async () => {
    const { server, client } = await start();
    expect(numbers(await collect(listAll(client, "/cursor", {}, { pageSize: 4, maxItems: 5 })))).toEqual([
      0, 1, 2, 3, 4,
    ]);
    expect(server.requests({ path: "/cursor" })).toHaveLength(2);
    expect(await collect(listAll(client, "/cursor", {}, { pageSize: 4, maxItems: 4 }))).toHaveLength(4);
    expect(server.requests({ path: "/cursor" })).toHaveLength(3);
  });

  it("stops on a repeated cursor instead of looping", async () => {
    const { server, client } = await start();
    expect(await collect(listAll(client, "/loop"))).toHaveLength(2);
    expect(server.requests({ path: "/loop" })).toHaveLength(2);
  });

  it("refuses a path that is not a paginated list, and bad limits, before any request", async () => {
    const { server, client } = await start();
    expect(() => listAll(client, "/single" as never)).toThrow(ConfigurationError);
    expect(() => listAll(client, "/single" as never)).toThrow("lists: GET /single is not a paginated list");
    expect(() => listAll(client, "/cursor", {}, { pageSize: 0 })).toThrow(
      "pageSize must be a positive integer",
    );
    expect(() => listAll(client, "/cursor", {}, { maxItems: 1.5 })).toThrow(
      "maxItems must be a positive integer",
    );
    expect(server.journal).toHaveLength(0);
  });
});
