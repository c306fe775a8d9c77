// Redirects are never followed: the API key does not reach another origin and an order is not posted twice.
import { afterEach, describe, it } from "vitest";
import { expectRedirectRefused } from "../../../test.shared";
import { ApiError } from "../src/index";
import { type Harness, orderBody, startHarness } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

describe("redirects are never followed", () => {
  it("a 307 on a create is an ApiError naming the target", async () => {
    harness = await startHarness();
    await expectRedirectRefused({
      server: harness.emulator.server,
      match: { method: "POST", path: "/v2/orders" },
      status: 307,
      call: () => harness.client.POST("/v2/orders", { body: orderBody() }),
      errorClass: ApiError,
    });
  });
});
