// The emulators as standalone servers for tests in any language: `payclients-emulator <provider>` (the kit's bin) in
// a child process, driven over HTTP only — the client calls it, the admin API moves its clock, injects faults and
// reads its journal — and stopped by a signal.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { UnprocessableEntityError } from "@payclients/auth-middleware/errors";
import { createScalapayClient } from "@payclients/scalapay";
import { createSqalaClient } from "@payclients/sqala";
import { afterEach, describe, expect, it } from "vitest";
import { narrowedAway } from "../../test.narrowing.ts";

const examples = fileURLToPath(new URL("..", import.meta.url));
// The bin as package.json declares it, so a wrong `bin` entry fails here.
const kitManifest = createRequire(join(examples, "package.json")).resolve("@payclients/testing/package.json");
const bin = join(
  dirname(kitManifest),
  (JSON.parse(readFileSync(kitManifest, "utf8")) as { bin: Record<string, string> }).bin[
    "payclients-emulator"
  ] ?? "",
);

interface Ready {
  provider: string;
  urls: Record<string, string>;
  admin: string;
  credentials: Record<string, string>;
}

interface Running {
  child: ChildProcessWithoutNullStreams;
  ready: Ready;
  output: () => string;
  exited: Promise<number | null>;
}

let running: Running[] = [];
afterEach(() => {
  for (const { child } of running) child.kill("SIGKILL");
  running = [];
});

/** Starts the bin from the examples project (where the providers are installed) and waits for its JSON line. */
async function startEmulator(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [bin, ...args, "--json"], { cwd: examples });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = await new Promise<Ready>((resolve, reject) => {
    const check = () => {
      const line = output.split("\n").find((candidate) => candidate.startsWith("{"));
      if (line) resolve(JSON.parse(line) as Ready);
    };
    child.stdout.on("data", check);
    void exited.then((code) => reject(new Error(`exited with ${code} before ready:\n${output}`)));
  });
  const started = { child, ready, output: () => output, exited };
  running.push(started);
  return started;
}

async function admin(emulator: Running, method: string, path: string, body?: unknown) {
  const response = await fetch(`${emulator.ready.admin}${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.skipIf(narrowedAway(["scalapay", "sqala"]))("payclients-emulator (standalone emulators)", () => {
  it("scalapay: prints its URLs and test credentials, takes faults over the admin API, stops on SIGTERM", async () => {
    const emulator = await startEmulator(["scalapay"]);
    const { urls, credentials } = emulator.ready;
    expect(emulator.ready.provider).toBe("scalapay");
    expect(urls.api).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const client = createScalapayClient({ apiKey: credentials.apiKey ?? "", baseUrl: urls.api ?? "" });
    const read = () => client.GET("/v2/payments/{token}", { params: { path: { token: "NO-SUCH-ORDER" } } });
    await expect(read()).rejects.toBeInstanceOf(UnprocessableEntityError);

    // The emulator refuses a token of the wrong shape (422). A 503 injected from outside: the client retries the
    // GET and meets the emulator's own answer again.
    const queued = await admin(emulator, "POST", "/faults", {
      kind: "fail",
      status: 503,
      body: { message: "down" },
      match: { path: "/v2/payments/{token}" },
    });
    expect(queued).toEqual({ status: 200, body: { queued: "fail" } });
    await expect(read()).rejects.toBeInstanceOf(UnprocessableEntityError);
    const journal = await admin(emulator, "GET", "/journal");
    expect((journal.body as Array<{ path: string; status: number }>).map((entry) => entry.status)).toEqual([
      422, 503, 422,
    ]);

    expect(await admin(emulator, "POST", "/faults", { kind: "explode" })).toEqual({
      status: 400,
      body: { error: '"kind" must be one of fail, delay, drop, drop-response, stall-body, reset-body' },
    });
    emulator.child.kill("SIGTERM");
    expect(await emulator.exited).toBe(0);
    expect(emulator.output()).toContain("scalapay stopped (SIGTERM)");
  });

  it("sqala: listens on the port asked for; the admin clock expires its token, so the client logs in again", async () => {
    const port = await freePort();
    const emulator = await startEmulator(["sqala", "--port", String(port)]);
    const { urls, credentials } = emulator.ready;
    expect(urls.api).toBe(`http://127.0.0.1:${port}/core/v1`);
    const client = createSqalaClient({
      appId: credentials.appId ?? "",
      appSecret: credentials.appSecret ?? "",
      refreshToken: credentials.refreshToken ?? "",
      baseUrl: urls.api ?? "",
    });
    await client.GET("/recipients");
    const before = (await admin(emulator, "GET", "/emulator")).body as { now: number };
    const advanced = await admin(emulator, "POST", "/clock/advance", { milliseconds: 2 * 3600 * 1000 });
    expect((advanced.body as { now: number }).now - before.now).toBeGreaterThanOrEqual(2 * 3600 * 1000);
    await client.GET("/recipients");
    const journal = (await admin(emulator, "GET", "/journal")).body as Array<{
      method: string;
      path: string;
      status: number;
    }>;
    // The token expired with the emulator's clock: the API refused it, and the client logged in again.
    expect(journal.map(({ method, path, status }) => `${method} ${path} ${status}`)).toEqual([
      "POST /core/v1/access-tokens 200",
      "GET /core/v1/recipients 200",
      "GET /core/v1/recipients 401",
      "POST /core/v1/access-tokens 200",
      "GET /core/v1/recipients 200",
    ]);
    expect(await admin(emulator, "POST", "/clock/advance", { milliseconds: "soon" })).toEqual({
      status: 400,
      body: { error: '"milliseconds" must be a number' },
    });
    emulator.child.kill("SIGINT");
    expect(await emulator.exited).toBe(0);
  });

  it("refuses an unknown provider and a bad port with a usage message", async () => {
    for (const args of [["no-such-provider"], ["sqala", "--port", "http"]]) {
      const child = spawn(process.execPath, [bin, ...args], { cwd: examples });
      let output = "";
      child.stderr.on("data", (chunk: Buffer) => {
        output += chunk.toString("utf8");
      });
      const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      expect(code).toBe(2);
      expect(output).toContain("usage: payclients-emulator <provider>");
    }
  });
});
