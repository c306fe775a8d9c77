import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { renderOperationTable } from "./operation-table.ts";
import { repositoryRoot } from "./root.ts";

export { repositoryRoot };

/** Every provider that has a spec: `specs/<provider>.yaml`. */
export function listProviders(): string[] {
  return readdirSync(join(repositoryRoot, "specs"))
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => file.slice(0, -".yaml".length))
    .sort();
}

/** Where a provider's generated types live, relative to the repository root. */
export function generatedPathFor(provider: string): string {
  return join("packages", provider, "src", "generated", "schema.ts");
}

/** Where a provider's generated operation table lives, relative to the repository root. */
export function operationTablePathFor(provider: string): string {
  return join("packages", provider, "src", "generated", "operations.ts");
}

/** Where a provider's spec as data lives (what its emulator validates against), relative to the repository root. */
export function openapiModulePathFor(provider: string): string {
  return join("packages", provider, "src", "generated", "openapi.ts");
}

/** Every file `pnpm generate` writes for one provider, with its renderer (what the drift gate compares). */
export function generatedFilesFor(provider: string): { path: string; render: () => Promise<string> }[] {
  return [
    { path: generatedPathFor(provider), render: () => renderProvider(provider) },
    { path: operationTablePathFor(provider), render: async () => renderOperations(provider) },
    { path: openapiModulePathFor(provider), render: async () => renderOpenApiModule(provider) },
  ];
}

/** Renders the operation table of one spec (see scripts/operation-table.ts); pure and deterministic. */
export function renderOperations(provider: string): string {
  return renderOperationTable(
    provider,
    readFileSync(join(repositoryRoot, "specs", `${provider}.yaml`), "utf8"),
  );
}

/**
 * Renders the spec as a TypeScript module of plain data, so the emulator validates against the spec without reading
 * YAML at run time (and works from the packed package); imported by the `./testing` entry only.
 */
export function renderOpenApiModule(provider: string): string {
  const document = parse(readFileSync(join(repositoryRoot, "specs", `${provider}.yaml`), "utf8"));
  return [
    "// This file is generated: do not edit it by hand.",
    `// Source: specs/${provider}.yaml. Regenerate with \`pnpm generate\` (scripts/generate.ts).`,
    "",
    'import type { OpenApiDocument } from "@payclients/testing";',
    "",
    `/** specs/${provider}.yaml as data: what the emulator validates requests and answers against (\`./testing\` only). */`,
    `export const openapiDocument: OpenApiDocument = ${JSON.stringify(document, null, 2)};`,
    "",
  ].join("\n");
}

/** Renders the generated TypeScript for one spec; pure and deterministic (no dates, no absolute paths). */
export async function renderProvider(provider: string): Promise<string> {
  const specUrl = pathToFileURL(join(repositoryRoot, "specs", `${provider}.yaml`));
  const ast = await openapiTS(specUrl, { alphabetize: false, exportType: false });
  const header = [
    "// This file is generated: do not edit it by hand.",
    `// Source: specs/${provider}.yaml. Regenerate with \`pnpm generate\` (scripts/generate.ts, openapi-typescript).`,
    "",
  ].join("\n");
  return `${header}\n${documentRoots(astToString(ast), provider)}`;
}

// One TSDoc line on each root type openapi-typescript emits, so the API reference documents every export.
const rootDescriptions: Record<string, string> = {
  paths: "Every path of SPEC with its operations: the type parameter of the client.",
  webhooks: "Every webhook delivery SPEC declares, by event.",
  components: "The reusable schemas, parameters and responses of SPEC (`components.schemas.X`).",
  operations: "Every operation of SPEC by its operationId.",
};

function documentRoots(source: string, provider: string): string {
  return source.replace(
    /^export interface (paths|webhooks|components|operations) \{/gm,
    (line, name: string) =>
      `/** ${rootDescriptions[name]?.replace("SPEC", `specs/${provider}.yaml`)} */\n${line}`,
  );
}
