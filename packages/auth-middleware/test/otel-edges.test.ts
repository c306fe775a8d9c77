// @ts-nocheck
// The OpenTelemetry span at its edges: a single attempt has no resend count, the default ports of https and http,
// and a call the caller aborted with a reason that is not an Error.
import { SpanStatusCode, trace } from "@opentelemetry/api";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { describe, expect, it } from "vitest";
import packageJson from "../package.json";
import { createPayClient, staticKey } from "../src/index";
import { openTelemetryHooks } from "../src/otel";
import type { MePaths } from "./fixture";

/** A client on `baseUrl` whose `fetch` answers `respond()` (no network), traced into an in-memory exporter. */
function traced(baseUrl: string, respond: (init: RequestInit) => Promise<Response>) {
  const exporter = new InMemorySpanExporter();
  const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer(
    "t",
  );
  const client = createPayClient<MePaths>(
    { provider: "edge", baseUrl, token: staticKey("sk_edge_1234"), decodeError: () => undefined },
    { hooks: openTelemetryHooks({ tracer }), maxRetries: 0, fetch: (_url, init) => respond(init) },
  );
  return { client, spans: () => exporter.getFinishedSpans() };
}

const ok = async () => new Response("{}", { status: 200, headers: { "content-type": "application/json" } });

describe("openTelemetryHooks at the edges", () => {
  it("without a tracer, traces through the registered provider under the package's own name and version", async () => {
    const exporter = new InMemorySpanExporter();
    // The OpenTelemetry API's process-wide registration, undone below: the way an application installs its SDK.
    trace.setGlobalTracerProvider(
      new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
    );
    try {
      const client = createPayClient<MePaths>(
        {
          provider: "edge",
          baseUrl: "https://api.example",
          token: staticKey("sk_edge_1234"),
          decodeError: () => undefined,
        },
        { hooks: openTelemetryHooks(), maxRetries: 0, fetch: ok },
      );
      await client.GET("/me");
    } finally {
      trace.disable();
    }
    expect(exporter.getFinishedSpans()[0]?.instrumentationScope).toMatchObject({
      name: "@payclients/auth-middleware",
      version: packageJson.version,
    });
  });

  it("a call answered at its first attempt has no resend count, and https without a port is port 443", async () => {
    const { client, spans } = traced("https://api.example", ok);
    await client.GET("/me");
    expect(spans()[0]?.attributes).toEqual({
      "http.request.method": "GET",
      "url.full": "https://api.example/me",
      "url.template": "/me",
      "server.address": "api.example",
      "server.port": 443,
      "payclients.provider": "edge",
      "http.response.status_code": 200,
    });
  });

  it("plain http on loopback without a port is port 80", async () => {
    const { client, spans } = traced("http://localhost", ok);
    await client.GET("/me");
    expect(spans()[0]?.attributes["server.port"]).toBe(80);
  });

  it("a call aborted with a reason that is not an Error: the reason's type, and an empty status message", async () => {
    const { client, spans } = traced(
      "https://api.example",
      (init) =>
        new Promise((_, reject) => init.signal?.addEventListener("abort", () => reject(init.signal?.reason))),
    );
    const controller = new AbortController();
    const call = client.GET("/me", { signal: controller.signal });
    setTimeout(() => controller.abort("user left"), 10);
    await expect(call).rejects.toBe("user left");
    const [span] = spans();
    expect(span?.attributes["error.type"]).toBe("string");
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: "" });
  });
});

describe("attempt errors", () => {
  it("an attempt that failed without a response is an attempt event with the error's class", async () => {
    const { client, spans } = traced("https://api.example", () =>
      Promise.reject(new TypeError("fetch failed")),
    );
    await expect(client.GET("/me")).rejects.toThrow("fetch failed");
    const [span] = spans();
    expect(span?.events.map(({ name, attributes }) => ({ name, attributes }))).toEqual([
      {
        name: "payclients.attempt",
        attributes: {
          "payclients.attempt": 1,
          "error.type": "ConnectionError",
          "payclients.duration_ms": expect.any(Number),
        },
      },
    ]);
  });
});
