// A spec on two hosts (a token host named by a path-level `servers`, an API under /v1): with `serverUrl`, each
// emulator serves only its own host's operations, under its base path, keyed as the spec keys them; and the spec
// behind an issue.
import { afterEach, describe, expect, it } from "vitest";
import {
  createSpecEmulatorAtBasePaths,
  documentAtBasePaths,
  issueSchemas,
  json,
  type OpenApiDocument,
  operationCoverage,
  type SpecEmulator,
  type SpecIssue,
} from "../src/index";

const document: OpenApiDocument = {
  openapi: "3.1.0",
  servers: [{ url: "https://api.example.test/v1" }],
  paths: {
    "/token": {
      servers: [{ url: "https://auth.example.test" }],
      post: { responses: { "200": { $ref: "#/components/responses/Ok" } } },
    },
    "/items": {
      post: {
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/NewItem" } } },
        },
        responses: { "200": { $ref: "#/components/responses/Ok" }, "400": { description: "invalid" } },
      },
    },
  },
  components: {
    schemas: {
      Amount: { type: "number" },
      NewItem: {
        type: "object",
        required: ["owner"],
        properties: {
          price: { $ref: "#/components/schemas/Amount", minimum: 1, maximum: 9 },
          owner: { type: "object", required: ["name", "email"], properties: { name: { type: "string" } } },
        },
      },
    },
    responses: {
      Ok: {
        description: "",
        content: { "application/json": { schema: { type: "object", required: ["ok"] } } },
      },
    },
  },
};

const wire = {
  invalidRequest: (issues: SpecIssue[]) =>
    json(400, { issues: issues.map((issue) => issue.field.join(".")) }),
  unauthorized: () => json(401, {}),
  unknownOperation: () => json(404, { unknown: true }),
};

const started: SpecEmulator<unknown>[] = [];
afterEach(async () => {
  const stopping = started.splice(0);
  await Promise.all(stopping.map((emulator) => emulator.server.close()));
  expect(stopping.flatMap((emulator) => emulator.violations)).toEqual([]);
});

async function host(serverUrl: string): Promise<SpecEmulator<unknown>> {
  const emulator = await createSpecEmulatorAtBasePaths<unknown>({ document, serverUrl, wire });
  started.push(emulator);
  return emulator;
}

describe("hosted spec emulators", () => {
  it("serve each host's operations under its base path, keyed as in the spec", async () => {
    const api = await host("https://api.example.test/v1");
    const auth = await host("https://auth.example.test");
    (api.handle as (key: string, handler: unknown) => unknown)("POST /items", () => ({
      status: 200,
      body: { ok: true },
    }));
    expect(() => (api.handle as (key: string, handler: unknown) => unknown)("POST /token", () => 0)).toThrow(
      "POST /token is not an operation of the spec served by https://api.example.test/v1",
    );
    const post = (url: string, body = '{"owner":{"name":"a","email":"b"}}') =>
      fetch(url, { method: "POST", body }).then(async (response) => [response.status, await response.json()]);
    expect(await post(`${api.server.url}/v1/items`)).toEqual([200, { ok: true }]);
    expect(await post(`${api.server.url}/items`)).toEqual([404, { unknown: true }]);
    expect(await post(`${api.server.url}/v1/token`)).toEqual([404, { unknown: true }]);
    expect(await post(`${auth.server.url}/token`, "")).toEqual([501, expect.any(Object)]);
    expect(await post(`${auth.server.url}/v1/items`)).toEqual([404, { unknown: true }]);
    expect(await post(`${api.server.url}/v1/items`, '{"price":10,"owner":{}}')).toEqual([
      400,
      { issues: ["price", "owner.name", "owner.email"] },
    ]);
    const spec = {
      operations: [...auth.operations, ...api.operations],
      handled: () => [...auth.handled(), ...api.handled()],
    };
    expect(spec.operations.map((operation) => operation.key)).toEqual(["POST /token", "POST /items"]);
    expect(operationCoverage(spec, { "POST /token": "a 501 for the test" })).toEqual({
      unhandled: [],
      stale: [],
    });
    expect(documentAtBasePaths(document, "https://auth.example.test")).toBe(
      documentAtBasePaths(document, "https://auth.example.test"),
    );
  });
});

describe("issueSchemas", () => {
  const request = { method: "POST", path: "/items" };
  const issue = (field: string[], keyword: string, params: Record<string, unknown> = {}): SpecIssue => ({
    location: "body",
    field,
    keyword,
    params,
    message: "",
    value: undefined,
  });

  it("finds the schema stating the broken keyword: a $ref's siblings, the object that requires a field", () => {
    expect(issueSchemas(document, request, issue(["price"], "maximum", { limit: 9 }))).toEqual([
      { $ref: "#/components/schemas/Amount", minimum: 1, maximum: 9 },
    ]);
    expect(issueSchemas(document, request, issue(["owner", "email"], "required"))).toEqual([
      expect.objectContaining({ required: ["name", "email"] }),
    ]);
    expect(issueSchemas(document, request, issue(["price"], "maximum", { limit: 5 }))).toEqual([]);
    expect(issueSchemas(document, { method: "GET", path: "/items" }, issue([], "required"))).toEqual([]);
  });
});
