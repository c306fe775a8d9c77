// Boundaries of the small helpers every client relies on: Retry-After, redirects, body and message caps, redaction
// thresholds, webhook inputs, the limiter's timers and the token reader's failures.
import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type ApiError,
  createPayClient,
  type Logger,
  MAX_ERROR_BODY_LENGTH,
  parseRetryAfter,
  REDACTED,
  Redactor,
  RequestLimiter,
  staticKey,
  TokenAcquisitionError,
  TokenManager,
  type TokenStrategy,
  WebhookVerificationError,
} from "../src/index";
import { hasControlCharacters } from "../src/redaction";
import {
  assertFreshTimestamp,
  readHeader,
  requireRawBody,
  requireWebhookHeaders,
  verifyHexSignature,
  verifyHmacWebhook,
} from "../src/webhooks";
import { createExampleClient, type ExampleProvider, type MePaths, startExampleProvider } from "./fixture";

let provider: ExampleProvider | undefined;
afterEach(async () => {
  await provider?.server.close();
  provider = undefined;
});

const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;

/** A static-key client whose `fetch` answers every call with `respond()`. */
const answering = (respond: () => Response) =>
  createPayClient<MePaths>(
    {
      provider: "edge",
      baseUrl: "https://api.example",
      token: staticKey("sk_edge_1234"),
      decodeError: () => undefined,
    },
    { maxRetries: 0, fetch: async () => respond() },
  );
const rejectionOf = (promise: Promise<unknown>): Promise<ApiError> =>
  promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (caught: unknown) => caught as ApiError,
  );

describe("Retry-After", () => {
  it("blank is absent; a past date is now; seconds and dates are relative to the given clock", () => {
    expect(parseRetryAfter("   ", 0)).toBeUndefined();
    expect(parseRetryAfter("", 0)).toBeUndefined();
    expect(parseRetryAfter("0", 0)).toBe(0);
    expect(parseRetryAfter("Thu, 01 Jan 1970 00:00:01 GMT", 5_000)).toBe(0);
    expect(parseRetryAfter("Thu, 01 Jan 1970 00:00:10 GMT", 4_000)).toBe(6_000);
    expect(parseRetryAfter("-3", 0)).toBe(0);
  });
});

describe("redirects are reported, never followed", () => {
  it.each([
    [300, "/a", "redirect to /a not followed"],
    [399, "/b", "redirect to /b not followed"],
    [302, undefined, "redirect not followed"],
  ] as const)("a %i is an error naming where it pointed", async (status, location, expected) => {
    const headers: Record<string, string> = location ? { location } : {};
    const error = await rejectionOf(answering(() => new Response(null, { status, headers })).GET("/me"));
    expect(error.message).toBe(`edge: ${status} ${expected} (payclients never follows redirects)`);
  });

  it("a 400 is not called a redirect", async () => {
    const bad = await rejectionOf(
      answering(() => new Response("nope", { status: 400, statusText: "Bad Request" })).GET("/me"),
    );
    expect(bad.message).toBe("edge: 400 Bad Request: nope");
  });
});

describe("error bodies", () => {
  it("a body of exactly MAX_ERROR_BODY_LENGTH characters is kept whole", async () => {
    const body = "b".repeat(MAX_ERROR_BODY_LENGTH);
    const error = await rejectionOf(answering(() => new Response(body, { status: 500 })).GET("/me"));
    expect(error.body).toBe(body);
  });

  it("an HTML body without a title, after whitespace, is still called an HTML body", async () => {
    const error = await rejectionOf(
      answering(
        () =>
          new Response("  \n<html><body>down</body></html>", {
            status: 503,
            statusText: "Service Unavailable",
          }),
      ).GET("/me"),
    );
    expect(error.message).toBe("edge: 503 Service Unavailable (HTML body)");
  });

  it("decoded fields that are not strings are dropped; a decoder that throws found nothing", async () => {
    const client = (decodeError: () => never) =>
      createPayClient<MePaths>(
        { provider: "edge", baseUrl: "https://api.example", token: staticKey("sk_edge_1234"), decodeError },
        {
          maxRetries: 0,
          fetch: async () => new Response('{"x":1}', { status: 400, statusText: "Bad Request" }),
        },
      );
    const odd = await rejectionOf(
      client(() => ({ code: 7, message: { text: "m" }, requestId: 9 }) as never).GET("/me"),
    );
    expect(odd).toMatchObject({ code: undefined, requestId: undefined, message: "edge: 400 Bad Request" });
    const thrown = await rejectionOf(
      client(() => {
        throw new Error("decoder bug");
      }).GET("/me"),
    );
    expect(thrown.message).toBe("edge: 400 Bad Request");
  });
});

describe("redaction thresholds", () => {
  it("scrubs secrets of four characters or more; shorter ones are too common to scrub", () => {
    const redactor = new Redactor(["abcd", "xyz", undefined, ""]);
    expect(redactor.text("abcd xyz")).toBe(`${REDACTED} xyz`);
  });

  it("a control character is anything below U+0020, and U+007F", () => {
    expect(["\u0000", "\u001f", "\u007f", "a\nb"].map(hasControlCharacters)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([" ", "~", "\u0080", "é"].map(hasControlCharacters)).toEqual([false, false, false, false]);
  });

  it("a cause chain is scrubbed four levels deep, keeping each class", () => {
    const redactor = new Redactor(["s3cret-value"]);
    let cause: Error = new RangeError("level 5 s3cret-value");
    for (let level = 4; level >= 0; level -= 1)
      cause = new TypeError(`level ${level} s3cret-value`, { cause });
    const scrubbed = redactor.cause(cause) as Error;
    const chain: Error[] = [];
    for (let current: unknown = scrubbed; current instanceof Error; current = current.cause)
      chain.push(current);
    expect(chain.map((error) => error.message)).toEqual(
      [0, 1, 2, 3, 4].map((level) => `level ${level} ${REDACTED}`),
    );
    expect(chain.every((error) => error instanceof TypeError)).toBe(true);
    const clean = new Error("nothing secret", { cause: new Error("inner") });
    expect(redactor.cause(clean)).toBe(clean);
  });
});

describe("webhook inputs", () => {
  it("names what it got instead of a raw body or headers, never its content", () => {
    const message = (value: unknown) => {
      try {
        requireRawBody("acme", value);
      } catch (error) {
        return (error as Error).message.split("got ")[1]?.split(".")[0];
      }
    };
    expect([null, undefined, 5, [1], { a: 1 }].map(message)).toEqual([
      "null",
      "undefined",
      "a number",
      "an array",
      "a parsed object",
    ]);
    expect(() => requireWebhookHeaders("acme", [["a", "b"]])).toThrow(/got an array/);
    expect(() => requireWebhookHeaders("acme", null)).toThrow(/got null/);
    expect(() => requireWebhookHeaders("acme", "x-sig: 1")).toThrow(/got a string/);
  });

  it("reads the first value of a repeated header, and nothing when absent", () => {
    expect(readHeader({ "X-Sig": ["first", "second"] }, "x-sig")).toBe("first");
    expect(readHeader({ other: "1" }, "x-sig")).toBeUndefined();
    expect(readHeader(new Headers(), "x-sig")).toBeUndefined();
  });

  it("a signature that is not whole hex bytes is a mismatch, not a crash", async () => {
    for (const signature of ["abc", "zz", "0g"]) {
      await expect(verifyHexSignature("k", "payload", signature)).rejects.toThrow("signature mismatch");
    }
    await expect(verifyHexSignature("k", "payload", "")).rejects.toThrow("missing signature");
  });

  it("says whether a timestamp is stale or in the future, with the tolerance in seconds", () => {
    expect(() => assertFreshTimestamp({ timestampMs: 0, nowMs: 301_000, toleranceMs: 300_000 })).toThrow(
      "timestamp outside the tolerance of 300 s (stale)",
    );
    expect(() => assertFreshTimestamp({ timestampMs: 301_600, nowMs: 0, toleranceMs: 300_500 })).toThrow(
      "timestamp outside the tolerance of 301 s (in the future)",
    );
    expect(() => assertFreshTimestamp({ timestampMs: Number.NaN, nowMs: 0, toleranceMs: 1 })).toThrow(
      "missing or invalid timestamp",
    );
  });

  it("a timestamp header of more than 13 digits or with other characters is invalid, named in the scheme's unit", async () => {
    const scheme = {
      provider: "acme",
      signatureHeader: "x-sig",
      timestampHeader: "x-time",
    };
    for (const [unit, label] of [
      ["seconds", "Unix seconds"],
      ["milliseconds", "epoch milliseconds"],
      ["either", "epoch ms or seconds"],
    ] as const) {
      for (const timestamp of ["12345678901234", "12a", ""]) {
        await expect(
          verifyHmacWebhook(
            { ...scheme, timestampUnit: unit },
            { payload: "{}", headers: { "x-time": timestamp, "x-sig": "00" }, secret: "k" },
          ),
        ).rejects.toThrow(`acme webhook: missing or invalid x-time header (${label})`);
      }
    }
    await expect(
      verifyHmacWebhook(scheme, {
        payload: "{}",
        headers: { "x-time": "1", "x-sig": "00" },
        secret: "k",
        toleranceSeconds: -1,
      }),
    ).rejects.toThrow("toleranceSeconds must be a non-negative number");
    await expect(
      verifyHmacWebhook(scheme, { payload: "{}", headers: { "x-time": "1" }, secret: "k" }),
    ).rejects.toBeInstanceOf(WebhookVerificationError);
  });
});

describe("the limiter's timers", () => {
  it("a queued request granted by release() or given up by its caller leaves no timer and no listener behind", async () => {
    const limiter = new RequestLimiter({ maxConcurrent: 1 });
    await limiter.acquire();
    const before = timers();
    const controller = new AbortController();
    const granted = limiter.acquire(controller.signal);
    expect(timers()).toBe(before + 1);
    limiter.release();
    await granted;
    expect(timers()).toBe(before);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    const giving = new AbortController();
    const abandoned = limiter.acquire(giving.signal);
    giving.abort();
    await expect(abandoned).rejects.toMatchObject({ name: "AbortError" });
    expect(timers()).toBe(before);
    limiter.release();
  });

  // The limiter has no injectable clock and its window is a second long: this one test runs on vitest's fake timers
  // (restored at its end), whose count sees only the timers this test set.
  it("a queued request granted when the rate window moves leaves no timer behind", async () => {
    vi.useFakeTimers();
    try {
      const limiter = new RequestLimiter({ requestsPerSecond: 1 });
      await limiter.acquire();
      limiter.release();
      const queued = limiter.acquire();
      expect(vi.getTimerCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(1_000);
      await queued;
      expect(vi.getTimerCount()).toBe(0);
      limiter.release();
    } finally {
      vi.useRealTimers();
    }
  });

  it("an already aborted signal is refused at once, without queueing", async () => {
    const limiter = new RequestLimiter({ maxConcurrent: 1 });
    const reason = new Error("gone");
    await expect(limiter.acquire(AbortSignal.abort(reason))).rejects.toBe(reason);
    await limiter.acquire();
    limiter.release();
  });
});

describe("the token reader", () => {
  const manager = (read: () => unknown, logger?: Logger) =>
    new TokenManager({
      provider: "p",
      redactor: new Redactor(["s3cret-value"]),
      decodeError: () => undefined,
      ...(logger ? { logger } : {}),
      strategy: {
        kind: "login",
        refreshable: true,
        secrets: [],
        cacheKey: "k",
        acquire: async () => ({ call: { data: {}, response: new Response("{}", { status: 200 }) }, read }),
      } as TokenStrategy,
    });

  it("a reader that throws is a TokenAcquisitionError with the cause, scrubbed; its own TokenAcquisitionError passes as is", async () => {
    const error = (await manager(() => {
      throw new Error("bad shape near s3cret-value");
    })
      .token()
      .catch((caught: unknown) => caught)) as TokenAcquisitionError;
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(error.message).toBe(`p: could not read the token response: bad shape near ${REDACTED}`);
    expect(error.status).toBe(200);
    const own = new TokenAcquisitionError({ provider: "p", message: "the reader's own" });
    await expect(
      manager(() => {
        throw own;
      }).token(),
    ).rejects.toBe(own);
  });

  it("a token that is not a string is refused; a lifetime that is not a number means no known expiry", async () => {
    await expect(manager(() => ({ token: 42 })).token()).rejects.toThrow(
      "p: the token response carried no token",
    );
    const lines: string[] = [];
    const logger = {
      debug: (message: string, fields?: Record<string, unknown>) =>
        void lines.push(`${message} ${JSON.stringify(fields)}`),
      info: () => undefined,
      warn: () => undefined,
      error: () => undefined,
    };
    expect(await manager(() => ({ token: "tok-1", expiresInSeconds: "3600" }), logger).token()).toBe("tok-1");
    expect(lines).toEqual(['token acquired {"provider":"p","kind":"login","expiresAt":null}']);
  });
});

describe("logs of the token lifecycle", () => {
  it("a failed background refresh is logged as a warning naming the provider and the error", async () => {
    provider = await startExampleProvider(3600);
    const warnings: string[] = [];
    const logger: Logger = {
      debug: () => undefined,
      info: () => undefined,
      warn: (message, fields) => void warnings.push(`${message} ${JSON.stringify(fields)}`),
      error: () => undefined,
    };
    const refreshes: Promise<unknown>[] = [];
    const client = createExampleClient(provider, {
      logger,
      waitUntil: (promise) => void refreshes.push(promise),
    });
    await client.GET("/items");
    provider.clock.advance((3600 - 30) * 1000);
    provider.server.failNext(503, { code: "DOWN", message: "maintenance" }, {}, { path: "/access-tokens" });
    await client.GET("/items");
    await Promise.all(refreshes);
    expect(warnings).toEqual([
      'token refresh failed; still using the current token {"provider":"example","error":"example: token endpoint (credential-exchange) answered 503: maintenance"}',
    ]);
  });
});

describe("a token request whose runtime context is gone", () => {
  it("is dropped once stale, with a warning, and the next caller starts a fresh one", async () => {
    let now = 0;
    let calls = 0;
    const warnings: string[] = [];
    const manager = new TokenManager({
      provider: "p",
      timeoutMs: 20,
      clock: { now: () => now },
      redactor: new Redactor(),
      decodeError: () => undefined,
      logger: {
        debug: () => undefined,
        info: () => undefined,
        warn: (message, fields) => void warnings.push(`${message} ${JSON.stringify(fields)}`),
        error: () => undefined,
      },
      strategy: {
        kind: "callback",
        refreshable: true,
        secrets: [],
        cacheKey: "k",
        // The first request never settles, whatever its signal says (its isolate was torn down).
        acquire: () =>
          ++calls === 1 ? new Promise(() => undefined) : Promise.resolve({ token: `tok-${calls}` }),
      },
    });
    const controller = new AbortController();
    const first = manager.token(controller.signal);
    const settle = async () => {
      for (let turn = 0; turn < 20; turn += 1) await Promise.resolve();
    };
    // The store key is a WebCrypto digest, which microtask turns alone do not wait out; later steps must not let real
    // time pass (a joiner 1 ms before the stale instant would give up on its real 1 ms timer).
    for (let wait = 0; wait < 400 && calls === 0; wait += 1)
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect(calls).toBe(1);
    // Stale at its own deadline (20 ms) plus a second of grace, on the injected clock.
    now = 1_019;
    const patient = new AbortController();
    const joined = manager.token(patient.signal);
    await settle();
    expect(calls).toBe(1);
    patient.abort();
    await expect(joined).rejects.toMatchObject({ name: "AbortError" });
    now = 1_020;
    expect(await manager.token()).toBe("tok-2");
    expect(calls).toBe(2);
    expect(warnings).toEqual([
      'a token request never settled (its runtime context ended?); starting a new one {"provider":"p"}',
    ]);
    controller.abort();
    await expect(first).rejects.toMatchObject({ name: "AbortError" });
  });

  it("as a background refresh, is dropped once stale, and the next call in the refresh window starts another", async () => {
    let now = 0;
    let calls = 0;
    const manager = new TokenManager({
      provider: "p",
      // Long on real time: only the injected clock makes the refresh stale here.
      timeoutMs: 10_000,
      clock: { now: () => now },
      redactor: new Redactor(),
      decodeError: () => undefined,
      strategy: {
        kind: "callback",
        refreshable: true,
        secrets: [],
        cacheKey: "k",
        // The first background refresh never settles (its isolate was torn down).
        acquire: () =>
          ++calls === 2
            ? new Promise(() => undefined)
            : Promise.resolve({ token: `tok-${calls}`, expiresInSeconds: 3600 }),
      },
    });
    expect(await manager.token()).toBe("tok-1");
    // A 3600 s token is refreshed in its last minute; the refresh is stale 10 s + 1 s of grace later.
    now = 3_540_000;
    expect(await manager.token()).toBe("tok-1");
    expect(calls).toBe(2);
    now = 3_551_000;
    expect(await manager.token()).toBe("tok-1");
    expect(calls).toBe(3);
  });
});
