import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * True inside the scaffold test's copy of the repository, whose nested `pnpm test --provider` checks the new provider:
 * the tests of the repository's own scripts (drift gate, changeset check, scaffold) do not depend on it and skip.
 */
export const insideScaffoldCopy = process.env.PAYCLIENTS_NESTED === "1";

/** The real repository root. */
export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const temporaryDirectories = new Set<string>();

/** A fresh temporary directory outside the workspace, removed after the test file (see test/setup.ts). */
export function temporaryDirectory(prefix: string): string {
  const directory = mkdtempSync(join(tmpdir(), `payclients-${prefix}-`));
  temporaryDirectories.add(directory);
  return directory;
}

/** Removes every directory {@link temporaryDirectory} made in this test file. */
export function removeTemporaryDirectories(): void {
  for (const directory of temporaryDirectories) rmSync(directory, { recursive: true, force: true });
  temporaryDirectories.clear();
}

/** Runs one of the repository scripts against another root; returns exit status and output. */
export function runScript(
  script: string,
  root: string,
  args: string[] = [],
): Promise<{ status: number; output: string }> {
  return run(
    join(repositoryRoot, "node_modules", ".bin", "tsx"),
    [join(repositoryRoot, "scripts", script), ...args],
    root,
    {
      PAYCLIENTS_ROOT: root,
    },
  );
}

/** Runs git in a directory. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@invalid", ...args], {
    cwd,
    encoding: "utf8",
  });
}

/** Copies the repository's tracked and unignored files (plus the turbo cache) to a temporary directory. */
export function copyRepository(prefix: string): string {
  const root = temporaryDirectory(prefix);
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], {
    cwd: repositoryRoot,
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => file.length > 0 && existsSync(join(repositoryRoot, file)));
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(repositoryRoot, file), join(root, file));
  }
  if (existsSync(join(repositoryRoot, ".turbo"))) {
    cpSync(join(repositoryRoot, ".turbo"), join(root, ".turbo"), { recursive: true });
  }
  return root;
}

/** The workspace's installed `node_modules` folders (the root's and each workspace package's), relative to the root. */
function installedFolders(): string[] {
  const output = execFileSync(
    "find",
    [
      ".",
      "-path",
      "./node_modules",
      "-prune",
      "-print",
      "-o",
      "-name",
      "node_modules",
      "-type",
      "d",
      "-prune",
      "-print",
    ],
    { cwd: repositoryRoot, encoding: "utf8" },
  );
  return output.split("\n").filter((line) => line.length > 0);
}

// Files an install or a test run rewrites in place: a hard link would let the copy write into the repository's own.
const rewrittenInPlace = ["-path", "*/.bin/*", "-o", "-name", ".modules.yaml", "-o", "-name", "lock.yaml"];

/**
 * Gives a copy made by {@link copyRepository} the repository's installed dependencies as hard links (seconds, where
 * `pnpm install` takes most of a minute on a fresh machine), then turns the files an install rewrites into copies of
 * their own and drops the tools' caches. Returns false when hard links cannot be made (the copy is on another file
 * system, as CI's temporary folder may be): the caller installs instead.
 */
export function linkInstalledDependencies(root: string): boolean {
  try {
    for (const folder of installedFolders()) {
      execFileSync("cp", ["-al", join(repositoryRoot, folder), join(root, folder)]);
    }
  } catch {
    for (const folder of installedFolders()) rmSync(join(root, folder), { recursive: true, force: true });
    return false;
  }
  const linked = execFileSync(
    "find",
    [
      ".",
      "-path",
      "./node_modules/.pnpm/*/node_modules",
      "-prune",
      "-o",
      "(",
      ...rewrittenInPlace,
      ")",
      "-type",
      "f",
      "-print0",
    ],
    { cwd: root, encoding: "utf8" },
  )
    .split("\0")
    .filter((file) => file.length > 0);
  for (const file of linked) {
    const copy = `${join(root, file)}.copy`;
    cpSync(join(root, file), copy);
    renameSync(copy, join(root, file));
  }
  for (const folder of installedFolders()) {
    for (const cache of [".vite", ".vite-temp", ".cache"]) {
      rmSync(join(root, folder, cache), { recursive: true, force: true });
    }
  }
  return true;
}

/**
 * Runs a command asynchronously (a blocked worker would miss vitest's heartbeats), returning status and combined
 * output; never rejects.
 */
export function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.on("error", (error) => resolve({ status: 1, output: `${output}${String(error)}` }));
    child.on("close", (code) => resolve({ status: code ?? 1, output }));
  });
}
