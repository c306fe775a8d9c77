// Where listAll's page walk stops and what it sends, for pages that bend the scheme: empty pages that claim more,
// pages without their items or cursor object, an empty cursor, a provider that pages smaller than asked.
import { createEmulatorServer, type EmulatorServer, json } from "@payclients/testing";
import { describe, expect, it } from "vitest";
import { ConfigurationError, createPayClient, listAll, type OperationTable, staticKey } from "../src/index";
import { closeAfterEach, collect } from "./fixture";

type Row = { n: number };
type Query = { size?: number; after?: string; page?: number };
type List<Body> = {
  get: { parameters: { query?: Query }; responses: { 200: { content: { "application/json": Body } } } };
};
type Paths = {
  "/cursor": List<{ data?: Row[]; paging?: { after?: string | null } | null }>;
  "/unsized": List<{ data?: Row[]; paging?: { after?: string | null } | null }>;
  "/pages": List<{ rows: Row[]; more: boolean }>;
  "/absent": List<{ data: Row[] }>;
};

const operations = {
  "GET /cursor": {
    pagination: { style: "cursor", items: "data", pageSize: "size", cursor: "after", next: "paging.after" },
  },
  // A list whose spec names no page-size parameter.
  "GET /unsized": { pagination: { style: "cursor", items: "data", cursor: "after", next: "paging.after" } },
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
} as const satisfies OperationTable;

let server: EmulatorServer | undefined;
closeAfterEach(() => [server]);

/** A client over an emulator whose `/cursor` and `/unsized` answer the same page to every request. */
async function start(page: unknown, unsized: unknown = page) {
  server = await createEmulatorServer();
  server.route("GET", "/cursor", () => json(200, page));
  server.route("GET", "/unsized", () => json(200, unsized));
  const client = createPayClient<Paths, typeof operations>({
    provider: "lists",
    baseUrl: server.url,
    token: staticKey("sk_test_lists"),
    decodeError: () => undefined,
    operations,
  });
  return { server, client };
}

const queries = (started: EmulatorServer, path: string) =>
  started.requests({ path }).map((entry) => Object.fromEntries(entry.query));

describe("where listAll stops", () => {
  it("stops when a page comes back empty even if it names a next cursor", async () => {
    const { server, client } = await start({ data: [], paging: { after: "more" } });
    expect(await collect(listAll(client, "/cursor"))).toEqual([]);
    expect(server.requests({ path: "/cursor" })).toHaveLength(1);
  });

  it("stops when a page has no items array at all", async () => {
    const { server, client } = await start({ paging: { after: "more" } });
    expect(await collect(listAll(client, "/cursor"))).toEqual([]);
    expect(server.requests({ path: "/cursor" })).toHaveLength(1);
  });

  it("stops on an empty next cursor", async () => {
    const { server, client } = await start({ data: [{ n: 1 }], paging: { after: "" } });
    expect(await collect(listAll(client, "/cursor"))).toEqual([{ n: 1 }]);
    expect(server.requests({ path: "/cursor" })).toHaveLength(1);
  });

  it("stops when the object holding the cursor is null or missing", async () => {
    const { server, client } = await start({ data: [{ n: 1 }], paging: null }, { data: [{ n: 2 }] });
    expect(await collect(listAll(client, "/cursor"))).toEqual([{ n: 1 }]);
    expect(await collect(listAll(client, "/unsized"))).toEqual([{ n: 2 }]);
    expect(server.requests()).toHaveLength(2);
  });

  it("follows the more flag, not the page length, when a provider pages smaller than asked", async () => {
    const { server, client } = await start({});
    // Two rows a page whatever the size asked for; the third page says it is the last.
    server.route("GET", "/pages", ({ query }) => {
      const page = Number(query.get("page"));
      return json(200, { rows: [{ n: page * 2 - 1 }, { n: page * 2 }], more: page < 3 });
    });
    const items = await collect(listAll(client, "/pages", {}, { pageSize: 5 }));
    expect(items.map((row) => row.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(queries(server, "/pages").map((query) => query.page)).toEqual(["1", "2", "3"]);
  });
});

describe("what listAll sends", () => {
  it("without a pageSize option sends no page size of its own, keeping one an untyped caller put in the query", async () => {
    const { server, client } = await start({ data: [{ n: 1 }] });
    await collect(listAll(client, "/cursor"));
    await collect(listAll(client, "/cursor", { params: { query: { size: 3 } } } as never));
    expect(queries(server, "/cursor")).toEqual([{}, { size: "3" }]);
  });

  it("never sends the pageSize option to a list whose spec names no page-size parameter", async () => {
    const { server, client } = await start({ data: [{ n: 1 }] });
    await collect(listAll(client, "/unsized", {}, { pageSize: 2 }));
    expect(queries(server, "/unsized")).toEqual([{}]);
  });

  it("refuses a path the operation table does not hold, before any request", async () => {
    const { server, client } = await start({});
    expect(() => listAll(client, "/absent" as never)).toThrow(ConfigurationError);
    expect(() => listAll(client, "/absent" as never)).toThrow("lists: GET /absent is not a paginated list");
    expect(server.journal).toHaveLength(0);
  });
});
