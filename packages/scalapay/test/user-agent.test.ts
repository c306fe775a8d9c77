import { afterEach, describe, it } from "vitest";
import { expectedUserAgent, expectUserAgent } from "../../../test.shared";
import { name, version } from "../package.json";
import { type Harness, orderBody, startHarness } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

describe("User-Agent", () => {
  it("names the package and version on API calls (Scalapay has no token call)", async () => {
    harness = await startHarness();
    await harness.client.POST("/v2/orders", { body: orderBody() });
    expectUserAgent(harness.emulator.server.journal, expectedUserAgent({ name, version }), ["/v2/orders"]);
  });
});
