// What a provider package's entries export by convention, read from its sources: the client factory of its main
// entry and the emulator factory of `./testing`. The consumer test and the release rehearsal both import what these
// name from the installed packages, so both read them here.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The client and emulator factory names of the provider package in `packages/<directory>` under `root`. */
export function providerEntryNames(root: string, directory: string): { factory: string; emulator: string } {
  const source = (path: string) => readFileSync(join(root, "packages", directory, "src", path), "utf8");
  return {
    factory: /\bcreate[A-Za-z0-9]+Client\b/.exec(source("index.ts"))?.[0] ?? "",
    // Declared in the entry, or re-exported from the emulator's factory module (`export { createXEmulator } from …`).
    emulator: /\b(create[A-Z][A-Za-z0-9]*Emulator)\b/.exec(source("testing/index.ts"))?.[1] ?? "",
  };
}
