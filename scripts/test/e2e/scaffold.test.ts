// `pnpm new-provider` keeps the README's promise: on a copy of the repository, a scaffolded provider passes
// `pnpm generate && pnpm build && pnpm test && pnpm test:e2e`, both tests narrowed to the new provider (`--provider`),
// so its own tests and the consumer test of its packed tarball run without repeating the whole suite.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { copyRepository, git, insideScaffoldCopy, linkInstalledDependencies, run } from "../helpers";

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: Array<{ assertionResults: Array<{ fullName: string; status: string }> }>;
}

const readReport = (path: string) => JSON.parse(readFileSync(path, "utf8")) as VitestReport;

describe.skipIf(insideScaffoldCopy)("pnpm new-provider", () => {
  it("refuses bad names and existing providers, then scaffolds a package that generates, builds and tests", async () => {
    const root = copyRepository("scaffold");
    git(root, "init", "-q", "-b", "main");
    git(root, "add", "-A");
    git(root, "commit", "-qm", "copy");
    // The copy is installed as the repository is (hard links), else by pnpm from the store the workspace was
    // installed from: a second install of the same lockfile would test pnpm, not the scaffold.
    if (!linkInstalledDependencies(root)) {
      const install = await run("pnpm", ["install", "--frozen-lockfile", "--prefer-offline"], root);
      expect(install.status, install.output).toBe(0);
    }

    const refusals = [
      ["Bad_Name", "not a valid provider name"],
      ["-x", "not a valid provider name"],
      ["scalapay", "already exists"],
      ["testing", "reserved"],
    ] as const;
    const refused = await Promise.all(
      refusals.map(([name]) => run("pnpm", ["--silent", "new-provider", name], root)),
    );
    for (const [index, [, message]] of refusals.entries()) {
      expect(refused[index]?.status).toBe(1);
      expect(refused[index]?.output).toContain(message);
    }
    expect(existsSync(join(root, "packages", "Bad_Name"))).toBe(false);

    // CI=true makes pnpm default to a frozen lockfile, which is how the CI machine runs this.
    const scaffold = await run("pnpm", ["new-provider", "acme-pay"], root, { CI: "true" });
    expect(scaffold.status, scaffold.output).toBe(0);
    // The templates are already in the house format: the formatter has nothing to rewrite.
    expect(stripVTControlCharacters(scaffold.output)).toContain("No fixes applied");
    for (const file of [
      "specs/acme-pay.yaml",
      "packages/acme-pay/package.json",
      "packages/acme-pay/LICENSE",
      "packages/acme-pay/src/client.ts",
      "packages/acme-pay/src/errors.ts",
      "packages/acme-pay/stryker.config.mjs",
      "packages/acme-pay/src/testing/index.ts",
      "packages/acme-pay/test/client.test.ts",
      "packages/acme-pay/README.md",
      "examples/acme-pay.ts",
      ".changeset/acme-pay-initial.md",
    ]) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
    const client = readFileSync(join(root, "packages/acme-pay/src/client.ts"), "utf8");
    expect(client).toContain("export function createAcmePayClient");
    expect(client).not.toMatch(/\ba AcmePay\b/);

    const env = { PAYCLIENTS_NESTED: "1" };
    const steps = [
      ["generate"],
      ["build"],
      ["test", "--provider", "acme-pay"],
      ["test:e2e", "--provider", "acme-pay"],
    ];
    for (const args of steps) {
      const step = await run("pnpm", args, root, env);
      expect(step.status, `pnpm ${args.join(" ")}\n${step.output.slice(-6000)}`).toBe(0);
    }
    expect(existsSync(join(root, "packages/acme-pay/src/generated/schema.ts"))).toBe(true);
    const own = readReport(join(root, "packages/acme-pay/test-results.json"));
    expect(own.numPassedTests).toBeGreaterThan(0);
    expect(own.numFailedTests).toBe(0);
    const consumer = readReport(join(root, "scripts/test-results.e2e.json"))
      .testResults.flatMap(({ assertionResults }) => assertionResults)
      .filter(({ fullName }) => fullName.startsWith("installed from tarballs"));
    expect(consumer.length).toBeGreaterThan(0);
    expect(consumer.filter(({ status }) => status !== "passed")).toEqual([]);
    // Only the new provider was narrowed in: another provider's package tests did not run again.
    expect(existsSync(join(root, "packages/scalapay/test-results.json"))).toBe(false);
  }, 900_000);
});
