// `pnpm bench:check`: the budgets on counts and sizes (never times). Exits non-zero on any breach.
import { ceilingFor, fleetBudgets, sizeBudgets, tokenBudgets } from "./budgets.ts";
import { runFleet } from "./fleet.ts";
import { oneCallProgramSize, providerNames } from "./sizes.ts";
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

for (const name of providerNames()) {
  const { gzipped } = await oneCallProgramSize(name);
  const ceiling = sizeBudgets[name];
  const line = `@payclients/${name}: a program making one call is ${gzipped} B min+gz, all it pulls in included`;
  if (ceiling === undefined) {
    // A freshly scaffolded provider: its first measurement sets the ratchet.
    notes.push(
      `${line}; no budget yet: add \`"${name}": ${ceilingFor(gzipped)}\` to sizeBudgets in bench/budgets.ts`,
    );
  } else if (gzipped > ceiling) failures.push(`${line} (ceiling ${ceiling})`);
  else {
    console.log(`ok   ${line} (ceiling ${ceiling})`);
    if (ceilingFor(gzipped) < ceiling) notes.push(`${line}: lower its ceiling to ${ceilingFor(gzipped)}`);
  }
}

for (const note of notes) console.log(`note ${note}`);
if (failures.length > 0) {
  for (const failure of failures) console.error(`FAIL ${failure}`);
  process.exit(1);
}
console.log("bench:check: every budget holds");
