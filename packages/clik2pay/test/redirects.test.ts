// Redirects are never followed: neither the x-api-key and bearer token of an API call nor the Basic credentials of
// the token call reach another origin, and a create is not sent twice.
import { createEmulatorServer, type EmulatorServer } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError, TokenAcquisitionError } from "../src/index";
import { ecommBody, type Harness, rejection, startHarness } from "./helpers";

let harness: Harness | undefined;
let foreign: EmulatorServer | undefined;
afterEach(async () => {
  await harness?.emulator.close();
  await foreign?.close();
});

describe("redirects are never followed", () => {
  it("a 307 on a create is an ApiError naming the target; the other origin receives nothing", async () => {
    harness = await startHarness();
    foreign = await createEmulatorServer();
    const { api } = harness.emulator;
    const match = { method: "POST", path: "/open/v1/payment-requests" };
    api.failNext(307, "", { location: `${foreign.url}/open/v1/payment-requests` }, match);
    const error = await rejection(harness.client.POST("/payment-requests", { body: ecommBody("ORDER-1") }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 307, retryable: false });
    expect((error as Error).message).toContain(
      `redirect to ${foreign.url}/open/v1/payment-requests not followed`,
    );
    expect(foreign.journal).toEqual([]);
    expect(api.requests(match)).toHaveLength(1);
  });

  it("a 307 from the token endpoint is a TokenAcquisitionError; the credentials go nowhere else", async () => {
    harness = await startHarness();
    foreign = await createEmulatorServer();
    harness.emulator.auth.failNext(
      307,
      "",
      { location: `${foreign.url}/oauth2/token` },
      { path: "/oauth2/token" },
    );
    const error = await rejection(harness.client.POST("/payment-requests", { body: ecommBody("ORDER-2") }));
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(error).toMatchObject({ provider: "clik2pay", status: 307 });
    expect((error as Error).message).toMatch(/^clik2pay: .*redirect to .* not followed/);
    expect(foreign.journal).toEqual([]);
    expect(harness.emulator.api.journal).toEqual([]);
  });
});
