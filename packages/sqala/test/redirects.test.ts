// Redirects are never followed: a 3xx to another origin is an error, and that origin receives nothing (neither
// the token exchange's credentials nor the bearer token, nor a second copy of a create).
import { afterEach, describe, expect, it } from "vitest";
import { expectRedirectRefused } from "../../../test.shared";
import { ApiError, TokenAcquisitionError } from "../src/index";
import { type Harness, individual, startHarness } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

describe("redirects are never followed", () => {
  it("a 307 on a create is an ApiError naming the target", async () => {
    harness = await startHarness();
    await expectRedirectRefused({
      server: harness.emulator.server,
      match: { method: "POST", path: "/core/v1/recipients" },
      status: 307,
      call: () => harness.client.POST("/recipients", { body: { ...individual, code: "r-1" } }),
      errorClass: ApiError,
    });
  });

  it("a 307 from the token endpoint is a TokenAcquisitionError naming sqala", async () => {
    harness = await startHarness();
    await expectRedirectRefused({
      server: harness.emulator.server,
      match: { path: "/core/v1/access-tokens" },
      status: 307,
      call: () => harness.client.GET("/recipients"),
      errorClass: TokenAcquisitionError,
      fields: { provider: "sqala", message: expect.stringMatching(/^sqala: /) },
    });
  });
});
