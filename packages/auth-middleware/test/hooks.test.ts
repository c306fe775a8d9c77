// Hooks and the OpenTelemetry integration, over real HTTP against the example provider, traced with the
// OpenTelemetry SDK's in-memory exporter.
import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { afterEach, describe, expect, it } from "vitest";
import { type PayClientHooks, REDACTED } from "../src/index";
import { openTelemetryHooks } from "../src/otel";
import { createExampleClient, credentials, type ExampleProvider, startExampleProvider } from "./fixture";

let provider: ExampleProvider;
afterEach(async () => {
  await provider?.server.close();
});

function secretsOf(provider: ExampleProvider): string[] {
  const token =
    provider.server.requests({ path: "/items" })[0]?.headers.authorization?.slice("Bearer ".length) ?? "";
  expect(token.length).toBeGreaterThan(10);
  return [credentials.appSecret, credentials.refreshToken, token];
}

function tracing() {
  const exporter = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  return { exporter, tracer: tracerProvider.getTracer("test") };
}

describe("openTelemetryHooks", () => {
  it("one CLIENT span per call, an event per attempt, HTTP attributes and the request id, no secret", async () => {
    provider = await startExampleProvider();
    const { exporter, tracer } = tracing();
    const client = createExampleClient(provider, { hooks: openTelemetryHooks({ tracer }), maxRetries: 1 });
    provider.server.failNext(
      503,
      { code: "DOWN", message: "down" },
      { "x-request-id": "req-503" },
      { path: "/items" },
    );
    await client.GET("/items", { params: { query: { limit: 5 } } });
    const [span, ...others] = exporter.getFinishedSpans();
    expect(others).toEqual([]);
    expect(span?.name).toBe("GET /items");
    expect(span?.kind).toBe(SpanKind.CLIENT);
    expect(span?.status.code).toBe(SpanStatusCode.UNSET);
    const port = Number(new URL(provider.server.url).port);
    expect(span?.attributes).toEqual({
      "http.request.method": "GET",
      "url.full": `${provider.server.url}/items`,
      "url.template": "/items",
      "server.address": "127.0.0.1",
      "server.port": port,
      "payclients.provider": "example",
      "http.request.resend_count": 1,
      "http.response.status_code": 200,
    });
    expect(span?.events.map(({ name, attributes }) => ({ name, attributes }))).toEqual([
      {
        name: "payclients.attempt",
        attributes: {
          "payclients.attempt": 1,
          "http.response.status_code": 503,
          "payclients.request_id": "req-503",
          "payclients.duration_ms": expect.any(Number),
        },
      },
      {
        name: "payclients.retry",
        attributes: { "payclients.attempt": 1, "payclients.delay_ms": expect.any(Number) },
      },
      {
        name: "payclients.attempt",
        attributes: {
          "payclients.attempt": 2,
          "http.response.status_code": 200,
          "payclients.duration_ms": expect.any(Number),
        },
      },
    ]);
    const exported = JSON.stringify(
      exporter.getFinishedSpans().map(({ attributes, events, name }) => ({ attributes, events, name })),
    );
    for (const secret of secretsOf(provider)) expect(exported).not.toContain(secret);
    expect(exported).not.toContain("limit=5");
  });

  it("a failed call: status ERROR, error.type, the status and the provider's request id", async () => {
    provider = await startExampleProvider();
    const { exporter, tracer } = tracing();
    const client = createExampleClient(provider, { hooks: openTelemetryHooks({ tracer }) });
    await client.GET("/items/{id}", { params: { path: { id: "missing" } } }).catch(() => undefined);
    const [span] = exporter.getFinishedSpans();
    expect(span?.name).toBe("GET /items/{id}");
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: expect.stringContaining("404") });
    expect(span?.attributes).toMatchObject({
      "error.type": "NotFoundError",
      "http.response.status_code": 404,
      "payclients.request_id": "trace-404",
      "url.full": `${provider.server.url}/items/missing`,
    });
  });
});

describe("hooks", () => {
  it("see each call and attempt in order, with credentials redacted; a hook that throws changes nothing", async () => {
    provider = await startExampleProvider();
    const seen: string[] = [];
    const headers: Headers[] = [];
    const hooks: PayClientHooks = {
      start: ({ call }) => void seen.push(`start ${call.method} ${call.path}`),
      request: ({ attempt, headers: sent }) => {
        seen.push(`request ${attempt}`);
        headers.push(sent);
      },
      response: ({ attempt, status }) => void seen.push(`response ${attempt} ${status}`),
      error: ({ attempt, error }) => void seen.push(`error ${attempt} ${(error as Error).name}`),
      retry: ({ attempt, reason }) =>
        void seen.push(`retry ${attempt} ${typeof reason === "number" ? reason : (reason as Error).name}`),
      end: ({ status, error }) => void seen.push(`end ${status ?? (error as Error).name}`),
    };
    const throwing: PayClientHooks = {
      start: () => {
        throw new Error("observer bug");
      },
      end: () => {
        throw new Error("observer bug");
      },
    };
    // The timeout must hold for the third attempt on a loaded machine: only the second is held past it.
    const client = createExampleClient(provider, {
      hooks: [hooks, throwing],
      maxRetries: 2,
      timeoutMs: 1_000,
    });
    provider.server.failNext(503, {}, {}, { path: "/items" });
    provider.server.delayNext(3_000, { path: "/items" });
    const { data } = await client.GET("/items");
    expect(data.items).toEqual([]);
    expect(seen).toEqual([
      "start GET /items",
      "request 1",
      "response 1 503",
      "retry 1 503",
      "request 2",
      "error 2 TimeoutError",
      "retry 2 TimeoutError",
      "request 3",
      "response 3 200",
      "end 200",
    ]);
    expect(headers.map((sent) => sent.get("authorization"))).toEqual([REDACTED, REDACTED, REDACTED]);
    const everything = JSON.stringify(headers.map((sent) => [...sent]));
    for (const secret of secretsOf(provider)) expect(everything).not.toContain(secret);
  });
});
