// `pnpm release:rehearse`: the release flow of the README ("Releases"), run for real against a throwaway loopback
// registry (Verdaccio), on a git clone of this repository in a temporary folder (versioning rewrites files):
//   1. first release: `pnpm version-packages`, then `pnpm release` (build, check:changesets, `changeset publish`);
//   2. the published manifests, read back from the registry, carry real semver ranges (no `workspace:`);
//   3. a consumer project outside the workspace installs every published package by name with `^<version>`, only @payclients
//      resolving from the loopback registry (a scoped registry in its .npmrc), imports it from ESM and CJS,
//      type-checks it and runs each provider's example against the installed emulator;
//   4. a second release: a patch of one package (`--patch <directory>`, scalapay by default), a minor of another
//      (`--minor <directory>`, testing by default) and an internal changeset; `npm update` in the consumer picks up
//      exactly the packages that changed and the dependents whose range had to move (and nothing else);
//   5. a canary snapshot (`changeset version --snapshot canary`, `changeset publish --tag canary --no-git-tag`) that
//      a plain install does not pick, and `@canary` does;
//   6. every CHANGELOG.md has dated headings and no internal lines.
// It refuses to start when a publish could reach anything but loopback, and stops the registry and removes every
// temporary folder at the end, failed or not. Any mismatch exits 1; a refusal exits 2.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strictConsumerCompilerOptions } from "./consumer-typescript.ts";
import { providerEntryNames } from "./provider-entries.ts";
import { nonLoopbackTargets, type PublishedManifest, publishTargets } from "./registry-safety.ts";
import { repositoryRoot } from "./root.ts";

const scope = "@payclients";
const started = Date.now();
const args = process.argv.slice(2);
const option = (flag: string) => {
  const index = args.indexOf(flag);
  return index === -1 ? undefined : args[index + 1];
};
const patched = option("--patch") ?? "scalapay";
// A minor before 1.0 leaves `^0.1.0`: the packages that depend on it must follow with a release of their own.
const breaking = option("--minor") ?? "testing";
/** A registry already running (loopback, empty) instead of a throwaway Verdaccio; kept running at the end. */
const givenRegistry = option("--registry");

interface Manifest extends PublishedManifest {
  version: string;
  dependencies?: Record<string, string>;
}

class Refusal extends Error {}
class Mismatch extends Error {}

let temporary = "";
let registry: ChildProcess | undefined;

function step(title: string): void {
  console.log(`\n▶ ${title}  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Mismatch(message);
}

/** Runs a command, returns its stdout; on failure prints everything and throws. */
function sh(command: string, commandArgs: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, commandArgs, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Mismatch(
      `\`${command} ${commandArgs.join(" ")}\` failed (exit ${result.status}) in ${cwd}\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** The published (non-private) packages of a repository root, by directory. */
function publicPackages(root: string): Array<{ directory: string; manifest: Manifest }> {
  return readdirSync(join(root, "packages"))
    .filter((directory) => existsSync(join(root, "packages", directory, "package.json")))
    .map((directory) => ({
      directory,
      manifest: readJson<Manifest>(join(root, "packages", directory, "package.json")),
    }))
    .filter(({ manifest }) => !manifest.private);
}

function refuseUnlessLoopback(root: string, env: NodeJS.ProcessEnv): void {
  const bad = nonLoopbackTargets(
    publishTargets(
      publicPackages(root).map(({ manifest }) => manifest),
      env,
    ),
  );
  if (bad.length > 0) {
    throw new Refusal(
      `release:rehearse refuses to run: it publishes only to a loopback registry (127.0.0.0/8, localhost, [::1]).\n${bad
        .map((line) => `  - ${line}`)
        .join("\n")}`,
    );
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function startVerdaccio(): Promise<string> {
  const folder = join(temporary, "verdaccio");
  mkdirSync(folder);
  // No uplinks: nothing resolves through it but what the rehearsal publishes. Any token may publish.
  writeFileSync(
    join(folder, "config.yaml"),
    [
      `storage: ${join(folder, "storage")}`,
      "auth:",
      "  htpasswd:",
      `    file: ${join(folder, "htpasswd")}`,
      "    max_users: -1",
      "uplinks: {}",
      "packages:",
      "  '**':",
      "    access: $all",
      "    publish: $all",
      "    unpublish: $all",
      "server:",
      "  keepAliveTimeout: 60",
      "log: { type: stdout, format: pretty, level: error }",
      "",
    ].join("\n"),
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const log: string[] = [];
  registry = spawn(
    join(repositoryRoot, "node_modules", ".bin", "verdaccio"),
    ["--config", join(folder, "config.yaml"), "--listen", `127.0.0.1:${port}`],
    { cwd: folder, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  registry.stdout?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  registry.stderr?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (registry.exitCode !== null) break;
    try {
      if ((await fetch(`${url}-/ping`)).ok) return url;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Mismatch(`Verdaccio did not answer on ${url}:\n${log.join("")}`);
}

function stopVerdaccio(): void {
  if (registry?.pid && registry.exitCode === null) {
    try {
      process.kill(-registry.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  registry = undefined;
}

function cleanUp(): void {
  stopVerdaccio();
  if (temporary) rmSync(temporary, { recursive: true, force: true });
  temporary = "";
}

/** The environment for commands in the repository copy: @payclients resolves and publishes only to `url`. */
function publishEnvironment(url: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...consumerEnvironment(), TURBO_TELEMETRY_DISABLED: "1" };
  env[`npm_config_${scope}:registry`] = url;
  return env;
}

/** The environment for the consumer: no registry from the caller for @payclients, no tokens; its .npmrc decides. */
function consumerEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_config_@/i.test(key) || /^(npm_token|node_auth_token)$/i.test(key)) continue;
    env[key] = value;
  }
  return env;
}

function git(cwd: string, ...gitArgs: string[]): string {
  return sh(
    "git",
    ["-c", "user.name=release rehearsal", "-c", "user.email=rehearsal@invalid", ...gitArgs],
    cwd,
    process.env,
  );
}

function installedVersions(consumer: string, names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => {
      const path = join(consumer, "node_modules", ...name.split("/"), "package.json");
      return [name, existsSync(path) ? readJson<Manifest>(path).version : "(missing)"];
    }),
  );
}

function bumpPatch(version: string): string {
  const [major, minor, patch] = version.split(".").map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}`;
}

function bumpMinor(version: string): string {
  const [major, minor] = version.split(".").map(Number);
  return `${major}.${(minor ?? 0) + 1}.0`;
}

/** Whether `version` satisfies `^base` (before 1.0 a caret keeps the minor: `^0.1.0` is `>=0.1.0 <0.2.0`). */
function withinCaret(version: string, base: string): boolean {
  const [major, minor] = version.split(".").map(Number);
  const [baseMajor, baseMinor] = base.split(".").map(Number);
  return major === baseMajor && (baseMajor !== 0 || minor === baseMinor);
}

/**
 * The versions changesets must produce: the bumped packages, then (until nothing changes) a patch for every package
 * with a dependency whose new version left the range it was published with.
 */
function expectedVersions(
  packages: Array<{ manifest: Manifest }>,
  first: Record<string, string>,
  bumps: Record<string, string>,
): Record<string, string> {
  const expected: Record<string, string> = { ...first, ...bumps };
  for (let changed = true; changed; ) {
    changed = false;
    for (const { manifest } of packages) {
      if (expected[manifest.name] !== first[manifest.name]) continue;
      const left = Object.keys(manifest.dependencies ?? {}).some(
        (dependency) =>
          first[dependency] !== undefined &&
          !withinCaret(expected[dependency] ?? "", first[dependency] ?? ""),
      );
      if (left) {
        expected[manifest.name] = bumpPatch(first[manifest.name] ?? "");
        changed = true;
      }
    }
  }
  return expected;
}

function checkChangelogs(copy: string, label: string): void {
  for (const { directory, manifest } of publicPackages(copy)) {
    const path = join(copy, "packages", directory, "CHANGELOG.md");
    check(existsSync(path), `${label}: ${manifest.name} has no CHANGELOG.md`);
    const text = readFileSync(path, "utf8");
    const heading = new RegExp(
      `^## ${manifest.version.replaceAll(".", "\\.")} \\(\\d{4}-\\d{2}-\\d{2}\\)$`,
      "m",
    );
    check(
      heading.test(text),
      `${label}: ${manifest.name}'s CHANGELOG.md has no "## ${manifest.version} (date)"`,
    );
    check(
      !/^## \d+\.\d+\.\d+\S*$/m.test(text),
      `${label}: ${manifest.name}'s CHANGELOG.md has an undated heading`,
    );
    check(!/internal:/i.test(text), `${label}: ${manifest.name}'s CHANGELOG.md shows an internal changeset`);
  }
}

function installedChangelog(consumer: string, name: string): string {
  const path = join(consumer, "node_modules", ...name.split("/"), "CHANGELOG.md");
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

/** Every installed package ships its CHANGELOG.md, headed by the installed version and its date. */
function checkInstalledChangelogs(consumer: string, versions: Record<string, string>): void {
  for (const [name, version] of Object.entries(versions)) {
    const heading = new RegExp(`^## ${version.replaceAll(".", "\\.")} \\(\\d{4}-\\d{2}-\\d{2}\\)$`, "m");
    check(
      heading.test(installedChangelog(consumer, name)),
      `${name}@${version} was installed without its dated CHANGELOG.md entry`,
    );
  }
}

async function main(): Promise<void> {
  step("refuse any registry that is not loopback");
  if (givenRegistry !== undefined) refuseUnlessLoopback(repositoryRoot, publishEnvironment(givenRegistry));
  refuseUnlessLoopback(repositoryRoot, publishEnvironment("http://127.0.0.1/"));
  const target = publicPackages(repositoryRoot).find(({ directory }) => directory === patched);
  if (!target)
    throw new Refusal(`release:rehearse: --patch needs a published package under packages/ (got ${patched})`);
  const major = publicPackages(repositoryRoot).find(({ directory }) => directory === breaking);
  if (!major || major.directory === target.directory)
    throw new Refusal(
      `release:rehearse: --minor needs another published package under packages/ (got ${breaking})`,
    );

  temporary = mkdtempSync(join(tmpdir(), "payclients-rehearsal-"));
  step(givenRegistry ? `use the registry at ${givenRegistry}` : "start Verdaccio on a free loopback port");
  const url = givenRegistry ?? (await startVerdaccio());
  const host = new URL(url).host;
  console.log(`registry: ${url}`);

  step("clone the repository into a temporary folder and install it");
  const copy = join(temporary, "repository");
  sh("git", ["clone", "--quiet", repositoryRoot, copy], temporary, process.env);
  if (sh("git", ["status", "--porcelain"], repositoryRoot, process.env).trim() !== "")
    console.log("note: the rehearsal releases the last commit; uncommitted changes are not part of it");
  const env = publishEnvironment(url);
  // A project-local token: `publish: $all` lets any token through; the real token never enters the rehearsal.
  writeFileSync(join(copy, ".npmrc"), `${scope}:registry=${url}\n//${host}/:_authToken=rehearsal\n`);
  refuseUnlessLoopback(copy, env);
  const configured = sh("npm", ["config", "get", `${scope}:registry`], copy, env).trim();
  check(configured === url, `npm in the copy would publish ${scope} to ${configured}, not ${url}`);
  sh("pnpm", ["install", "--frozen-lockfile", "--prefer-offline"], copy, env);
  const packages = publicPackages(copy);
  const names = packages.map(({ manifest }) => manifest.name).sort();
  const providers = packages.filter(({ directory }) => existsSync(join(copy, "specs", `${directory}.yaml`)));

  step("pnpm version-packages (the pending changesets become the first release)");
  sh("pnpm", ["version-packages"], copy, env);
  git(copy, "add", "-A");
  git(copy, "commit", "-qm", "Version Packages");
  const first = Object.fromEntries(
    publicPackages(copy).map(({ manifest }) => [manifest.name, manifest.version]),
  );
  console.log(first);
  checkChangelogs(copy, "first release");

  step("pnpm release (build, check:changesets, changeset publish) into the loopback registry");
  console.log(sh("pnpm", ["release"], copy, env).trim().split("\n").slice(-12).join("\n"));

  step("read the published manifests back from the registry: real ranges, no workspace:");
  for (const name of names) {
    const view = readJson<Manifest>(
      (() => {
        const path = join(temporary, "view.json");
        writeFileSync(path, sh("npm", ["view", `${name}@${first[name]}`, "--json"], copy, env));
        return path;
      })(),
    );
    check(view.version === first[name], `${name}: the registry has ${view.version}, expected ${first[name]}`);
    for (const [dependency, range] of Object.entries(view.dependencies ?? {})) {
      check(!range.startsWith("workspace:"), `${name} was published with ${dependency}@${range}`);
      if (dependency.startsWith(`${scope}/`))
        check(
          range === `^${first[dependency]}`,
          `${name} depends on ${dependency}@${range}, not ^${first[dependency]}`,
        );
    }
    console.log(`${name}@${view.version}: ${JSON.stringify(view.dependencies ?? {})}`);
  }

  step("a consumer outside the workspace installs every published package by name from the registry");
  const consumer = join(temporary, "consumer");
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, "package.json"),
    JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }, null, 2),
  );
  // Only @payclients comes from the loopback registry; everything else from the default registry.
  writeFileSync(join(consumer, ".npmrc"), `${scope}:registry=${url}\n`);
  const consumerEnv = consumerEnvironment();
  const npmInstall = ["install", "--no-audit", "--no-fund", "--prefer-offline"];
  sh(
    "npm",
    [
      ...npmInstall,
      // Every published package by name: the providers, and the packages users add beside them (e.g. the fleet store).
      ...packages.map(({ manifest }) => `${manifest.name}@^${first[manifest.name]}`),
      "typescript@5.9.3",
      "tsx@4.23.15",
      "@types/node@20",
    ],
    consumer,
    consumerEnv,
  );
  const lock = readJson<{ packages: Record<string, { resolved?: string }> }>(
    join(consumer, "package-lock.json"),
  );
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path.startsWith("node_modules/") || !entry.resolved) continue;
    const fromLoopback = entry.resolved.startsWith(url);
    check(
      path.startsWith(`node_modules/${scope}/`) === fromLoopback,
      `${path} resolved from ${entry.resolved}: only ${scope} may come from ${url}`,
    );
  }
  const before = installedVersions(consumer, names);
  for (const name of names)
    check(before[name] === first[name], `${name}: installed ${before[name]}, expected ${first[name]}`);
  checkInstalledChangelogs(consumer, before);

  step(
    "import every provider from ESM and CJS, type-check it, run its example against the installed emulator",
  );
  const sources = providers.map(({ directory, manifest }) => ({
    name: manifest.name,
    ...providerEntryNames(copy, directory),
  }));
  const esm = sources.flatMap(({ name, factory, emulator }) => [
    `assert.equal(typeof (await import("${name}")).${factory}, "function");`,
    `assert.equal(typeof (await import("${name}/testing")).${emulator}, "function");`,
  ]);
  writeFileSync(join(consumer, "esm.mjs"), `import assert from "node:assert/strict";\n${esm.join("\n")}\n`);
  sh("node", ["esm.mjs"], consumer, consumerEnv);
  const cjs = sources.flatMap(({ name, factory, emulator }) => [
    `assert.equal(typeof require("${name}").${factory}, "function");`,
    `assert.equal(typeof require("${name}/testing").${emulator}, "function");`,
  ]);
  writeFileSync(
    join(consumer, "cjs.cjs"),
    `const assert = require("node:assert/strict");\n${cjs.join("\n")}\n`,
  );
  sh("node", ["cjs.cjs"], consumer, consumerEnv);
  const types = join(consumer, "types");
  mkdirSync(types);
  writeFileSync(
    join(types, "consumer.ts"),
    sources
      .map(
        ({ name, factory, emulator }, index) =>
          `import { ${factory} } from "${name}";\nimport { ${emulator} } from "${name}/testing";\n` +
          `export type Client${index} = ReturnType<typeof ${factory}>;\nexport const emulator${index} = ${emulator};\n`,
      )
      .join(""),
  );
  writeFileSync(join(types, "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(
    join(types, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { ...strictConsumerCompilerOptions, module: "Node16", moduleResolution: "Node16" },
      files: ["consumer.ts"],
    }),
  );
  sh(join(consumer, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.json"], types, consumerEnv);
  const examples = join(consumer, "examples");
  mkdirSync(examples);
  writeFileSync(join(examples, "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(join(examples, "support.ts"), readFileSync(join(copy, "examples", "support.ts")));
  for (const { directory } of providers) {
    writeFileSync(join(examples, `${directory}.ts`), readFileSync(join(copy, "examples", `${directory}.ts`)));
    const output = sh(
      join(consumer, "node_modules", ".bin", "tsx"),
      [`${directory}.ts`],
      examples,
      consumerEnv,
    );
    check(
      /webhooksVerified: [1-9]/.test(output),
      `examples/${directory}.ts did not finish against its emulator`,
    );
  }
  console.log(`ESM, CJS, tsc (node16, skipLibCheck off) and ${providers.length} examples: ok`);

  step(
    `a patch of ${target.manifest.name}, a minor of ${major.manifest.name} and an internal changeset; pnpm version-packages, pnpm release`,
  );
  const internal =
    packages.find(({ manifest }) => manifest.name !== target.manifest.name)?.manifest.name ?? "";
  writeFileSync(
    join(copy, ".changeset", "rehearsal-patch.md"),
    `---\n"${target.manifest.name}": patch\n---\n\nRehearsal: a user-visible fix.\n`,
  );
  writeFileSync(
    join(copy, ".changeset", "rehearsal-minor.md"),
    `---\n"${major.manifest.name}": minor\n---\n\nRehearsal: a breaking change (a minor before 1.0).\n`,
  );
  writeFileSync(join(copy, ".changeset", "rehearsal-internal.md"), `---\n---\n\ninternal: ${internal}\n`);
  git(copy, "add", "-A");
  git(copy, "commit", "-qm", "changesets");
  sh("pnpm", ["version-packages"], copy, env);
  git(copy, "add", "-A");
  git(copy, "commit", "-qm", "Version Packages");
  // What must move: the two changed packages and the dependents whose range had to follow; everything else stays.
  const expected = expectedVersions(packages, first, {
    [target.manifest.name]: bumpPatch(first[target.manifest.name] ?? ""),
    [major.manifest.name]: bumpMinor(first[major.manifest.name] ?? ""),
  });
  const second = Object.fromEntries(
    publicPackages(copy).map(({ manifest }) => [manifest.name, manifest.version]),
  );
  for (const name of names)
    check(
      second[name] === expected[name],
      `version-packages made ${name} ${second[name]}, expected ${expected[name]}`,
    );
  checkChangelogs(copy, "patch release");
  const changelog = readFileSync(join(copy, "packages", target.directory, "CHANGELOG.md"), "utf8");
  check(
    changelog.includes("- Rehearsal: a user-visible fix."),
    `${target.manifest.name}'s CHANGELOG lacks the fix`,
  );
  sh("pnpm", ["release"], copy, env);
  for (const name of names) {
    const latest = sh("npm", ["view", name, "dist-tags.latest"], copy, env).trim();
    check(
      latest === expected[name],
      `${name}: latest is ${latest} on the registry, expected ${expected[name]}`,
    );
  }

  step("npm update in the consumer picks up exactly the new versions its ranges allow");
  sh("npm", ["update", "--no-audit", "--no-fund", "--prefer-online"], consumer, consumerEnv);
  const after = installedVersions(consumer, names);
  // The consumer depends on every package with `^<first>`: npm update takes a new version within that range and
  // leaves a breaking one (a minor before 1.0) to an explicit upgrade, while each dependent that requires it gets its
  // own copy.
  const updated = Object.fromEntries(
    names.map((name) => {
      const next = expected[name] ?? "";
      return [name, withinCaret(next, first[name] ?? "") ? next : first[name]];
    }),
  );
  console.log(`\n  ${"package".padEnd(30)} ${"before".padEnd(10)} ${"after".padEnd(10)} expected  released`);
  for (const name of names) {
    const mark = after[name] === updated[name] ? "" : "  ✗";
    console.log(
      `  ${name.padEnd(30)} ${(before[name] ?? "").padEnd(10)} ${(after[name] ?? "").padEnd(10)} ${(updated[name] ?? "").padEnd(9)} ${expected[name]}${mark}`,
    );
  }
  for (const name of names)
    check(
      after[name] === updated[name],
      `${name}: npm update installed ${after[name]}, expected ${updated[name]}`,
    );
  for (const { manifest } of packages) {
    if (!manifest.dependencies?.[major.manifest.name] || !names.includes(manifest.name)) continue;
    const nested = join(
      consumer,
      "node_modules",
      ...manifest.name.split("/"),
      "node_modules",
      ...major.manifest.name.split("/"),
      "package.json",
    );
    const seen = existsSync(nested) ? readJson<Manifest>(nested).version : after[major.manifest.name];
    check(
      seen === expected[major.manifest.name],
      `${manifest.name} resolves ${major.manifest.name}@${seen}, expected ${expected[major.manifest.name]}`,
    );
  }
  checkInstalledChangelogs(consumer, after);
  const installed = installedChangelog(consumer, target.manifest.name);
  console.log(
    `\n${target.manifest.name}'s CHANGELOG.md as installed:\n${installed.split("\n").slice(0, 12).join("\n")}`,
  );
  // Every package that depends on the minor-bumped one was released again with a range that admits it, and its
  // changelog says why it exists.
  for (const { manifest } of packages) {
    if (!manifest.dependencies?.[major.manifest.name]) continue;
    const published = JSON.parse(
      sh("npm", ["view", `${manifest.name}@${expected[manifest.name]}`, "dependencies", "--json"], copy, env),
    ) as Record<string, string>;
    const wanted = `^${expected[major.manifest.name]}`;
    check(
      published[major.manifest.name] === wanted,
      `${manifest.name}@${expected[manifest.name]} depends on ${major.manifest.name}@${published[major.manifest.name]}, not ${wanted}`,
    );
    check(
      installedChangelog(consumer, manifest.name).includes(
        `Requires \`${major.manifest.name}\` ${expected[major.manifest.name]}`,
      ),
      `${manifest.name}'s CHANGELOG.md does not say which ${major.manifest.name} it now requires`,
    );
  }
  sh("node", ["esm.mjs"], consumer, consumerEnv);

  step(`a canary snapshot of ${target.manifest.name} under the "canary" dist-tag`);
  writeFileSync(
    join(copy, ".changeset", "rehearsal-canary.md"),
    `---\n"${target.manifest.name}": patch\n---\n\nRehearsal: a change to try before it is released.\n`,
  );
  sh("pnpm", ["exec", "changeset", "version", "--snapshot", "canary"], copy, env);
  const canary = readJson<Manifest>(join(copy, "packages", target.directory, "package.json")).version;
  // `snapshot.useCalculatedVersion`: the version the changeset would release, with a pre-release tag.
  const calculated = bumpPatch(expected[target.manifest.name] ?? "");
  check(
    new RegExp(`^${calculated.replaceAll(".", "\\.")}-canary-\\d{14}$`).test(canary),
    `the snapshot version is ${canary}, expected ${calculated}-canary-<date and time>`,
  );
  sh(
    "pnpm",
    ["exec", "turbo", "run", "build", `--filter=${target.manifest.name}`, "--output-logs=errors-only"],
    copy,
    env,
  );
  sh("pnpm", ["exec", "changeset", "publish", "--tag", "canary", "--no-git-tag"], copy, env);
  check(git(copy, "tag", "--list", `*${canary}*`).trim() === "", "the canary publish created a git tag");
  const tags = readJson<Record<string, string>>(
    (() => {
      const path = join(temporary, "tags.json");
      writeFileSync(path, sh("npm", ["view", target.manifest.name, "dist-tags", "--json"], copy, env));
      return path;
    })(),
  );
  check(tags.latest === expected[target.manifest.name], `latest moved to ${tags.latest}`);
  check(tags.canary === canary, `canary is ${tags.canary}, expected ${canary}`);
  const plain = join(temporary, "plain");
  mkdirSync(plain);
  writeFileSync(
    join(plain, "package.json"),
    JSON.stringify({ name: "plain", private: true, version: "1.0.0" }),
  );
  writeFileSync(join(plain, ".npmrc"), `${scope}:registry=${url}\n`);
  sh("npm", [...npmInstall.slice(0, 3), "--prefer-online", target.manifest.name], plain, consumerEnv);
  const stable = installedVersions(plain, [target.manifest.name])[target.manifest.name];
  check(
    stable === expected[target.manifest.name],
    `a plain install picked ${stable}, expected the stable version`,
  );
  sh(
    "npm",
    [...npmInstall.slice(0, 3), "--prefer-online", `${target.manifest.name}@canary`],
    plain,
    consumerEnv,
  );
  const picked = installedVersions(plain, [target.manifest.name])[target.manifest.name];
  check(picked === canary, `@canary installed ${picked}, expected ${canary}`);
  console.log(`plain install: ${stable}; @canary: ${picked}`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

try {
  await main();
  cleanUp();
  console.log(`\nrelease:rehearse: passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} catch (error) {
  cleanUp();
  if (error instanceof Refusal) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(`\nrelease:rehearse: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
