import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { git, insideScaffoldCopy, runScript, temporaryDirectory } from "./helpers";

function repositoryWithPackage(): string {
  const root = temporaryDirectory("changesets");
  mkdirSync(join(root, ".changeset"));
  mkdirSync(join(root, "packages", "demo", "src"), { recursive: true });
  mkdirSync(join(root, "specs"));
  writeFileSync(
    join(root, "packages/demo/package.json"),
    '{\n  "name": "@payclients/demo",\n  "version": "1.0.0"\n}\n',
  );
  writeFileSync(join(root, "packages/demo/src/index.ts"), "export const a = 1;\n");
  writeFileSync(join(root, "specs/demo.yaml"), "openapi: 3.1.0\n");
  git(root, "init", "-q", "-b", "main");
  git(root, "add", ".");
  git(root, "commit", "-qm", "release 1.0.0");
  return root;
}

// Each case builds its own repository, so they run side by side (most of their time is spent waiting on child processes).
describe.skipIf(insideScaffoldCopy)("check:changesets", { concurrent: true }, () => {
  it("passes when nothing changed since the last version bump", async () => {
    expect((await runScript("check-changesets.ts", repositoryWithPackage())).status).toBe(0);
  });

  it("fails naming the package when src/ changed without a changeset, committed or not", async () => {
    const root = repositoryWithPackage();
    writeFileSync(join(root, "packages/demo/src/index.ts"), "export const a = 2;\n");
    const uncommitted = await runScript("check-changesets.ts", root);
    expect(uncommitted.status).toBe(1);
    expect(uncommitted.output).toContain("@payclients/demo");
    git(root, "commit", "-qam", "change");
    expect((await runScript("check-changesets.ts", root)).status).toBe(1);
  });

  it("fails when only the spec changed", async () => {
    const root = repositoryWithPackage();
    writeFileSync(join(root, "specs/demo.yaml"), "openapi: 3.1.0\ninfo: {}\n");
    expect((await runScript("check-changesets.ts", root)).status).toBe(1);
  });

  it("a changeset naming the package, or an internal marker, satisfies it", async () => {
    const root = repositoryWithPackage();
    writeFileSync(join(root, "packages/demo/src/index.ts"), "export const a = 2;\n");
    writeFileSync(join(root, ".changeset/brave-fox.md"), '---\n"@payclients/demo": patch\n---\n\nFix a.\n');
    expect((await runScript("check-changesets.ts", root)).status).toBe(0);
    writeFileSync(
      join(root, ".changeset/brave-fox.md"),
      "---\n---\n\ninternal: @payclients/demo test-only refactor\n",
    );
    expect((await runScript("check-changesets.ts", root)).status).toBe(0);
  });

  it("a version bump resets the comparison point", async () => {
    const root = repositoryWithPackage();
    writeFileSync(join(root, "packages/demo/src/index.ts"), "export const a = 2;\n");
    writeFileSync(
      join(root, "packages/demo/package.json"),
      '{\n  "name": "@payclients/demo",\n  "version": "1.1.0"\n}\n',
    );
    git(root, "commit", "-qam", "release 1.1.0");
    expect((await runScript("check-changesets.ts", root)).status).toBe(0);
  });

  it("a later change needs a changeset added or edited with it: an older pending one does not cover it", async () => {
    const root = repositoryWithPackage();
    writeFileSync(join(root, "packages/demo/src/index.ts"), "export const a = 2;\n");
    writeFileSync(join(root, ".changeset/brave-fox.md"), '---\n"@payclients/demo": patch\n---\n\nFix a.\n');
    git(root, "add", ".");
    git(root, "commit", "-qm", "fix a, with its changeset");
    expect((await runScript("check-changesets.ts", root)).status).toBe(0);

    writeFileSync(join(root, "specs/demo.yaml"), "openapi: 3.1.0\ninfo: {}\n");
    const uncommitted = await runScript("check-changesets.ts", root);
    expect(uncommitted.status).toBe(1);
    expect(uncommitted.output).toContain("@payclients/demo");
    git(root, "commit", "-qam", "spec change without a changeset");
    expect((await runScript("check-changesets.ts", root)).status).toBe(1);

    // Editing the pending changeset to describe the new change covers it, as a new changeset would.
    writeFileSync(
      join(root, ".changeset/brave-fox.md"),
      '---\n"@payclients/demo": patch\n---\n\nFix a; the spec gains an info block.\n',
    );
    expect((await runScript("check-changesets.ts", root)).status).toBe(0);
    git(root, "commit", "-qam", "describe the spec change");
    expect((await runScript("check-changesets.ts", root)).status).toBe(0);
  });

  it("a merge of two branches that each carried a changeset passes; a merged branch without one still fails", async () => {
    const root = repositoryWithPackage();
    writeFileSync(join(root, "packages/demo/src/b.ts"), "export const b = 1;\n");
    git(root, "add", ".");
    git(root, "commit", "-qm", "the base gains b.ts");
    const branch = (name: string, file: string, text: string, changeset: boolean) => {
      git(root, "checkout", "-q", "-b", name, "main");
      mkdirSync(join(root, ".changeset"), { recursive: true });
      writeFileSync(join(root, "packages/demo/src", file), text);
      if (changeset)
        writeFileSync(
          join(root, `.changeset/${name}.md`),
          `---\n"@payclients/demo": patch\n---\n\n${name}.\n`,
        );
      git(root, "add", ".");
      git(root, "commit", "-qm", `${name}: change ${file}`);
    };
    branch("left", "index.ts", "export const a = 2;\n", true);
    branch("right", "b.ts", "export const b = 2;\n", true);
    branch("late", "c.ts", "export const c = 1;\n", false);
    git(root, "checkout", "-q", "main");
    git(root, "merge", "-q", "--no-ff", "-m", "merge left", "left");
    // This merge differs from both its parents, so it is the newest change to src/ and no changeset came after it.
    git(root, "merge", "-q", "--no-ff", "-m", "merge right", "right");
    const merged = await runScript("check-changesets.ts", root);
    expect(merged.status, merged.output).toBe(0);
    git(root, "merge", "-q", "--no-ff", "-m", "merge late", "late");
    const late = await runScript("check-changesets.ts", root);
    expect(late.status, late.output).toBe(1);
    expect(late.output).toContain("@payclients/demo");
  });

  it("refuses a changeset that releases several packages: each changelog gets its own words", async () => {
    const root = repositoryWithPackage();
    writeFileSync(join(root, "packages/demo/src/index.ts"), "export const a = 2;\n");
    writeFileSync(
      join(root, ".changeset/shared-words.md"),
      '---\n"@payclients/demo": patch\n"@payclients/other": patch\n---\n\nOne text for two changelogs.\n',
    );
    const result = await runScript("check-changesets.ts", root);
    expect(result.status).toBe(1);
    expect(result.output).toContain("shared-words.md");
  });
});
