import { getEventListeners } from "node:events";
import { json } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import {
  BadRequestError,
  backoffDelayMs,
  ConfigurationError,
  ConnectionError,
  InternalServerError,
  PayClientsError,
  parseRetryAfter,
  RateLimitError,
  RequestLimiter,
  TimeoutError,
} from "../src/index";
import { createExampleClient, type ExampleProvider, recordingSleep, startExampleProvider } from "./fixture";

let provider: ExampleProvider;
afterEach(async () => {
  await provider?.server.close();
});

const posts = () => provider.server.requests({ method: "POST", path: "/items" });
const gets = () => provider.server.requests({ method: "GET", path: "/items" });

describe("retries", () => {
  it("a 429 is retried after the server's Retry-After", async () => {
    provider = await startExampleProvider();
    const { delays, sleep } = recordingSleep();
    const client = createExampleClient(provider, { sleep });
    provider.server.failNext(
      429,
      { code: "RATE", message: "slow down" },
      { "retry-after": "3" },
      { path: "/items" },
    );
    const { data } = await client.GET("/items");
    expect(data.items).toEqual([]);
    expect(gets().map((entry) => entry.status)).toEqual([429, 200]);
    expect(delays).toEqual([3000]);
  });

  it("Retry-After as an HTTP date is honoured relative to the injected clock", async () => {
    provider = await startExampleProvider();
    const { delays, sleep } = recordingSleep();
    const client = createExampleClient(provider, { sleep });
    const at = new Date(provider.clock.now() + 5_000).toUTCString();
    provider.server.failNext(503, "", { "retry-after": at }, { path: "/items" });
    await client.GET("/items");
    expect(delays).toEqual([5000]);
  });

  it("a Retry-After beyond 60 s is not waited for: the RateLimitError carries it", async () => {
    provider = await startExampleProvider();
    const { delays, sleep } = recordingSleep();
    const client = createExampleClient(provider, { sleep });
    provider.server.failNext(
      429,
      { code: "RATE", message: "come back later" },
      { "retry-after": "120" },
      { path: "/items" },
    );
    const error = (await client.GET("/items").catch((caught: unknown) => caught)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(120_000);
    expect(delays).toEqual([]);
    expect(gets()).toHaveLength(1);
  });

  it("backs off exponentially (0.5 s doubling) and gives up after maxRetries with the last error", async () => {
    provider = await startExampleProvider();
    const { delays, sleep } = recordingSleep();
    const client = createExampleClient(provider, { sleep, maxRetries: 3 });
    for (let index = 0; index < 4; index += 1) {
      provider.server.failNext(500, { code: "BOOM", message: `fail ${index}` }, {}, { path: "/items" });
    }
    const error = (await client.GET("/items").catch((caught: unknown) => caught)) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toContain("fail 3");
    expect(gets()).toHaveLength(4);
    expect(delays).toHaveLength(3);
    expect(delays[0]).toBeGreaterThanOrEqual(375);
    expect(delays[0]).toBeLessThanOrEqual(500);
    expect(delays[1]).toBeGreaterThanOrEqual(750);
    expect(delays[1]).toBeLessThanOrEqual(1000);
    expect(delays[2]).toBeGreaterThanOrEqual(1500);
    expect(delays[2]).toBeLessThanOrEqual(2000);
  });

  it("per-call maxRetries overrides the client's", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { maxRetries: 5 });
    provider.server.failNext(
      502,
      "<html><title>Bad gateway</title></html>",
      { "content-type": "text/html" },
      { path: "/items" },
    );
    await expect(client.GET("/items", { maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
    expect(gets()).toHaveLength(1);
  });

  it("the backoff schedule caps at 8 s", () => {
    expect(backoffDelayMs(0, () => 0)).toBe(500);
    expect(backoffDelayMs(1, () => 0)).toBe(1000);
    expect(backoffDelayMs(4, () => 0)).toBe(8000);
    expect(backoffDelayMs(10, () => 0)).toBe(8000);
    expect(backoffDelayMs(10, () => 1)).toBe(6000);
    expect(parseRetryAfter("2", 0)).toBe(2000);
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });
});

describe("idempotency", () => {
  it("a POST without an idempotency key answered 500 is not sent again", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    provider.server.failNext(
      500,
      { code: "BOOM", message: "server error" },
      {},
      { method: "POST", path: "/items" },
    );
    await expect(client.POST("/items", { body: { name: "a" } })).rejects.toBeInstanceOf(InternalServerError);
    expect(posts()).toHaveLength(1);
  });

  it("a dropped connection on a keyless POST is a ConnectionError and is not re-sent", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    await client.GET("/items");
    provider.server.dropNext({ method: "POST", path: "/items" });
    await expect(client.POST("/items", { body: { name: "a" } })).rejects.toBeInstanceOf(ConnectionError);
    expect(posts()).toHaveLength(1);
  });

  it("a keyed POST reuses one generated key across attempts", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { idempotencyHeader: "Idempotency-Key" });
    provider.server.failNext(500, { code: "BOOM", message: "x" }, {}, { method: "POST", path: "/items" });
    provider.server.dropNext({ method: "POST", path: "/items" });
    const { data } = await client.POST("/items", { body: { name: "a" } });
    expect(data.name).toBe("a");
    const keys = posts().map((entry) => entry.headers["idempotency-key"]);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await client.POST("/items", { body: { name: "b" } });
    expect(posts()[3]?.headers["idempotency-key"]).not.toBe(keys[0]);
  });

  it("a key the caller passes wins, as an option or as a header", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { idempotencyHeader: "Idempotency-Key" });
    await client.POST("/items", { body: { name: "a" }, idempotencyKey: "order-42" });
    await client.POST("/items", { body: { name: "b" }, headers: { "Idempotency-Key": "order-43" } });
    expect(posts().map((entry) => entry.headers["idempotency-key"])).toEqual(["order-42", "order-43"]);
  });

  it("a body that is not text (a custom serializer's FormData) is sent again byte for byte, with its boundary", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { idempotencyHeader: "Idempotency-Key" });
    provider.server.failNext(503, "", {}, { method: "POST", path: "/items" });
    const form = new FormData();
    form.set("name", "café");
    // The example API reads JSON only, so the resent form gets its 400: what matters is what went over the wire.
    await expect(
      client.POST("/items", { body: { name: "café" }, bodySerializer: () => form }),
    ).rejects.toBeInstanceOf(BadRequestError);
    const [first, second] = posts();
    const type = first?.headers["content-type"] ?? "";
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    expect(second?.headers["content-type"]).toBe(type);
    expect(second?.rawBody.equals(first?.rawBody ?? Buffer.alloc(0))).toBe(true);
    expect(first?.body).toContain('name="name"\r\n\r\ncafé\r\n');
  });

  it("per-call openapi-fetch middleware is refused with a clear error, not run on a half-built request", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    const call = client.GET("/items", { middleware: [{ onRequest: () => undefined }] } as never);
    await expect(call).rejects.toBeInstanceOf(ConfigurationError);
    await expect(call).rejects.toThrow("example: per-call middleware is not supported");
    expect(provider.server.requests()).toHaveLength(0);
  });

  it("a GET with a body is refused before anything is sent, not retried as a connection failure", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    const call = client.GET("/items", { body: { name: "x" } } as never);
    await expect(call).rejects.toBeInstanceOf(ConfigurationError);
    await expect(call).rejects.toThrow("example: a GET request cannot have a body");
    expect(provider.server.requests()).toHaveLength(0);
  });

  it("the deduplication field is also read from a JSON body a custom serializer gives as bytes", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { deduplicationField: "code" });
    provider.server.failNext(503, "", {}, { method: "POST", path: "/items" });
    const body = { name: "a", code: "ord-2" };
    await client.POST("/items", {
      body,
      bodySerializer: (value: unknown) => new TextEncoder().encode(JSON.stringify(value)),
    });
    expect(posts().map((entry) => entry.status)).toEqual([503, 200]);
    expect(JSON.parse(posts()[1]?.body ?? "")).toEqual(body);
  });

  it("GETs carry no idempotency key and are retried", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { idempotencyHeader: "Idempotency-Key" });
    provider.server.dropNext({ method: "GET" });
    await client.GET("/items");
    expect(gets()).toHaveLength(2);
    expect(gets()[0]?.headers["idempotency-key"]).toBeUndefined();
  });

  it("a deduplication field in the body makes a POST retry-safe (Sqala `code`)", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { deduplicationField: "code" });
    provider.server.failNext(503, "", {}, { method: "POST", path: "/items" });
    provider.server.failNext(503, "", {}, { method: "POST", path: "/items" });
    await client.POST("/items", { body: { name: "a", code: "ord-1" } });
    expect(posts().map((entry) => entry.status)).toEqual([503, 503, 200]);
    provider.server.failNext(503, "", {}, { method: "POST", path: "/items" });
    await expect(client.POST("/items", { body: { name: "b" } })).rejects.toBeInstanceOf(InternalServerError);
    expect(posts()).toHaveLength(4);
  });
});

describe("timeouts and aborts", () => {
  it("a slow attempt times out and the retry succeeds", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { timeoutMs: 100 });
    await client.GET("/items");
    provider.server.delayNext(400, { path: "/items" });
    const { data } = await client.GET("/items", { maxRetries: 1 });
    expect(data.items).toEqual([]);
    expect(gets()).toHaveLength(3);
  });

  it("with no retries left the call rejects with TimeoutError", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    await client.GET("/items");
    provider.server.delayNext(400, { path: "/items" });
    const error = await client
      .GET("/items", { timeoutMs: 80, maxRetries: 0 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain("80 ms");
  });

  it("a timeout is a kind of ConnectionError: one `instanceof ConnectionError` branch catches it", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    await client.GET("/items");
    provider.server.delayNext(400, { path: "/items" });
    let caught: unknown;
    try {
      await client.GET("/items", { timeoutMs: 80, maxRetries: 0 });
    } catch (error) {
      if (error instanceof ConnectionError) caught = error;
      else throw error;
    }
    expect(caught).toBeInstanceOf(TimeoutError);
    expect(ConnectionError.isInstance(caught)).toBe(true);
    expect((caught as TimeoutError).name).toBe("TimeoutError");
    // The cause is the attempt's own abort reason: a DOMException named "TimeoutError".
    expect(((caught as TimeoutError).cause as DOMException).name).toBe("TimeoutError");
  });

  it("a caller abort rejects with the signal's own reason, neither a ConnectionError nor a TimeoutError", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { maxRetries: 3 });
    await client.GET("/items");
    const reason = new Error("user navigated away");
    provider.server.delayNext(500, { path: "/items" });
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 50);
    const custom = await client
      .GET("/items", { signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(custom).toBe(reason);
    // AbortSignal.timeout() is the caller's signal too: its DOMException "TimeoutError" passes through as is.
    provider.server.delayNext(500, { path: "/items" });
    const timedOut = await client
      .GET("/items", { signal: AbortSignal.timeout(50) })
      .catch((caught: unknown) => caught);
    expect(timedOut).toBeInstanceOf(DOMException);
    expect((timedOut as DOMException).name).toBe("TimeoutError");
    expect(PayClientsError.isInstance(timedOut)).toBe(false);
  });

  it("a caller abort is not retried and surfaces as an abort, not a timeout", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { maxRetries: 3 });
    await client.GET("/items");
    provider.server.delayNext(500, { path: "/items" });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await client
      .GET("/items", { signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as Error).name).toBe("AbortError");
    expect(gets()).toHaveLength(2);
  });

  it("an already aborted signal sends nothing", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    await client.GET("/items");
    const error = await client
      .GET("/items", { signal: AbortSignal.abort() })
      .catch((caught: unknown) => caught);
    expect((error as Error).name).toBe("AbortError");
    expect(gets()).toHaveLength(1);
  });
});

describe("the success body is read inside the attempt's bounds", () => {
  it("a 2xx body that stalls after the headers times out and the GET is retried", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { timeoutMs: 150 });
    await client.GET("/items");
    provider.server.stallBodyNext({ path: "/items" });
    const { data } = await client.GET("/items", { maxRetries: 1 });
    expect(data.items).toEqual([]);
    expect(gets()).toHaveLength(3);
  });

  it("with no retries left a stalled body rejects with TimeoutError", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    await client.GET("/items");
    provider.server.stallBodyNext({ path: "/items" });
    const error = await client
      .GET("/items", { timeoutMs: 150, maxRetries: 0 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain("150 ms");
  });

  it("a connection reset inside a 2xx body is a ConnectionError, and the GET is retried", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider);
    await client.GET("/items");
    provider.server.resetBodyNext({ path: "/items" });
    expect((await client.GET("/items")).data.items).toEqual([]);
    expect(gets()).toHaveLength(3);
    provider.server.resetBodyNext({ path: "/items" });
    const error = await client.GET("/items", { maxRetries: 0 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
  });

  it("a keyless POST whose body stalls or is reset is not sent again", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { timeoutMs: 150 });
    provider.server.stallBodyNext({ path: "/items" });
    await expect(client.POST("/items", { body: { name: "a" } })).rejects.toBeInstanceOf(TimeoutError);
    provider.server.resetBodyNext({ path: "/items" });
    const reset = await client.POST("/items", { body: { name: "b" } }).catch((caught: unknown) => caught);
    expect(reset).toBeInstanceOf(ConnectionError);
    expect(reset).not.toBeInstanceOf(TimeoutError);
    expect(posts()).toHaveLength(2);
  });

  it("a POST carrying its deduplication field or an idempotency key is retried after a reset body", async () => {
    provider = await startExampleProvider();
    const deduplicated = createExampleClient(provider, { deduplicationField: "code" });
    provider.server.resetBodyNext({ path: "/items" });
    expect((await deduplicated.POST("/items", { body: { name: "a", code: "c-1" } })).data.name).toBe("a");
    const keyed = createExampleClient(provider, { idempotencyHeader: "Idempotency-Key", timeoutMs: 150 });
    provider.server.stallBodyNext({ path: "/items" });
    expect((await keyed.POST("/items", { body: { name: "b" } })).data.name).toBe("b");
    expect(posts()).toHaveLength(4);
  });

  it("a caller abort while the body is read rejects with the caller's reason and sends nothing more", async () => {
    provider = await startExampleProvider();
    const controller = new AbortController();
    const reason = new Error("request handler finished");
    // Aborts shortly after the headers are in, i.e. while the pipeline reads the stalled body.
    const client = createExampleClient(provider, {
      maxRetries: 3,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (gets().length === 2) setTimeout(() => controller.abort(reason), 20);
        return response;
      },
    });
    await client.GET("/items");
    provider.server.stallBodyNext({ path: "/items" });
    const error = await client
      .GET("/items", { signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(error).toBe(reason);
    expect(gets()).toHaveLength(2);
  });
});

describe("limiter", () => {
  it("never exceeds maxConcurrent requests in flight", async () => {
    provider = await startExampleProvider();
    let inFlight = 0;
    let peak = 0;
    provider.server.route("GET", "/items/{id}", async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 30));
      inFlight -= 1;
      return json(200, { id: "x", name: "x" });
    });
    const client = createExampleClient(provider, { limiter: new RequestLimiter({ maxConcurrent: 3 }) });
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        client.GET("/items/{id}", { params: { path: { id: `${index}` } } }),
      ),
    );
    expect(peak).toBe(3);
  });

  it("leaves no abort listener on a long-lived caller signal once its calls are done", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { limiter: new RequestLimiter({ maxConcurrent: 2 }) });
    const shutdown = new AbortController();
    for (let index = 0; index < 20; index += 1) await client.GET("/items", { signal: shutdown.signal });
    await Promise.all(Array.from({ length: 5 }, () => client.GET("/items", { signal: shutdown.signal })));
    expect(getEventListeners(shutdown.signal, "abort")).toHaveLength(0);
  });

  it("spaces request starts to requestsPerSecond", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { limiter: new RequestLimiter({ requestsPerSecond: 5 }) });
    const started = Date.now();
    await Promise.all(Array.from({ length: 11 }, () => client.GET("/items")));
    // 11 starts at 5/s need two full windows after the first five.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(gets()).toHaveLength(11);
  });

  it("limiter: false turns a provider default off", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { limiter: false });
    await Promise.all(Array.from({ length: 20 }, () => client.GET("/items")));
    expect(gets()).toHaveLength(20);
  });
});
