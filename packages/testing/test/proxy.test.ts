import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import {
  createEmulatorServer,
  createForwardProxy,
  type EmulatorServer,
  type ForwardProxy,
  json,
} from "../src/index";

let server: EmulatorServer;
let proxy: ForwardProxy;
afterEach(async () => {
  await proxy?.close();
  await server?.close();
});

/** Sends an absolute-form request to the proxy, as an HTTP agent configured with it does. */
function viaProxy(target: string, method = "GET", body?: string): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(proxy.url);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, method, path: target }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () =>
        resolve({ status: answer.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

describe("forward proxy", () => {
  it("forwards absolute-form requests to loopback targets, body and answer included, and records them", async () => {
    server = await createEmulatorServer();
    server.route("POST", "/echo", (incoming) =>
      json(201, { got: incoming.json(), host: incoming.headers.host }),
    );
    proxy = await createForwardProxy();
    const answer = await viaProxy(`${server.url}/echo?x=1`, "POST", JSON.stringify({ a: 1 }));
    expect(answer.status).toBe(201);
    expect(JSON.parse(answer.text)).toEqual({ got: { a: 1 }, host: new URL(server.url).host });
    expect(proxy.forwarded).toEqual([`POST ${server.url}/echo?x=1`]);
    expect(server.journal).toHaveLength(1);
  });

  it("refuses targets off loopback without contacting them", async () => {
    proxy = await createForwardProxy();
    const answer = await viaProxy("http://example.invalid/steal");
    expect(answer.status).toBe(403);
    expect(proxy.forwarded).toEqual([]);
  });
});
