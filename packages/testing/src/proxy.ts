// A forward HTTP proxy on loopback, to prove that a client's `fetch` option (e.g. undici's fetch with a
// `ProxyAgent` dispatcher) carries every request, token calls included, through the proxy.
import { createServer, request as forward } from "node:http";
import { listenOnLoopback } from "./listen";

/** A running forward proxy: absolute-form HTTP requests to loopback targets, each one recorded. */
export interface ForwardProxy extends AsyncDisposable {
  /** Proxy URL to give the client's HTTP agent, e.g. `http://127.0.0.1:40124`. */
  readonly url: string;
  /** `METHOD absolute-url` of every request forwarded, oldest first. */
  readonly forwarded: readonly string[];
  /** Stops the proxy and ends its open tunnels. */
  close(): Promise<void>;
}

/**
 * Starts a forward proxy on 127.0.0.1 (plain HTTP, no CONNECT tunnels: with undici, `proxyTunnel: false`). It
 * forwards only to loopback hosts and answers 403 for anything else, so a test can never reach the network.
 */
export async function createForwardProxy(): Promise<ForwardProxy> {
  const forwarded: string[] = [];
  const server = createServer((incoming, outgoing) => {
    const target = URL.canParse(incoming.url ?? "") ? new URL(incoming.url as string) : undefined;
    if (target?.protocol !== "http:" || !/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(target.hostname)) {
      outgoing
        .writeHead(403, { "content-type": "text/plain" })
        .end("forward proxy: loopback http targets only");
      return;
    }
    forwarded.push(`${incoming.method} ${target.href}`);
    const upstream = forward(
      target,
      { method: incoming.method, headers: { ...incoming.headers, host: target.host } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  const { port, close } = await listenOnLoopback(server, "127.0.0.1");
  const proxy: ForwardProxy = {
    url: `http://127.0.0.1:${port}`,
    forwarded,
    close,
    [Symbol.asyncDispose]() {
      return proxy.close();
    },
  };
  return proxy;
}
