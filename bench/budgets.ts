// Budgets checked by `pnpm bench:check` (counts and sizes only; timings are reported, never gated).

/** Token efficiency budgets: exact counts. */
export const tokenBudgets = { coldTokenRequests: 1, dayTokenRequests: 24, dayBlockedAfterFirst: 0 } as const;

/**
 * Fleet mode (@payclients/redis on a real redis-server): token requests for a whole fleet's cold burst (exact), and
 * what Clik2pay's emulator saw while the fleet drove it through the shared limiter (ceilings: the documented limits).
 */
export const fleetBudgets = {
  coldTokenRequests: 1,
  busiestSecond: 10,
  peakInFlight: 5,
  rateLimitedAnswers: 0,
  failedCalls: 0,
} as const;

/**
 * Size budgets in bytes, min+gz, on what a user pays: per provider, a program that imports the provider's main entry,
 * creates a client and makes one call, bundled with everything it pulls in (openapi-fetch and auth-middleware
 * included; `oneCallProgramSize` in sizes.ts). Each ceiling is a ratchet at the size last measured plus
 * {@link sizeMargin}: lower it whenever a change makes a program smaller; raise it only with a changeset that says
 * what the bytes buy (clarity may be worth a few hundred). Where bytes sit between packages is reported by
 * `pnpm bench`, not gated: moving code between packages saves a user nothing.
 */
export const sizeBudgets: Readonly<Record<string, number>> = {
  // Measured 2026-12-01 (Node 20, esbuild 0.28, gzip -9) after the faster default path of issue 19 (about 120 B
  // each: a class for the attempt's bound and one for a call's result, in place of object literals with getters,
  // which gave every attempt and result its own hidden class and tripled the pipeline's GC time).
  scalapay: 11087,
  sqala: 11434,
  clik2pay: 12004,
  qolo: 12011,
  vaiipay: 11528,
};

/** The margin over the measured size a new or lowered ceiling gets (2 %). */
export const sizeMargin = 0.02;

/** The ceiling to write for a measured size: measured plus {@link sizeMargin}, rounded up. */
export function ceilingFor(measured: number): number {
  return Math.ceil(measured * (1 + sizeMargin));
}
