// `pnpm demo`: runs every provider's example (against its emulator, or a real sandbox when its credentials are in
// the environment) and prints a summary table.
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ExampleReport } from "./support.js";

// One example per provider: `<provider>.ts` beside this file for every `specs/<provider>.yaml` (`pnpm new-provider`
// writes both), run in name order.
const here = dirname(fileURLToPath(import.meta.url));
const examples = readdirSync(join(here, "..", "specs"))
  .filter((file) => file.endsWith(".yaml"))
  .map((file) => file.slice(0, -".yaml".length))
  .filter((provider) => existsSync(join(here, `${provider}.ts`)))
  .sort()
  .map((provider) => ({
    provider,
    load: () =>
      import(`./${provider}.ts`) as Promise<{
        run: (options?: { quiet?: boolean }) => Promise<ExampleReport>;
      }>,
  }));

const reports: ExampleReport[] = [];
const failures: string[] = [];
for (const [index, example] of examples.entries()) {
  console.log(`\n[${index + 1}/${examples.length}] ${example.provider}`);
  const started = performance.now();
  try {
    const { run } = await example.load();
    const report = await run();
    reports.push(report);
    const where = report.target === "emulator" ? "the local emulator" : "the real sandbox";
    console.log(
      `  ✓ ${example.provider} finished in ${Math.round(performance.now() - started)} ms against ${where}`,
    );
  } catch (error) {
    failures.push(example.provider);
    console.error(
      `  ✗ ${example.provider} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

const header = [
  "provider",
  "target",
  "API operations called",
  "token requests",
  "retries",
  "errors decoded",
  "webhooks verified",
];
const rows = reports.map((report) => [
  report.provider,
  report.target,
  `${report.operations.length} (${report.operations.join(", ")})`,
  String(report.tokenRequests),
  String(report.retries),
  report.errorsDecoded.join("; ") || "-",
  String(report.webhooksVerified),
]);
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
);
const line = (cells: string[]) =>
  `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
console.log(`\n${line(header)}\n${line(widths.map((width) => "-".repeat(width)))}`);
for (const row of rows) console.log(line(row));
console.log(
  "\nAPI operations: distinct client operations called (emulator simulation steps are not counted). Retries: " +
    "attempts resent after a simulated fault. Errors decoded: the typed error each example provoked on purpose.",
);
console.log(
  `\n${reports.length} of ${examples.length} examples ran${failures.length ? `; failed: ${failures.join(", ")}` : ""}.`,
);
if (failures.length > 0) process.exit(1);
