// `pnpm check:changesets`: fails when a package's src/ or its spec changed since the package's last version bump
// and no pending changeset covers it. A changeset covers a change only when it was added or edited with it or after
// it (an older pending changeset describes an earlier change, so it does not excuse a later one). A change that
// users cannot see is covered by an empty changeset (`pnpm changeset --empty`) whose text contains
// `internal: @payclients/<name>`.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repositoryRoot } from "./root.ts";

function git(...args: string[]): string {
  return execFileSync("git", args, { cwd: repositoryRoot, encoding: "utf8" }).trim();
}

try {
  git("rev-parse", "--verify", "HEAD");
} catch {
  console.log("check:changesets: no git history here; nothing to compare");
  process.exit(0);
}

/** Pending changesets, each with the packages it names and where it was last written. */
interface PendingChangeset {
  names: Set<string>;
  /** Added or edited in the working tree (not committed yet). */
  uncommitted: boolean;
  /** The last commit that wrote it, if any. */
  lastCommit: string;
}

const changesetDirectory = join(repositoryRoot, ".changeset");
const pending: PendingChangeset[] = [];
// changesets copies one text into every changelog it names, where each package's users need their own words.
const shared: string[] = [];
for (const file of readdirSync(changesetDirectory).filter(
  (name) => name.endsWith(".md") && name !== "README.md",
)) {
  const text = readFileSync(join(changesetDirectory, file), "utf8");
  const frontMatter = /^---\n([\s\S]*?)---/.exec(text)?.[1] ?? "";
  const names = new Set<string>();
  for (const match of frontMatter.matchAll(/["']?(@payclients\/[a-z0-9-]+)["']?\s*:/g))
    names.add(match[1] ?? "");
  if (names.size > 1) shared.push(file);
  for (const match of text.matchAll(/internal:\s*(@payclients\/[a-z0-9-]+)/g)) names.add(match[1] ?? "");
  const path = `.changeset/${file}`;
  pending.push({
    names,
    uncommitted: git("status", "--porcelain", "--", path).length > 0,
    lastCommit: git("log", "-1", "--format=%H", "--", path),
  });
}

/** True when `later` is `earlier` or a descendant of it. */
function isAtOrAfter(earlier: string, later: string): boolean {
  try {
    execFileSync("git", ["merge-base", "--is-ancestor", earlier, later], { cwd: repositoryRoot });
    return true;
  } catch {
    return false;
  }
}

/** Whether a changeset naming the package was written with (or after) its last change. */
function isCovered(name: string, lastChange: string | "uncommitted"): boolean {
  return pending.some(
    (changeset) =>
      changeset.names.has(name) &&
      (changeset.uncommitted ||
        (lastChange !== "uncommitted" &&
          changeset.lastCommit !== "" &&
          isAtOrAfter(lastChange, changeset.lastCommit))),
  );
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
  const range = since ? `${since}..HEAD` : "HEAD";
  // Every commit that changed the package needs a changeset written with or after it. Merge commits are skipped: a
  // merge combines branches whose own commits are each checked here, so two branches that each carried their
  // changeset stay covered after the merge (the merge itself is newer than both).
  const changes = git("log", "--no-merges", "--format=%H", range, "--", ...watched)
    .split("\n")
    .filter(Boolean);
  const uncommitted = git("status", "--porcelain", "--", ...watched).length > 0;
  if (!uncommitted && changes.length === 0) continue;
  const uncovered = uncommitted
    ? !isCovered(manifest.name, "uncommitted")
    : changes.some((commit) => !isCovered(manifest.name, commit));
  if (uncovered) missing.push(manifest.name);
}

if (shared.length > 0) {
  console.error(
    "check:changesets: a changeset names several packages, so their changelogs would repeat one text word for word:",
  );
  for (const file of shared) console.error(`  - .changeset/${file}`);
  console.error("Fix: write one changeset per package, in words for that package's users.");
}
if (missing.length > 0) {
  console.error(
    "check:changesets: these packages changed without a changeset added or edited with the change:",
  );
  for (const name of missing) console.error(`  - ${name}`);
  console.error(
    "Fix: run `pnpm changeset` and describe the change, or, for a change users cannot see, `pnpm changeset --empty`\n" +
      "and write `internal: <package name>` in the file.",
  );
}
if (shared.length > 0 || missing.length > 0) process.exit(1);
console.log("check:changesets: every changed package has a changeset of its own");
