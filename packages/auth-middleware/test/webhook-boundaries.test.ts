// @ts-nocheck
// The edges of webhook verification a forger or a misconfigured scheme would probe: malformed signatures, the
// timestamp's unit and whitespace, a zero tolerance, schemes without a timestamp, and what is (not) a verification
// failure.
import { describe, expect, it } from "vitest";
import { WebhookVerificationError } from "../src/index";
import { hmacSha256Hex, timingSafeEqual, verifyHexSignature, verifyHmacWebhook } from "../src/webhooks";

const now = 1_700_000_000_000;
const body = '{"id":"evt_1"}';
const scheme = {
  provider: "acme",
  secretName: "signing secret",
  signatureHeader: "x-acme-signature",
  timestampHeader: "x-acme-time",
  signedPrefix: (timestamp: string) => `${timestamp}.`,
} as const;
const sign = (timestamp: string) => hmacSha256Hex("whsec", `${timestamp}.${body}`);

describe("malformed signatures", () => {
  it("a signature that is not whole hex bytes is a mismatch, never a crash, wherever the stray character is", async () => {
    const signature = await hmacSha256Hex("k", "payload");
    for (const wrong of [
      "abc",
      `${signature}a`,
      `z${signature}`,
      `${signature}z`,
      `${signature.slice(0, 63)}z`,
    ]) {
      const error = await verifyHexSignature("k", "payload", wrong).catch((caught: unknown) => caught);
      expect(error, wrong).toBeInstanceOf(WebhookVerificationError);
      expect((error as Error).message).toBe("signature mismatch");
    }
  });

  it("timingSafeEqual never calls a string equal to a longer one it is a prefix of", () => {
    expect(timingSafeEqual("ab", "abc")).toBe(false);
    expect(timingSafeEqual("", "a")).toBe(false);
  });
});

describe("the timestamp", () => {
  it("the missing-timestamp message names the scheme's unit (seconds when the scheme does not say)", async () => {
    const signature = await sign("1");
    const missing = (timestampUnit?: "seconds" | "milliseconds") =>
      verifyHmacWebhook(timestampUnit ? { ...scheme, timestampUnit } : scheme, {
        payload: body,
        headers: { "x-acme-signature": signature },
        secret: "whsec",
        clock: { now: () => now },
      });
    await expect(missing()).rejects.toThrow(
      "acme webhook: missing or invalid x-acme-time header (Unix seconds)",
    );
    await expect(missing("seconds")).rejects.toThrow("(Unix seconds)");
    await expect(missing("milliseconds")).rejects.toThrow("(epoch milliseconds)");
  });

  it("a timestamp header with surrounding whitespace is read, and the trimmed value is what was signed", async () => {
    const timestamp = String(now / 1000);
    const verified = await verifyHmacWebhook(scheme, {
      payload: body,
      headers: { "x-acme-time": ` ${timestamp}\t`, "x-acme-signature": await sign(timestamp) },
      secret: "whsec",
      clock: { now: () => now },
    });
    expect(verified.timestampMs).toBe(now);
  });

  it("a seconds scheme reads a 13-digit value as seconds (far in the future), not as milliseconds", async () => {
    const timestamp = String(now);
    const error = await verifyHmacWebhook(scheme, {
      payload: body,
      headers: { "x-acme-time": timestamp, "x-acme-signature": await sign(timestamp) },
      secret: "whsec",
      clock: { now: () => now },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as Error).message).toMatch(/in the future/);
  });

  it("a tolerance of zero is allowed: only a delivery stamped this very second passes", async () => {
    const timestamp = String(now / 1000);
    const headers = { "x-acme-time": timestamp, "x-acme-signature": await sign(timestamp) };
    const input = { payload: body, headers, secret: "whsec", toleranceSeconds: 0 };
    await expect(verifyHmacWebhook(scheme, { ...input, clock: { now: () => now } })).resolves.toMatchObject({
      timestampMs: now,
    });
    await expect(verifyHmacWebhook(scheme, { ...input, clock: { now: () => now + 1 } })).rejects.toThrow(
      /stale/,
    );
  });
});

describe("schemes without a timestamp", () => {
  it("sign their prefix over an empty timestamp", async () => {
    const { timestampHeader: _none, ...untimed } = scheme;
    const signature = await hmacSha256Hex("whsec", `.${body}`);
    await expect(
      verifyHmacWebhook(untimed, {
        payload: body,
        headers: { "x-acme-signature": signature },
        secret: "whsec",
      }),
    ).resolves.toEqual({ body: { id: "evt_1" }, timestampMs: undefined });
  });
});

describe("what counts as a verification failure", () => {
  it("a scheme's own programming error surfaces as it is, not disguised as a forged delivery", async () => {
    const broken = new TypeError("prefix bug");
    const error = await verifyHmacWebhook(
      {
        ...scheme,
        signedPrefix: () => {
          throw broken;
        },
      },
      {
        payload: body,
        headers: { "x-acme-time": String(now / 1000), "x-acme-signature": "00" },
        secret: "whsec",
        clock: { now: () => now },
      },
    ).catch((caught: unknown) => caught);
    expect(error).toBe(broken);
  });
});
