// The fault suite: every case of the matrix (matrix.ts) against every provider (adapters.ts), each over its own
// loopback fakes with small real deadlines.
import { type FetchFunction, PayClientsError } from "@payclients/auth-middleware";
import { nodeFetch } from "@payclients/auth-middleware/node";
import { describe, expect, it } from "vitest";
import { adapters, type ProviderAdapter } from "./adapters";
import { json, startFake } from "./fake";
import { type CaseContext, type FaultCase, faultCases, type Outcome } from "./matrix";
import { capturingLogger, expectNoSecrets } from "./secrecy";

type Settled =
  | { state: "resolved" }
  | { state: "rejected"; error: unknown }
  | { state: "hung"; afterMs: number };

/** Settles `call`, or reports it hung once `afterMs` passed (a hung call must fail its case, not the run). */
async function settle(call: Promise<unknown>, afterMs: number): Promise<Settled> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<Settled>((resolve) => {
    timer = setTimeout(() => resolve({ state: "hung", afterMs }), afterMs);
  });
  const outcome = call.then(
    (): Settled => ({ state: "resolved" }),
    (error: unknown): Settled => ({ state: "rejected", error }),
  );
  try {
    return await Promise.race([outcome, hung]);
  } finally {
    clearTimeout(timer);
  }
}

// Like an undici `fetch` bound to a dispatcher (the proxy recipe): it takes a URL and an init, not a `Request`.
const urlOnlyFetch: typeof fetch = (input, init) =>
  typeof input === "string" || input instanceof URL
    ? fetch(input, init)
    : Promise.reject(new TypeError("Failed to parse URL from [object Request]"));

function expectOutcome(outcome: Outcome, settled: Settled, abortReason: unknown): void {
  if (settled.state === "hung") throw new Error(`the call did not settle within ${settled.afterMs} ms`);
  if (outcome === "success") {
    expect(
      settled.state === "rejected" ? settled.error : undefined,
      "the call should succeed",
    ).toBeUndefined();
    return;
  }
  expect(settled.state, "the call should reject").toBe("rejected");
  const { error } = settled as { error: unknown };
  if (outcome === "abort") {
    expect(error, "the call rejects with the caller's abort reason").toBe(abortReason);
    return;
  }
  expect(PayClientsError.isInstance(error), `a payclients error, got ${String(error)}`).toBe(true);
  if (outcome === "payclients") return;
  const classes = Array.isArray(outcome) ? outcome : [outcome];
  // The exact class, not `instanceof`: a TimeoutError is a kind of ConnectionError, and a case expecting a reset
  // must not pass on a timeout.
  expect(
    classes.some((Class) => Object.getPrototypeOf(error) === Class.prototype),
    `${String(error)} is exactly one of ${classes.map((Class) => Class.name).join(", ")}`,
  ).toBe(true);
}

async function runCase(
  adapter: ProviderAdapter,
  fault: FaultCase,
  transport?: () => FetchFunction,
): Promise<void> {
  const secrets = [...adapter.secrets];
  let accepted: string | undefined;
  let issued = 0;
  const issue = () => {
    issued += 1;
    accepted = `tok-${adapter.name}-${issued}-9b1c5e`;
    secrets.push(accepted);
    return accepted;
  };
  await using foreign = await startFake(undefined, () => json(200, { foreign: true }));
  const context: CaseContext = {
    adapter,
    foreignOrigin: foreign.origin,
    issue,
    tokenOk: (expiresInSeconds) => json(200, adapter.tokenAnswer?.(issue(), expiresInSeconds)),
    apiOk: (request) =>
      adapter.authorized(request, accepted)
        ? json(200, { id: "PAY1", status: "ok" })
        : json(401, { message: "unauthorized" }),
  };
  await using fake = await startFake(adapter.tokenPath, (request, index) => {
    const respond = request.kind === "token" ? fault.token : fault.api;
    if (respond) return respond(context, request, index);
    return request.kind === "token" ? context.tokenOk(3600) : context.apiOk(request);
  });
  const logLines: string[] = [];
  const sleeps: number[] = [];
  const controller = new AbortController();
  const abortReason = new Error("the caller gave up");
  if (fault.abortOnStall) fake.onStall = () => setTimeout(() => controller.abort(abortReason), 30);
  const timeoutMs = fault.timeoutMs ?? 2_000;
  const client = adapter.connect(fake.origin, {
    maxRetries: fault.maxRetries,
    timeoutMs,
    logger: capturingLogger(logLines),
    logLevel: "debug",
    sleep: async (ms, signal) => {
      sleeps.push(ms);
      signal?.throwIfAborted();
    },
    ...(fault.urlOnlyFetch ? { fetch: urlOnlyFetch } : transport ? { fetch: transport() } : {}),
  });
  const init = { signal: controller.signal };
  const call = fault.operation === "create" ? client.create("ref-1001", init) : client.read(init);
  // Every attempt of the call (token wait included) is bounded by timeoutMs; 800 ms covers the rest.
  const settled = await settle(call, (fault.maxRetries + 1) * timeoutMs * 2 + 800);
  const expected = fault.expect(adapter);

  expectOutcome(expected.outcome, settled, abortReason);
  const error = settled.state === "rejected" ? settled.error : undefined;
  expect(
    {
      token: adapter.tokenPath ? fake.count("token") : undefined,
      api: fake.count("api"),
      foreign: foreign.count("api"),
    },
    "requests the fakes received",
  ).toEqual({
    token: adapter.tokenPath ? (expected.token ?? 1) : undefined,
    api: expected.api,
    foreign: expected.foreign ?? 0,
  });
  if (expected.sameKey) {
    const keys = fake.requests
      .filter((request) => request.kind === "api")
      .map((request) => adapter.keyOf?.(request));
    expect(keys[0], "the create carries a deduplication key").toBeTruthy();
    expect(new Set(keys).size, `one key for every attempt: ${keys.join(", ")}`).toBe(1);
  }
  expected.check?.(error, sleeps);
  expectNoSecrets(secrets, error, logLines);
}

const casesFor = (adapter: ProviderAdapter) =>
  faultCases.filter((fault) => !fault.tokenEndpoint || adapter.tokenPath !== undefined);
const runs = adapters.reduce((total, adapter) => total + casesFor(adapter).length, 0);
console.log(`fault suite: ${adapters.length} providers × ${faultCases.length} cases (${runs} runs)`);

for (const adapter of adapters) {
  describe.concurrent(`fault suite: ${adapter.name}`, () => {
    for (const fault of casesFor(adapter)) {
      it(fault.name, () => runCase(adapter, fault));
    }
  });
}

// The Node transport (`@payclients/auth-middleware/node`) is the one part that differs by transport; providers are
// configuration over the same pipeline. So it runs every case once, with Clik2pay (a token endpoint, an OAuth2 form
// body, a refreshable token), rather than once per provider: a fifth more runs, not twice as many.
const nodeAdapter = adapters.find((adapter) => adapter.name === "clik2pay") as ProviderAdapter;
describe.concurrent("fault suite over the Node transport: clik2pay", () => {
  for (const fault of casesFor(nodeAdapter).filter((fault) => !fault.urlOnlyFetch)) {
    it(fault.name, () => runCase(nodeAdapter, fault, () => nodeFetch()));
  }
});
