// Every ```ts block of every README.md is type-checked (one strict tsc run over all of them), and the blocks marked
// runnable run with tsx against the emulators. Markers are HTML comments right before the fence, invisible on GitHub:
//
//   <!-- readme: run -->                      the block is a complete program: run it (it must exit 0)
//   <!-- readme: prelude                      code put before the block (declarations a fragment assumes),
//   declare const scalapay: ScalapayClient;   in the README and in tsc's messages at its own line numbers
//   -->
//
// Both can be combined (`<!-- readme: run prelude`). A block that imports an emulator (`…/testing`) must be runnable.
import { spawn } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { narrowedProviders } from "../../test.narrowing";
import { git, repositoryRoot } from "./helpers";

interface Block {
  /** README path relative to the repository root. */
  readme: string;
  /** 1-based line of the opening fence. */
  line: number;
  code: string[];
  prelude: string[];
  /** 1-based README line of the prelude's first line. */
  preludeLine: number;
  run: boolean;
  /** Module file name in the temporary folder. */
  file: string;
}

const runTimeoutMs = 30_000;

/** Tracked (and unignored new) README.md files outside node_modules; a narrowed run's providers' only. */
function readmes(): string[] {
  return git(repositoryRoot, "ls-files", "-co", "--exclude-standard")
    .split("\n")
    .filter((file) => /(^|\/)README\.md$/.test(file) && !file.split("/").includes("node_modules"))
    .filter(
      (file) => !narrowedProviders || narrowedProviders.some((name) => file === `packages/${name}/README.md`),
    )
    .sort();
}

/** The ```ts blocks of one README, with their markers. */
function extractBlocks(readme: string, text: string): Block[] {
  const lines = text.split("\n");
  const blocks: Block[] = [];
  let fence: { line: number; ts: boolean; code: string[] } | undefined;
  lines.forEach((content, index) => {
    if (fence) {
      if (/^\s*```\s*$/.test(content)) {
        if (fence.ts) blocks.push(withMarker(readme, lines, fence.line, fence.code, blocks.length));
        fence = undefined;
      } else fence.code.push(content);
    } else if (/^\s*```/.test(content)) {
      fence = { line: index + 1, ts: /^\s*```(ts|typescript)\s*$/.test(content), code: [] };
    }
  });
  if (fence) throw new Error(`${readme}:${fence.line}: unclosed code fence`);
  return blocks;
}

function withMarker(readme: string, lines: string[], line: number, code: string[], index: number): Block {
  const block: Block = {
    readme,
    line,
    code,
    prelude: [],
    preludeLine: line,
    run: false,
    file: `${readme.replace(/[^A-Za-z0-9]+/g, "-")}-${String(index + 1).padStart(2, "0")}-L${line}.ts`,
  };
  // The marker comment ends on the line right before the fence.
  const end = line - 2;
  if (end < 0 || !(lines[end] ?? "").trimEnd().endsWith("-->")) return block;
  let start = end;
  while (start > 0 && !(lines[start] ?? "").trimStart().startsWith("<!--")) start -= 1;
  const opening = /^\s*<!--\s*readme:([^\n]*?)(-->)?\s*$/.exec(lines[start] ?? "");
  if (!opening) return block;
  const flags = (opening[1] ?? "").trim().split(/\s+/).filter(Boolean);
  for (const flag of flags) {
    if (flag !== "run" && flag !== "prelude")
      throw new Error(`${readme}:${start + 1}: unknown readme marker "${flag}" (use run and/or prelude)`);
  }
  block.run = flags.includes("run");
  if (start < end) {
    if (!flags.includes("prelude"))
      throw new Error(`${readme}:${start + 1}: a multi-line readme marker needs the "prelude" flag`);
    block.prelude = lines.slice(start + 1, end);
    const last = (lines[end] ?? "").replace(/-->\s*$/, "");
    if (last.trim() !== "") block.prelude.push(last);
    block.preludeLine = start + 2;
  }
  return block;
}

/** Maps a line of a generated module to its README line. */
function readmeLine(block: Block, moduleLine: number): number {
  return moduleLine <= block.prelude.length
    ? block.preludeLine + moduleLine - 1
    : block.line + moduleLine - block.prelude.length;
}

/** Runs a command with a timeout; returns status and combined output, never rejects. */
function run(
  command: string,
  args: string[],
  cwd: string,
  timeoutMs: number,
): Promise<{ status: number; output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, detached: true });
    let output = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // The whole process group: tsx runs the program in a child process.
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ status: 1, output: `${output}${String(error)}`, timedOut });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ status: code ?? 1, output, timedOut });
    });
  });
}

const blocks = readmes().flatMap((readme) =>
  extractBlocks(readme, readFileSync(join(repositoryRoot, readme), "utf8")),
);
const runnable = blocks.filter((block) => block.run);
const name = (block: Block) => `${block.readme}:${block.line}`;

let folder = "";
const typeErrors = new Map<string, string[]>();

// It also runs inside the scaffold test's copy, where it checks the new provider's README from the template.
describe("README ts blocks", () => {
  beforeAll(async () => {
    // Inside the workspace (gitignored), so `@payclients/*`, `@types/*` and the repo's tsc resolve as they do for
    // the packages; every workspace package is linked in, so a freshly scaffolded provider resolves too.
    folder = mkdtempSync(join(repositoryRoot, "scripts", ".readme-blocks-"));
    const scope = join(folder, "node_modules", "@payclients");
    mkdirSync(scope, { recursive: true });
    for (const directory of readdirSync(join(repositoryRoot, "packages"))) {
      const manifest = join(repositoryRoot, "packages", directory, "package.json");
      let packageName = "";
      try {
        packageName = (JSON.parse(readFileSync(manifest, "utf8")) as { name: string }).name;
      } catch {
        continue;
      }
      symlinkSync(join(repositoryRoot, "packages", directory), join(scope, packageName.split("/")[1] ?? ""));
    }
    writeFileSync(
      join(folder, "tsconfig.json"),
      JSON.stringify({
        extends: relative(folder, join(repositoryRoot, "tsconfig.base.json")),
        include: ["*.ts"],
      }),
    );
    for (const block of blocks) {
      writeFileSync(join(folder, block.file), `${[...block.prelude, ...block.code].join("\n")}\n`);
    }
    const tsc = await run(
      join(repositoryRoot, "node_modules", ".bin", "tsc"),
      ["-p", "tsconfig.json", "--pretty", "false"],
      folder,
      120_000,
    );
    const byFile = new Map(blocks.map((block) => [block.file, block]));
    let current: string[] | undefined;
    for (const message of tsc.output.split("\n")) {
      const located = /^(.+?\.ts)\((\d+),(\d+)\): (.*)$/.exec(message);
      const block = located ? byFile.get(located[1] ?? "") : undefined;
      if (located && block) {
        const line = readmeLine(block, Number(located[2]));
        const where = line < block.line ? " (prelude)" : "";
        current = typeErrors.get(block.file) ?? [];
        typeErrors.set(block.file, current);
        current.push(`${block.readme}:${line}:${located[3]}${where}: ${located[4]}`);
      } else if (message.startsWith(" ") && current) {
        current.push(message);
      } else if (message.trim() !== "") {
        current = undefined;
        const all = typeErrors.get("") ?? [];
        all.push(message);
        typeErrors.set("", all);
      }
    }
    if (tsc.status !== 0 && typeErrors.size === 0) typeErrors.set("", [tsc.output]);
  }, 180_000);

  afterAll(() => {
    if (folder !== "") rmSync(folder, { recursive: true, force: true });
  });

  it("finds the blocks, and every block that uses an emulator is runnable", () => {
    expect(blocks.length).toBeGreaterThan(0);
    const emulatorBlocks = blocks.filter((block) =>
      [...block.prelude, ...block.code].some((line) => /from "@payclients\/[a-z0-9-]+\/testing"/.test(line)),
    );
    expect(
      emulatorBlocks.filter((block) => !block.run).map(name),
      "blocks importing an emulator need <!-- readme: run -->",
    ).toEqual([]);
    // Self-contained: a webhook receiver a block needs, it starts itself on a free port.
    const fixedPorts = runnable.filter((block) =>
      block.code.some((line) => /(localhost|127\.0\.0\.1|\[::1\]):\d+/.test(line)),
    );
    expect(fixedPorts.map(name), "runnable blocks must not rely on a fixed port").toEqual([]);
  });

  it("tsc reports nothing outside the blocks", () => {
    expect(typeErrors.get("") ?? [], (typeErrors.get("") ?? []).join("\n")).toEqual([]);
  });

  it.each(blocks.map((block) => [name(block), block] as const))("%s type-checks", (_, block) => {
    const errors = typeErrors.get(block.file) ?? [];
    expect(errors, `ts block at ${name(block)} does not type-check:\n${errors.join("\n")}`).toEqual([]);
  });

  it.each(runnable.map((block) => [name(block), block] as const))(
    "%s runs against the emulators",
    async (_, block) => {
      const result = await run(
        join(repositoryRoot, "node_modules", ".bin", "tsx"),
        [block.file],
        folder,
        runTimeoutMs,
      );
      const why = result.timedOut
        ? `timed out after ${runTimeoutMs} ms (a server or emulator left open?)`
        : `exited ${result.status}`;
      expect(result.status, `ts block at ${name(block)} ${why}:\n${result.output.slice(-4000)}`).toBe(0);
    },
    runTimeoutMs + 10_000,
  );
});
