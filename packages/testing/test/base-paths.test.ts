// Operations served under their server URL's path (document-level and path-item servers), named by the spec's keys.
import { describe, expect, it } from "vitest";
import {
  createSpecEmulatorAtBasePaths,
  documentAtBasePaths,
  json,
  type OpenApiDocument,
  operationCoverage,
  serverUrlPath,
} from "../src/index";

const ok = { "200": { description: "" }, "400": { description: "" } };
const document: OpenApiDocument = {
  openapi: "3.1.0",
  servers: [{ url: "https://api.example.com/core/v1/" }],
  paths: {
    "/things/{id}": {
      get: {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", maxLength: 3 } }],
        responses: ok,
      },
    },
    "/logs": { servers: [{ url: "https://api.example.com/developer/v1" }], get: { responses: ok } },
  },
};
const wire = {
  invalidRequest: () => json(400, { error: "invalid" }),
  unauthorized: () => json(401, { error: "unauthorized" }),
};

describe("createSpecEmulatorAtBasePaths", () => {
  it("serves each operation under its server's path and names it by the spec's key", async () => {
    const api = await createSpecEmulatorAtBasePaths<unknown>({ document, wire, validateResponses: true });
    try {
      api.handle(
        "GET /things/{id}" as never,
        (({ input }: { input: { path: { id: string } } }) => ({
          status: 200,
          body: { id: input.path.id },
        })) as never,
      );
      const answer = async (path: string) => {
        const response = await fetch(`${api.server.url}${path}`);
        return [response.status, await response.text()];
      };
      expect(await answer("/core/v1/things/abc")).toEqual([200, '{"id":"abc"}']);
      expect(await answer("/core/v1/things/abcd")).toEqual([400, '{"error":"invalid"}']);
      expect((await answer("/things/abc"))[0]).toBe(404);
      expect((await answer("/developer/v1/logs"))[0]).toBe(501);
      expect(operationCoverage(api, { "GET /logs": "read-only log" })).toEqual({ unhandled: [], stale: [] });
      expect(api.operations.map((operation) => [operation.key, operation.path])).toEqual([
        ["GET /things/{id}", "/things/{id}"],
        ["GET /logs", "/logs"],
      ]);
      expect(api.violations).toEqual([]);
    } finally {
      await api.server.close();
    }
  });

  it("serves an operation under its own servers first, then its path item's, then the document's", () => {
    const { document: served, served: at } = documentAtBasePaths({
      openapi: "3.1.0",
      servers: [{ url: "https://api.example.com/core/v1" }],
      paths: {
        "/a": {
          servers: [{ url: "/item" }],
          get: { responses: ok },
          post: { servers: [{ url: "https://api.example.com/op/v2" }], responses: ok },
        },
        "/b": { get: { responses: ok } },
      },
    });
    expect([at("GET /a"), at("POST /a"), at("GET /b"), at("PUT /a")]).toEqual([
      "GET /item/a",
      "POST /op/v2/a",
      "GET /core/v1/b",
      undefined,
    ]);
    expect(Object.keys(served.paths ?? {})).toEqual(["/item/a", "/op/v2/a", "/core/v1/b"]);
  });

  it("reads the path of absolute, relative and templated server URLs", () => {
    expect(serverUrlPath("https://api.example.com/core/v1/")).toBe("/core/v1");
    expect(serverUrlPath(undefined)).toBe("");
    expect(serverUrlPath("https://auth.example.com")).toBe("");
    expect(serverUrlPath("/v2/")).toBe("/v2");
    expect(serverUrlPath("https://{host}/api")).toBe("/api");
  });
});
