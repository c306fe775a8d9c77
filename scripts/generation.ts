import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
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
