// The Next.js recipe (examples/webhooks/next, an App Router route handler) run for real: `next dev` on a free
// loopback port, the secrets in its environment, every provider through the one dynamic route. Measured on 2 busy
// cores: `next dev` (Turbopack) answers its first request 5-11 s after spawn from a clean checkout, while
// `next build && next start` takes ~20 s, so the dev server it is, started once for the file.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describeWebhookRecipe } from "./webhook-recipe-suite.ts";

const app = fileURLToPath(new URL("../webhooks/next", import.meta.url));
const next = fileURLToPath(new URL("../node_modules/.bin/next", import.meta.url));

/** Resolves with the origin `next dev` prints once it listens; rejects with its output if it exits first. */
function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const origin = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (origin) resolve(origin);
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => reject(new Error(`next dev exited with ${code}:\n${output}`)));
  });
}

/** Stops `next dev` and the workers it started (its own process group). */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(-child.pid, "SIGTERM");
  return exited;
}

describeWebhookRecipe(
  "Next.js route handler",
  async ({ env }) => {
    // Vitest's NODE_ENV=test would make Next warn and behave unlike a developer's run.
    const { NODE_ENV: _, ...inherited } = process.env;
    const child = spawn(next, ["dev", "--port", "0", "--hostname", "127.0.0.1"], {
      cwd: app,
      env: { ...inherited, ...env, NEXT_TELEMETRY_DISABLED: "1" },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const url = await listening(child).catch(async (error) => {
      await stop(child);
      throw error;
    });
    // The dev server compiles a route on its first request: do it here, within the start bound.
    await fetch(`${url}/webhooks/warm-up`, { method: "POST" });
    return { url, close: () => stop(child) };
  },
  { inProcess: false, startTimeoutMs: 60_000 },
);
