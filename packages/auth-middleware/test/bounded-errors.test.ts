import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import {
  ApiError,
  InternalServerError,
  MAX_ERROR_BODY_LENGTH,
  MAX_ERROR_DEPTH,
  MAX_MESSAGE_LENGTH,
  PayClientsError,
  TokenAcquisitionError,
} from "../src/index";
import { createExampleClient, type ExampleProvider, startExampleProvider } from "./fixture";

let provider: ExampleProvider;
afterEach(async () => {
  await provider?.server.close();
});

const nestedObject = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
const nestedArray = (depth: number) => `${"[".repeat(depth)}1${"]".repeat(depth)}`;

/** Answers the next API call with this error body and returns the rejection. */
async function rejectionFor(body: string, status = 500, path = "/items"): Promise<unknown> {
  provider ??= await startExampleProvider();
  const client = createExampleClient(provider, { maxRetries: 0 });
  provider.server.failNext(status, body, { "content-type": "application/json" }, { path });
  return client.GET("/items").catch((caught: unknown) => caught);
}

/** Every surface a caller may print or serialize works and stays bounded. */
function expectPrintable(error: unknown): void {
  expect(PayClientsError.isInstance(error)).toBe(true);
  const { message } = error as Error;
  expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  expect(() => JSON.stringify(error)).not.toThrow();
  expect(() => inspect(error, { depth: Number.POSITIVE_INFINITY })).not.toThrow();
  expect(() => JSON.stringify((error as { body?: unknown }).body)).not.toThrow();
}

/** How deep a JSON value nests (iteratively, so a regression cannot crash the test itself). */
function depthOf(value: unknown): number {
  let depth = 0;
  let level: unknown[] = [value];
  while (level.length > 0) {
    level = level.flatMap((item) => (typeof item === "object" && item !== null ? Object.values(item) : []));
    if (level.length > 0) depth += 1;
  }
  return depth;
}

describe("error bodies of any shape stay bounded payclients errors", () => {
  afterEach(() => {
    provider = undefined as unknown as ExampleProvider;
  });

  it.each([
    ["objects", nestedObject(3_000)],
    ["arrays", nestedArray(3_000)],
    ["objects, 100 000 levels", nestedObject(100_000)],
  ])(
    "a JSON error body nested ~3,000+ levels deep (%s) is an InternalServerError, its body depth-capped",
    async (_, body) => {
      const error = await rejectionFor(body);
      expect(error).toBeInstanceOf(InternalServerError);
      expectPrintable(error);
      const stored = (error as ApiError).body;
      expect(depthOf(stored)).toBeLessThanOrEqual(MAX_ERROR_DEPTH);
      expect(JSON.stringify(stored)).toContain(`[nested deeper than ${MAX_ERROR_DEPTH} levels]`);
    },
  );

  it("the message is capped; the full message stays on error.body", async () => {
    const long = "x".repeat(50_000);
    const error = (await rejectionFor(JSON.stringify({ code: "LONG", message: long }), 422)) as ApiError;
    expect(error.message).toHaveLength(MAX_MESSAGE_LENGTH);
    expect(error.message.startsWith("example: 422 LONG: xxx")).toBe(true);
    expect(error.message.endsWith("… [truncated]")).toBe(true);
    expect(error.body).toEqual({ code: "LONG", message: long });
  });

  it("a body longer than the cap is kept as its first MAX_ERROR_BODY_LENGTH characters, marked", async () => {
    const huge = `<html><title>Gateway</title>${"y".repeat(5_000_000)}</html>`;
    const error = (await rejectionFor(huge, 502)) as ApiError;
    expect(error).toBeInstanceOf(InternalServerError);
    expectPrintable(error);
    const stored = error.body as string;
    expect(stored.startsWith("<html><title>Gateway</title>yyy")).toBe(true);
    expect(stored.length).toBeLessThanOrEqual(MAX_ERROR_BODY_LENGTH + 60);
    expect(stored).toMatch(/… \[truncated: \d+ more characters\]$/);
    expect(error.message).toContain("HTML body: Gateway");
  });

  it("a deeply nested token-endpoint error is a TokenAcquisitionError", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { maxRetries: 0 });
    provider.server.failNext(
      400,
      nestedObject(5_000),
      { "content-type": "application/json" },
      {
        path: "/access-tokens",
      },
    );
    const error = await client.GET("/items").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expectPrintable(error);
  });

  it("fuzzed bodies (nesting, odd keys, odd values) always reject with a payclients error and pollute nothing", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { maxRetries: 0 });
    let seed = 14;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
    const leaf = () =>
      pick<unknown>([
        null,
        true,
        0,
        -1.5e308,
        "",
        "é\u0000\ud800",
        { toString: 1 },
        { __proto__: { polluted: 1 } },
      ]);
    const value = (budget: number): unknown => {
      if (budget <= 0 || random() < 0.2) return leaf();
      // One nested child per level (and a leaf beside it), so size grows with depth, not exponentially.
      const child = () => value(budget - 1 - Math.floor(random() * 3));
      return random() < 0.5
        ? [child(), leaf()]
        : { [pick(["code", "message", "errors", "detail", "__proto__", "constructor", "traceId"])]: child() };
    };
    for (let index = 0; index < 200; index += 1) {
      const depth = pick([1, 5, 40, 400, 4_000]);
      const shape = value(depth);
      const body = pick([
        () => JSON.stringify(shape),
        () => nestedObject(depth),
        () => nestedArray(depth),
        () => `{"message":${nestedArray(depth)}}`,
        () => `{"errors":[${nestedObject(depth)}],"code":${nestedArray(depth)}}`,
        () => JSON.stringify(shape).slice(0, Math.floor(random() * 50)),
      ])();
      // Not 401: a refreshable client answers it with a fresh token and a successful replay.
      provider.server.failNext(
        pick([400, 403, 404, 409, 418, 422, 429, 500, 503]),
        body,
        {
          "content-type": pick(["application/json", "text/html", "application/octet-stream"]),
        },
        { path: "/items" },
      );
      const error = await client.GET("/items").catch((caught: unknown) => caught);
      expect(ApiError.isInstance(error), String(error)).toBe(true);
      expectPrintable(error);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
