import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { answersPing, startRedisServer } from "../src/index";

describe("startRedisServer", () => {
  it("runs a real redis-server on a free loopback port that can be stopped, restarted and closed without a trace", async () => {
    const before = new Set(readdirSync(tmpdir()));
    const server = await startRedisServer();
    expect(server.url).toBe(`redis://127.0.0.1:${server.port}`);
    expect(await answersPing(server.port)).toBe(true);
    await server.stop();
    expect(await answersPing(server.port)).toBe(false);
    await server.start();
    expect(await answersPing(server.port)).toBe(true);
    const created = readdirSync(tmpdir()).filter((entry) => !before.has(entry));
    expect(created.every((entry) => entry.startsWith("payclients-redis-"))).toBe(true);
    await server.close();
    expect(await answersPing(server.port)).toBe(false);
    for (const entry of created) expect(existsSync(`${tmpdir()}/${entry}`)).toBe(false);
  });
});
