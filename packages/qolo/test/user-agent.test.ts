import { afterEach, describe, it } from "vitest";
import { expectedUserAgent, expectUserAgent } from "../../../test.shared";
import { name, version } from "../package.json";
import { type Harness, LOGIN_PATH, startHarness } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

describe("User-Agent", () => {
  it("names the package and version on the login and the API call", async () => {
    harness = await startHarness();
    await harness.client.GET("/api/v1/notifications");
    expectUserAgent(harness.emulator.server.journal, expectedUserAgent({ name, version }), [
      LOGIN_PATH,
      "/api/v1/notifications",
    ]);
  });
});
