// How a failed attempt reaches loggers and hooks: a token failure is the token manager's to report, not a failed
// attempt's; a failed attempt's duration is measured on the client's clock.
import { describe, expect, it } from "vitest";
import { ConnectionError, createPayClient, type Logger, staticKey } from "../src/index";
import {
  closeAfterEach,
  createExampleClient,
  type ExampleProvider,
  type MePaths,
  startExampleProvider,
} from "./fixture";

let provider: ExampleProvider | undefined;
closeAfterEach(() => [provider?.server]);

/** A logger keeping its warnings' messages. */
function warningLogger(): { logger: Logger; warned: string[] } {
  const warned: string[] = [];
  const ignore = () => undefined;
  return {
    warned,
    logger: { debug: ignore, info: ignore, warn: (message) => void warned.push(message), error: ignore },
  };
}

describe("failed attempts in logs and hooks", () => {
  it("an attempt that failed on its token request logs no attempt warning", async () => {
    provider = await startExampleProvider();
    provider.server.failNext(400, { code: "NOPE", message: "no" }, {}, { path: "/access-tokens" });
    const { logger, warned } = warningLogger();
    await expect(createExampleClient(provider, { maxRetries: 0, logger }).GET("/items")).rejects.toThrow(
      /token endpoint/,
    );
    expect(warned).toEqual([]);
    // An API attempt's failure is logged.
    provider.server.failNext(500, { code: "DOWN", message: "down" }, {}, { path: "/items" });
    await expect(createExampleClient(provider, { maxRetries: 0, logger }).GET("/items")).rejects.toThrow(
      /down/,
    );
    expect(warned).toEqual(["example GET /items"]);
  });

  it("a connection failure's error hook gets the attempt's duration on the client's clock", async () => {
    const durations: number[] = [];
    const client = createPayClient<MePaths>(
      {
        provider: "p",
        baseUrl: "https://api.example",
        token: staticKey("k-1"),
        decodeError: () => undefined,
      },
      {
        maxRetries: 0,
        clock: { now: () => 1_000_000 },
        fetch: async () => {
          throw new TypeError("fetch failed");
        },
        hooks: { error: ({ durationMs }) => void durations.push(durationMs) },
      },
    );
    await expect(client.GET("/me")).rejects.toBeInstanceOf(ConnectionError);
    expect(durations).toEqual([0]);
  });
});
