// Instruction counts per request (run by bench/instructions.sh under valgrind): wall and CPU time swing by 2× on
// this shared machine, instruction counts by about ±5 % (GC and JIT timing).
// `node --import tsx bench/instructions.ts <client> <requests>` makes that many sequential calls against the
// keep-alive loopback server, which runs in a child process (valgrind does not count it).
import { startTargets, type TargetName } from "./targets.ts";

const [client = "payclients", count = "1000"] = process.argv.slice(2);
const { calls, close } = await startTargets();
const call = calls[client as TargetName];
if (call === undefined) throw new Error(`unknown client ${client} (use ${Object.keys(calls).join(", ")})`);
for (let index = 0; index < Number(count); index += 1) await call();
close();
