import { inspect } from "node:util";
import { createEmulatorServer, type EmulatorServer, json } from "@payclients/testing";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  ConfigurationError,
  ConnectionError,
  createPayClient,
  REDACTED,
  requireCredential,
  staticKey,
  TokenAcquisitionError,
  tokenCallback,
} from "../src/index";
import {
  closeAfterEach,
  createExampleClient,
  credentials,
  type ExampleProvider,
  startExampleProvider,
} from "./fixture";

let provider: ExampleProvider | undefined;
let server: EmulatorServer | undefined;
closeAfterEach(() => [provider?.server, server]);

/** Every way an error gets printed or serialized, causes included. */
function surfaces(error: unknown): string[] {
  const cause = (error as Error).cause;
  return [
    String(error),
    (error as Error).stack ?? "",
    inspect(error, { depth: 10, showHidden: true }),
    JSON.stringify(error),
    inspect(cause, { depth: 10, showHidden: true }),
    String(cause),
  ];
}

function expectNoSecret(error: unknown, secrets: string[]): void {
  for (const surface of surfaces(error)) for (const secret of secrets) expect(surface).not.toContain(secret);
}

describe("secrets in response headers", () => {
  it("a header echoing the token or a credential is redacted in error.headers, inspect and JSON", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { maxRetries: 0 });
    await client.GET("/items");
    const token = provider.server.requests({ path: "/items" })[0]?.headers.authorization?.slice(7) ?? "";
    expect(token.length).toBeGreaterThan(10);
    provider.server.failNext(
      400,
      { code: "BAD", message: "no" },
      {
        "x-echo-authorization": `Bearer ${token}`,
        "x-debug-secret": credentials.appSecret,
        "x-request-id": token,
        "x-plain": "kept",
      },
      { path: "/items" },
    );
    const error = (await client.GET("/items").catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.headers.get("x-echo-authorization")).toBe(`Bearer ${REDACTED}`);
    expect(error.headers.get("x-debug-secret")).toBe(REDACTED);
    expect(error.headers.get("x-plain")).toBe("kept");
    expect(error.requestId).toBe(REDACTED);
    expectNoSecret(error, [token, credentials.appSecret]);
  });
});

describe("credentials with control characters are refused, never echoed", () => {
  it("a token with a newline from the token endpoint is a TokenAcquisitionError; no API request is sent", async () => {
    provider = await startExampleProvider();
    const client = createExampleClient(provider, { maxRetries: 0 });
    const token = "tok_header\r\nX-Injected: stolen_value_9";
    provider.server.failNext(200, { token, expiresIn: 3600 }, {}, { path: "/access-tokens" });
    const error = await client.GET("/items").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expect((error as Error).message).toMatch(/^example: .*control characters/);
    expectNoSecret(error, ["tok_header", "stolen_value_9"]);
    expect(provider.server.requests({ path: "/items" })).toHaveLength(0);
  });

  it("a token callback handing out a newline is refused the same way", async () => {
    server = await createEmulatorServer();
    server.route("GET", "/items", () => json(200, {}));
    const client = createPayClient(
      {
        provider: "cb",
        baseUrl: server.url,
        token: tokenCallback(() => "cb_token_1234\n"),
        decodeError: () => undefined,
      },
      { maxRetries: 0 },
    );
    const error = await client.GET("/items" as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expectNoSecret(error, ["cb_token_1234"]);
    expect(server.journal).toHaveLength(0);
  });

  it.each([
    ["a newline", "sk_live_abcdef\n"],
    ["a carriage return", "sk_live_abc\rdef"],
    ["a NUL", "sk_live_abc\u0000def"],
    ["DEL", "sk_live_abc\u007fdef"],
  ])("a static key or credential option with %s is a ConfigurationError that does not echo it", (_, key) => {
    for (const attempt of [() => staticKey(key), () => requireCredential("p", "apiKey", key)]) {
      const error = (() => {
        try {
          attempt();
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/control character/);
      expectNoSecret(error, ["sk_live_abc"]);
    }
  });
});

describe("causes are scrubbed", () => {
  it("a token callback that throws an error quoting a secret: the TokenAcquisitionError's cause is scrubbed", async () => {
    server = await createEmulatorServer();
    const secret = "refresh_secret_value_42";
    const client = createPayClient(
      {
        provider: "cb",
        baseUrl: server.url,
        token: tokenCallback(() => {
          throw new Error(`refresh with ${secret} was refused`, { cause: new Error(`inner ${secret}`) });
        }),
        secrets: [secret],
        decodeError: () => undefined,
      },
      { maxRetries: 0 },
    );
    const error = await client.GET("/items" as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenAcquisitionError);
    expectNoSecret(error, [secret]);
    expect(inspect(error, { depth: 10 })).toContain(`refresh with ${REDACTED} was refused`);
  });

  it("a fetch failure quoting the token (e.g. a proxy agent's error): the ConnectionError's cause is scrubbed", async () => {
    provider = await startExampleProvider();
    let token = "";
    // The token call goes through; the API call fails with an error that quotes the request's headers.
    const quoting: typeof fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.endsWith("/access-tokens")) return fetch(input, init);
      const headers = new Headers(init?.headers);
      token = headers.get("authorization")?.slice(7) ?? "";
      throw new TypeError(`proxy refused headers ${JSON.stringify([...headers])}`);
    };
    const client = createExampleClient(provider, { maxRetries: 0, fetch: quoting });
    const error = await client.GET("/items").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(token.length).toBeGreaterThan(10);
    expect(inspect((error as Error).cause)).toContain(`Bearer ${REDACTED}`);
    expectNoSecret(error, [token]);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });
});
