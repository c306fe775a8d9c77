import { describe, expect, it } from "vitest";
import {
  basicAuthorization,
  ConfigurationError,
  operationFacts,
  WebhookVerificationError,
} from "../src/index";
import {
  assertFreshTimestamp,
  hmacSha256Hex,
  hmacTimestamp,
  hmacWebhookSigning,
  parseWebhookJson,
  rawBodyText,
  readHeader,
  signedBytes,
  signWebhook,
  timingSafeEqual,
  verifyHexSignature,
  verifyHmacWebhook,
  webhookBody,
} from "../src/webhooks";

describe("verifyHmacWebhook", () => {
  const scheme = {
    provider: "acme",
    signatureHeader: "x-acme-signature",
    timestampHeader: "x-acme-time",
    timestampUnit: "either",
    signedPrefix: (timestamp: string) => `v1:${timestamp}:`,
  } as const;
  const now = 1_700_000_000_000;
  // Not valid UTF-8 on purpose: the signature covers the received bytes, not a decoded copy.
  const bytes = new Uint8Array([
    ...new TextEncoder().encode('{"id":"e1","note":"'),
    0xff,
    ...new TextEncoder().encode('"}'),
  ]);
  const signedOver = (timestamp: string, body: Uint8Array) =>
    hmacSha256Hex("whsec", new Uint8Array([...new TextEncoder().encode(`v1:${timestamp}:`), ...body]));

  it("accepts a fresh delivery signed over prefix and raw bytes, with seconds or milliseconds", async () => {
    for (const timestamp of [String(now), String(now / 1000)]) {
      const headers = { "X-Acme-Time": timestamp, "X-Acme-Signature": await signedOver(timestamp, bytes) };
      const verified = await verifyHmacWebhook(scheme, {
        payload: bytes,
        headers,
        secret: "whsec",
        clock: { now: () => now },
      });
      expect(verified.timestampMs).toBe(now);
      expect(verified.body).toEqual({ id: "e1", note: "\ufffd" });
    }
  });

  it("reads the timestamp in the scheme's unit: milliseconds as they are, seconds times 1000, either from 10^12", async () => {
    const verifyAt = async (
      unit: "seconds" | "milliseconds" | "either",
      timestamp: string,
      nowMs: number,
    ) => {
      const headers = { "X-Acme-Time": timestamp, "X-Acme-Signature": await signedOver(timestamp, bytes) };
      const verified = await verifyHmacWebhook(
        { ...scheme, timestampUnit: unit },
        { payload: bytes, headers, secret: "whsec", clock: { now: () => nowMs } },
      );
      return verified.timestampMs;
    };
    // 999 999 999 999 ms is 2001-09-09, a value that would be a far-future date read as seconds.
    expect(await verifyAt("milliseconds", "999999999999", 999_999_999_999)).toBe(999_999_999_999);
    expect(await verifyAt("seconds", "1700000000", now)).toBe(now);
    expect(await verifyAt("either", "1000000000000", 1e12)).toBe(1e12);
    expect(await verifyAt("either", "999999999999", 999_999_999_999_000)).toBe(999_999_999_999_000);
  });

  it("names the provider and the header in every failure, and keeps the primitive's error as cause", async () => {
    const timestamp = String(now);
    const signature = await signedOver(timestamp, bytes);
    const verify = (headers: Record<string, string>, { at = now, toleranceSeconds = 300 } = {}) =>
      verifyHmacWebhook(scheme, {
        payload: bytes,
        headers,
        secret: "whsec",
        clock: { now: () => at },
        toleranceSeconds,
      });
    const failure = await verify({
      "x-acme-time": timestamp,
      "x-acme-signature": signature.replace(/^./, "0"),
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WebhookVerificationError);
    expect((failure as Error).message).toMatch(/^acme webhook: signature mismatch$/);
    expect((failure as Error).cause).toBeInstanceOf(WebhookVerificationError);
    await expect(verify({ "x-acme-signature": signature })).rejects.toThrow(
      "acme webhook: missing or invalid x-acme-time header (epoch ms or seconds)",
    );
    await expect(
      verify({ "x-acme-time": "2024-01-01T00:00:00Z", "x-acme-signature": signature }),
    ).rejects.toThrow("invalid x-acme-time");
    await expect(verify({ "x-acme-time": timestamp, "x-acme-signature": " " })).rejects.toThrow(
      "acme webhook: missing x-acme-signature header",
    );
    await expect(
      verify({ "x-acme-time": timestamp, "x-acme-signature": signature }, { at: now + 300_001 }),
    ).rejects.toThrow("acme webhook: timestamp outside the tolerance of 300 s (stale)");
    await expect(
      verify(
        { "x-acme-time": timestamp, "x-acme-signature": signature },
        { at: now + 60_000, toleranceSeconds: 59.999 },
      ),
    ).rejects.toThrow(/stale/);
  });

  it("treats a missing secret or a bad tolerance as configuration errors", async () => {
    const input = { payload: "{}", headers: {} };
    const missingSecret = verifyHmacWebhook(scheme, { ...input, secret: "" });
    await expect(missingSecret).rejects.toBeInstanceOf(ConfigurationError);
    await expect(missingSecret).rejects.toThrow("acme webhook: the secret option is required");
    await expect(
      verifyHmacWebhook(scheme, { ...input, secret: "s", toleranceSeconds: -1 }),
    ).rejects.toBeInstanceOf(ConfigurationError);
  });

  it("checks no timestamp for schemes without one, and fails on a signed body that is not JSON", async () => {
    const plain = { provider: "acme", signatureHeader: "x-sig" };
    const signature = await hmacSha256Hex("whsec", "[1]");
    await expect(
      verifyHmacWebhook(plain, {
        payload: "[1]",
        headers: { "x-sig": signature },
        secret: "whsec",
        clock: { now: () => 0 },
      }),
    ).resolves.toEqual({ body: [1], timestampMs: undefined });
    const notJson = await hmacSha256Hex("whsec", "nope");
    await expect(
      verifyHmacWebhook(plain, { payload: "nope", headers: { "x-sig": notJson }, secret: "whsec" }),
    ).rejects.toThrow("acme webhook: webhook body is not valid JSON");
  });
});

describe("webhook primitives", () => {
  it("HMAC-SHA256 matches RFC 4231 with WebCrypto", async () => {
    expect(await hmacSha256Hex("Jefe", "what do ya want for nothing?")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
    expect(await hmacSha256Hex("Jefe", new TextEncoder().encode("what do ya want for nothing?"))).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  it("verifies hex signatures, case-insensitively, and rejects others", async () => {
    const signature = await hmacSha256Hex("k", "payload");
    await expect(verifyHexSignature("k", "payload", signature.toUpperCase())).resolves.toBeUndefined();
    await expect(verifyHexSignature("k", "payload!", signature)).rejects.toBeInstanceOf(
      WebhookVerificationError,
    );
    await expect(verifyHexSignature("other", "payload", signature)).rejects.toThrow("signature mismatch");
    await expect(verifyHexSignature("k", "payload", undefined)).rejects.toThrow("missing signature");
    // Through crypto.subtle.verify: surrounding whitespace is ignored; non-hex, odd or wrong lengths never match.
    await expect(verifyHexSignature("k", "payload", ` ${signature}\n`)).resolves.toBeUndefined();
    for (const wrong of [
      signature.slice(1),
      signature.slice(2),
      `${signature}00`,
      `${signature.slice(2)}zz`,
    ]) {
      await expect(verifyHexSignature("k", "payload", wrong)).rejects.toThrow("signature mismatch");
    }
  });

  it("signs from the scheme its verifier reads: round trip, and each header where the scheme puts it", async () => {
    const scheme = {
      provider: "acme",
      signatureHeader: "x-acme-signature",
      timestampHeader: "x-acme-time",
      signedPrefix: (timestamp: string) => `v1:${timestamp}:`,
    };
    const timestamp = hmacTimestamp(scheme, 1_700_000_000_999);
    expect(timestamp).toBe("1700000000");
    expect(hmacTimestamp({ ...scheme, timestampUnit: "either" }, 1_700_000_000_999)).toBe("1700000000999");
    const signed = await signWebhook(hmacWebhookSigning(scheme), {
      body: '{"id":"e1"}',
      secret: "whsec",
      timestamp,
      headers: { "x-acme-event": "thing.done" },
    });
    expect(signed).toEqual({
      headers: {
        "content-type": "application/json",
        "x-acme-event": "thing.done",
        "x-acme-time": "1700000000",
        "x-acme-signature": await hmacSha256Hex("whsec", 'v1:1700000000:{"id":"e1"}'),
      },
      body: '{"id":"e1"}',
    });
    const clock = { now: () => 1_700_000_000_000 };
    await expect(
      verifyHmacWebhook(scheme, { payload: signed.body, headers: signed.headers, secret: "whsec", clock }),
    ).resolves.toEqual({ body: { id: "e1" }, timestampMs: 1_700_000_000_000 });
    await expect(
      verifyHmacWebhook(scheme, { payload: signed.body, headers: signed.headers, secret: "other", clock }),
    ).rejects.toThrow("acme webhook: signature mismatch");
  });

  it("signs a scheme without prefix or timestamp header over the body alone, and sends no timestamp", async () => {
    const scheme = { provider: "plain", signatureHeader: "x-plain-signature" };
    const signed = await signWebhook(hmacWebhookSigning(scheme), { body: '{"id":"e2"}', secret: "whsec" });
    expect(signed).toEqual({
      headers: {
        "content-type": "application/json",
        "x-plain-signature": await hmacSha256Hex("whsec", '{"id":"e2"}'),
      },
      body: '{"id":"e2"}',
    });
    await expect(
      verifyHmacWebhook(scheme, { payload: signed.body, headers: signed.headers, secret: "whsec" }),
    ).resolves.toEqual({ body: { id: "e2" }, timestampMs: undefined });
  });

  it("without a timestamp, a timestamped scheme signs and sends an empty one", async () => {
    const scheme = {
      provider: "acme",
      signatureHeader: "x-acme-signature",
      timestampHeader: "x-acme-time",
      signedPrefix: (timestamp: string) => `v1:${timestamp}:`,
    };
    const signed = await signWebhook(hmacWebhookSigning(scheme), { body: "{}", secret: "whsec" });
    expect(signed.headers["x-acme-time"]).toBe("");
    expect(signed.headers["x-acme-signature"]).toBe(await hmacSha256Hex("whsec", "v1::{}"));
  });

  it("a body to sign is a string as it is and anything else as compact JSON", () => {
    expect(webhookBody('{ "id": 1 }')).toBe('{ "id": 1 }');
    expect(webhookBody({ id: 1, tags: ["a"] })).toBe('{"id":1,"tags":["a"]}');
  });

  it("misuse of the shared verifier (parsed body, no headers, no options) is a ConfigurationError", async () => {
    const scheme = { provider: "p", signatureHeader: "x-sig" };
    const cases: [unknown, RegExp][] = [
      [
        { payload: { a: 1 }, headers: {}, secret: "s" },
        /^p webhook: the payload must be the raw request body/,
      ],
      [
        { payload: "{}", headers: undefined, secret: "s" },
        /^p webhook: headers must be the request's headers/,
      ],
      [{ payload: "{}", headers: "x-sig: 00", secret: "s" }, /got a string/],
      [undefined, /the secret option is required/],
    ];
    for (const [input, message] of cases) {
      const error = await verifyHmacWebhook(scheme, input as never).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(message);
    }
  });

  it("compares in constant time over equal lengths", () => {
    expect(timingSafeEqual("abc", "abc")).toBe(true);
    expect(timingSafeEqual("abc", "abd")).toBe(false);
    expect(timingSafeEqual("abc", "ab")).toBe(false);
  });

  it("accepts timestamps within the tolerance, in both directions only", () => {
    expect(() =>
      assertFreshTimestamp({ timestampMs: 1000, nowMs: 301_000, toleranceMs: 300_000 }),
    ).not.toThrow();
    expect(() => assertFreshTimestamp({ timestampMs: 1000, nowMs: 301_001, toleranceMs: 300_000 })).toThrow(
      /stale/,
    );
    expect(() => assertFreshTimestamp({ timestampMs: 301_001, nowMs: 1000, toleranceMs: 300_000 })).toThrow(
      /future/,
    );
    expect(() => assertFreshTimestamp({ timestampMs: Number.NaN, nowMs: 0, toleranceMs: 1 })).toThrow(
      /invalid/,
    );
  });

  it("reads bodies and headers in every shape", () => {
    expect(rawBodyText(new TextEncoder().encode("ü"))).toBe("ü");
    expect(rawBodyText(new TextEncoder().encode("ü").buffer as ArrayBuffer)).toBe("ü");
    expect(readHeader({ "X-Sig": "a" }, "x-sig")).toBe("a");
    expect(readHeader({ "x-sig": ["b", "c"] }, "X-SIG")).toBe("b");
    expect(readHeader(new Headers({ "X-Sig": "d" }), "x-sig")).toBe("d");
    expect(() => parseWebhookJson("{oops")).toThrow(WebhookVerificationError);
  });

  it("encodes HTTP Basic credentials as UTF-8", () => {
    expect(basicAuthorization("app", "sécret")).toBe(`Basic ${Buffer.from("app:sécret").toString("base64")}`);
  });
});

describe("operationFacts", () => {
  it("knows no operation without a table, and only the table's own keys", () => {
    expect(operationFacts(undefined, "get", "/items")).toBeUndefined();
    const table = { "GET /items": { idempotency: "Idempotency-Key" } };
    expect(operationFacts(table, "get", "/items")).toEqual({ idempotency: "Idempotency-Key" });
    expect(operationFacts(table, "POST", "/items")).toBeUndefined();
  });
});

describe("signedBytes", () => {
  it("prefixes raw bytes without decoding them", async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]);
    const joined = signedBytes("V1:1:", bom) as Uint8Array;
    expect([...joined.slice(5)]).toEqual([...bom]);
    expect(new TextDecoder().decode(joined.slice(0, 5))).toBe("V1:1:");
    expect(signedBytes("a.", "{}")).toBe("a.{}");
    expect(await hmacSha256Hex("k", signedBytes("a.", new TextEncoder().encode("{}")))).toBe(
      await hmacSha256Hex("k", "a.{}"),
    );
  });
});
