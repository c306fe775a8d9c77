// What the provider packages' tests share beyond their vitest config (see vitest.shared.ts): the User-Agent
// and redirect assertions. Versions are read from the package manifests, never typed here.
import { expect } from "vitest";
import { version as middlewareVersion } from "./packages/auth-middleware/package.json";
import { createEmulatorServer, type EmulatorServer, rejectionOf } from "./packages/testing/src/index";

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

/** What {@link expectRedirectRefused} injects and calls. */
export interface RedirectCase {
  /** The emulator server that answers the redirect, and which request it answers it to. */
  server: { failNext: EmulatorServer["failNext"]; requests: EmulatorServer["requests"] };
  match: { method?: string; path: string };
  status: 301 | 302 | 303 | 307 | 308;
  /** The client call that meets the redirect (on its API request or its token request). */
  call: () => Promise<unknown>;
  /** The class the call must reject with, and its fields (e.g. `{ provider: "sqala" }`). */
  errorClass: abstract new (
    ...args: never[]
  ) => Error;
  fields?: Record<string, unknown>;
}

/**
 * Answers `match` with a redirect to a second loopback origin and asserts that the call rejects with `errorClass`,
 * carrying the status and naming the target, that the redirected request was sent once, and that the other origin
 * received nothing (no credential, no second copy of a create).
 */
export async function expectRedirectRefused(redirect: RedirectCase): Promise<void> {
  await using foreign = await createEmulatorServer();
  const { server, match, status } = redirect;
  const location = `${foreign.url}${match.path}`;
  server.failNext(status, "", { location }, match);
  const error = await rejectionOf(redirect.call());
  expect(error).toBeInstanceOf(redirect.errorClass);
  expect(error).toMatchObject({ status, ...redirect.fields });
  // Never retried: following it later would send the credentials (or the create) to the other origin anyway.
  expect((error as { retryable?: boolean }).retryable).not.toBe(true);
  expect((error as Error).message).toContain(`redirect to ${location} not followed`);
  expect(foreign.journal).toEqual([]);
  expect(server.requests(match)).toHaveLength(1);
}
