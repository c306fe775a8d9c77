// Token efficiency over every provider with a token endpoint, against its own emulator on one injected clock:
// 1,000 concurrent calls on a cold cache, then a simulated day of 1-hour tokens at a steady call rate.
import { createClik2payClient, NotFoundError } from "@payclients/clik2pay";
import { createClik2payEmulator } from "@payclients/clik2pay/testing";
import { createQoloClient } from "@payclients/qolo";
import { createQoloEmulator } from "@payclients/qolo/testing";
import { createSqalaClient } from "@payclients/sqala";
import { createSqalaEmulator } from "@payclients/sqala/testing";
import { createEmulatorClock, type EmulatorClock } from "@payclients/testing";

/** One provider wired for the token benchmark. */
interface TokenSubject {
  /** Any authenticated call (a 404 counts as a call: it carried the token). */
  call(): Promise<unknown>;
  stats(): { tokenRequests: number; blockedOnToken: number };
  close(): Promise<void>;
}

const lifetimeSeconds = 3600;
const ignoreNotFound = (error: unknown) => {
  if (!(error instanceof NotFoundError) && (error as { status?: number }).status !== 404) throw error;
};

// The client-side limiter is off: it is not what is measured here, and Clik2pay's default 10/s would only slow it.
const subjects: Record<string, (clock: EmulatorClock) => Promise<TokenSubject>> = {
  sqala: async (clock) => {
    const emulator = await createSqalaEmulator({ clock, tokenLifetimeSeconds: lifetimeSeconds });
    const client = createSqalaClient({
      appId: "sqala-test-app-id",
      appSecret: "sqala-test-app-secret",
      refreshToken: "sqala-test-refresh-token",
      baseUrl: emulator.url,
      clock,
      limiter: false,
    });
    return {
      call: () => client.GET("/pix-qrcode-payments", { params: { query: { limit: 1 } } }),
      stats: () => client.stats,
      close: () => emulator.close(),
    };
  },
  clik2pay: async (clock) => {
    const emulator = await createClik2payEmulator({
      clock,
      tokenLifetimeSeconds: lifetimeSeconds,
      rateLimit: false,
    });
    const client = createClik2payClient({
      username: "c2p-test-user",
      password: "c2p-test-password",
      apiKey: "c2p-test-api-key",
      baseUrl: emulator.apiUrl,
      tokenUrl: emulator.tokenUrl,
      clock,
      limiter: false,
    });
    return {
      call: () =>
        client
          .GET("/payment-requests/{paymentRequestId}", { params: { path: { paymentRequestId: "bench" } } })
          .catch(ignoreNotFound),
      stats: () => client.stats,
      close: () => emulator.close(),
    };
  },
  qolo: async (clock) => {
    const emulator = await createQoloEmulator({ clock, tokenLifetimeSeconds: lifetimeSeconds });
    const client = createQoloClient({
      loginId: emulator.loginId,
      apiKey: emulator.apiKey,
      baseUrl: emulator.url,
      clock,
      limiter: false,
    });
    return {
      call: () =>
        client
          .GET("/api/v1/transactions/{transaction_guid}", { params: { path: { transaction_guid: "bench" } } })
          .catch(ignoreNotFound),
      stats: () => client.stats,
      close: () => emulator.close(),
    };
  },
};

/** Token figures of one provider. */
export interface TokenResult {
  provider: string;
  coldConcurrentCalls: number;
  coldTokenRequests: number;
  dayCalls: number;
  dayTokenRequests: number;
  dayBlockedAfterFirst: number;
}

/**
 * Cold: `concurrency` calls at once on an empty cache. Day: one warm-up call (the only one allowed to wait for a
 * token), then a call every `intervalSeconds` of emulated time for 24 h, counting token requests made during the day
 * and calls that had to wait for a token after the first.
 */
export async function runTokens(
  options: { concurrency?: number; intervalSeconds?: number } = {},
): Promise<TokenResult[]> {
  const concurrency = options.concurrency ?? 1000;
  const interval = options.intervalSeconds ?? 60;
  const results: TokenResult[] = [];
  for (const [provider, start] of Object.entries(subjects)) {
    const cold = await start(createEmulatorClock({ frozen: true }));
    try {
      await Promise.all(Array.from({ length: concurrency }, () => cold.call()));
    } finally {
      await cold.close();
    }
    const coldTokenRequests = cold.stats().tokenRequests;

    const clock = createEmulatorClock({ frozen: true });
    const day = await start(clock);
    let dayCalls = 0;
    try {
      await day.call();
      const before = day.stats().tokenRequests;
      for (let elapsed = interval; elapsed <= 24 * 3600; elapsed += interval) {
        clock.advance(interval * 1000);
        const requestsBefore = day.stats().tokenRequests;
        await day.call();
        dayCalls += 1;
        // Emulated time jumps instantly; give a background refresh started by this call the real milliseconds
        // its HTTP round trip takes, as the next call would in real life.
        if (day.stats().tokenRequests > requestsBefore)
          await new Promise((resolve) => setTimeout(resolve, 25));
      }
      results.push({
        provider,
        coldConcurrentCalls: concurrency,
        coldTokenRequests,
        dayCalls,
        dayTokenRequests: day.stats().tokenRequests - before,
        dayBlockedAfterFirst: day.stats().blockedOnToken - 1,
      });
    } finally {
      await day.close();
    }
  }
  return results;
}
