// `pnpm bench:check`: the budgets on counts and sizes (never times). Exits non-zero on any breach.
import { fleetBudgets, sizeBudgets, tokenBudgets } from "./budgets.ts";
import { runFleet } from "./fleet.ts";
import { runSizes } from "./sizes.ts";
import { runTokens } from "./tokens.ts";

const failures: string[] = [];
const notes: string[] = [];

for (const result of await runTokens()) {
  const checks: Array<[string, number, number]> = [
    [
      "token requests for 1,000 cold concurrent calls",
      result.coldTokenRequests,
      tokenBudgets.coldTokenRequests,
    ],
    ["token requests in the simulated day", result.dayTokenRequests, tokenBudgets.dayTokenRequests],
    [
      "calls blocked on a refresh after the first",
      result.dayBlockedAfterFirst,
      tokenBudgets.dayBlockedAfterFirst,
    ],
  ];
  for (const [label, actual, expected] of checks) {
    const line = `${result.provider}: ${label} = ${actual} (budget ${expected})`;
    if (actual !== expected) failures.push(line);
    else console.log(`ok   ${line}`);
  }
}

const fleet = await runFleet();
const fleetLabel = `fleet of ${fleet.processes} processes on Redis`;
const fleetChecks: Array<[string, number, number, "exact" | "ceiling"]> = [
  [
    `token requests for ${fleet.coldCallsPerProcess} cold concurrent calls each`,
    fleet.coldTokenRequests,
    fleetBudgets.coldTokenRequests,
    "exact",
  ],
  [
    `busiest second at Clik2pay's emulator over ${fleet.driveMs} ms flat out (${fleet.limitedRequests} requests)`,
    fleet.busiestSecond,
    fleetBudgets.busiestSecond,
    "ceiling",
  ],
  ["most requests in flight at the emulator", fleet.peakInFlight, fleetBudgets.peakInFlight, "ceiling"],
  ["429 answers", fleet.rateLimitedAnswers, fleetBudgets.rateLimitedAnswers, "exact"],
  ["failed calls", fleet.failedCalls, fleetBudgets.failedCalls, "exact"],
];
for (const [label, actual, budget, kind] of fleetChecks) {
  const line = `${fleetLabel}: ${label} = ${actual} (${kind === "exact" ? "budget" : "at most"} ${budget})`;
  if (kind === "exact" ? actual !== budget : actual > budget) failures.push(line);
  else console.log(`ok   ${line}`);
}

const sizes = await runSizes();
const core = sizes.authMiddleware.gzipped;
const coreLine = `@payclients/auth-middleware: ${core} B min+gz (ceiling ${sizeBudgets.authMiddleware.ceiling}, target ${sizeBudgets.authMiddleware.target})`;
if (core > sizeBudgets.authMiddleware.ceiling) failures.push(coreLine);
else console.log(`ok   ${coreLine}`);
if (core > sizeBudgets.authMiddleware.target)
  notes.push(`auth-middleware is ${core - sizeBudgets.authMiddleware.target} B over its target`);
for (const { own } of sizes.providers) {
  const name = own.name.replace("@payclients/", "");
  const ceiling = sizeBudgets.providerOwn.ceiling[name] ?? sizeBudgets.providerOwn.target;
  const line = `${own.name}: ${own.gzipped} B min+gz over openapi-fetch and auth-middleware (ceiling ${ceiling}, target ${sizeBudgets.providerOwn.target})`;
  if (own.gzipped > ceiling) failures.push(line);
  else console.log(`ok   ${line}`);
  if (own.gzipped > sizeBudgets.providerOwn.target)
    notes.push(`${own.name} is ${own.gzipped - sizeBudgets.providerOwn.target} B over its target`);
}

for (const note of notes) console.log(`note ${note}`);
if (failures.length > 0) {
  for (const failure of failures) console.error(`FAIL ${failure}`);
  process.exit(1);
}
console.log("bench:check: every budget holds");
