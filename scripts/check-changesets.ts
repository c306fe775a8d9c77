// `pnpm check:changesets`: fails when a package's src/ or its spec changed since the package's last version bump
// and no pending changeset covers it. A change that users cannot see is covered by an empty changeset
// (`pnpm changeset --empty`) whose text contains `internal: @payclients/<name>`.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repositoryRoot } from "./generation.ts";

function git(...args: string[]): string {
  return execFileSync("git", args, { cwd: repositoryRoot, encoding: "utf8" }).trim();
}

try {
  git("rev-parse", "--verify", "HEAD");
} catch {
  console.log("check:changesets: no git history here; nothing to compare");
  process.exit(0);
}

const changesetDirectory = join(repositoryRoot, ".changeset");
const released = new Set<string>();
const internal = new Set<string>();
for (const file of readdirSync(changesetDirectory).filter(
  (name) => name.endsWith(".md") && name !== "README.md",
)) {
  const text = readFileSync(join(changesetDirectory, file), "utf8");
  const frontMatter = /^---\n([\s\S]*?)---/.exec(text)?.[1] ?? "";
  for (const match of frontMatter.matchAll(/["']?(@payclients\/[a-z0-9-]+)["']?\s*:/g))
    released.add(match[1] ?? "");
  for (const match of text.matchAll(/internal:\s*(@payclients\/[a-z0-9-]+)/g)) internal.add(match[1] ?? "");
}

const missing: string[] = [];
const packagesDirectory = join(repositoryRoot, "packages");
for (const directory of readdirSync(packagesDirectory)) {
  const manifestPath = join(packagesDirectory, directory, "package.json");
  if (!existsSync(manifestPath)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { name: string; private?: boolean };
  if (manifest.private) continue;
  const watched = [`packages/${directory}/src`];
  if (existsSync(join(repositoryRoot, "specs", `${directory}.yaml`))) watched.push(`specs/${directory}.yaml`);
  // The last commit that touched the version line is the last release point (or the package's creation).
  const since = git(
    "log",
    "-1",
    "--format=%H",
    "-G",
    '"version":',
    "--",
    `packages/${directory}/package.json`,
  );
  const committed = since ? git("diff", "--name-only", since, "HEAD", "--", ...watched) : "";
  const uncommitted = git("status", "--porcelain", "--", ...watched);
  const createdSince = since ? git("log", "--format=%H", `${since}..HEAD`, "--", ...watched) : "";
  const changed = committed.length > 0 || uncommitted.length > 0 || (since === "" && createdSince.length > 0);
  if (changed && !released.has(manifest.name) && !internal.has(manifest.name)) missing.push(manifest.name);
}

if (missing.length > 0) {
  console.error("check:changesets: these packages changed without a changeset:");
  for (const name of missing) console.error(`  - ${name}`);
  console.error(
    "Fix: run `pnpm changeset` and describe the change, or, for a change users cannot see, `pnpm changeset --empty`\n" +
      "and write `internal: <package name>` in the file.",
  );
  process.exit(1);
}
console.log("check:changesets: every changed package has a changeset");
