// A JSON-only API's 415: bodies sent with another Content-Type are refused before the handler, over real HTTP.
import { afterEach, describe, expect, it } from "vitest";
import {
  createSpecEmulator,
  isJsonMediaType,
  json,
  jsonBodiesOnly,
  nonJsonBodyType,
  type OpenApiDocument,
  type SpecEmulator,
} from "../src/index";

const document: OpenApiDocument = {
  openapi: "3.1.0",
  paths: {
    "/notes": {
      post: {
        requestBody: {
          required: false,
          content: { "application/json": { schema: { type: "object" } } },
        },
        responses: { "201": { description: "" }, "415": { description: "" } },
      },
    },
  },
};

const wire = {
  invalidRequest: () => json(400, { error: "invalid" }),
  unauthorized: () => json(401, { error: "unauthorized" }),
};

let api: SpecEmulator<unknown> | undefined;
afterEach(async () => {
  await api?.server.close();
  api = undefined;
});

describe("media types", () => {
  it("names JSON media types, and the Content-Type of a body that is not sent as one", () => {
    expect(["application/json", "application/merge-patch+json; charset=utf-8"].map(isJsonMediaType)).toEqual([
      true,
      true,
    ]);
    expect(["text/plain", "application/jsonx", undefined].map(isJsonMediaType)).toEqual([
      false,
      false,
      false,
    ]);
    const body = Buffer.from("{}");
    expect(nonJsonBodyType({ headers: { "content-type": "text/plain" }, rawBody: body })).toBe("text/plain");
    expect(nonJsonBodyType({ headers: {}, rawBody: body })).toBe("");
    expect(
      nonJsonBodyType({ headers: { "content-type": "text/plain" }, rawBody: Buffer.alloc(0) }),
    ).toBeUndefined();
    expect(
      nonJsonBodyType({ headers: { "content-type": "application/json" }, rawBody: body }),
    ).toBeUndefined();
  });

  it("jsonBodiesOnly answers the provider's 415 instead of the handler for a valid body sent as text", async () => {
    api = await createSpecEmulator({ document, wire });
    let handled = 0;
    (api as SpecEmulator<Record<string, never>>).handle(
      "POST /notes" as never,
      (() => {
        handled += 1;
        return { status: 201, body: undefined };
      }) as never,
      jsonBodiesOnly((type) => json(415, { error: `unsupported ${type || "none"}` })),
    );
    const post = (body: string, headers: Record<string, string>) =>
      fetch(`${api?.server.url}/notes`, { method: "POST", body, headers });
    const refused = await post("{}", { "content-type": "text/plain" });
    expect(refused.status).toBe(415);
    expect(await refused.json()).toEqual({ error: "unsupported text/plain" });
    expect((await post("{}", { "content-type": "application/json" })).status).toBe(201);
    expect((await fetch(`${api.server.url}/notes`, { method: "POST" })).status).toBe(201);
    expect(handled).toBe(2);
    expect(api.violations).toEqual([]);
  });
});
