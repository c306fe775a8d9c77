import { assertNoViolations, createEmulatorClock } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationError, createQoloClient, type QoloClientOptions, qoloEnvironments } from "../src/index";
import { createQoloEmulator, type QoloEmulator } from "../src/testing/index";
import { HOUR, LOGIN_PATH, START } from "./helpers";

const credentials = { loginId: "login-1", apiKey: "key-1" };

describe("createQoloClient options", () => {
  it("named environments resolve to the documented development hosts", () => {
    expect(createQoloClient({ ...credentials, environment: "development" }).baseUrl).toBe(
      "https://devapi.qolopay.com",
    );
    expect(createQoloClient({ ...credentials, environment: "keybank-development" }).baseUrl).toBe(
      "https://qvapikeybank.qolopay.com",
    );
    expect(Object.keys(qoloEnvironments)).toEqual(["development", "keybank-development"]);
  });

  it("accepts any https host as baseUrl (the production host is not published)", () => {
    expect(createQoloClient({ ...credentials, baseUrl: "https://api.qolo.example.com" }).baseUrl).toBe(
      "https://api.qolo.example.com",
    );
  });

  const invalid: [string, unknown, RegExp][] = [
    ["a missing loginId", { apiKey: "k", environment: "development" }, /"loginId" option is required/],
    [
      "an empty apiKey",
      { loginId: "l", apiKey: "", environment: "development" },
      /"apiKey" option is required/,
    ],
    ["neither environment nor baseUrl", { ...credentials }, /pass environment .* or baseUrl/],
    [
      "both environment and baseUrl",
      { ...credentials, environment: "development", baseUrl: "https://x.example.com" },
      /either environment or baseUrl/,
    ],
    [
      "an unknown environment",
      { ...credentials, environment: "production" },
      /unknown environment "production"/,
    ],
    ["http off loopback", { ...credentials, baseUrl: "http://devapi.qolopay.com" }, /must use https/],
    ["a malformed URL", { ...credentials, baseUrl: "devapi.qolopay.com" }, /not a valid URL/],
    [
      "a baseUrl that already ends in /api/v1",
      { ...credentials, baseUrl: "https://devapi.qolopay.com/api/v1" },
      /host origin .* already start with \/api\/v1/,
    ],
    [
      "a negative maxRetries",
      { ...credentials, environment: "development", maxRetries: -1 },
      /maxRetries must be a non-negative integer/,
    ],
  ];
  for (const [label, options, message] of invalid) {
    it(`rejects ${label} with a ConfigurationError`, () => {
      const create = () => createQoloClient(options as QoloClientOptions);
      expect(create).toThrow(ConfigurationError);
      expect(create).toThrow(message);
    });
  }
});

describe("the emulator's token endpoint", () => {
  let emulator: QoloEmulator;
  afterEach(async () => {
    await emulator?.close();
    assertNoViolations(emulator?.violations ?? []);
  });

  async function login(body: unknown, contentType = "application/json") {
    return fetch(`${emulator.url}${LOGIN_PATH}`, {
      method: "POST",
      headers: { "content-type": contentType },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  }

  it("issues a token that answers 401 once 12 hours of emulated time have passed", async () => {
    const clock = createEmulatorClock({ start: START, frozen: true });
    emulator = await createQoloEmulator({ loginId: "acme", apiKey: "acme-key", clock });
    const answer = (await (await login({ loginid: "acme", apikey: "acme-key" })).json()) as Record<
      string,
      unknown
    >;
    expect(answer).toMatchObject({ token_type: "Bearer", expires_in: 43_200 });
    const call = () =>
      fetch(`${emulator.url}/api/v1/notifications`, { headers: { authorization: `Bearer ${answer.token}` } });
    expect((await call()).status).toBe(200);
    clock.advance(12 * HOUR - 1);
    expect((await call()).status).toBe(200);
    clock.advance(1);
    const expired = await call();
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ message: "Access token expired" });
    const missing = await fetch(`${emulator.url}/api/v1/notifications`);
    expect(await missing.json()).toEqual({ message: "Invalid or missing access token" });
  });

  it("answers 400 for missing fields, 401 for wrong credentials, 415 for non-JSON", async () => {
    emulator = await createQoloEmulator();
    const incomplete = await login({ loginid: emulator.loginId });
    expect(incomplete.status).toBe(400);
    expect(await incomplete.json()).toEqual({
      message: "Validation failed",
      errors: [{ field: "apikey", message: "is required" }],
    });
    expect((await login({ loginid: emulator.loginId, apikey: "nope" })).status).toBe(401);
    expect((await login(`loginid=${emulator.loginId}`, "application/x-www-form-urlencoded")).status).toBe(
      415,
    );
    expect(emulator.logins).toBe(0);
  });
});
