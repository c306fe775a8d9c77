// Renders packages/<provider>/src/generated/operations.ts: every operation of a spec with the facts the clients
// act on. Standard OpenAPI fields first (a header parameter, `security`); the `x-payclients-*` extensions
// documented in CONTRIBUTING.md ("Spec extensions") where the standard has no field. A spec that misuses an
// extension fails generation with the operation named, so a typo cannot pass for "no such fact".
import { parse } from "yaml";

type Node = Record<string, unknown>;

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** The operation-level extensions the generator reads; any other `x-payclients-*` key is an error. */
const operationExtensions = new Set([
  "x-payclients-auth-context",
  "x-payclients-deduplication-field",
  "x-payclients-pagination",
]);

/** The parameters each pagination style names (beyond `style` and `items`), and which are query parameters. */
const paginationFields: Record<string, { required: string[]; optional: string[]; query: string[] }> = {
  cursor: { required: ["cursor", "next"], optional: ["pageSize"], query: ["cursor", "pageSize"] },
  page: { required: ["page"], optional: ["pageSize", "firstPage", "hasMore"], query: ["page", "pageSize"] },
  offset: { required: ["offset"], optional: ["pageSize"], query: ["offset", "pageSize"] },
};

// The IETF httpapi draft's header name; a provider's own spelling carries `x-payclients-idempotency: true`.
const standardIdempotencyHeader = "idempotency-key";

/** Renders the operation table of one spec's YAML text; pure and deterministic. */
export function renderOperationTable(provider: string, yamlText: string): string {
  const spec = parse(yamlText) as Node;
  const rows = Object.entries(operationsOf(spec)).map(
    ([key, facts]) => `  ${JSON.stringify(key)}: ${literal(facts)},`,
  );
  return [
    "// This file is generated: do not edit it by hand.",
    `// Source: specs/${provider}.yaml. Regenerate with \`pnpm generate\` (scripts/generate.ts, scripts/operation-table.ts).`,
    "",
    'import type { OperationTable } from "@payclients/auth-middleware";',
    "",
    `/** Every operation of specs/${provider}.yaml, keyed \`"METHOD /path"\`, with what the client does differently for it. */`,
    "export const operationTable = {",
    ...rows,
    "} as const satisfies OperationTable;",
    "",
  ].join("\n");
}

/** The facts of every operation of a parsed spec, in spec order. */
export function operationsOf(spec: Node): Record<string, Node> {
  const table: Record<string, Node> = {};
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Record<string, Node>)) {
    for (const method of methods) {
      const operation = item[method] as Node | undefined;
      if (operation === undefined) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const parameters = [...asArray(item.parameters), ...asArray(operation.parameters)].map(
        (parameter) => resolve(spec, parameter) as Node,
      );
      table[key] = factsOf(spec, key, operation, parameters);
    }
  }
  return table;
}

function factsOf(spec: Node, key: string, operation: Node, parameters: Node[]): Node {
  for (const name of Object.keys(operation)) {
    if (name.startsWith("x-payclients-") && !operationExtensions.has(name)) {
      throw new Error(`${key}: unknown extension ${name} (see CONTRIBUTING.md, "Spec extensions")`);
    }
  }
  const facts: Node = {};
  const idempotency = parameters.find(
    (parameter) =>
      parameter.in === "header" &&
      (String(parameter.name).toLowerCase() === standardIdempotencyHeader ||
        parameter["x-payclients-idempotency"] === true),
  );
  if (idempotency !== undefined) facts.idempotency = idempotency.name;
  const security = (operation.security ?? spec.security) as Node[] | undefined;
  if (Array.isArray(security) && security.length === 0) facts.public = true;
  const context = operation["x-payclients-auth-context"];
  if (context !== undefined) {
    if (typeof context !== "string") throw new Error(`${key}: x-payclients-auth-context must be a string`);
    if ((context === "public") !== (facts.public === true)) {
      throw new Error(`${key}: x-payclients-auth-context "public" and \`security: []\` must go together`);
    }
    facts.authContext = context;
  }
  const scopes = [...new Set((security ?? []).flatMap((requirement) => Object.values(requirement).flat()))];
  if (scopes.length > 0) facts.scopes = scopes;
  const field = operation["x-payclients-deduplication-field"];
  if (field !== undefined) {
    if (typeof field !== "string" || !propertiesOf(spec, requestSchema(operation)).has(field)) {
      throw new Error(
        `${key}: x-payclients-deduplication-field ${String(field)} is not a request body property`,
      );
    }
    facts.deduplication = field;
  }
  const pagination = operation["x-payclients-pagination"];
  if (pagination !== undefined)
    facts.pagination = checkedPagination(spec, key, operation, parameters, pagination);
  return facts;
}

function checkedPagination(
  spec: Node,
  key: string,
  operation: Node,
  parameters: Node[],
  value: unknown,
): Node {
  const fail = (reason: string) => new Error(`${key}: x-payclients-pagination ${reason}`);
  if (!key.startsWith("GET ")) throw fail("applies to GET operations only");
  const scheme = value as Node;
  const fields = paginationFields[String(scheme?.style)];
  if (fields === undefined) throw fail(`style must be one of ${Object.keys(paginationFields).join(", ")}`);
  const known = new Set(["style", "items", ...fields.required, ...fields.optional]);
  const unknown = Object.keys(scheme).filter((name) => !known.has(name));
  if (unknown.length > 0) throw fail(`has unknown fields ${unknown.join(", ")}`);
  const missing = ["items", ...fields.required].filter((name) => scheme[name] === undefined);
  if (missing.length > 0) throw fail(`lacks ${missing.join(", ")}`);
  const query = new Set(parameters.filter((p) => p.in === "query").map((p) => p.name));
  for (const name of fields.query) {
    if (scheme[name] !== undefined && !query.has(scheme[name]))
      throw fail(`${name}: no query parameter ${scheme[name]}`);
  }
  const page = propertiesOf(spec, responseSchema(operation));
  if (!page.has(String(scheme.items))) throw fail(`items: the 200 response has no property ${scheme.items}`);
  if (scheme.hasMore !== undefined && !page.has(String(scheme.hasMore))) {
    throw fail(`hasMore: the 200 response has no property ${scheme.hasMore}`);
  }
  const nextRoot = String(scheme.next ?? "").split(".")[0] ?? "";
  if (scheme.next !== undefined && !page.has(nextRoot))
    throw fail(`next: the 200 response has no property ${nextRoot}`);
  return scheme;
}

function requestSchema(operation: Node): unknown {
  const content = (operation.requestBody as Node | undefined)?.content as Node | undefined;
  return (content?.["application/json"] as Node | undefined)?.schema;
}

function responseSchema(operation: Node): unknown {
  const ok = (operation.responses as Node | undefined)?.["200"] as Node | undefined;
  return ((ok?.content as Node | undefined)?.["application/json"] as Node | undefined)?.schema;
}

/** Property names of a schema, through `$ref` and the members of `allOf`/`oneOf`/`anyOf`. */
function propertiesOf(spec: Node, schema: unknown, seen = new Set<unknown>()): Set<string> {
  const resolved = resolve(spec, schema) as Node | undefined;
  if (resolved === undefined || seen.has(resolved)) return new Set();
  seen.add(resolved);
  const names = new Set(Object.keys((resolved.properties ?? {}) as Node));
  for (const member of ["allOf", "oneOf", "anyOf"].flatMap((name) => asArray(resolved[name]))) {
    for (const name of propertiesOf(spec, member, seen)) names.add(name);
  }
  return names;
}

/** Follows a local `$ref` (`#/components/...`); other values are returned as they are. */
function resolve(spec: Node, value: unknown): unknown {
  let current = value;
  while (typeof current === "object" && current !== null && typeof (current as Node).$ref === "string") {
    const pointer = String((current as Node).$ref);
    if (!pointer.startsWith("#/")) throw new Error(`only local $refs are supported, got ${pointer}`);
    current = pointer
      .slice(2)
      .split("/")
      .reduce<unknown>(
        (node, part) => (node as Node | undefined)?.[part.replace(/~1/g, "/").replace(/~0/g, "~")],
        spec,
      );
  }
  return current;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

// One line per operation: `{ idempotency: "Idempotency-Key" }`, keys unquoted where they are identifiers.
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  const entries = Object.entries(value).map(
    ([name, inner]) => `${/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name)}: ${literal(inner)}`,
  );
  return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
}
