// Redirects are never followed: a 3xx to another origin is an error, and that origin receives nothing (neither
// the token exchange's credentials nor the bearer token, nor a second copy of a create).
import { createEmulatorServer, type EmulatorServer } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError, TokenAcquisitionError } from "../src/index";
import { type Harness, individual, rejection, startHarness } from "./helpers";

let harness: Harness | undefined;
let foreign: EmulatorServer | undefined;
afterEach(async () => {
  await harness?.emulator.close();
  await foreign?.close();
});

describe("redirects are never followed", () => {
  it("a 307 on a create answers an ApiError naming the target; the other origin receives nothing", async () => {
    harness = await startHarness();
    foreign = await createEmulatorServer();
    const { server } = harness.emulator;
    server.failNext(
      307,
      "",
      { location: `${foreign.url}/recipients` },
      { method: "POST", path: "/core/v1/recipients" },
    );
    const error = await rejection(
      harness.client.POST("/recipients", { body: { ...individual, code: "r-1" } }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 307, retryable: false });
    expect((error as ApiError).message).toContain(`redirect to ${foreign.url}/recipients not followed`);
    expect(foreign.journal).toEqual([]);
    expect(server.requests({ method: "POST", path: "/core/v1/recipients" })).toHaveLength(1);
  });

  it("a 307 from the token endpoint is a TokenAcquisitionError; the credentials go nowhere else", async () => {
    harness = await startHarness();
    foreign = await createEmulatorServer();
    harness.emulator.server.failNext(
      307,
      "",
      { location: `${foreign.url}/access-tokens` },
      { path: "/core/v1/access-tokens" },
    );
    const error = await rejection(harness.client.GET("/recipients"));
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect(error).toMatchObject({ provider: "sqala", status: 307 });
    expect((error as Error).message).toMatch(/^sqala: .*redirect to .* not followed/);
    expect(foreign.journal).toEqual([]);
  });
});
