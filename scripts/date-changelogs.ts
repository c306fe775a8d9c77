// Part of `pnpm version-packages`: changesets writes each new release's heading as `## <version>`; this adds the
// date users read next to it, `## <version> (YYYY-MM-DD)` (UTC). Headings that already carry a date are left alone,
// so running it twice changes nothing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repositoryRoot } from "./root.ts";

const today = new Date().toISOString().slice(0, 10);
const packagesDirectory = join(repositoryRoot, "packages");
for (const directory of readdirSync(packagesDirectory)) {
  const path = join(packagesDirectory, directory, "CHANGELOG.md");
  if (!existsSync(path)) continue;
  const before = readFileSync(path, "utf8");
  const after = before.replace(/^## (\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)[ \t]*$/gm, `## $1 (${today})`);
  if (after !== before) {
    writeFileSync(path, after);
    console.log(`date-changelogs: dated the new heading in packages/${directory}/CHANGELOG.md`);
  }
}
