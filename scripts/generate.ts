// `pnpm generate [provider…]`: writes packages/<provider>/src/generated/schema.ts from specs/<provider>.yaml.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generatedPathFor, listProviders, renderProvider, repositoryRoot } from "./generation.ts";

const requested = process.argv.slice(2);
const providers = requested.length > 0 ? requested : listProviders();

for (const provider of providers) {
  if (!existsSync(join(repositoryRoot, "specs", `${provider}.yaml`))) {
    console.error(`generate: no spec at specs/${provider}.yaml`);
    process.exit(1);
  }
  if (!existsSync(join(repositoryRoot, "packages", provider, "package.json"))) {
    console.error(`generate: specs/${provider}.yaml has no package at packages/${provider}/`);
    process.exit(1);
  }
  const target = join(repositoryRoot, generatedPathFor(provider));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, await renderProvider(provider));
  console.log(`generate: ${generatedPathFor(provider)}`);
}
