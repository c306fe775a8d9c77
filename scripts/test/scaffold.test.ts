import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { copyRepository, git, run } from "./helpers";

// The nested `pnpm test` would otherwise run this test (and the tarball test) again inside the copy.
const nested = process.env.PAYCLIENTS_NESTED === "1";

describe.skipIf(nested)("pnpm new-provider", () => {
  it("refuses bad names and existing providers, then scaffolds a package that generates, builds and tests", async () => {
    const root = copyRepository("scaffold");
    git(root, "init", "-q", "-b", "main");
    git(root, "add", "-A");
    git(root, "commit", "-qm", "copy");
    const install = await run("pnpm", ["install", "--offline", "--frozen-lockfile"], root);
    expect(install.status, install.output).toBe(0);

    for (const [name, message] of [
      ["Bad_Name", "not a valid provider name"],
      ["-x", "not a valid provider name"],
      ["scalapay", "already exists"],
      ["testing", "reserved"],
    ] as const) {
      const refused = await run("pnpm", ["--silent", "new-provider", name], root);
      expect(refused.status).toBe(1);
      expect(refused.output).toContain(message);
    }
    expect(existsSync(join(root, "packages", "Bad_Name"))).toBe(false);

    // CI=true makes pnpm default to a frozen lockfile, which is how the CI machine runs this.
    const scaffold = await run("pnpm", ["new-provider", "acme-pay"], root, {
      npm_config_offline: "true",
      CI: "true",
    });
    expect(scaffold.status, scaffold.output).toBe(0);
    for (const file of [
      "specs/acme-pay.yaml",
      "packages/acme-pay/package.json",
      "packages/acme-pay/src/client.ts",
      "packages/acme-pay/src/errors.ts",
      "packages/acme-pay/src/testing/index.ts",
      "packages/acme-pay/test/client.test.ts",
      "packages/acme-pay/README.md",
      ".changeset/acme-pay-initial.md",
    ]) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
    expect(readFileSync(join(root, "packages/acme-pay/src/client.ts"), "utf8")).toContain(
      "export function createAcmePayClient",
    );

    const env = { PAYCLIENTS_NESTED: "1" };
    for (const script of ["generate", "build", "test"]) {
      const step = await run("pnpm", [script], root, env);
      expect(step.status, `pnpm ${script}\n${step.output.slice(-6000)}`).toBe(0);
      if (script === "test") {
        // Under CI=true the nested tools keep their colours; match the text, not the escape codes.
        const text = stripVTControlCharacters(step.output);
        expect(text).toMatch(/@payclients\/acme-pay:test: .*Tests\s+\d+ passed/);
        expect(text).toMatch(/tests: \d+ passed, 0 failed/);
      }
    }
    expect(existsSync(join(root, "packages/acme-pay/src/generated/schema.ts"))).toBe(true);
    // The nested `pnpm test` replays cached turbo tasks where it can, but on a cold CI machine the other packages'
    // tests may still be running outside, so it can repeat most of the suite.
  }, 1_200_000);
});
