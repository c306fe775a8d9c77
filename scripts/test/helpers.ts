import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
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
