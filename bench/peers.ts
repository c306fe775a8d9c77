// The peers next to payclients beyond request overhead: what a one-call program downloads (esbuild, min+gz), the
// heap each client retains, and cold start (process start → import → first response), each in a fresh process.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { oneCallProgramSize } from "./sizes.ts";
import { startServer, targetNames } from "./targets.ts";

const here = dirname(fileURLToPath(import.meta.url));

// Each program creates a client and makes one call, as for the payclients budgets (bench/sizes.ts).
const oneCallPrograms: Record<string, string> = {
  "openapi-fetch":
    'import createClient from "openapi-fetch"; const c = createClient(globalThis.clientOptions); export const a = await c.GET(globalThis.operationPath);',
  stripe:
    'import Stripe from "stripe"; const s = new Stripe(globalThis.key); export const a = await s.paymentIntents.retrieve(globalThis.id);',
  openai:
    'import OpenAI from "openai"; const c = new OpenAI(globalThis.clientOptions); export const a = await c.models.retrieve(globalThis.id);',
};

/** Min+gz bytes of a one-call program per library (payclients: Scalapay, whose budget is the smallest). */
export async function peerBundleSizes(): Promise<Record<string, number>> {
  const sizes: Record<string, number> = { payclients: (await oneCallProgramSize("scalapay")).gzipped };
  for (const [name, contents] of Object.entries(oneCallPrograms)) {
    const result = await build({
      stdin: { contents, resolveDir: here, loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      conditions: ["worker"],
      write: false,
      logLevel: "silent",
    });
    sizes[name] = gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
  }
  return sizes;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Per client: median retained heap per client (bytes) and median cold start (ms) over `runs` fresh processes. */
export async function runFootprints(
  runs = 5,
): Promise<Record<string, { heapBytes: number; coldMs: number }>> {
  const { port, close } = await startServer();
  const script = join(here, "footprint.mjs");
  const run = (flags: string[], mode: string, client: string) =>
    Number(execFileSync("node", [...flags, script, mode, client, String(port)], { encoding: "utf8" }).trim());
  const results: Record<string, { heapBytes: number; coldMs: number }> = {};
  try {
    for (const client of targetNames) {
      const cold: number[] = [];
      const heap: number[] = [];
      for (let index = 0; index < runs; index += 1) {
        cold.push(run([], "cold", client));
        heap.push(run(["--expose-gc"], "heap", client));
      }
      results[client] = { heapBytes: median(heap), coldMs: median(cold) };
    }
  } finally {
    close();
  }
  return results;
}
