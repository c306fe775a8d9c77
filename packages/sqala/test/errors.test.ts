import type { ErrorContext } from "@payclients/auth-middleware";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ApiError,
  BadRequestError,
  ConflictError,
  decodeSqalaError,
  hasSqalaErrorCode,
  InternalServerError,
  NotFoundError,
  type SqalaErrorCode,
  TokenAcquisitionError,
} from "../src/index";
import { type Harness, individual, rejection, startHarness } from "./helpers";

let harness: Harness;
const fresh = async () => {
  harness = await startHarness({}, { maxRetries: 0 });
};
const close = async () => {
  await harness.close();
};

// Faults target the API call, not the token exchange that precedes it.
const recipients = { path: "/core/v1/recipients" };

const documentedCodes: SqalaErrorCode[] = [
  "CODE_ALREADY_EXISTS",
  "OBJECT_NOT_FOUND",
  "INVALID_BODY",
  "INTERNAL_ERROR",
  "SERVICE_NOT_AVAILABLE",
  "BANK_COMMUNICATION_FAILED",
  "BACEN_COMMUNIOCATION_FAILED",
  "PIX_KEY_NOT_FOUND",
  "RECIPIENT_ACCOUNT_BLOCKED",
  "RECIPIENT_USER_ACCOUNT_CLOSED",
  "INSUFFICIENT_BALANCE",
  "LIMIT_EXCEED_FOR_THE_TRANSACTION",
  "TRANSACTION_TYPE_NOT_SUPPORTED",
  "REQUEST_TIMEOUT",
  "TRANSACTION_INTERRUPTED",
  "INVALID_RECIPIENT_BANK_ACCOUNT_TYPE",
  "DUPLICATE_TRASACTION_DETECTED",
  "RECIPIENT_BANK_RESTRICTED",
];

describe("decoding every documented code over HTTP", () => {
  // One emulator (and one token) for the whole table: each case only injects a fault.
  beforeAll(fresh);
  afterAll(close);

  // Duplicates are conflicts whatever the status they come with; the rest keep the class of their status.
  const conflicts = new Set<SqalaErrorCode>(["CODE_ALREADY_EXISTS", "DUPLICATE_TRASACTION_DETECTED"]);

  it.each(documentedCodes)("%s (documented status 400)", async (code) => {
    const { client, emulator } = harness;
    emulator.server.failNext(
      400,
      emulator.sqalaErrorBody(code, `message for ${code}`, ["detail one"]),
      { "x-amzn-requestid": `req-${code}` },
      recipients,
    );
    const error = await rejection(client.GET("/recipients"));
    expect(error).toBeInstanceOf(conflicts.has(code) ? ConflictError : BadRequestError);
    expect(error).not.toBeInstanceOf(conflicts.has(code) ? BadRequestError : ConflictError);
    expect(error).toMatchObject({
      provider: "sqala",
      retryable: false,
      status: 400,
      code,
      requestId: `req-${code}`,
      details: ["detail one"],
      message: `sqala: 400 ${code}: message for ${code} (detail one)`,
    });
    expect(hasSqalaErrorCode(error, code)).toBe(true);
  });

  it.each([
    [404, "OBJECT_NOT_FOUND", NotFoundError],
    [500, "INTERNAL_ERROR", InternalServerError],
    [503, "SERVICE_NOT_AVAILABLE", InternalServerError],
  ] as const)("%i %s maps to its class", async (status, code, type) => {
    const { client, emulator } = harness;
    emulator.server.failNext(status, emulator.sqalaErrorBody(code, "boom"), {}, recipients);
    const error = await rejection(client.GET("/recipients"));
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({
      status,
      code,
      message: `sqala: ${status} ${code}: boom`,
      details: undefined,
    });
  });
});

describe("errors the emulator produces from state", () => {
  beforeEach(fresh);
  afterEach(close);

  it("INVALID_BODY carries the class-validator messages of errors[]", async () => {
    const error = await rejection(
      harness.client.POST("/pix-qrcode-payments", { body: { amount: -5, code: "x".repeat(40) } }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({
      code: "INVALID_BODY",
      details: ["amount must be a positive number", "code must be shorter than or equal to 36 characters"],
      body: {
        code: "INVALID_BODY",
        message: "Invalid body, check 'errors' property for more info.",
        errors: ["amount must be a positive number", "code must be shorter than or equal to 36 characters"],
      },
    });
    expect((error as Error).message).toBe(
      "sqala: 400 INVALID_BODY: Invalid body, check 'errors' property for more info. (amount must be a positive number; code must be shorter than or equal to 36 characters)",
    );
  });

  it("OBJECT_NOT_FOUND is a 404 NotFoundError", async () => {
    const error = await rejection(
      harness.client.GET("/recipients/{id}", {
        params: { path: { id: "00000000-0000-4000-8000-000000000000" } },
      }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: "OBJECT_NOT_FOUND" });
  });

  it("CODE_ALREADY_EXISTS on a reused code is a ConflictError that keeps the real status 400", async () => {
    const { client } = harness;
    await client.POST("/recipients", { body: { ...individual, code: "seller-9" } });
    const error = await rejection(client.POST("/recipients", { body: { ...individual, code: "seller-9" } }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({
      name: "ConflictError",
      status: 400,
      code: "CODE_ALREADY_EXISTS",
      retryable: false,
      message: 'sqala: 400 CODE_ALREADY_EXISTS: An object with code "seller-9" already exists',
    });
    expect(hasSqalaErrorCode(error, "CODE_ALREADY_EXISTS")).toBe(true);
  });

  it("INSUFFICIENT_BALANCE, DUPLICATE_TRASACTION_DETECTED and a rejected Pix key", async () => {
    const { client, emulator } = harness;
    const path = { recipientId: "DEFAULT" };
    const poor = await rejection(
      client.POST("/recipients/{recipientId}/withdrawals", {
        params: { path },
        body: { amount: 10, method: "PIX", pixKey: "a@b.co" },
      }),
    );
    expect(poor).toBeInstanceOf(BadRequestError);
    expect(poor).toMatchObject({ status: 400, code: "INSUFFICIENT_BALANCE" });

    emulator.setBalance("DEFAULT", 100);
    const body = { amount: 10, method: "PIX", pixKey: "a@b.co" } as const;
    await client.POST("/recipients/{recipientId}/withdrawals", { params: { path }, body });
    const duplicate = await rejection(
      client.POST("/recipients/{recipientId}/withdrawals", { params: { path }, body }),
    );
    expect(duplicate).toBeInstanceOf(ConflictError);
    expect(duplicate).toMatchObject({ status: 400, code: "DUPLICATE_TRASACTION_DETECTED" });

    emulator.setPixKey("blocked@b.co", { error: "RECIPIENT_ACCOUNT_BLOCKED" });
    const blocked = await rejection(
      client.POST("/recipients/{recipientId}/withdrawals", {
        params: { path },
        body: { amount: 10, method: "PIX", pixKey: "blocked@b.co" },
      }),
    );
    expect(blocked).toMatchObject({ status: 400, code: "RECIPIENT_ACCOUNT_BLOCKED" });
  });

  it("LIMIT_EXCEED_FOR_THE_TRANSACTION above the configured test cap", async () => {
    await harness.close();
    harness = await startHarness({ amountLimit: 199 });
    await harness.client.POST("/pix-qrcode-payments", { body: { amount: 199 } });
    const error = await rejection(harness.client.POST("/pix-qrcode-payments", { body: { amount: 200 } }));
    expect(error).toMatchObject({ status: 400, code: "LIMIT_EXCEED_FOR_THE_TRANSACTION" });
  });
});

describe("odd shapes", () => {
  beforeAll(fresh);
  afterAll(close);

  it("a gateway {message} body without a code", async () => {
    harness.emulator.server.failNext(502, { message: "Internal server error" }, {}, recipients);
    const error = await rejection(harness.client.GET("/recipients"));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ code: undefined, message: "sqala: 502 Internal server error" });
  });

  it("an HTML page from a proxy", async () => {
    harness.emulator.server.failNext(
      504,
      "<html><head><title>504 Gateway Time-out</title></head></html>",
      { "content-type": "text/html" },
      recipients,
    );
    const error = await rejection(harness.client.GET("/recipients"));
    expect(error).toMatchObject({
      status: 504,
      message: "sqala: 504 Gateway Timeout (HTML body: 504 Gateway Time-out)",
    });
  });

  it("NestJS's 404 for an unknown route", async () => {
    const response = await fetch(`${harness.emulator.url}/nope`);
    expect(response.status).toBe(404);
    expect(decodeSqalaError(context(404, await response.json()))).toEqual({
      code: undefined,
      message: "Cannot GET /core/v1/nope",
    });
  });

  it("decodes {Message}, a bare JSON string, non-string errors and non-JSON bodies", () => {
    expect(decodeSqalaError(context(403, { Message: "User is not authorized" }))).toEqual({
      code: undefined,
      message: "User is not authorized",
    });
    expect(decodeSqalaError(context(401, "Unauthorized"))).toEqual({ message: "Unauthorized" });
    expect(decodeSqalaError(context(502, "Bad gateway", false))).toBeUndefined();
    expect(decodeSqalaError(context(400, [1, 2]))).toBeUndefined();
    expect(decodeSqalaError(context(400, { code: "INVALID_BODY", errors: [{ field: "amount" }] }))).toEqual({
      code: "INVALID_BODY",
      message: 'Invalid request ({"field":"amount"})',
      details: ['{"field":"amount"}'],
    });
    expect(decodeSqalaError(context(400, { code: "CODE_ALREADY_EXISTS", message: "taken" }))).toEqual({
      code: "CODE_ALREADY_EXISTS",
      message: "taken",
      classifyAs: 409,
    });
  });

  it("skips empty codes and messages, and reads nothing from an empty bare string", () => {
    expect(decodeSqalaError(context(400, { code: "", message: "", Message: "from Message" }))).toEqual({
      message: "from Message",
    });
    expect(decodeSqalaError(context(400, { code: "X", message: 5, error: "from error" }))).toEqual({
      code: "X",
      message: "from error",
    });
    expect(decodeSqalaError(context(400, ""))).toBeUndefined();
  });

  it("hasSqalaErrorCode checks the code", () => {
    const error = new ApiError({
      provider: "sqala",
      status: 400,
      code: "INVALID_BODY",
      message: "x",
      body: null,
      headers: new Headers(),
    });
    expect(hasSqalaErrorCode(error, "INVALID_BODY")).toBe(true);
    expect(hasSqalaErrorCode(error, "INSUFFICIENT_BALANCE")).toBe(false);
  });

  it("hasSqalaErrorCode ignores other errors", () => {
    expect(hasSqalaErrorCode(new Error("x"), "INVALID_BODY")).toBe(false);
    const other = new ApiError({
      provider: "scalapay",
      status: 400,
      code: "INVALID_BODY",
      message: "x",
      body: null,
      headers: new Headers(),
    });
    expect(hasSqalaErrorCode(other, "INVALID_BODY")).toBe(false);
    // A token failure carries a status and a code too, but is not an API error.
    const token = new TokenAcquisitionError({
      provider: "sqala",
      message: "x",
      status: 400,
      code: "INVALID_BODY",
    });
    expect(hasSqalaErrorCode(token, "INVALID_BODY")).toBe(false);
  });
});

function context(status: number, body: unknown, parsed = true): ErrorContext {
  return { status, body, parsed, headers: new Headers(), method: "GET", path: "/recipients", source: "api" };
}
