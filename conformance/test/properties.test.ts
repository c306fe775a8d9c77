// Properties over every provider, 1,000 runs each, one fake and one client per provider and property:
// (a) any error status with any content type and any body rejects with a payclients error and pollutes no prototype;
// (b) under random faults at random points, a create the fake committed is never committed twice.
import { PayClientsError } from "@payclients/auth-middleware";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdaptedClient, adapters, type ProviderAdapter } from "./adapters";
import { type Fake, type FakeRequest, json, type Reply, raw, startFake } from "./fake";

const numRuns = 1_000;
// A thousand runs take a few seconds alone and exceeded 20 s under pnpm test's load on a fresh clone: a bound for a hang.
const propertyTimeoutMs = 90_000;

/** One fake and one client per provider; `reply` answers the API, tokens are always well formed. */
interface Rig {
  adapter: ProviderAdapter;
  fake: Fake;
  client: AdaptedClient;
}

async function startRigs(
  reply: (rig: Rig, request: FakeRequest) => Reply,
  options: { maxRetries: number; timeoutMs: number },
): Promise<Rig[]> {
  return Promise.all(
    adapters.map(async (adapter) => {
      let issued = 0;
      const rig = { adapter } as Rig;
      rig.fake = await startFake(adapter.tokenPath, (request) => {
        if (request.kind === "api") return reply(rig, request);
        issued += 1;
        return json(200, adapter.tokenAnswer?.(`tok-${adapter.name}-${issued}-prop`, 3600));
      });
      rig.client = adapter.connect(rig.fake.origin, {
        ...options,
        limiter: false,
        sleep: async (_ms, signal) => signal?.throwIfAborted(),
      });
      return rig;
    }),
  );
}

const closeRigs = (rigs: readonly Rig[]) => Promise.all(rigs.map((rig) => rig.fake.close()));

// ---------------------------------------------------------------------------------------------------------------
// (a) error responses

const contentTypes = fc.oneof(
  fc.constantFrom(
    undefined,
    "application/json",
    "application/json; charset=utf-8",
    "application/problem+json",
    "text/html",
    "text/plain",
    "application/octet-stream",
  ),
  fc
    .tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z+.-]{1,12}$/))
    .map(([type, subtype]) => `${type}/${subtype}`),
);

// Keys that would pollute a prototype if a body were merged into an object carelessly.
const pollutingJson = fc
  .constantFrom("__proto__", "constructor", "prototype")
  .chain((key) =>
    fc.constantFrom(
      `{"${key}":{"polluted":"yes"}}`,
      `{"error":{"${key}":{"polluted":"yes"}},"message":"x"}`,
      `{"constructor":{"prototype":{"polluted":"yes"}}}`,
      `[{"${key}":{"polluted":"yes"}}]`,
    ),
  );

const errorBodies = fc.oneof(
  fc.uint8Array({ maxLength: 512 }),
  fc.jsonValue().map((value) => JSON.stringify(value) ?? ""),
  fc.string({ maxLength: 256 }),
  pollutingJson,
);

/** Bodies nested deeper than a recursive walk can follow. */
const deepBodies = fc
  .tuple(fc.integer({ min: 1, max: 5_000 }), fc.constantFrom(['{"a":', "}"], ["[", "]"]))
  .map(([depth, [open, close]]) => `${open.repeat(depth)}1${close.repeat(depth)}`);

const errorResponse = (bodies: fc.Arbitrary<string | Uint8Array>) =>
  fc.record({
    provider: fc.constantFrom(...adapters.map((adapter) => adapter.name)),
    status: fc.integer({ min: 400, max: 599 }),
    contentType: contentTypes,
    body: bodies,
  });

describe("property (a): any error response rejects with a payclients error and pollutes no prototype", () => {
  let current: Reply = raw(500, undefined, "");
  let rigs: Rig[] = [];
  beforeAll(async () => {
    rigs = await startRigs(() => current, { maxRetries: 0, timeoutMs: 5_000 });
  });
  afterAll(() => closeRigs(rigs));

  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
  const rejectsTyped = (bodies: fc.Arbitrary<string | Uint8Array>) =>
    fc.asyncProperty(errorResponse(bodies), async ({ provider, status, contentType, body }) => {
      current = raw(status, contentType, body);
      const rig = rigs.find((candidate) => candidate.adapter.name === provider) as Rig;
      const error = await rig.client.read().then(
        () => new Error(`${provider}: a ${status} resolved`),
        (reason: unknown) => reason,
      );
      expect(PayClientsError.isInstance(error), `${provider} ${status}: ${String(error)}`).toBe(true);
      expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("polluted");
    });

  it(
    `${numRuns} runs of bytes, JSON, text and prototype-polluting bodies`,
    async () => {
      await fc.assert(rejectsTyped(errorBodies), { numRuns });
    },
    propertyTimeoutMs,
  );

  // A body nested ~3,000 levels deep once escaped as a raw RangeError from a recursive redactor.
  it(
    `${numRuns} runs with deeply nested bodies`,
    async () => {
      await fc.assert(rejectsTyped(fc.oneof(errorBodies, deepBodies)), { numRuns });
    },
    propertyTimeoutMs,
  );
});

// ---------------------------------------------------------------------------------------------------------------
// (b) no duplicate creates

/** What the fake does with one create attempt: a fault before committing, after committing, or none. */
const faults = [
  "ok",
  "reset",
  "503",
  "429",
  "401",
  "stallHeaders",
  "commit-reset",
  "commit-503",
  "commit-stallHeaders",
  "commit-stallBody",
  "commit-resetDuringBody",
] as const;
type Fault = (typeof faults)[number];
const faultWeights: Record<Fault, number> = {
  ok: 12,
  reset: 2,
  "503": 2,
  "429": 2,
  "401": 2,
  stallHeaders: 1,
  "commit-reset": 2,
  "commit-503": 2,
  "commit-stallHeaders": 1,
  "commit-stallBody": 1,
  "commit-resetDuringBody": 2,
};
const fault = fc.oneof(
  ...faults.map((name) => ({ arbitrary: fc.constant(name), weight: faultWeights[name] })),
);

// Longer than the per-attempt timeout, so a stall is a timeout for the client, yet short enough to keep runs fast.
const stallMs = 80;
const created = JSON.stringify({ id: "C1", status: "created", padding: "x".repeat(64) });

function faultReply(name: Fault): Reply {
  switch (name) {
    case "reset":
    case "commit-reset":
      return { kind: "reset" };
    case "503":
    case "commit-503":
      return json(503, { message: "unavailable" });
    case "429":
      return json(429, { message: "slow down" }, { "retry-after": "0" });
    case "401":
      return json(401, { message: "token expired" });
    case "stallHeaders":
    case "commit-stallHeaders":
      return { kind: "stallHeaders", ms: stallMs };
    case "commit-stallBody":
      return { kind: "stallBody", body: created, ms: stallMs };
    case "commit-resetDuringBody":
      return { kind: "resetDuringBody", body: created };
    case "ok":
      return raw(200, "application/json", created);
  }
}

describe("property (b): under random faults, a committed create is never committed again", () => {
  let plan: Fault[] = [];
  /** Commits per caller reference, and the keys already committed (a repeat is replayed, not committed). */
  const commits = new Map<string, number>();
  const committedKeys = new Set<string>();
  let rigs: Rig[] = [];
  beforeAll(async () => {
    rigs = await startRigs(
      ({ adapter }, request) => {
        const next = plan.shift() ?? "ok";
        if (next.startsWith("commit-") || next === "ok") {
          const key = adapter.keyOf?.(request);
          const reference = /ref-\d+/.exec(request.body)?.[0] ?? "none";
          if (key === undefined || !committedKeys.has(`${adapter.name}:${key}`)) {
            commits.set(reference, (commits.get(reference) ?? 0) + 1);
            if (key !== undefined) committedKeys.add(`${adapter.name}:${key}`);
          }
        }
        return faultReply(next);
      },
      { maxRetries: 2, timeoutMs: 40 },
    );
  });
  afterAll(() => closeRigs(rigs));

  let run = 0;
  it(
    `${numRuns} keyed creates under random faults`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...adapters.map((adapter) => adapter.name)),
          fc.array(fault, { maxLength: 4 }),
          async (provider, attempts) => {
            run += 1;
            const reference = `ref-${run}`;
            plan = [...attempts];
            const rig = rigs.find((candidate) => candidate.adapter.name === provider) as Rig;
            const succeeded = await rig.client.create(reference).then(
              () => true,
              () => false,
            );
            const count = commits.get(reference) ?? 0;
            expect(count, `${provider} ${attempts.join(",")}: commits of ${reference}`).toBeLessThanOrEqual(
              1,
            );
            if (succeeded) expect(count, `${provider}: a create that succeeded was committed`).toBe(1);
          },
        ),
        { numRuns },
      );
    },
    propertyTimeoutMs,
  );
});
