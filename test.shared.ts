// What the provider packages' tests share beyond their vitest config (see vitest.shared.ts): the User-Agent
// assertion. Versions are read from the package manifests, never typed here.
import { expect } from "vitest";
import { version as middlewareVersion } from "./packages/auth-middleware/package.json";

/** The `User-Agent` a provider package's client sends: `<name>/<version> auth-middleware/<version>`. */
export function expectedUserAgent(manifest: { name: string; version: string }): string {
  return `${manifest.name}/${manifest.version} auth-middleware/${middlewareVersion}`;
}

/**
 * Asserts that every request in `journal` (an emulator's request journal) carried exactly `userAgent`, and that
 * the journal holds a request to each of `paths` (e.g. the token endpoint and an API operation).
 */
export function expectUserAgent(
  journal: ReadonlyArray<{ method: string; path: string; headers: Record<string, string> }>,
  userAgent: string,
  paths: readonly string[],
): void {
  expect(journal.map((entry) => entry.path)).toEqual(expect.arrayContaining([...paths]));
  expect(journal.map((entry) => `${entry.method} ${entry.path}: ${entry.headers["user-agent"]}`)).toEqual(
    journal.map((entry) => `${entry.method} ${entry.path}: ${userAgent}`),
  );
}
