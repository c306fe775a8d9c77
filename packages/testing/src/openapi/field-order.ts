// The order request-body fields are declared in, for providers whose validators report issues in the order of their
// rules (Laravel's FormRequest, Rails' validations) rather than in Ajv's (`required` before `properties`).
import type { OpenApiDocument } from "./document";
import { specOperations } from "./document";
import type { SpecIssue } from "./validation";

type Node = Record<string, unknown>;

/**
 * Every top-level property of the document's request bodies, ranked by where it is first declared (through `$ref`,
 * `allOf`, `oneOf` and `anyOf`), in document order.
 */
export function bodyFieldOrder(document: OpenApiDocument): ReadonlyMap<string, number> {
  const order = new Map<string, number>();
  const seen = new Set<unknown>();
  const visit = (schema: unknown): void => {
    const node = dereference(document, schema);
    if (node === undefined || seen.has(node)) return;
    seen.add(node);
    for (const name of Object.keys((node.properties ?? {}) as Node))
      if (!order.has(name)) order.set(name, order.size);
    for (const combinator of ["allOf", "oneOf", "anyOf"]) {
      const branches = node[combinator];
      if (Array.isArray(branches)) for (const branch of branches) visit(branch);
    }
  };
  for (const operation of specOperations(document)) {
    const pointer = operation.body?.schemaPointer;
    if (pointer !== undefined) visit({ $ref: `#${pointer}` });
  }
  return order;
}

/** The issues sorted by their top-level field's rank in `order` (stable; unranked fields last, in Ajv's order). */
export function inFieldOrder(issues: readonly SpecIssue[], order: ReadonlyMap<string, number>): SpecIssue[] {
  const rank = (issue: SpecIssue) => order.get(issue.field[0] ?? "") ?? order.size;
  return [...issues].sort((left, right) => rank(left) - rank(right));
}

function dereference(document: OpenApiDocument, schema: unknown): Node | undefined {
  let node = schema as Node | undefined;
  for (let hops = 0; typeof node?.$ref === "string" && hops < 20; hops += 1) {
    const tokens = (node.$ref as string).replace(/^#\//, "").split("/");
    node = tokens.reduce<unknown>(
      (at, token) =>
        (at as Node | undefined)?.[decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~")],
      document,
    ) as Node | undefined;
  }
  return typeof node === "object" && node !== null ? node : undefined;
}
