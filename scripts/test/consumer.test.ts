// Installs the packed tarballs in a fresh project outside the workspace and uses them as a user would:
// ESM import, CJS require, tsc under node16 and bundler resolution, and every example against its installed emulator.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot, run, temporaryDirectory } from "./helpers";

interface Manifest {
  name: string;
  private?: boolean;
  exports?: Record<string, unknown>;
}

const nested = process.env.PAYCLIENTS_NESTED === "1";
const packages = readdirSync(join(repositoryRoot, "packages"))
  .map((directory) => ({ directory, path: join(repositoryRoot, "packages", directory, "package.json") }))
  .filter(({ path }) => existsSync(path))
  .map(({ directory, path }) => ({ directory, manifest: JSON.parse(readFileSync(path, "utf8")) as Manifest }))
  .filter(({ manifest }) => !manifest.private);
const providers = packages
  .filter(({ directory }) => existsSync(join(repositoryRoot, "specs", `${directory}.yaml`)))
  .map(({ directory, manifest }) => {
    const source = readFileSync(join(repositoryRoot, "packages", directory, "src", "index.ts"), "utf8");
    const factory = /\bcreate[A-Za-z0-9]+Client\b/.exec(source)?.[0] ?? "";
    const testing = readFileSync(
      join(repositoryRoot, "packages", directory, "src", "testing", "index.ts"),
      "utf8",
    );
    const emulator = /export (?:async )?function (create[A-Za-z0-9]+Emulator)\b/.exec(testing)?.[1] ?? "";
    return { directory, name: manifest.name, factory, emulator };
  });

let project = "";

describe.skipIf(nested)("installed from tarballs", () => {
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
    for (const { manifest } of packages) {
      const installed = join(project, "node_modules", ...manifest.name.split("/"));
      const top = readdirSync(installed).sort();
      expect(
        top.filter(
          (entry) => !["dist", "package.json", "README.md", "CHANGELOG.md", "LICENSE"].includes(entry),
        ),
      ).toEqual([]);
      const packedManifest = readFileSync(join(installed, "package.json"), "utf8");
      expect(packedManifest).not.toContain("workspace:");
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

  it.each(["node16", "bundler"])(
    "type-checks a consumer with moduleResolution %s, and rejects a type error",
    async (resolution) => {
      const directory = join(project, `types-${resolution}`);
      mkdirSync(directory, { recursive: true });
      const imports = providers
        .map(({ name, factory }) => `import { ${factory} } from "${name}";`)
        .join("\n");
      const uses = providers
        .map(
          ({ factory }) => `export type Client${factory} = ReturnType<typeof ${factory}>;\nvoid ${factory};`,
        )
        .join("\n");
      const first = providers[0];
      writeFileSync(
        join(directory, "consumer.ts"),
        `${imports}\nimport { PayClientsError } from "@payclients/auth-middleware";\n${uses}\nexport const isError = PayClientsError.isInstance;\n`,
      );
      writeFileSync(
        join(directory, "broken.ts"),
        `import { ${first?.factory} } from "${first?.name}";\n// A deliberate mistake: no options at all.\nexport const client = ${first?.factory}();\n`,
      );
      const compilerOptions = {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        target: "ES2022",
        lib: ["ES2023", "DOM"],
        types: ["node"],
        module: resolution === "node16" ? "Node16" : "ESNext",
        moduleResolution: resolution === "node16" ? "Node16" : "Bundler",
      };
      writeFileSync(
        join(directory, "package.json"),
        JSON.stringify({ type: resolution === "node16" ? "module" : "commonjs" }),
      );
      writeFileSync(
        join(directory, "tsconfig.json"),
        JSON.stringify({ compilerOptions, files: ["consumer.ts"] }),
      );
      writeFileSync(
        join(directory, "tsconfig.broken.json"),
        JSON.stringify({ compilerOptions, files: ["broken.ts"] }),
      );
      const tsc = join(project, "node_modules", ".bin", "tsc");
      const good = await run(tsc, ["-p", "tsconfig.json"], directory);
      expect(good.status, good.output).toBe(0);
      const broken = await run(tsc, ["-p", "tsconfig.broken.json"], directory);
      expect(broken.status).not.toBe(0);
      expect(broken.output).toMatch(/error TS2554|error TS2345/);
    },
  );

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
});
