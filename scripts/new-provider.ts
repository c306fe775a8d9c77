// `pnpm new-provider <name>`: scaffolds specs/<name>.yaml, packages/<name> (client, decoder, webhook verifier,
// emulator, tests, README, build config), examples/<name>.ts and a changeset, then links it into the workspace.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { repositoryRoot } from "./root.ts";

const templates = join(dirname(fileURLToPath(import.meta.url)), "templates");
const reserved = new Set(["testing", "auth-middleware", "redis", "scripts", "examples", "core", "shared"]);

function fail(message: string): never {
  console.error(`new-provider: ${message}`);
  process.exit(1);
}

const name = process.argv[2] ?? "";
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name) || name.length > 40) {
  fail(
    `"${name}" is not a valid provider name: use lower-case letters, digits and single hyphens, starting with a letter (e.g. "acme-pay")`,
  );
}
if (reserved.has(name)) fail(`"${name}" is reserved for a shared package`);
if (
  existsSync(join(repositoryRoot, "packages", name)) ||
  existsSync(join(repositoryRoot, "specs", `${name}.yaml`))
) {
  fail(`provider "${name}" already exists (packages/${name} or specs/${name}.yaml)`);
}

const pascal = name
  .split("-")
  .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
  .join("");
const camel = pascal.charAt(0).toLowerCase() + pascal.slice(1);
const fill = (text: string) =>
  text.replaceAll("__Pascal__", pascal).replaceAll("__camel__", camel).replaceAll("__name__", name);

function write(path: string, content: string): void {
  const target = join(repositoryRoot, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log(`new-provider: wrote ${path}`);
}

function copyTemplates(directory: string, destination: string): void {
  for (const entry of readdirSync(directory)) {
    const source = join(directory, entry);
    if (statSync(source).isDirectory()) copyTemplates(source, join(destination, entry));
    else write(join(destination, fill(entry).replace(/\.tpl$/, "")), fill(readFileSync(source, "utf8")));
  }
}

// The package manifest and build configuration mirror every other provider package.
const reference = JSON.parse(readFileSync(join(repositoryRoot, "packages/testing/package.json"), "utf8")) as {
  scripts: Record<string, string>;
};
const manifest = {
  name: `@payclients/${name}`,
  version: "0.0.0",
  description: `Typed ${pascal} client with a local emulator.`,
  license: "MIT",
  repository: {
    type: "git",
    url: "git+https://github.com/payclients/payclients.git",
    directory: `packages/${name}`,
  },
  homepage: `https://github.com/payclients/payclients/tree/main/packages/${name}#readme`,
  bugs: { url: "https://github.com/payclients/payclients/issues" },
  type: "module",
  sideEffects: false,
  engines: { node: ">=20.19" },
  files: ["dist", "CHANGELOG.md"],
  main: "./dist/index.cjs",
  module: "./dist/index.js",
  types: "./dist/index.d.ts",
  // moduleResolution node10 ignores `exports`; this maps the subpath for it.
  typesVersions: { "*": { testing: ["./dist/testing.d.ts"] } },
  exports: {
    ".": {
      import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
      require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
    },
    "./testing": {
      import: { types: "./dist/testing.d.ts", default: "./dist/testing.js" },
      require: { types: "./dist/testing.d.cts", default: "./dist/testing.cjs" },
    },
    "./package.json": "./package.json",
  },
  scripts: { generate: `tsx ../../scripts/generate.ts ${name}`, ...reference.scripts },
  dependencies: {
    "@payclients/auth-middleware": "workspace:^",
    "@payclients/testing": "workspace:^",
  },
};

/** The examples, scripts and bench packages depend on every provider: the example type-checks, `pnpm demo` runs it,
 * the scripts' tests (README blocks, consumer test) find it built, and the budgets measure it. */
function addWorkspaceDependents(): void {
  for (const [directory, field] of [
    ["examples", "dependencies"],
    ["scripts", "devDependencies"],
    ["bench", "dependencies"],
  ] as const) {
    const path = join(repositoryRoot, directory, "package.json");
    const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, Record<string, string>>;
    manifest[field] = { ...manifest[field], [`@payclients/${name}`]: "workspace:*" };
    write(`${directory}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

write(`specs/${name}.yaml`, fill(readFileSync(join(templates, "spec.yaml.tpl"), "utf8")));
write(`packages/${name}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
// npm packs a package's own LICENSE, not the repository's.
write(`packages/${name}/LICENSE`, readFileSync(join(repositoryRoot, "LICENSE"), "utf8"));
write(
  `packages/${name}/tsup.config.ts`,
  'import { definePackageBuild } from "../../tsup.config.base";\n\nexport default definePackageBuild({ index: "src/index.ts", testing: "src/testing/index.ts" });\n',
);
write(
  `packages/${name}/vitest.config.ts`,
  `import { definePackageTests } from "../../vitest.shared";\n\nexport default definePackageTests("${name}");\n`,
);
write(
  `packages/${name}/tsconfig.json`,
  readFileSync(join(repositoryRoot, "packages/testing/tsconfig.json"), "utf8"),
);
copyTemplates(join(templates, "provider"), `packages/${name}`);
copyTemplates(join(templates, "example"), "examples");
addWorkspaceDependents();
write(
  `.changeset/${name}-initial.md`,
  `---\n"@payclients/${name}": minor\n---\n\nNew package: a typed ${pascal} client with a local emulator under \`./testing\` (scaffolded).\n`,
);

// The templates are formatted, but import order and line breaks depend on the name's length, so the house
// formatter has the last word (for most names it changes nothing).
execFileSync(
  join(repositoryRoot, "node_modules", ".bin", "biome"),
  [
    "check",
    "--write",
    `packages/${name}`,
    `examples/${name}.ts`,
    "examples/package.json",
    "scripts/package.json",
  ],
  { cwd: repositoryRoot, stdio: "inherit" },
);

if (process.env.PAYCLIENTS_SKIP_INSTALL !== "1") {
  // A new workspace package always changes the lockfile; pnpm would refuse that under CI=true (frozen by default).
  // --prefer-offline uses the store the workspace was installed from and asks the registry only for what it lacks
  // (--offline would fail on a fresh machine, whose metadata cache `pnpm install --frozen-lockfile` never fills).
  execFileSync("pnpm", ["install", "--no-frozen-lockfile", "--prefer-offline"], {
    cwd: repositoryRoot,
    stdio: "inherit",
  });
}
console.log(
  `\nnew-provider: ${relative(process.cwd(), join(repositoryRoot, "packages", name)) || "."} is ready.\n` +
    "Next: edit the spec, then `pnpm generate && pnpm build && pnpm test`.",
);
