// Request-body fields in declaration order, for providers that report validation issues in the order of their rules.
import { describe, expect, it } from "vitest";
import { bodyFieldOrder, inFieldOrder, type OpenApiDocument, type SpecIssue } from "../src/index";

const document: OpenApiDocument = {
  openapi: "3.1.0",
  paths: {
    "/orders": {
      post: {
        requestBody: {
          content: { "application/json": { schema: { $ref: "#/components/schemas/NewOrder" } } },
        },
        responses: {},
      },
    },
    "/apps": {
      post: {
        requestBody: {
          content: {
            "application/json": {
              schema: { type: "object", properties: { name: {}, amount: {}, secret: {} } },
            },
          },
        },
        responses: {},
      },
    },
  },
  components: {
    schemas: {
      Common: { type: "object", properties: { amount: {}, currency: {} } },
      NewOrder: {
        oneOf: [
          { allOf: [{ $ref: "#/components/schemas/Common" }, { properties: { clientId: {} } }] },
          { allOf: [{ $ref: "#/components/schemas/Common" }, { properties: { siteId: {} } }] },
        ],
      },
    },
  },
};

const issue = (field: string[]): SpecIssue => ({
  location: "body",
  field,
  keyword: "required",
  params: {},
  message: "",
  value: undefined,
});

describe("bodyFieldOrder", () => {
  it("ranks fields where they are first declared, through $ref, allOf and oneOf, body by body", () => {
    expect([...bodyFieldOrder(document).keys()]).toEqual([
      "amount",
      "currency",
      "clientId",
      "siteId",
      "name",
      "secret",
    ]);
  });

  it("orders issues by their top-level field, unranked ones last", () => {
    const sorted = inFieldOrder(
      [issue(["secret"]), issue(["other"]), issue(["siteId"]), issue(["amount", "0"]), issue(["name"])],
      bodyFieldOrder(document),
    );
    expect(sorted.map((entry) => entry.field.join("."))).toEqual([
      "amount.0",
      "siteId",
      "name",
      "secret",
      "other",
    ]);
  });
});
