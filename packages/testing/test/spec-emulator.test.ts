// The spec-served emulator on a small document of its own: what it refuses, how it coerces, what it checks of
// answers, and the per-operation facts it applies (idempotency, empty-body leniency, fallback responses).
import { afterEach, describe, expect, it } from "vitest";
import {
  createSpecEmulator,
  emulatorCoverage,
  json,
  type OpenApiDocument,
  operationCoverage,
  refusal,
  type SpecEmulator,
  type SpecIssue,
  startHarness,
  text,
} from "../src/index";

const document: OpenApiDocument = {
  openapi: "3.1.0",
  security: [{ Key: [] }],
  paths: {
    "/items": {
      post: {
        parameters: [{ name: "Idempotency-Key", in: "header", schema: { type: "string" } }],
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/NewItem" } } },
        },
        responses: { "200": { $ref: "#/components/responses/Item" } },
      },
      get: {
        security: [],
        parameters: [
          { name: "size", in: "query", required: true, schema: { type: "integer", maximum: 10 } },
          { name: "kind", in: "query", schema: { enum: ["a", "b"] } },
        ],
        responses: {
          "200": { description: "", content: { "application/json": { schema: { type: "array" } } } },
        },
      },
    },
    "/items/{id}": { delete: { responses: { "204": { description: "gone" } } } },
    "/token": {
      post: {
        security: [],
        responses: {
          "200": {
            description: "JSON or the bare token as text",
            content: {
              "application/json": { schema: { type: "object", required: ["token"] } },
              "text/plain": { schema: { type: "string" } },
            },
          },
          "201": { description: "", content: { "application/json": { schema: { type: "object" } } } },
        },
      },
    },
  },
  components: {
    securitySchemes: { Key: { type: "apiKey", in: "header", name: "X-Key" } },
    schemas: {
      NewItem: { type: "object", required: ["name"], properties: { name: { type: "string", minLength: 1 } } },
    },
    responses: {
      Item: {
        description: "",
        content: {
          "application/json": {
            schema: { type: "object", required: ["id"], properties: { id: { type: "string" } } },
          },
        },
      },
      Gone: {
        description: "",
        content: { "application/json": { schema: { type: "object", required: ["gone"] } } },
      },
    },
  },
};

// A wire format that echoes the kit's issues, so the test reads them as the kit reports them.
const wire = {
  invalidRequest: (issues: SpecIssue[]) =>
    json(400, { issues: issues.map(({ location, field, keyword }) => ({ location, field, keyword })) }),
  unauthorized: (_request: unknown, reason: string) => json(401, { reason }),
};

let api: SpecEmulator<unknown> | undefined;
afterEach(async () => {
  await api?.server.close();
  api = undefined;
});

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${api?.server.url}${path}`, { method: "POST", body, headers: { "x-key": "k", ...headers } });

describe("requests the spec does not accept", () => {
  it("refuses unknown paths and methods, missing or rejected credentials, and invalid parameters and bodies", async () => {
    // This document declares no error answers, so answer checking (on under vitest) stays off here.
    api = await createSpecEmulator({
      document,
      wire,
      credentials: { Key: (value) => value === "k" },
      validateResponses: false,
    });
    (api as SpecEmulator<Record<string, never>>).handle(
      "POST /items" as never,
      (() => ({ status: 200, body: { id: "1" } })) as never,
    );
    const url = api.server.url;
    expect((await fetch(`${url}/nowhere`)).status).toBe(404);
    expect((await fetch(`${url}/items`, { method: "PUT" })).status).toBe(404);
    expect(await (await fetch(`${url}/items`, { method: "POST", body: "{}" })).json()).toEqual({
      reason: "missing",
    });
    expect(await (await post("/items", "{}", { "x-key": "nope" })).json()).toEqual({ reason: "rejected" });
    expect(await (await post("/items", "{not json")).json()).toEqual({
      issues: [{ location: "body", field: [], keyword: "parse" }],
    });
    expect(await (await post("/items", "")).json()).toEqual({
      issues: [{ location: "body", field: [], keyword: "required" }],
    });
    expect(await (await post("/items", '{"name":""}')).json()).toEqual({
      issues: [{ location: "body", field: ["name"], keyword: "minLength" }],
    });
    // GET /items is public (`security: []`) and answers 501 until handled; its query is checked first.
    expect(await (await fetch(`${url}/items?size=11&kind=c`)).json()).toEqual({
      issues: [
        { location: "query", field: ["size"], keyword: "maximum" },
        { location: "query", field: ["kind"], keyword: "enum" },
      ],
    });
    expect((await fetch(`${url}/items?size=3`)).status).toBe(501);
    expect(api.violations).toEqual([]);
  });
});

describe("handled operations", () => {
  it("get coerced parameters, replay idempotent answers, accept a documented empty body, and are counted", async () => {
    let created = 0;
    api = await createSpecEmulator({
      document,
      wire,
      idempotency: {
        table: { "POST /items": { idempotency: "Idempotency-Key" } },
        replayHeaders: { replayed: "yes" },
      },
    });
    const typed = api as SpecEmulator<Record<string, never>>;
    typed.handle(
      "GET /items" as never,
      ((request: { input: { query: unknown } }) => ({ status: 200, body: [request.input.query] })) as never,
    );
    typed.handle(
      "POST /items" as never,
      (() => ({ status: 200, body: { id: String(++created) } })) as never,
      {
        acceptsEmptyBody: "the test's reason",
      },
    );
    expect(await (await fetch(`${api.server.url}/items?size=3`)).json()).toEqual([{ size: 3 }]);
    const first = await post("/items", "", { "idempotency-key": "K" });
    const again = await post("/items", "", { "idempotency-key": "K" });
    expect(await again.json()).toEqual(await first.json());
    expect(again.headers.get("replayed")).toBe("yes");
    expect(created).toBe(1);
    expect(
      operationCoverage(api, { "DELETE /items/{id}": "not needed", "POST /token": "not needed" }),
    ).toEqual({
      unhandled: [],
      stale: [],
    });
    expect(operationCoverage(api, { "GET /nowhere": "stale", "GET /items": "handled after all" })).toEqual({
      unhandled: ["DELETE /items/{id}", "POST /token"],
      stale: ["GET /nowhere", "GET /items"],
    });
  });
});

describe("answers checked against the spec", () => {
  it("an undeclared status or a wrong body is answered 500 and recorded; a fallback response is declared for all", async () => {
    const harness = await startHarness({
      emulator: async (clock) => {
        const emulator = await createSpecEmulator({
          document,
          wire,
          clock,
          validateResponses: true,
          fallbackResponses: { "410": "#/components/responses/Gone" },
        });
        (emulator as SpecEmulator<Record<string, never>>).handle(
          "POST /items" as never,
          ((request: { body: { name: string } }) =>
            request.body.name === "gone"
              ? refusal(json(410, { gone: true }))
              : request.body.name === "teapot"
                ? refusal(json(418, {}))
                : { status: 200, body: { id: 7 } }) as never,
        );
        api = emulator;
        return { ...emulator, close: () => emulator.server.close() };
      },
      client: () => undefined,
    });
    expect((await post("/items", '{"name":"gone"}')).status).toBe(410);
    const teapot = await post("/items", '{"name":"teapot"}');
    expect(teapot.status).toBe(500);
    expect(await teapot.json()).toMatchObject({
      problems: [expect.stringMatching(/^status 418 is not declared for POST \/items/)],
    });
    expect((await post("/items", '{"name":"x"}')).status).toBe(500);
    expect(harness.emulator.violations.map((violation) => violation.status)).toEqual([418, 200]);
    api = undefined;
    await expect(harness.close()).rejects.toThrow(/POST \/items answered 200: \/id must be string/);
  });
});

describe("answers of a declared media type other than JSON", () => {
  it("are checked for their media type only; JSON answers still against the schema", async () => {
    api = await createSpecEmulator({ document, wire, validateResponses: true });
    const answers = [
      text(200, "bare-token"),
      json(200, { token: "t" }),
      text(200, "<html></html>", { "content-type": "text/html" }),
      text(200, "bare-token", { "content-type": "application/json" }),
      text(201, "created", { "Content-Type": "text/plain" }),
    ];
    (api as SpecEmulator<Record<string, never>>).handle(
      "POST /token" as never,
      (() => refusal(answers.shift() ?? json(500, {}))) as never,
    );
    const statuses: number[] = [];
    for (let index = 0; index < 5; index += 1) statuses.push((await post("/token", "")).status);
    expect(statuses).toEqual([200, 200, 500, 500, 500]);
    expect(api.violations.map((violation) => violation.problems)).toEqual([
      ["the 200 body is text/html, not a declared media type (application/json, text/plain)"],
      ["the 200 body is not JSON"],
      ["the 201 body is text/plain, not a declared media type (application/json)"],
    ]);
  });
});

describe("emulatorCoverage", () => {
  it("reports a started emulator's coverage and operation count, and stops it", async () => {
    let url = "";
    const coverage = await emulatorCoverage(
      async () => {
        const emulator = await createSpecEmulator({ document, wire });
        url = emulator.server.url;
        return { spec: emulator, close: () => emulator.server.close() };
      },
      { "GET /items": "reason", "GET /gone": "stale" },
    );
    expect(coverage).toEqual({
      unhandled: ["POST /items", "DELETE /items/{id}", "POST /token"],
      stale: ["GET /gone"],
      operations: 4,
    });
    await expect(fetch(`${url}/items?size=1`)).rejects.toThrow();
  });
});
