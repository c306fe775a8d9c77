// One comparison of bench/overhead.ts in a process of its own: `runOverhead` with the options given as JSON in the
// first argument, the results as JSON on stdout (run by `runOverheadGroup`).
import { type OverheadOptions, runOverhead } from "./overhead.ts";

const options = JSON.parse(process.argv[2] ?? "{}") as OverheadOptions;
process.stdout.write(JSON.stringify(await runOverhead(options)));
