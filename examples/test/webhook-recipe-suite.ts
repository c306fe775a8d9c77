// The tests every framework recipe passes, over real HTTP on loopback: each provider's signed delivery is verified
// (200 and its event type; for recipes running in this process, the typed event handed to `onEvent` is the one the
// verifier reads from the exact bytes sent), its tampered copy is refused with 400, and an unknown provider gets 404.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { narrowedAway } from "../../test.narrowing.ts";
import type { WebhookListener } from "../webhooks/handle.ts";
import { type VerifiedDelivery, webhookProviders, webhookVerifiers } from "../webhooks/providers.ts";
import { createWebhookFixture, type Delivery, type WebhookFixture } from "./webhook-deliveries.ts";

/** A recipe listening on loopback. */
export interface RunningRecipe {
  /** Origin, e.g. `http://127.0.0.1:41873`. */
  url: string;
  close(): Promise<void>;
}

/** Starts a recipe once for the suite; recipes in this process pass `onEvent` on, the others ignore it. */
export type StartRecipe = (fixture: WebhookFixture, onEvent: WebhookListener) => Promise<RunningRecipe>;

/** What the suite checks beyond status and type. */
export interface SuiteOptions {
  /** The recipe runs in this process and calls `onEvent` (false for a child process or workerd). */
  inProcess: boolean;
  /** Bound for starting the recipe (a Next.js dev server compiles first). */
  startTimeoutMs?: number;
}

async function post(recipe: RunningRecipe, provider: string, delivery: Delivery) {
  const response = await fetch(`${recipe.url}/webhooks/${provider}`, {
    method: "POST",
    headers: delivery.headers,
    body: delivery.body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Defines the recipe's tests: one server for every provider, started once. */
export function describeWebhookRecipe(name: string, start: StartRecipe, options: SuiteOptions): void {
  // A run narrowed to another provider (the scaffold test's) has nothing to check here.
  describe.skipIf(narrowedAway(webhookProviders))(`${name} webhook recipe`, () => {
    let fixture: WebhookFixture;
    let recipe: RunningRecipe | undefined;
    const seen: VerifiedDelivery[] = [];

    beforeAll(async () => {
      fixture = await createWebhookFixture();
      recipe = await start(fixture, (delivery) => {
        seen.push(delivery);
      });
    }, options.startTimeoutMs ?? 10_000);

    afterAll(async () => {
      await recipe?.close();
      await fixture?.close();
    });

    it.each(webhookProviders)(
      "%s: a signed delivery is verified over the exact bytes received",
      async (provider) => {
        const { delivery, type } = fixture.cases[provider];
        seen.length = 0;
        expect(await post(recipe as RunningRecipe, provider, delivery)).toEqual({
          status: 200,
          body: { received: true, type },
        });
        if (!options.inProcess) return;
        const expected = await webhookVerifiers(fixture.secrets)[provider](delivery.body, delivery.headers);
        expect(seen).toEqual([expected]);
      },
    );

    it.each(webhookProviders)("%s: a tampered delivery is refused with 400", async (provider) => {
      seen.length = 0;
      const { tampered, refusal } = fixture.cases[provider];
      const reply = await post(recipe as RunningRecipe, provider, tampered);
      expect(reply.status).toBe(400);
      expect(reply.body.error).toContain(refusal);
      expect(seen).toEqual([]);
    });

    it("a provider without a route gets 404", async () => {
      const reply = await post(recipe as RunningRecipe, "stripe", fixture.cases.scalapay.delivery);
      expect(reply).toEqual({ status: 404, body: { error: "no webhook route for stripe" } });
    });
  });
}
