// `pnpm check:generated [provider…]`: the drift gate. Regenerates every spec (or only the named providers', as a
// narrowed `pnpm test --provider` asks) in memory and fails on any difference with the committed file, naming each
// stale file. Compares every spec before exiting, so one match cannot hide a later mismatch.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generatedFilesFor, listProviders, repositoryRoot } from "./generation.ts";

const stale: string[] = [];
let compared = 0;
const named = process.argv.slice(2);
const unknown = named.filter((name) => !listProviders().includes(name));
if (unknown.length > 0) {
  console.error(`check:generated: no spec for ${unknown.join(", ")} (specs: ${listProviders().join(", ")})`);
  process.exit(2);
}
for (const provider of named.length > 0 ? named : listProviders()) {
  for (const { path, render } of generatedFilesFor(provider)) {
    const absolute = join(repositoryRoot, path);
    const committed = existsSync(absolute) ? readFileSync(absolute, "utf8") : undefined;
    const fresh = await render();
    compared += 1;
    if (committed !== fresh) {
      stale.push(committed === undefined ? `${path} (missing)` : path);
    }
  }
}

if (stale.length > 0) {
  console.error("check:generated: generated code is out of date with specs/:");
  for (const path of stale) console.error(`  - ${path}`);
  console.error("Fix: run `pnpm generate` and commit the result.");
  process.exit(1);
}
console.log(`check:generated: ${compared} generated file(s) match their specs.`);
