import { afterEach, describe, it } from "vitest";
import { expectedUserAgent, expectUserAgent } from "../../../test.shared";
import { name, version } from "../package.json";
import { checkoutBody, type Harness, startHarness } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

describe("User-Agent", () => {
  it("names the package and version on Client Token and dashboard calls (VaiiPay has no token call)", async () => {
    harness = await startHarness();
    await harness.client.POST("/api/payment/checkout", { body: checkoutBody() });
    await harness.dashboard.GET("/api/payment-applications");
    expectUserAgent(harness.emulator.server.journal, expectedUserAgent({ name, version }), [
      "/api/payment/checkout",
      "/api/payment-applications",
    ]);
  });
});
