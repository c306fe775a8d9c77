// Installs the packed tarballs in a fresh project outside the workspace and uses them as a user would:
// ESM import, CJS require, tsc under every supported consumer setting, and every example against its installed
// emulator, and each emulator standalone through the installed bin. A narrowed run (`narrowedProviders`) installs only its providers (and the packages they need).
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { narrowedProviders } from "../../../test.narrowing";
import { strictConsumerCompilerOptions } from "../../consumer-typescript";
import { providerEntryNames } from "../../provider-entries";
import { repositoryRoot, run, temporaryDirectory } from "../helpers";

interface Manifest {
  name: string;
  private?: boolean;
  exports?: Record<string, unknown>;
}

const only = narrowedProviders;
const isProvider = (directory: string) => existsSync(join(repositoryRoot, "specs", `${directory}.yaml`));
const packages = readdirSync(join(repositoryRoot, "packages"))
  .map((directory) => ({ directory, path: join(repositoryRoot, "packages", directory, "package.json") }))
  .filter(({ path }) => existsSync(path))
  .map(({ directory, path }) => ({ directory, manifest: JSON.parse(readFileSync(path, "utf8")) as Manifest }))
  .filter(({ manifest }) => !manifest.private)
  .filter(({ directory }) => !only || !isProvider(directory) || only.includes(directory));
const providers = packages
  .filter(({ directory }) => isProvider(directory))
  .map(({ directory, manifest }) => ({
    directory,
    name: manifest.name,
    ...providerEntryNames(repositoryRoot, directory),
  }));

let project = "";

describe("installed from tarballs", () => {
  beforeAll(async () => {
    const tarballs = temporaryDirectory("tarballs");
    for (const { directory } of packages) {
      const packed = await run(
        "pnpm",
        ["pack", "--pack-destination", tarballs],
        join(repositoryRoot, "packages", directory),
      );
      expect(packed.status, packed.output).toBe(0);
    }
    project = temporaryDirectory("consumer");
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }),
    );
    const files = readdirSync(tarballs).map((file) => join(tarballs, file));
    const install = await run(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--prefer-offline",
        ...files,
        "typescript@5.9.3",
        "tsx@4.23.15",
        "@types/node@20",
        // The optional peer of `@payclients/auth-middleware/otel`, which an application tracing its calls has.
        "@opentelemetry/api@1.9.0",
      ],
      project,
    );
    expect(install.status, install.output).toBe(0);
  }, 300_000);

  it("finds every provider's factory and emulator", async () => {
    expect(providers.length).toBeGreaterThanOrEqual(1);
    for (const provider of providers) {
      expect(provider.factory, provider.name).not.toBe("");
      expect(provider.emulator, provider.name).not.toBe("");
    }
  });

  it("tarballs contain only dist, package.json and docs, and real semver ranges", async () => {
    for (const { directory, manifest } of packages) {
      const installed = join(project, "node_modules", ...manifest.name.split("/"));
      const top = readdirSync(installed).sort();
      expect(
        top.filter(
          (entry) => !["dist", "package.json", "README.md", "CHANGELOG.md", "LICENSE"].includes(entry),
        ),
      ).toEqual([]);
      const packedManifest = readFileSync(join(installed, "package.json"), "utf8");
      expect(packedManifest).not.toContain("workspace:");
      expect(readFileSync(join(installed, "LICENSE"), "utf8"), manifest.name).toBe(
        readFileSync(join(repositoryRoot, "LICENSE"), "utf8"),
      );
      const { repository, homepage, bugs } = JSON.parse(packedManifest) as Record<string, unknown>;
      expect(repository, manifest.name).toMatchObject({ type: "git", directory: `packages/${directory}` });
      expect(homepage, manifest.name).toEqual(expect.stringContaining(`packages/${directory}`));
      expect(bugs, manifest.name).toMatchObject({ url: expect.stringMatching(/^https:\/\//) });
    }
  });

  it("imports every package from ESM and requires it from CJS", async () => {
    const lines = providers.flatMap(({ name, factory, emulator }) => [
      `assert.equal(typeof (await import("${name}")).${factory}, "function", "${name}");`,
      `assert.equal(typeof (await import("${name}/testing")).${emulator}, "function", "${name}/testing");`,
    ]);
    writeFileSync(
      join(project, "esm.mjs"),
      `import assert from "node:assert/strict";\n${lines.join("\n")}\nconsole.log("esm ok");\n`,
    );
    const esm = await run("node", ["esm.mjs"], project);
    expect(esm.status, esm.output).toBe(0);

    const requires = providers.flatMap(({ name, factory, emulator }) => [
      `assert.equal(typeof require("${name}").${factory}, "function", "${name}");`,
      `assert.equal(typeof require("${name}/testing").${emulator}, "function", "${name}/testing");`,
    ]);
    const shared = packages
      .filter(({ directory }) => !providers.some((provider) => provider.directory === directory))
      .map(
        ({ manifest }) =>
          `assert.ok(Object.keys(require("${manifest.name}")).length > 0, "${manifest.name}");`,
      );
    writeFileSync(
      join(project, "cjs.cjs"),
      `const assert = require("node:assert/strict");\n${[...requires, ...shared].join("\n")}\nconsole.log("cjs ok");\n`,
    );
    const cjs = await run("node", ["cjs.cjs"], project);
    expect(cjs.status, cjs.output).toBe(0);
  });

  // The consumer settings we support, each checked with skipLibCheck off so our emitted .d.ts files are checked too.
  // `bundler` is checked with the oldest target we support and its default lib (ES2020 and the DOM), which also
  // covers newer targets: the .d.ts files name no library type newer than ES2020. That run also holds a file with a
  // deliberate type error, which must be the only file tsc rejects.
  const settings: Record<string, { type: "module" | "commonjs"; compilerOptions: Record<string, unknown> }> =
    {
      "node16 (ESM)": { type: "module", compilerOptions: { module: "Node16", moduleResolution: "Node16" } },
      "node16 (CJS)": { type: "commonjs", compilerOptions: { module: "Node16", moduleResolution: "Node16" } },
      node10: { type: "commonjs", compilerOptions: { module: "CommonJS", moduleResolution: "Node10" } },
      "bundler, target es2020 (default lib)": {
        type: "module",
        compilerOptions: { module: "ESNext", moduleResolution: "Bundler", target: "ES2020", lib: undefined },
      },
    };
  const withBrokenFile = "bundler, target es2020 (default lib)";

  it("type-checks a consumer under every supported setting (node16, bundler, node10, es2020), and rejects a type error", async () => {
    const entries = [
      ...packages.map(({ manifest }) => manifest.name),
      ...packages.flatMap(({ manifest }) =>
        Object.keys(manifest.exports ?? {})
          .filter((entry) => entry !== "." && entry !== "./package.json")
          .map((entry) => `${manifest.name}${entry.slice(1)}`),
      ),
    ];
    const imports = entries.map((entry, index) => `import * as entry${index} from "${entry}";`).join("\n");
    const uses = providers
      .map(({ name, factory }) => {
        const index = entries.indexOf(name);
        return `export type Client${index} = ReturnType<typeof entry${index}.${factory}>;`;
      })
      .join("\n");
    const consumer = `${imports}\n${uses}\nexport const loaded = [${entries.map((_, index) => `entry${index}`).join(", ")}];\n`;
    const first = providers[0];
    const broken = `import { ${first?.factory} } from "${first?.name}";\n// A deliberate mistake: no options at all.\nexport const client = ${first?.factory}();\n`;
    const tsc = join(project, "node_modules", ".bin", "tsc");
    const check = async (label: string) => {
      const setting = settings[label];
      if (!setting) throw new Error(label);
      const directory = join(project, `types-${label.replace(/[^a-z0-9]+/g, "-")}`);
      mkdirSync(directory, { recursive: true });
      const files = label === withBrokenFile ? ["consumer.ts", "broken.ts"] : ["consumer.ts"];
      writeFileSync(join(directory, "consumer.ts"), consumer);
      if (files.includes("broken.ts")) writeFileSync(join(directory, "broken.ts"), broken);
      writeFileSync(join(directory, "package.json"), JSON.stringify({ type: setting.type }));
      const compilerOptions = { ...strictConsumerCompilerOptions, ...setting.compilerOptions };
      writeFileSync(join(directory, "tsconfig.json"), JSON.stringify({ compilerOptions, files }));
      return { label, ...(await run(tsc, ["-p", "tsconfig.json"], directory)) };
    };
    const jobs = Object.keys(settings).map((label) => () => check(label));
    // Two at a time: tsc is single-threaded and this machine class has two cores.
    const results: Awaited<ReturnType<typeof check>>[] = [];
    const worker = async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) results.push(await job());
    };
    await Promise.all([worker(), worker()]);
    for (const result of results.filter(({ label }) => label !== withBrokenFile)) {
      expect(result.status, `${result.label}\n${result.output}`).toBe(0);
    }
    const rejected = results.find(({ label }) => label === withBrokenFile);
    expect(rejected?.status).not.toBe(0);
    const errors = rejected?.output.split("\n").filter((line) => /error TS\d+/.test(line)) ?? [];
    expect(errors.length, rejected?.output).toBeGreaterThan(0);
    expect(
      errors.filter((line) => !/^broken\.ts\(\d+,\d+\): error TS(2554|2345)/.test(line)),
      rejected?.output,
    ).toEqual([]);
  });

  it("runs every example from the installed packages against their installed emulators", async () => {
    const examples = join(project, "examples");
    cpSync(join(repositoryRoot, "examples"), examples, {
      recursive: true,
      filter: (source) => !source.includes("node_modules") && !source.endsWith("package.json"),
    });
    writeFileSync(join(examples, "package.json"), JSON.stringify({ type: "module" }));
    for (const { directory } of providers) {
      const example = join(examples, `${directory}.ts`);
      expect(existsSync(example), `examples/${directory}.ts`).toBe(true);
      const result = await run(join(project, "node_modules", ".bin", "tsx"), [example], examples);
      expect(result.status, result.output).toBe(0);
      expect(result.output).toMatch(/webhooksVerified: [1-9]/);
    }
  });

  it("runs every provider's emulator standalone through the installed payclients-emulator bin", async () => {
    for (const { directory } of providers) {
      const child = spawn(
        join(project, "node_modules", ".bin", "payclients-emulator"),
        [directory, "--json"],
        {
          cwd: project,
        },
      );
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString("utf8");
      });
      child.stderr.on("data", (chunk: Buffer) => {
        output += chunk.toString("utf8");
      });
      const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", () => {
          const ready = output.split("\n").find((candidate) => candidate.startsWith("{"));
          if (ready) resolve(ready);
        });
        void exited.then((code) => reject(new Error(`${directory}: exited with ${code}\n${output}`)));
      });
      const ready = JSON.parse(line) as { provider: string; urls: { api: string }; admin: string };
      expect(ready.provider).toBe(directory);
      // The emulator answers on its API URL (any status: no credentials are sent), and its admin API knows it.
      expect((await fetch(ready.urls.api)).status).toBeGreaterThanOrEqual(200);
      const described = (await (await fetch(`${ready.admin}/emulator`)).json()) as { urls: { api: string } };
      expect(described.urls.api).toBe(ready.urls.api);
      child.kill("SIGTERM");
      expect(await exited, output).toBe(0);
    }
  });
});
