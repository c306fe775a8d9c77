// A Worker entry bundled as Wrangler would (ESM, the `workerd` export conditions, no Node built-ins), for miniflare.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The bundled script of the Worker entry at `entry`. */
export async function bundleWorker(entry: URL): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    mainFields: ["module", "main"],
    conditions: ["workerd", "worker", "import"],
  });
  return outputFiles[0]?.text ?? "";
}
