import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { answersPing, startRedisServer } from "../src/index";

// A temporary folder of this test's own (os.tmpdir() reads TMPDIR on each call): other tasks of a `pnpm test` write
// their own folders beside ours at the same moment, so only a private folder tells what the server left.
const sharedTmpdir = process.env.TMPDIR;
let privateTmpdir: string | undefined;
afterEach(() => {
  if (sharedTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = sharedTmpdir;
  if (privateTmpdir) rmSync(privateTmpdir, { recursive: true, force: true });
  privateTmpdir = undefined;
});

describe("startRedisServer", () => {
  it("runs a real redis-server on a free loopback port that can be stopped, restarted and closed without a trace", async () => {
    privateTmpdir = mkdtempSync(join(tmpdir(), "payclients-redis-test-"));
    process.env.TMPDIR = privateTmpdir;
    const server = await startRedisServer();
    expect(server.url).toBe(`redis://127.0.0.1:${server.port}`);
    expect(await answersPing(server.port)).toBe(true);
    await server.stop();
    expect(await answersPing(server.port)).toBe(false);
    await server.start();
    expect(await answersPing(server.port)).toBe(true);
    const created = readdirSync(privateTmpdir);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatch(/^payclients-redis-/);
    await server.close();
    expect(await answersPing(server.port)).toBe(false);
    expect(readdirSync(privateTmpdir)).toEqual([]);
  });
});
