// The changelog lines users read (referenced from .changeset/config.json). changesets writes the `## <version>`
// heading itself; `pnpm version-packages` then dates it (scripts/date-changelogs.ts).
// - A changeset's text becomes one entry, without commit hashes or links: the words are written for users.
// - A text starting with `internal:` (a change users cannot see) writes nothing.
// - A release caused only by a dependency's release gets one line naming the new versions it requires, so a user who
//   sees the version on npm learns why it exists and where to read what changed.

/** @type {import("@changesets/types").ChangelogFunctions["getReleaseLine"]} */
async function getReleaseLine(changeset) {
  const summary = changeset.summary.trim();
  if (summary === "" || /^internal:/i.test(summary)) return "";
  const [first, ...rest] = summary.split("\n");
  const more = rest.map((line) => (line.trim() === "" ? "" : `  ${line}`)).join("\n");
  return `- ${first}${rest.length > 0 ? `\n${more}` : ""}`.trimEnd();
}

/** @type {import("@changesets/types").ChangelogFunctions["getDependencyReleaseLine"]} */
async function getDependencyReleaseLine(_changesets, dependenciesUpdated) {
  if (dependenciesUpdated.length === 0) return "";
  const names = dependenciesUpdated.map((dependency) => `\`${dependency.name}\` ${dependency.newVersion}`);
  return `- Requires ${names.join(", ")} (see ${dependenciesUpdated.length === 1 ? "its" : "their"} changelog for what changed).`;
}

module.exports = { getReleaseLine, getDependencyReleaseLine };
