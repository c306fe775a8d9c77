// Profiling aid for the overhead figures (not part of `pnpm bench`): runs one client alone against the bench server
// and prints its CPU time per request. Under `node --cpu-prof` it leaves a profile that `--summary` reduces to the
// share of samples per source file, which is how we tell our own code's cost from undici's and the idle wait.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof/payclients --import tsx bench/profile.ts payclients 10000
//   node --import tsx bench/profile.ts --summary /tmp/prof/payclients
import { readdirSync, readFileSync } from "node:fs";
import { startTargets, type TargetName } from "./targets.ts";

interface ProfileNode {
  id: number;
  callFrame: { url: string };
}

function summarize(directory: string): void {
  const file = readdirSync(directory).find((name) => name.endsWith(".cpuprofile"));
  if (file === undefined) throw new Error(`no .cpuprofile in ${directory}`);
  const profile = JSON.parse(readFileSync(`${directory}/${file}`, "utf8")) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const urls = new Map(profile.nodes.map((node) => [node.id, node.callFrame.url]));
  const shares = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const url = urls.get(id) ?? "";
    // Keep the package and file, drop the store path; an empty url is V8's idle/program/GC pseudo-frames.
    const where =
      url === ""
        ? "(idle, program, GC)"
        : url.replace(/^.*node_modules\//, "").replace(/^.*\/packages\//, "");
    const delta = profile.timeDeltas[index] ?? 0;
    shares.set(where, (shares.get(where) ?? 0) + delta);
    total += delta;
  });
  console.log("| share of samples | source |\n| ---: | --- |");
  for (const [where, time] of [...shares].sort((left, right) => right[1] - left[1]).slice(0, 15)) {
    console.log(`| ${((time / total) * 100).toFixed(1)} % | ${where} |`);
  }
}

async function run(client: string, requests: number): Promise<void> {
  const { calls, close } = await startTargets();
  const call = calls[client as TargetName];
  if (call === undefined) throw new Error(`unknown client ${client} (use ${Object.keys(calls).join(", ")})`);
  for (let index = 0; index < 2_000; index += 1) await call();
  const before = process.cpuUsage();
  for (let index = 0; index < requests; index += 1) await call();
  const used = process.cpuUsage(before);
  console.log(
    `${client}: ${((used.user + used.system) / requests).toFixed(1)} µs CPU per request (${requests} requests)`,
  );
  close();
}

const [first = "payclients", second] = process.argv.slice(2);
if (first === "--summary") summarize(second ?? ".");
else await run(first, Number(second ?? 10_000));
