// The recipe tests only prove the raw body is kept if their deliveries would fail otherwise: checked here against
// the verifiers directly. Re-serialised JSON fails every scheme that signs the raw bytes (Sqala signs re-serialised
// `data`, Clik2pay signs nothing); a Latin-1 decode of the UTF-8 body fails every signed scheme.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { narrowedAway } from "../../test.narrowing.ts";
import { typeName } from "../webhooks/handle.ts";
import { webhookProviders, webhookVerifiers } from "../webhooks/providers.ts";
import { createWebhookFixture, type WebhookFixture } from "./webhook-deliveries.ts";

let fixture: WebhookFixture;

beforeAll(async () => {
  fixture = await createWebhookFixture();
});

afterAll(() => fixture?.close());

const misdecoded = (body: string) => Buffer.from(body, "utf8").toString("latin1");
const signsRawBytes = ["scalapay", "qolo", "vaiipay"];
const signed = [...signsRawBytes, "sqala"];

describe.skipIf(narrowedAway(webhookProviders))("the recipe tests' deliveries", () => {
  it.each(webhookProviders)(
    "%s: non-ASCII, not in JSON.stringify's layout, verified as sent",
    async (provider) => {
      const { delivery, type } = fixture.cases[provider];
      expect(delivery.body).toMatch(/\P{ASCII}/u);
      expect(JSON.stringify(JSON.parse(delivery.body))).not.toBe(delivery.body);
      const verified = await webhookVerifiers(fixture.secrets)[provider](delivery.body, delivery.headers);
      expect({ provider: verified.provider, type: typeName(verified) }).toEqual({ provider, type });
    },
  );

  it.each(webhookProviders)(
    "%s: re-serialised or mis-decoded, a signed body fails verification",
    async (provider) => {
      const verify = webhookVerifiers(fixture.secrets)[provider];
      const { body, headers } = fixture.cases[provider].delivery;
      const outcome = async (variant: string) =>
        verify(variant, headers).then(
          () => "verified",
          (error: Error) => error.name,
        );
      const failure = "WebhookVerificationError";
      expect(await outcome(JSON.stringify(JSON.parse(body)))).toBe(
        signsRawBytes.includes(provider) ? failure : "verified",
      );
      expect(await outcome(misdecoded(body))).toBe(signed.includes(provider) ? failure : "verified");
    },
  );
});
