import { afterEach, describe, expect, it } from "vitest";
import {
  acceptsBasic,
  createEmulatorClock,
  createEmulatorServer,
  type EmulatorServer,
  hmacSha256Hex,
  IdempotencyLedger,
  json,
  parseBasicAuthorization,
  rejectionOf,
  secretsEqual,
  signWebhookSync,
  TokenIssuer,
  text,
} from "../src/index";

let server: EmulatorServer;
afterEach(async () => {
  await server?.close();
});

describe("routing and requests", () => {
  it("matches path templates, prefers literal segments and exposes params, query, headers and raw body", async () => {
    server = await createEmulatorServer();
    server
      .route("GET", "/v2/payments/{token}", (request) =>
        json(200, { token: request.params.token, q: request.query.get("q") }),
      )
      .route("GET", "/v2/payments/references", () => json(200, { literal: true }))
      .route("POST", "/echo", (request) =>
        json(200, {
          raw: request.rawBody.toString("hex"),
          header: request.headers["x-custom"],
          parsed: request.json(),
        }),
      );
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const byToken = await fetch(`${server.url}/v2/payments/abc%20d?q=1`);
    expect(await byToken.json()).toEqual({ token: "abc d", q: "1" });
    const literal = await fetch(`${server.url}/v2/payments/references`);
    expect(await literal.json()).toEqual({ literal: true });

    const echoed = await fetch(`${server.url}/echo`, {
      method: "POST",
      body: '{"a":1}',
      headers: { "X-Custom": "yes" },
    });
    expect(await echoed.json()).toEqual({
      raw: Buffer.from('{"a":1}').toString("hex"),
      header: "yes",
      parsed: { a: 1 },
    });

    const missing = await fetch(`${server.url}/nope`);
    expect(missing.status).toBe(404);
  });

  it("registering a route again replaces its handler", async () => {
    server = await createEmulatorServer();
    server.route("GET", "/x/{id}", () => json(200, "first"));
    server.route("get", "/x/{other}", () => json(200, "second"));
    expect(await (await fetch(`${server.url}/x/1`)).json()).toBe("second");
  });

  it("parses form bodies", async () => {
    server = await createEmulatorServer();
    server.route("POST", "/form", (request) => json(200, Object.fromEntries(request.form())));
    const response = await fetch(`${server.url}/form`, {
      method: "POST",
      body: new URLSearchParams({ grant_type: "client_credentials", scope: "a/b" }),
    });
    expect(await response.json()).toEqual({ grant_type: "client_credentials", scope: "a/b" });
  });

  it("answers 500 with a description when a handler throws", async () => {
    server = await createEmulatorServer();
    server.route("GET", "/boom", () => {
      throw new Error("kaput");
    });
    const response = await fetch(`${server.url}/boom`);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain("kaput");
  });
});

describe("journal", () => {
  it("records method, path, query, headers, raw body, emulated time and status of every request", async () => {
    const clock = createEmulatorClock({ start: 1_700_000_000_000, frozen: true });
    server = await createEmulatorServer({ clock });
    server.route("POST", "/things/{id}", () => json(201, {}));
    await fetch(`${server.url}/things/7?x=y`, {
      method: "POST",
      body: "héllo",
      headers: { authorization: "Bearer t" },
    });
    clock.advance(5_000);
    await fetch(`${server.url}/other`);

    expect(server.journal).toHaveLength(2);
    const [first, second] = server.journal;
    expect(first).toMatchObject({
      method: "POST",
      path: "/things/7",
      body: "héllo",
      time: 1_700_000_000_000,
      status: 201,
    });
    expect(first?.query.get("x")).toBe("y");
    expect(first?.headers.authorization).toBe("Bearer t");
    expect(first?.rawBody.equals(Buffer.from("héllo"))).toBe(true);
    expect(second).toMatchObject({ method: "GET", path: "/other", time: 1_700_000_005_000, status: 404 });
    expect(server.requests({ path: "/things/{id}" })).toHaveLength(1);
    expect(server.requests({ method: "GET" })).toHaveLength(1);
    server.clearJournal();
    expect(server.journal).toHaveLength(0);
  });
});

describe("clock", () => {
  it("frozen clocks move only when told to", () => {
    const clock = createEmulatorClock({ start: 1000, frozen: true });
    expect(clock.now()).toBe(1000);
    clock.advance(250);
    expect(clock.now()).toBe(1250);
    clock.set(10);
    expect(clock.now()).toBe(10);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });

  it("the default clock follows wall time plus the advanced offset", () => {
    const clock = createEmulatorClock();
    const before = Date.now();
    clock.advance(3_600_000);
    expect(clock.now()).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(clock.now()).toBeLessThan(Date.now() + 3_600_000 + 1_000);
  });

  it("drives token expiry without sleeping", () => {
    const clock = createEmulatorClock({ frozen: true });
    const issuer = new TokenIssuer(clock, "t");
    const { token } = issuer.issue(60, "merchant");
    expect(issuer.check(token)).toBe("valid");
    expect(issuer.subjectOf(token)).toBe("merchant");
    clock.advance(59_999);
    expect(issuer.check(token)).toBe("valid");
    clock.advance(1);
    expect(issuer.check(token)).toBe("expired");
    expect(issuer.check("other")).toBe("unknown");
    expect(issuer.check(undefined)).toBe("unknown");
    expect(issuer.issued).toBe(1);
    issuer.revokeAll();
    expect(issuer.check(token)).toBe("unknown");
  });
});

describe("fault injection over real HTTP", () => {
  it("failNext answers the next request with the given status, body and headers, then normal service resumes", async () => {
    server = await createEmulatorServer();
    server.route("GET", "/ok", () => json(200, { ok: true }));
    server.failNext(503, { errorCode: "down" }, { "retry-after": "2" });
    const failed = await fetch(`${server.url}/ok`);
    expect(failed.status).toBe(503);
    expect(failed.headers.get("retry-after")).toBe("2");
    expect(await failed.json()).toEqual({ errorCode: "down" });
    const recovered = await fetch(`${server.url}/ok`);
    expect(recovered.status).toBe(200);
    expect(server.journal.map((entry) => entry.status)).toEqual([503, 200]);
  });

  it("failNext can send raw text (an HTML gateway page) and can target one path", async () => {
    server = await createEmulatorServer();
    server.route("GET", "/a", () => json(200, "a")).route("GET", "/b", () => json(200, "b"));
    server.failNext(502, "<html>Bad gateway</html>", { "content-type": "text/html" }, { path: "/b" });
    expect((await fetch(`${server.url}/a`)).status).toBe(200);
    const failed = await fetch(`${server.url}/b`);
    expect(failed.status).toBe(502);
    expect(await failed.text()).toBe("<html>Bad gateway</html>");
  });

  it("delayNext holds the next response for the given real time", async () => {
    server = await createEmulatorServer();
    server.route("GET", "/slow", () => text(200, "done"));
    server.delayNext(150);
    const started = performance.now();
    const response = await fetch(`${server.url}/slow`);
    expect(await response.text()).toBe("done");
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    const quick = performance.now();
    await (await fetch(`${server.url}/slow`)).text();
    expect(performance.now() - quick).toBeLessThan(140);
  });

  it("dropNext destroys the socket without a response", async () => {
    server = await createEmulatorServer();
    server.route("POST", "/pay", () => json(200, {}));
    server.dropNext();
    await expect(fetch(`${server.url}/pay`, { method: "POST", body: "{}" })).rejects.toThrow(TypeError);
    expect(server.journal[0]?.status).toBe("dropped");
    expect((await fetch(`${server.url}/pay`, { method: "POST", body: "{}" })).status).toBe(200);
  });

  it("rate limit: requests per second beyond the limit get 429 with Retry-After; the wall-clock window rolls over", async () => {
    const clock = createEmulatorClock({ frozen: true, start: 0 });
    server = await createEmulatorServer({ clock, rateLimit: { requestsPerSecond: 3 } });
    server.route("GET", "/x", () => json(200, {}));
    const statuses: number[] = [];
    for (let index = 0; index < 5; index += 1) statuses.push((await fetch(`${server.url}/x`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await fetch(`${server.url}/x`);
    expect(limited.headers.get("retry-after")).toBe("1");
    // A frozen emulator clock does not freeze the rate window.
    await new Promise((resolve) => setTimeout(resolve, 1_050));
    expect((await fetch(`${server.url}/x`)).status).toBe(200);
  });

  it("rate limit: Retry-After can be left out for providers that document none", async () => {
    server = await createEmulatorServer({ rateLimit: { requestsPerSecond: 1, retryAfter: false } });
    server.route("GET", "/x", () => json(200, {}));
    await fetch(`${server.url}/x`);
    const limited = await fetch(`${server.url}/x`);
    expect(limited.status).toBe(429);
    expect(limited.headers.has("retry-after")).toBe(false);
  });

  it("dropResponseNext runs the handler (state changes) and then loses the answer", async () => {
    server = await createEmulatorServer();
    let created = 0;
    server.route("POST", "/pay", () => json(200, { id: ++created }));
    server.dropResponseNext({ path: "/pay" });
    await expect(fetch(`${server.url}/pay`, { method: "POST", body: "{}" })).rejects.toThrow(TypeError);
    expect(created).toBe(1);
    expect(server.journal[0]?.status).toBe("dropped");
    expect(await (await fetch(`${server.url}/pay`, { method: "POST", body: "{}" })).json()).toEqual({
      id: 2,
    });
  });

  it("stallBodyNext sends the status, headers and the first bytes of the body, then stalls until closed", async () => {
    server = await createEmulatorServer();
    let created = 0;
    server.route("POST", "/pay", () => json(200, { id: ++created, status: "approved" }));
    server.stallBodyNext({ path: "/pay" });
    const response = await fetch(`${server.url}/pay`, { method: "POST", body: "{}" });
    expect(response.status).toBe(200);
    expect(created).toBe(1);
    expect(server.journal[0]?.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("{");
    const rest = reader.read();
    const stalled = await Promise.race([
      rest.then(() => "moved"),
      new Promise((r) => setTimeout(r, 100, "stalled")),
    ]);
    expect(stalled).toBe("stalled");
    await server.close();
    await expect(rest).rejects.toThrow(TypeError);
  });

  it("resetBodyNext sends the status, headers and the first bytes of the body, then resets the connection", async () => {
    server = await createEmulatorServer();
    server.route("GET", "/pay", () => json(200, { id: 1, status: "approved" }));
    server.resetBodyNext();
    const response = await fetch(`${server.url}/pay`);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow(TypeError);
    expect(await (await fetch(`${server.url}/pay`)).json()).toEqual({ id: 1, status: "approved" });
  });

  it("rate limit: more concurrent requests than allowed get 429 with the provider's body", async () => {
    // Long enough that all five arrive while the first two are still held, even on a loaded machine.
    server = await createEmulatorServer({
      latencyMilliseconds: 500,
      rateLimit: { maxConcurrent: 2, respond: () => json(429, { code: "TOO_MANY" }) },
    });
    server.route("GET", "/x", () => json(200, {}));
    const responses = await Promise.all(Array.from({ length: 5 }, () => fetch(`${server.url}/x`)));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 200, 429, 429, 429]);
    const limited = responses.find((response) => response.status === 429);
    expect(await limited?.json()).toEqual({ code: "TOO_MANY" });
    server.setRateLimit(undefined);
    server.setLatency(0);
    expect((await fetch(`${server.url}/x`)).status).toBe(200);
  });
});

describe("in-flight high-water mark", () => {
  it("peakInFlight is the most requests handled at once since the journal was cleared", async () => {
    server = await createEmulatorServer({ latencyMilliseconds: 50 });
    server.route("GET", "/x", () => json(200, {}));
    await Promise.all(Array.from({ length: 3 }, () => fetch(`${server.url}/x`)));
    expect(server.peakInFlight).toBe(3);
    server.clearJournal();
    expect(server.peakInFlight).toBe(0);
    for (let index = 0; index < 2; index += 1) await fetch(`${server.url}/x`);
    expect(server.peakInFlight).toBe(1);
  });
});

describe("lifecycle", () => {
  it("close() stops accepting connections, also through await using", async () => {
    let url: string;
    {
      await using disposable = await createEmulatorServer();
      url = disposable.url;
      disposable.route("GET", "/", () => json(200, {}));
      expect((await fetch(url)).status).toBe(200);
    }
    await expect(fetch(url)).rejects.toThrow();
  });
});

describe("credential helpers", () => {
  it("parses Basic credentials, compares secrets and signs with HMAC-SHA256", () => {
    const header = `Basic ${Buffer.from("app:se:cret").toString("base64")}`;
    expect(parseBasicAuthorization(header)).toEqual({ username: "app", password: "se:cret" });
    expect(parseBasicAuthorization("Bearer x")).toBeUndefined();
    expect(parseBasicAuthorization(undefined)).toBeUndefined();
    const accepts = acceptsBasic("app", "se:cret");
    expect(accepts(Buffer.from("app:se:cret").toString("base64"))).toBe(true);
    expect(accepts(Buffer.from("app:se:cre").toString("base64"))).toBe(false);
    expect(accepts(Buffer.from("apps:se:cret").toString("base64"))).toBe(false);
    expect(accepts("not base64!")).toBe(false);
    expect(secretsEqual("abc", "abc")).toBe(true);
    expect(secretsEqual("abc", "abd")).toBe(false);
    expect(secretsEqual("abc", "abcd")).toBe(false);
    // RFC 4231 test case 2.
    expect(hmacSha256Hex("Jefe", "what do ya want for nothing?")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  it("signs a delivery synchronously from a provider's scheme: the HMAC of its signed text, handed to its delivery", () => {
    type Input = { body: string; secret: string };
    const scheme = {
      signedText: ({ body }: Input) => `v1:${body}`,
      delivery: ({ body }: Input, signature: string) => ({
        headers: { "x-sig": signature },
        body,
      }),
    };
    expect(signWebhookSync(scheme, { body: "{}", secret: "Jefe" })).toEqual({
      headers: { "x-sig": hmacSha256Hex("Jefe", "v1:{}") },
      body: "{}",
    });
  });

  it("the idempotency ledger replays the first answer and flags a different body", async () => {
    const ledger = new IdempotencyLedger();
    let created = 0;
    const create = () => {
      created += 1;
      return json(200, { id: created });
    };
    const options = {
      replayHeaders: { "request-idempotency": "true" },
      mismatch: () => json(409, { code: "mismatch" }),
    };
    const first = await ledger.run("k1", "body-a", create, options);
    const replay = await ledger.run("k1", "body-a", create, options);
    const mismatch = await ledger.run("k1", "body-b", create, options);
    const keyless = await ledger.run(undefined, "body-a", create, options);
    expect(created).toBe(2);
    expect(first.body).toBe(replay.body);
    expect(replay.headers?.["request-idempotency"]).toBe("true");
    expect(mismatch.status).toBe(409);
    expect(keyless.body).toBe(JSON.stringify({ id: 2 }));
    expect(ledger.size).toBe(1);
  });
});

describe("rejectionOf", () => {
  it("returns the rejection reason and fails when the promise resolves", async () => {
    const reason = new Error("boom");
    expect(await rejectionOf(Promise.reject(reason))).toBe(reason);
    await expect(rejectionOf(Promise.resolve(1))).rejects.toThrow("expected the call to reject");
  });
});
