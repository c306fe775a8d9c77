import { afterEach, describe, expect, it } from "vitest";
import { expectedUserAgent, expectUserAgent } from "../../../test.shared";
import { name, version } from "../package.json";
import { type Harness, startHarness } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

describe("User-Agent", () => {
  it("names the package and version on the token exchange, core and Developer API calls", async () => {
    harness = await startHarness();
    await harness.client.GET("/pix-qrcode-payments");
    await harness.client.developer.GET("/webhooks");
    expectUserAgent(harness.emulator.server.journal, expectedUserAgent({ name, version }), [
      "/core/v1/access-tokens",
      "/core/v1/pix-qrcode-payments",
      "/developer/v1/webhooks",
    ]);
  });

  it("a caller's User-Agent wins: client headers on every request, per-call headers on that call", async () => {
    harness = await startHarness({}, { headers: { "user-agent": "shop/1.0" } });
    await harness.client.GET("/pix-qrcode-payments");
    await harness.client.GET("/pix-qrcode-payments", { headers: { "User-Agent": "shop-job/2.0" } });
    expect(harness.emulator.server.journal.map((entry) => entry.headers["user-agent"])).toEqual([
      "shop/1.0",
      "shop/1.0",
      "shop-job/2.0",
    ]);
  });
});
