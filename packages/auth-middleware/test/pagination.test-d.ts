import { describe, expectTypeOf, it } from "vitest";
import { createPayClient, listAll, type OperationKey, staticKey } from "../src/index";

type Row = { n: number };
type Paths = {
  "/rows": {
    get: {
      parameters: { query?: { size?: number; after?: string; tag?: string } };
      responses: {
        200: { content: { "application/json": { data: Row[]; paging: { after: string | null } } } };
      };
    };
    post?: never;
  };
  "/rows/{id}": {
    get: {
      parameters: { path: { id: string }; query?: { size?: number; after?: string } };
      responses: { 200: { content: { "application/json": { data?: Row[] | null } } } };
    };
    delete: { responses: { 204: { content?: never } } };
  };
  "/one": { get: { responses: { 200: { content: { "application/json": Row } } } } };
};
const cursor = {
  style: "cursor",
  items: "data",
  pageSize: "size",
  cursor: "after",
  next: "paging.after",
} as const;
const operations = {
  "GET /rows": { pagination: cursor },
  "GET /rows/{id}": { pagination: cursor },
  "DELETE /rows/{id}": {},
  "GET /one": {},
} as const;
const client = createPayClient<Paths, typeof operations>({
  provider: "lists",
  baseUrl: "https://api.example.com",
  token: staticKey("k"),
  decodeError: () => undefined,
  operations,
});

describe("listAll's types", () => {
  it("yields the item type of the list's response", () => {
    expectTypeOf(listAll(client, "/rows")).toEqualTypeOf<AsyncGenerator<Row, void, undefined>>();
    expectTypeOf(
      listAll(client, "/rows/{id}", { params: { path: { id: "1" } } }, { pageSize: 10, maxItems: 50 }),
    ).toEqualTypeOf<AsyncGenerator<Row, void, undefined>>();
  });

  it("a non-list path, a missing path parameter or the page size in the query fail to compile", () => {
    // @ts-expect-error not a paginated list
    void listAll(client, "/one");
    // @ts-expect-error the path parameter is required
    void listAll(client, "/rows/{id}");
    // @ts-expect-error the page size is an option, not a query parameter
    void listAll(client, "/rows", { params: { query: { size: 5 } } });
    void listAll(client, "/rows", { params: { query: { tag: "t", after: "c" } } });
  });

  it("OperationKey is METHOD path of every defined operation, and nothing else", () => {
    expectTypeOf<OperationKey<Paths>>().toEqualTypeOf<
      "GET /rows" | "GET /rows/{id}" | "DELETE /rows/{id}" | "GET /one"
    >();
    expectTypeOf<keyof typeof operations>().toEqualTypeOf<OperationKey<Paths>>();
  });
});
