import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The real repository root. */
export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** A fresh temporary directory outside the workspace. */
export function temporaryDirectory(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `payclients-${prefix}-`));
}

/** Runs one of the repository scripts against another root; returns exit status and output. */
export function runScript(script: string, root: string, args: string[] = []): { status: number; output: string } {
  const result = spawnSync(
    join(repositoryRoot, "node_modules", ".bin", "tsx"),
    [join(repositoryRoot, "scripts", script), ...args],
    { cwd: root, env: { ...process.env, PAYCLIENTS_ROOT: root }, encoding: "utf8" },
  );
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/** Runs git in a directory. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@invalid", ...args], {
    cwd,
    encoding: "utf8",
  });
}
