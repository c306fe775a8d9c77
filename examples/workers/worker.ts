// A Cloudflare Worker that creates its payclients client once, at module scope, and reuses it across requests: the
// pattern the Workers test runs inside workerd (no nodejs_compat). The `/advance` route moves the client's clock, so
// the test can reach the refresh window and token expiry without waiting.
import { RequestLimiter } from "@payclients/auth-middleware";
import { createSqalaClient, type SqalaClient } from "@payclients/sqala";

interface Env {
  SQALA_URL: string;
  SQALA_APP_ID: string;
  SQALA_APP_SECRET: string;
  SQALA_REFRESH_TOKEN: string;
}

/** The part of the Workers `ExecutionContext` this worker uses. */
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

let offsetMs = 0;
const clock = { now: () => Date.now() + offsetMs };
// Shared by every request this isolate serves, like the client.
const limiter = new RequestLimiter({ maxConcurrent: 2, requestsPerSecond: 2 });
let sqala: SqalaClient | undefined;

function client(env: Env): SqalaClient {
  sqala ??= createSqalaClient({
    appId: env.SQALA_APP_ID,
    appSecret: env.SQALA_APP_SECRET,
    refreshToken: env.SQALA_REFRESH_TOKEN,
    baseUrl: env.SQALA_URL,
    clock,
    limiter,
    maxRetries: 0,
    timeoutMs: 5_000,
  });
  return sqala;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    const calls = Number(url.searchParams.get("calls") ?? "1");
    if (url.pathname === "/advance") {
      offsetMs += Number(url.searchParams.get("ms"));
      return new Response("ok");
    }
    // `?waitUntil` hands the request's waitUntil to the calls, so a background token refresh outlives the response.
    const options = url.searchParams.has("waitUntil") ? { waitUntil: ctx.waitUntil.bind(ctx) } : {};
    try {
      const results = await Promise.all(
        Array.from({ length: calls }, () => client(env).GET("/recipients", options)),
      );
      return Response.json({ ok: true, calls: results.length });
    } catch (error) {
      const { name, message } = error as Error;
      return Response.json({ ok: false, name, message }, { status: 502 });
    }
  },
};
