// What every example shares: the report the demo prints, and a logger that counts retries.
import type { Logger } from "@payclients/auth-middleware";

/** What one example did, for the demo's summary table. */
export interface ExampleReport {
  provider: string;
  target: "emulator" | "sandbox";
  operations: string[];
  tokenRequests: number;
  retries: number;
  errorsDecoded: string[];
  webhooksVerified: number;
}

/** An empty report for one provider's run. */
export function newReport(provider: string, target: ExampleReport["target"]): ExampleReport {
  return {
    provider,
    target,
    operations: [],
    tokenRequests: 0,
    retries: 0,
    errorsDecoded: [],
    webhooksVerified: 0,
  };
}

/**
 * A client logger that counts attempts after the first (retries and 401 replays) and prints one line per attempt
 * in words: `POST /v2/orders → 200 OK`, `GET … → 503, retrying (attempt 1)`, `… → no response: <why>`.
 */
export function observe(provider: string, quiet = false): { logger: Logger; retries: () => number } {
  let retries = 0;
  const line = (message: string, fields?: Record<string, unknown>) => {
    const attempt = typeof fields?.attempt === "number" ? fields.attempt : 1;
    if (attempt > 1) retries += 1;
    if (quiet) return;
    const status = fields?.status;
    const outcome =
      typeof status === "number"
        ? `${status}${status < 400 ? " OK" : ""}`
        : `no response (${String(fields?.error ?? "unknown failure").replace(/^\S+: \S+ \S+ failed: /, "")})`;
    const retry = attempt > 1 ? `, attempt ${attempt} (retry)` : "";
    // The client logs `<provider> <METHOD> <path>`; the provider is already the line's label.
    say(provider, `${message.replace(`${provider} `, "")} → ${outcome}${retry}`);
  };
  return { logger: { debug: () => {}, info: line, warn: line, error: line }, retries: () => retries };
}

/** Prints one progress line of an example, labelled with its provider (silent when `quiet`). */
export function say(provider: string, message: string, quiet = false): void {
  if (!quiet) console.log(`  [${provider}] ${message}`);
}

/** True when the module is the program being run (`tsx examples/<provider>.ts`). */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return (
    entry !== undefined &&
    new URL(moduleUrl).pathname.replace(/\.[cm]?[jt]s$/, "") === entry.replace(/\.[cm]?[jt]s$/, "")
  );
}
