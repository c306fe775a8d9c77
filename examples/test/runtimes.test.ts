// The runtime matrix: each provider's main entry, imported by name as an application would (the built packages), makes
// a call against its emulator on loopback under Node, Bun and Deno (registry packages `bun` and `deno`, pinned in
// this package's devDependencies); and a browser-platform bundle of each main entry imports no Node built-in.
// Cloudflare Workers (workerd) are covered by workers.test.ts.
import { spawn } from "node:child_process";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { narrowedAway } from "../../test.narrowing.ts";
import { type Emulators, startEmulators } from "./emulators.ts";

const examples = fileURLToPath(new URL("..", import.meta.url));
const script = fileURLToPath(new URL("../runtimes/call.mjs", import.meta.url));
const providers = ["scalapay", "sqala", "clik2pay", "qolo", "vaiipay"] as const;
// A run narrowed to another provider (the scaffold test's) has nothing to check here.
const skipped = narrowedAway(providers);
const bin = (name: string) => `${examples}node_modules/.bin/${name}`;

/** How each runtime runs the script; Deno with loopback network, file reads and nothing else (no env, no prompt). */
const runtimes: Record<string, string[]> = {
  node: [process.execPath, script],
  bun: [bin("bun"), "run", script],
  deno: [bin("deno"), "run", "--no-prompt", "--no-lock", "--allow-net=127.0.0.1", "--allow-read", script],
};

let emulators: Emulators | undefined;
let targets: Record<(typeof providers)[number], { options: Record<string, unknown>; id?: string }>;

beforeAll(async () => {
  if (skipped) return;
  emulators = await startEmulators();
  const { scalapay, sqala, clik2pay, qolo, vaiipay } = emulators;
  const { clock: _clock, ...clik2payOptions } = clik2pay.clientOptions;
  targets = {
    scalapay: { options: { apiKey: scalapay.apiKey, baseUrl: scalapay.url }, id: "NO-SUCH-ORDER" },
    sqala: {
      options: {
        appId: sqala.appId,
        appSecret: sqala.appSecret,
        refreshToken: sqala.refreshToken,
        baseUrl: sqala.url,
      },
    },
    clik2pay: { options: clik2payOptions, id: "no-such-payment-request" },
    qolo: { options: { loginId: qolo.loginId, apiKey: qolo.apiKey, baseUrl: qolo.url } },
    vaiipay: {
      options: { baseUrl: vaiipay.url, clientToken: vaiipay.clientToken, clientId: vaiipay.clientId },
      id: "no-such-payment",
    },
  };
});

afterAll(() => emulators?.close());

/** Runs the script in a runtime (bounded: a runtime that hangs fails its test), returning its JSON answer. */
function run(command: string[]): Promise<Record<string, unknown>> {
  const [executable = "", ...args] = command;
  return new Promise((resolve, reject) => {
    const child = spawn(executable, [...args, JSON.stringify(targets)], {
      cwd: examples,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 60_000,
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code !== 0) reject(new Error(`${executable} exited with ${code ?? signal}:\n${err}${out}`));
      else resolve(JSON.parse(out.trim().split("\n").at(-1) ?? "null") as Record<string, unknown>);
    });
  });
}

describe.skipIf(skipped).each(Object.keys(runtimes))("under %s", (runtime) => {
  it("each provider's main entry makes a call against its emulator", { timeout: 90_000 }, async () => {
    // Unknown ids: the typed error, decoded from the emulator's answer, is an ApiError by its cross-copy marker too.
    const notFound = { error: "NotFoundError", status: 404, apiError: true };
    expect(await run(runtimes[runtime] ?? [])).toEqual({
      scalapay: { error: "UnprocessableEntityError", status: 422, apiError: true },
      sqala: { status: 200 },
      clik2pay: notFound,
      qolo: { status: 200 },
      vaiipay: notFound,
    });
  });
});

describe.skipIf(skipped)("a browser-platform bundle", () => {
  const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

  /** The Node built-ins a browser bundle of `entry` would import, and the files it bundled. */
  async function bundle(entry: string): Promise<{ imported: string[]; inputs: string[] }> {
    const imported: string[] = [];
    // Records every Node built-in the bundle would import (kept external, so the build itself succeeds).
    const recordBuiltins: Plugin = {
      name: "record-builtins",
      setup(plugin) {
        plugin.onResolve({ filter: /.*/ }, ({ path, importer }) => {
          if (!builtins.has(path) && !path.startsWith("node:")) return undefined;
          imported.push(`${path} (from ${importer.slice(importer.indexOf("packages/"))})`);
          return { path, external: true };
        });
      },
    };
    const result = await build({
      stdin: { contents: `export * from "${entry}";`, resolveDir: examples, loader: "ts" },
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      target: "es2022",
      metafile: true,
      logLevel: "silent",
      plugins: [recordBuiltins],
    });
    return { imported, inputs: Object.keys(result.metafile.inputs) };
  }

  it.each(providers)("of @payclients/%s imports no Node built-in", async (provider) => {
    const { imported, inputs } = await bundle(`@payclients/${provider}`);
    expect(imported).toEqual([]);
    expect(inputs.some((input) => input.includes(`packages/${provider}/dist/`))).toBe(true);
    expect(inputs.some((input) => input.includes("packages/auth-middleware/dist/"))).toBe(true);
  });

  it("sees a built-in where there is one: the Node-only ./testing entry imports crypto and http", async () => {
    const { imported } = await bundle("@payclients/sqala/testing");
    expect(imported.map((line) => line.split(" ")[0]?.replace(/^node:/, ""))).toEqual(
      expect.arrayContaining(["crypto", "http"]),
    );
  });
});
