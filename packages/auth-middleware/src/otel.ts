import { type Attributes, type Span, SpanKind, SpanStatusCode, type Tracer, trace } from "@opentelemetry/api";
import { version } from "../package.json";
import type { PayClientCall, PayClientHooks } from "./hooks";

/** Options of {@link openTelemetryHooks}. */
export interface OpenTelemetryHooksOptions {
  /** Default: the global tracer provider's tracer named `@payclients/auth-middleware`. */
  tracer?: Tracer;
}

/** The class name or status that classifies a failure, as OpenTelemetry's `error.type` asks. */
function errorType(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/**
 * Hooks that trace every call as one OpenTelemetry CLIENT span (`GET /v2/orders/{token}`) with the HTTP semantic
 * conventions' attributes, an `payclients.attempt` event per attempt and a `payclients.retry` event per wait, the
 * provider's request id, and nothing secret (no headers, bodies or query strings): `hooks: openTelemetryHooks()`.
 */
export function openTelemetryHooks(options: OpenTelemetryHooksOptions = {}): PayClientHooks {
  const tracer = options.tracer ?? trace.getTracer("@payclients/auth-middleware", version);
  const spans = new WeakMap<PayClientCall, Span>();
  // Stryker disable OptionalChaining: equivalent; `start` always opened the call's span before any other hook runs
  const attempt = (call: PayClientCall, attributes: Attributes) =>
    spans.get(call)?.addEvent("payclients.attempt", attributes);
  return {
    start({ call }) {
      const url = new URL(call.url);
      const attributes: Attributes = {
        "http.request.method": call.method,
        "url.full": call.url,
        "url.template": call.path,
        "server.address": url.hostname,
        "server.port": Number(url.port || (url.protocol === "https:" ? 443 : 80)),
        "payclients.provider": call.provider,
      };
      spans.set(call, tracer.startSpan(`${call.method} ${call.path}`, { kind: SpanKind.CLIENT, attributes }));
    },
    request({ call, attempt: number }) {
      if (number > 1) spans.get(call)?.setAttribute("http.request.resend_count", number - 1);
    },
    response({ call, attempt: number, status, requestId, durationMs }) {
      attempt(call, {
        "payclients.attempt": number,
        "http.response.status_code": status,
        "payclients.duration_ms": durationMs,
        ...(requestId ? { "payclients.request_id": requestId } : {}),
      });
    },
    error({ call, attempt: number, error, durationMs }) {
      attempt(call, {
        "payclients.attempt": number,
        "error.type": errorType(error),
        "payclients.duration_ms": durationMs,
      });
    },
    retry({ call, attempt: number, delayMs }) {
      spans
        .get(call)
        ?.addEvent("payclients.retry", { "payclients.attempt": number, "payclients.delay_ms": delayMs });
    },
    end({ call, status, requestId, error }) {
      const span = spans.get(call);
      // Stryker disable next-line ConditionalExpression: equivalent; `start` always opened the call's span
      if (!span) return;
      spans.delete(call);
      const failed = error as { status?: unknown; requestId?: unknown } | undefined;
      // Stryker restore OptionalChaining
      // Stryker disable next-line ConditionalExpression,OptionalChaining: equivalent; an error's status is a number or absent, and a call without status ended with an error
      const code = status ?? (typeof failed?.status === "number" ? failed.status : undefined);
      const id = requestId ?? (typeof failed?.requestId === "string" ? failed.requestId : undefined);
      // Stryker disable next-line ConditionalExpression: equivalent; the SDK drops an attribute set to undefined
      if (code !== undefined) span.setAttribute("http.response.status_code", code);
      // Stryker disable next-line ConditionalExpression: equivalent; the SDK drops an attribute set to undefined
      if (id) span.setAttribute("payclients.request_id", id);
      if (error !== undefined) {
        span.setAttribute("error.type", errorType(error));
        // The message only: payclients messages are scrubbed of secrets; a stack adds nothing to a trace.
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : "" });
      }
      span.end();
    },
  };
}
