// Redirects are never followed: neither the client token nor the dashboard's access token reach another origin.
import { createEmulatorServer, type EmulatorServer } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../src/index";
import { type Harness, rejection, startHarness } from "./helpers";

let harness: Harness | undefined;
let foreign: EmulatorServer | undefined;
afterEach(async () => {
  await harness?.emulator.close();
  await foreign?.close();
});

describe("redirects are never followed", () => {
  it("a 301 on an API call is an ApiError naming the target; the other origin receives nothing", async () => {
    harness = await startHarness();
    foreign = await createEmulatorServer();
    const match = { path: "/api/payment-applications" };
    harness.emulator.server.failNext(301, "", { location: `${foreign.url}/api/payment-applications` }, match);
    const error = await rejection(harness.dashboard.GET("/api/payment-applications"));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 301, retryable: false });
    expect((error as Error).message).toContain(
      `redirect to ${foreign.url}/api/payment-applications not followed`,
    );
    expect(foreign.journal).toEqual([]);
  });
});
