// `lint:package`: checks one published package as consumers receive it. It packs the package once and hands the same
// tarball to publint (the manifest: exports, files, types conditions) and to attw (the types as node10, node16 CJS and
// ESM, and bundler resolution see them). One process and one `npm pack` instead of two CLIs that each pack: this runs
// for every package in `pnpm test`, whose time budget is tight on two cores.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkPackage, createPackageFromTarballData } from "@arethetypeswrong/core";
import { problemKindInfo } from "@arethetypeswrong/core/problems";
import type { Problem } from "@arethetypeswrong/core/types";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

/** Packs the package in `directory` as `pnpm publish` packs it (workspace ranges resolved), returning the bytes. */
function packTarball(directory: string): Uint8Array {
  const destination = mkdtempSync(join(tmpdir(), "payclients-pack-"));
  try {
    const output = execFileSync("pnpm", ["pack", "--json", "--pack-destination", destination], {
      cwd: directory,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const { filename } = JSON.parse(output) as { filename: string };
    return new Uint8Array(readFileSync(filename));
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}

/** publint's findings in strict mode (warnings count as errors), one line each. */
async function manifestProblems(tarball: Uint8Array): Promise<string[]> {
  const data = tarball.buffer.slice(
    tarball.byteOffset,
    tarball.byteOffset + tarball.byteLength,
  ) as ArrayBuffer;
  const { messages, pkg } = await publint({ strict: true, pack: { tarball: data } });
  return messages
    .filter(({ type }) => type !== "suggestion")
    .map(
      (message) =>
        `publint ${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`,
    );
}

/** Where an attw problem applies (entry point and resolution mode, or the files involved), as its CLI names it. */
function describeProblem(problem: Problem): string {
  const where = [
    "entrypoint" in problem ? `"${problem.entrypoint}" under ${problem.resolutionKind}` : undefined,
    "typesFileName" in problem ? `${problem.typesFileName} for ${problem.implementationFileName}` : undefined,
    "fileName" in problem ? problem.fileName : undefined,
  ].filter(Boolean);
  const info = problemKindInfo[problem.kind];
  return `attw: ${info.title}${where.length > 0 ? ` (${where.join("; ")})` : ""}: ${info.docsUrl}`;
}

/** attw's findings under its strict profile: every resolution mode, no rule ignored. */
async function typeProblems(tarball: Uint8Array): Promise<string[]> {
  const analysis = await checkPackage(createPackageFromTarballData(tarball));
  if (!analysis.types) return ["attw: the package ships no types"];
  return analysis.problems.map(describeProblem);
}

async function main(): Promise<void> {
  const directory = process.cwd();
  const { name } = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as { name: string };
  const tarball = packTarball(directory);
  const problems = [...(await manifestProblems(tarball)), ...(await typeProblems(tarball))];
  if (problems.length === 0) return;
  console.error(
    `${name}: ${problems.length} packaging problem(s)\n${problems.map((line) => `  ${line}`).join("\n")}`,
  );
  process.exitCode = 1;
}

await main();
