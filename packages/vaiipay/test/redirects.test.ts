// Redirects are never followed: the dashboard's access token does not reach another origin.
import { afterEach, describe, it } from "vitest";
import { expectRedirectRefused } from "../../../test.shared";
import { ApiError } from "../src/index";
import { type Harness, startHarness } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

describe("redirects are never followed", () => {
  it("a 301 on an API call is an ApiError naming the target", async () => {
    harness = await startHarness();
    await expectRedirectRefused({
      server: harness.emulator.server,
      match: { path: "/api/payment-applications" },
      status: 301,
      call: () => harness.dashboard.GET("/api/payment-applications"),
      errorClass: ApiError,
    });
  });
});
