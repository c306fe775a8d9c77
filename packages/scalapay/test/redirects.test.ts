// Redirects are never followed: the API key does not reach another origin and an order is not posted twice.
import { createEmulatorServer, type EmulatorServer } from "@payclients/testing";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../src/index";
import { type Harness, orderBody, rejection, startHarness } from "./helpers";

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
    const match = { method: "POST", path: "/v2/orders" };
    harness.emulator.server.failNext(307, "", { location: `${foreign.url}/v2/orders` }, match);
    const error = await rejection(harness.client.POST("/v2/orders", { body: orderBody() }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 307, retryable: false });
    expect((error as Error).message).toContain(`redirect to ${foreign.url}/v2/orders not followed`);
    expect(foreign.journal).toEqual([]);
    expect(harness.emulator.server.requests(match)).toHaveLength(1);
  });
});
