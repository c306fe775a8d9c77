// The cheap parts of `pnpm release:rehearse`: what counts as loopback and the refusal to publish anywhere else. The
// full rehearsal (a registry, three publishes, a consumer) runs from .ci/run, after `pnpm test`.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isLoopbackUrl, nonLoopbackTargets, publishTargets } from "../registry-safety";
import { insideScaffoldCopy, runScript, temporaryDirectory } from "./helpers";

describe("isLoopbackUrl", () => {
  it.each([
    "http://127.0.0.1:4873/",
    "http://127.1.2.3:4873",
    "https://127.255.255.255/",
    "http://localhost:4873/",
    "http://LOCALHOST:4873/",
    "http://[::1]:4873/",
  ])("accepts %s", (url) => {
    expect(isLoopbackUrl(url)).toBe(true);
  });

  it.each([
    "https://registry.npmjs.org/",
    "http://10.0.0.1:4873/",
    "http://0.0.0.0:4873/",
    "http://128.0.0.1/",
    "http://127.0.0.1.nip.io/",
    "http://localhost.example.com/",
    "http://[::ffff:127.0.0.1]/",
    "http://127.0.0.256/",
    "file:///tmp/registry",
    "not a url",
    "",
  ])("refuses %s", (url) => {
    expect(isLoopbackUrl(url)).toBe(false);
  });
});

describe("publishTargets", () => {
  it("follows changesets: the scoped registry first, and reports every publishConfig registry", () => {
    const env = {
      npm_config_registry: "https://registry.npmjs.org/",
      "npm_config_@payclients:registry": "http://127.0.0.1:1/",
    };
    expect(nonLoopbackTargets(publishTargets([{ name: "@payclients/a" }], env))).toEqual([]);
    expect(
      nonLoopbackTargets(
        publishTargets([{ name: "@payclients/a" }], { npm_config_registry: "https://registry.npmjs.org/" }),
      ),
    ).toEqual(["@payclients/a would publish to https://registry.npmjs.org/ (npm_config_registry)"]);
    expect(
      nonLoopbackTargets(
        publishTargets(
          [{ name: "@payclients/a", publishConfig: { registry: "https://npm.example.com/" } }],
          env,
        ),
      ),
    ).toEqual(['@payclients/a would publish to https://npm.example.com/ (publishConfig["registry"])']);
    expect(publishTargets([{ name: "@payclients/p", private: true }], {})).toEqual([]);
  });
});

/** A repository root with one published package, as the rehearsal's first check reads it. */
function rootWithPackage(publishConfig?: Record<string, string>): string {
  const root = temporaryDirectory("rehearsal-root");
  mkdirSync(join(root, "packages", "demo"), { recursive: true });
  writeFileSync(
    join(root, "packages", "demo", "package.json"),
    JSON.stringify({ name: "@payclients/demo", version: "0.0.0", publishConfig }),
  );
  return root;
}

describe.skipIf(insideScaffoldCopy)("pnpm release:rehearse refuses a registry that is not loopback", () => {
  it("refuses --registry with a public URL, before starting anything", async () => {
    const result = await runScript("release-rehearsal.ts", rootWithPackage(), [
      "--registry",
      "https://registry.npmjs.org/",
    ]);
    expect(result.status, result.output).toBe(2);
    expect(result.output).toContain("refuses to run");
    expect(result.output).toContain("would publish to https://registry.npmjs.org/");
    expect(result.output).not.toContain("start Verdaccio");
  });

  it("refuses a package whose publishConfig names another registry", async () => {
    const result = await runScript(
      "release-rehearsal.ts",
      rootWithPackage({ registry: "https://npm.example.com/" }),
    );
    expect(result.status, result.output).toBe(2);
    expect(result.output).toContain(
      '@payclients/demo would publish to https://npm.example.com/ (publishConfig["registry"])',
    );
    expect(result.output).not.toContain("start Verdaccio");
  });
});
