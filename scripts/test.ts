// `pnpm test`: every check CI runs, as named steps that run side by side (turbo schedules the package tasks on the two
// cores; the quick repository checks fill the gaps). Each check's output is shown only when it fails; the last line
// is always the summary ("tests: N passed, N failed, N skipped"), preceded by what failed.
// `pnpm test --provider <name>` narrows the package tasks to one provider (and the examples that use it), keeping
// every repository-wide check: it is what `pnpm new-provider`'s promise is tested with.
// `pnpm test:e2e` (`--e2e`) runs the end-to-end files instead (scripts/test/e2e: the packed tarballs installed in a
// fresh project, the scaffold's promise on a copy of the repository), after the same build; `--provider` narrows it.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { repositoryRoot } from "./root.ts";

interface Step {
  name: string;
  command: string[];
  /** Streams output as it comes (long steps whose own output is already terse). */
  live?: boolean;
  env?: Record<string, string>;
  /** A step that must pass first (when it fails, this one does not run). */
  after?: Step;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: Array<{ name: string; assertionResults: Array<{ fullName: string; status: string }> }>;
}

const provider = readProviderOption(process.argv.slice(2));
const endToEnd = process.argv.includes("--e2e");
const quietTools = {
  TURBO_TELEMETRY_DISABLED: "1",
  REDOCLY_TELEMETRY: "off",
  REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
};

function readProviderOption(args: string[]): string | undefined {
  const index = args.indexOf("--provider");
  if (index === -1) return undefined;
  const name = args[index + 1];
  if (!name || !existsSync(join(repositoryRoot, "packages", name))) {
    console.error(`test: --provider needs the name of a package under packages/ (got "${name ?? ""}")`);
    process.exit(2);
  }
  return name;
}

/** The packages whose tasks run: all of them, or the provider, the examples (they import it) and the scripts' tests. */
function packageTaskFilters(): string[] {
  if (!provider) return [];
  // PAYCLIENTS_TEST_PROVIDERS narrows the checks that span providers (consumer test, README blocks, the examples'
  // runtime matrix) to it. Its dependencies are built (`^build`) but not tested again: they did not change.
  return [
    `--filter=@payclients/${provider}`,
    "--filter=@payclients/examples",
    "--filter=@payclients/scripts",
  ];
}

/** A turbo run of `tasks`; after the build step, `--only` keeps it from scheduling the builds again. */
function turbo(tasks: string[], filters: string[], ...options: string[]): string[] {
  return [
    "pnpm",
    "exec",
    "turbo",
    "run",
    ...tasks,
    "--continue",
    "--output-logs=errors-only",
    ...options,
    ...filters,
  ];
}

const scriptsPackage = "--filter=@payclients/scripts";
const packagesOtherThanScripts = provider
  ? packageTaskFilters().filter((filter) => filter !== scriptsPackage)
  : ["--filter=!@payclients/scripts"];
const narrowing = provider ? { PAYCLIENTS_TEST_PROVIDERS: provider } : {};
const build: Step = {
  name: "build (turbo)",
  command: turbo(["build"], packageTaskFilters(), "--concurrency=2"),
  live: true,
};

const endToEndSteps: Step[] = [
  build,
  {
    name: "end-to-end: packed tarballs in a fresh project, the scaffold's promise",
    command: ["pnpm", "--filter", "@payclients/scripts", "run", "test:e2e"],
    live: true,
    env: narrowing,
    after: build,
  },
];

const everydaySteps: Step[] = [
  // Narrowed to a provider, the spec checks cover its spec only: the others did not change.
  {
    name: "spec lint (Redocly)",
    command: provider
      ? ["pnpm", "exec", "redocly", "lint", "--config", "redocly.yaml", `specs/${provider}.yaml`]
      : ["pnpm", "--silent", "lint:specs"],
  },
  {
    name: "drift gate (generated code matches the specs)",
    command: ["pnpm", "--silent", "check:generated", ...(provider ? [provider] : [])],
  },
  { name: "format and lint (Biome)", command: ["pnpm", "--silent", "lint"] },
  { name: "changesets", command: ["pnpm", "--silent", "check:changesets"] },
  // Each package's `test` type-checks it too: vitest's typecheck runs tsc over the whole package (sources and every
  // test file) and fails on any error; examples, bench and scripts run tsc in their `test` script. The budgets
  // (`pnpm bench:check`) are the bench package's test. `docs:check` runs TypeDoc over each published package's API
  // reference without writing it (zero warnings: every export documented; `pnpm run docs` writes the pages, and type
  // errors are the type-check's to report). `lint:package` checks each published package's tarball as consumers
  // resolve it (publint, attw: scripts/lint-package.ts); `pnpm release` builds without it, since every commit it
  // releases has passed it here.
  build,
  {
    name: "type-check, unit and type tests, API reference, package shape (turbo)",
    command: turbo(
      ["test", "docs:check", "lint:package"],
      packagesOtherThanScripts,
      "--only",
      "--concurrency=2",
    ),
    live: true,
    env: narrowing,
    after: build,
  },
  // A run of its own, started as soon as the build is: the repository scripts' tests mostly wait on child processes
  // (tsx, git, pnpm pack), so they fill the gaps the packages' tasks leave on the two cores.
  {
    name: "repository scripts' tests: README blocks, drift, changesets, runner, packaging gate (turbo)",
    command: turbo(["test"], [scriptsPackage], "--only"),
    live: true,
    env: narrowing,
    after: build,
  },
];

const steps = endToEnd ? endToEndSteps : everydaySteps;

/** Runs one step, returning whether it passed and what it printed. */
function runStep(step: Step): Promise<{ passed: boolean; output: string }> {
  return new Promise((resolve) => {
    const [command = "", ...args] = step.command;
    const child = spawn(command, args, {
      cwd: repositoryRoot,
      env: { ...process.env, ...quietTools, ...step.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (step.live) process.stdout.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", (error) => resolve({ passed: false, output: `${output}${String(error)}` }));
    child.on("close", (code) => resolve({ passed: code === 0, output }));
  });
}

/** Test reports written by this run (stale ones are removed first, so a narrowed run counts only what it ran). */
function reportPaths(): string[] {
  const directories = [
    ...readdirSync(join(repositoryRoot, "packages")).map((name) => join("packages", name)),
    "conformance",
    "scripts",
    "examples",
    "bench",
  ];
  const report = endToEnd ? "test-results.e2e.json" : "test-results.json";
  return directories.map((directory) => join(repositoryRoot, directory, report));
}

/** The shared fault suite's size, where the report holds it (its cases are named "fault suite: <provider> > …"). */
function describeSuite(report: VitestReport): string {
  const cases = report.testResults.flatMap(({ assertionResults }) =>
    assertionResults.filter(({ fullName }) => fullName.startsWith("fault suite: ")),
  );
  const providers = new Set(cases.map(({ fullName }) => /^fault suite: (\S+)/.exec(fullName)?.[1]));
  return cases.length > 0 ? ` (fault suite: ${cases.length} cases over ${providers.size} providers)` : "";
}

function summarizeTests(failures: string[]): { passed: number; failed: number; skipped: number } {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const path of reportPaths()) {
    if (!existsSync(path)) continue;
    const report = JSON.parse(readFileSync(path, "utf8")) as VitestReport;
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
    const where = relative(repositoryRoot, dirname(path));
    // turbo shows no output of a task that passed, so the counts per package are said here.
    console.log(
      `  ${where}: ${report.numPassedTests} passed, ${report.numFailedTests} failed${describeSuite(report)}`,
    );
    for (const file of report.testResults) {
      for (const assertion of file.assertionResults) {
        if (assertion.status === "failed")
          failures.push(`test ${file.name.slice(repositoryRoot.length + 1)} > ${assertion.fullName}`);
      }
    }
  }
  return totals;
}

for (const path of reportPaths()) rmSync(path, { force: true });
const failures: string[] = [];
const started = performance.now();
const outcomes = new Map<Step, Promise<boolean>>();
const notRun: string[] = [];

/** Runs a step once its prerequisite passed, printing its outcome; resolves to whether it passed. */
async function runInOrder(step: Step): Promise<boolean> {
  if (step.after && !(await outcomes.get(step.after))) {
    notRun.push(step.name);
    return false;
  }
  const stepStarted = performance.now();
  if (step.live) console.log(`… ${step.name}`);
  const { passed, output } = await runStep(step);
  const seconds = ((performance.now() - stepStarted) / 1000).toFixed(1);
  if (passed) {
    console.log(`✓ ${step.name} (${seconds} s)`);
    return true;
  }
  if (!step.live) process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
  console.log(`✗ ${step.name} (${seconds} s)`);
  // turbo's own summary comes last (a failing task's log, printed before it, may hold a nested run's summary).
  const failedTasks = [...output.matchAll(/^\s*Failed:\s+(.+)$/gm)].at(-1)?.[1]?.trim();
  failures.push(failedTasks ? `${step.name}: ${failedTasks}` : step.name);
  return false;
}

for (const step of steps) outcomes.set(step, runInOrder(step));
await Promise.all(outcomes.values());

console.log("");
const totals = summarizeTests(failures);
if (totals.passed === 0 && failures.length === 0) failures.push("no test ran");
console.log(
  `\n${provider ? `scope: ${provider}; ` : ""}${((performance.now() - started) / 1000).toFixed(0)} s`,
);
for (const failure of failures) console.log(`failed: ${failure}`);
for (const name of notRun) console.log(`not run (a step it needs failed): ${name}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length > 0 ? 1 : 0);
