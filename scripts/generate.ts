// `pnpm generate [provider…]`: writes packages/<provider>/src/generated/schema.ts (types) and operations.ts
// (the operation table) from specs/<provider>.yaml.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generatedFilesFor, listProviders, repositoryRoot } from "./generation.ts";

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
  for (const { path, render } of generatedFilesFor(provider)) {
    const target = join(repositoryRoot, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await render());
    console.log(`generate: ${path}`);
  }
}
