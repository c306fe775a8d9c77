// The proxy recipe of packages/auth-middleware/README.md, for every provider with a token endpoint: undici's own
// `fetch` bound to a `ProxyAgent` is the `fetch` option, and both the token call and the API call go through a
// forward proxy on loopback. undici's fetch cannot read another undici's `Request`, so this fails unless every
// request, token calls included, is sent as `fetch(url, init)`.
import type { FetchFunction } from "@payclients/auth-middleware";
import { createClik2payClient } from "@payclients/clik2pay";
import { createClik2payEmulator } from "@payclients/clik2pay/testing";
import { createQoloClient } from "@payclients/qolo";
import { createQoloEmulator } from "@payclients/qolo/testing";
import { createSqalaClient } from "@payclients/sqala";
import { createSqalaEmulator } from "@payclients/sqala/testing";
import { createForwardProxy } from "@payclients/testing";
import { ProxyAgent, fetch as undiciFetch } from "undici";
import { describe, expect, it } from "vitest";

/** The README recipe: undici's fetch with a dispatcher (its type declarations differ from the DOM's, not its objects). */
function proxiedFetch(dispatcher: ProxyAgent): FetchFunction {
  return ((url: string, init: RequestInit) =>
    undiciFetch(url, { ...init, dispatcher } as Parameters<
      typeof undiciFetch
    >[1])) as unknown as FetchFunction;
}

/** Starts a provider's emulator, makes one authenticated call through `fetch`; returns the requests it expects. */
type Scenario = (fetch: FetchFunction) => Promise<{ expected: string[]; close: () => Promise<void> }>;

const scenarios: Record<string, Scenario> = {
  sqala: async (fetch) => {
    const emulator = await createSqalaEmulator();
    const { appId, appSecret, refreshToken, url } = emulator;
    await createSqalaClient({ appId, appSecret, refreshToken, baseUrl: url, fetch }).GET("/recipients");
    return {
      expected: [`POST ${url}/access-tokens`, `GET ${url}/recipients`],
      close: () => emulator.close(),
    };
  },
  clik2pay: async (fetch) => {
    const emulator = await createClik2payEmulator({ rateLimit: false });
    const client = createClik2payClient({ ...emulator.clientOptions, fetch });
    await client
      .GET("/payment-requests/{paymentRequestId}", {
        params: { path: { paymentRequestId: "missing" } },
      })
      .catch(() => undefined);
    return {
      expected: [`POST ${emulator.tokenUrl}`, `GET ${emulator.apiUrl}/payment-requests/missing`],
      close: () => emulator.close(),
    };
  },
  qolo: async (fetch) => {
    const emulator = await createQoloEmulator();
    const { loginId, apiKey, url } = emulator;
    await createQoloClient({ loginId, apiKey, baseUrl: url, fetch }).GET("/api/v1/notifications");
    return {
      expected: [`POST ${url}/api/v1/auth/login`, `GET ${url}/api/v1/notifications`],
      close: () => emulator.close(),
    };
  },
};

describe("the fetch option with undici's fetch and a ProxyAgent", () => {
  for (const [provider, scenario] of Object.entries(scenarios)) {
    it(`${provider}: the token call and the API call both go through the proxy`, async () => {
      await using proxy = await createForwardProxy();
      // proxyTunnel: false sends http:// requests in absolute form (the emulators are plain http on loopback).
      const dispatcher = new ProxyAgent({ uri: proxy.url, proxyTunnel: false });
      const { expected, close } = await scenario(proxiedFetch(dispatcher));
      try {
        expect(proxy.forwarded).toEqual(expected);
      } finally {
        await close();
        await dispatcher.close();
      }
    });
  }
});
