// Sums every package's vitest JSON report into one closing line: "tests: N passed, N failed".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repositoryRoot } from "./generation.ts";

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const packagesDirectory = join(repositoryRoot, "packages");
for (const name of readdirSync(packagesDirectory)) {
  const report = join(packagesDirectory, name, "test-results.json");
  if (!existsSync(report)) continue;
  const results = JSON.parse(readFileSync(report, "utf8")) as VitestReport;
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + results.numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || passed === 0) process.exit(1);
