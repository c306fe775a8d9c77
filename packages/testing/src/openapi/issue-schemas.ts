// The spec behind a validation issue, for a wire format that words issues as its provider does: Ajv reports one
// keyword (`maximum: 10000`), while a provider may say "between 0.01 and 10000" or name every field an object
// requires. Reading those from the spec keeps the wording from restating the spec's limits.
import { type OpenApiDocument, readPointer, type SpecOperation, specOperations } from "./document";
import type { SpecIssue } from "./validation";

/** The operation of `document` a request addressed (method and a path matching its template), if any. */
export function operationOf(
  document: OpenApiDocument,
  request: { method: string; path: string },
): SpecOperation | undefined {
  const actual = request.path.split("/");
  return specOperations(document).find((operation) => {
    const template = operation.path.split("/");
    return (
      operation.method === request.method.toUpperCase() &&
      template.length === actual.length &&
      template.every((segment, index) => /^\{.+\}$/.test(segment) || segment === actual[index])
    );
  });
}

/**
 * The schemas (references resolved, `allOf`/`oneOf`/`anyOf` members included) that state the keyword `issue`
 * broke at its field: for `required`, the objects whose `required` lists the missing field; otherwise those that
 * carry the keyword (with the same `limit`, for `minimum`, `maxLength`, …). `[]` when the spec cannot be followed.
 */
export function issueSchemas(
  document: OpenApiDocument,
  request: { method: string; path: string },
  issue: SpecIssue,
): Record<string, unknown>[] {
  const operation = operationOf(document, request);
  if (!operation) return [];
  let field = issue.field;
  let pointer = operation.body?.schemaPointer;
  if (issue.location !== "body") {
    const name = field[0]?.toLowerCase();
    pointer = operation.parameters.find(
      (parameter) => parameter.in === issue.location && parameter.name.toLowerCase() === name,
    )?.schemaPointer;
    field = field.slice(1);
  }
  if (pointer === undefined) return [];
  const required = issue.keyword === "required";
  let nodes = expand(document, readPointer(document, pointer));
  for (const key of required ? field.slice(0, -1) : field) {
    nodes = nodes.flatMap((node) => expand(document, childOf(node, key)));
  }
  const missing = field.at(-1);
  return nodes.filter((node) =>
    required
      ? Array.isArray(node.required) && node.required.includes(missing)
      : node[issue.keyword] !== undefined &&
        (issue.params.limit === undefined || node[issue.keyword] === issue.params.limit),
  );
}

function childOf(node: Record<string, unknown>, key: string): unknown {
  const properties = node.properties as Record<string, unknown> | undefined;
  if (properties?.[key] !== undefined) return properties[key];
  if (/^\d+$/.test(key) && node.items !== undefined) return node.items;
  return typeof node.additionalProperties === "object" ? node.additionalProperties : undefined;
}

// A node and, recursively, what it references and combines; a `$ref` with sibling keywords keeps both.
function expand(document: OpenApiDocument, value: unknown, depth = 0): Record<string, unknown>[] {
  if (typeof value !== "object" || value === null || depth > 20) return [];
  const node = value as Record<string, unknown>;
  const found = [node];
  if (typeof node.$ref === "string" && node.$ref.startsWith("#/")) {
    found.push(...expand(document, readPointer(document, node.$ref.slice(1)), depth + 1));
  }
  for (const combinator of ["allOf", "oneOf", "anyOf"]) {
    const members = node[combinator];
    if (Array.isArray(members)) {
      for (const member of members) found.push(...expand(document, member, depth + 1));
    }
  }
  return found;
}
