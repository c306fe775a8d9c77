// Redirects are never followed: neither the x-api-key and bearer token of an API call nor the Basic credentials of
// the token call reach another origin, and a create is not sent twice.
import { afterEach, describe, expect, it } from "vitest";
import { expectRedirectRefused } from "../../../test.shared";
import { ApiError, TokenAcquisitionError } from "../src/index";
import { ecommBody, type Harness, startHarness } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

describe("redirects are never followed", () => {
  it("a 307 on a create is an ApiError naming the target", async () => {
    harness = await startHarness();
    await expectRedirectRefused({
      server: harness.emulator.api,
      match: { method: "POST", path: "/open/v1/payment-requests" },
      status: 307,
      call: () => harness.client.POST("/payment-requests", { body: ecommBody("ORDER-1") }),
      errorClass: ApiError,
    });
  });

  it("a 307 from the token endpoint is a TokenAcquisitionError naming clik2pay", async () => {
    harness = await startHarness();
    await expectRedirectRefused({
      server: harness.emulator.auth,
      match: { path: "/oauth2/token" },
      status: 307,
      call: () => harness.client.POST("/payment-requests", { body: ecommBody("ORDER-2") }),
      errorClass: TokenAcquisitionError,
      fields: { provider: "clik2pay", message: expect.stringMatching(/^clik2pay: /) },
    });
    expect(harness.emulator.api.journal).toEqual([]);
  });
});
