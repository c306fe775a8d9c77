import { afterEach, describe, it } from "vitest";
import { expectedUserAgent, expectUserAgent } from "../../../test.shared";
import { name, version } from "../package.json";
import { ecommBody, type Harness, startHarness } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

describe("User-Agent", () => {
  it("names the package and version on the token call (Auth origin) and the API call", async () => {
    harness = await startHarness();
    await harness.client.POST("/payment-requests", { body: ecommBody() });
    const userAgent = expectedUserAgent({ name, version });
    expectUserAgent(harness.emulator.auth.journal, userAgent, ["/oauth2/token"]);
    expectUserAgent(harness.emulator.api.journal, userAgent, ["/open/v1/payment-requests"]);
  });
});
