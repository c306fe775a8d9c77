// Redirects are never followed: neither the login's apikey nor the bearer token reach another origin.
import { createEmulatorServer, type EmulatorServer } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError, TokenAcquisitionError } from "../src/index";
import { type Harness, LOGIN_PATH, rejection, startHarness } from "./helpers";

let harness: Harness | undefined;
let foreign: EmulatorServer | undefined;
afterEach(async () => {
  await harness?.emulator.close();
  await foreign?.close();
});

describe("redirects are never followed", () => {
  it("a 302 on an API call is an ApiError naming the target; the other origin receives nothing", async () => {
    harness = await startHarness();
    foreign = await createEmulatorServer();
    const match = { path: "/api/v1/notifications" };
    harness.emulator.server.failNext(302, "", { location: `${foreign.url}/api/v1/notifications` }, match);
    const error = await rejection(harness.client.GET("/api/v1/notifications"));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 302, retryable: false });
    expect((error as Error).message).toContain(
      `redirect to ${foreign.url}/api/v1/notifications not followed`,
    );
    expect(foreign.journal).toEqual([]);
  });

  it("a 307 from the login is a TokenAcquisitionError; the credentials go nowhere else", async () => {
    harness = await startHarness();
    foreign = await createEmulatorServer();
    harness.emulator.server.failNext(
      307,
      "",
      { location: `${foreign.url}${LOGIN_PATH}` },
      { path: LOGIN_PATH },
    );
    const error = await rejection(harness.client.GET("/api/v1/notifications"));
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(error).toMatchObject({ provider: "qolo", status: 307 });
    expect((error as Error).message).toMatch(/^qolo: .*redirect to .* not followed/);
    expect(foreign.journal).toEqual([]);
  });
});
