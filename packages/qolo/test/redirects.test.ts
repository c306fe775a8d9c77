// Redirects are never followed: neither the login's apikey nor the bearer token reach another origin.
import { afterEach, describe, expect, it } from "vitest";
import { expectRedirectRefused } from "../../../test.shared";
import { ApiError, TokenAcquisitionError } from "../src/index";
import { type Harness, LOGIN_PATH, startHarness } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

describe("redirects are never followed", () => {
  it("a 302 on an API call is an ApiError naming the target", async () => {
    harness = await startHarness();
    await expectRedirectRefused({
      server: harness.emulator.server,
      match: { path: "/api/v1/notifications" },
      status: 302,
      call: () => harness.client.GET("/api/v1/notifications"),
      errorClass: ApiError,
    });
  });

  it("a 307 from the login is a TokenAcquisitionError naming qolo", async () => {
    harness = await startHarness();
    await expectRedirectRefused({
      server: harness.emulator.server,
      match: { path: LOGIN_PATH },
      status: 307,
      call: () => harness.client.GET("/api/v1/notifications"),
      errorClass: TokenAcquisitionError,
      fields: { provider: "qolo", message: expect.stringMatching(/^qolo: /) },
    });
  });
});
