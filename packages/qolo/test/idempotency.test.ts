import { afterEach, describe, expect, it } from "vitest";
import { BadRequestError, ConnectionError, InternalServerError } from "../src/index";
import { apiRequests, createCard, type Harness, rejection, startHarness, uuidPattern } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

const cardBody = (programGuid: string, firstName = "Ada") => ({
  program_guid: programGuid,
  person: { first_name: firstName, last_name: "Lovelace" },
});
const cardPosts = () => harness.emulator.server.requests({ method: "POST", path: "/api/v1/cards" });

describe("IdempotencyKey on the wire", () => {
  it("every creating POST carries a fresh UUID key; other calls carry none", async () => {
    harness = await startHarness();
    const { client, emulator } = harness;
    const { data: created } = await client.POST("/api/v1/persons", {
      body: { program_guid: emulator.programGuid, person_details: { first_name: "Ada" } },
    });
    const personGuid = String(created.person_guid);
    const { data: wallet } = await client.POST("/api/v1/wallets", { body: { person_guid: personGuid } });
    await client.POST("/api/v1/accounts", { body: { wallet_guid: String(wallet.wallet_guid) } });
    await client.POST("/api/v1/instruments", { body: { instrument_type: "CARD", account_details: {} } });
    const proxy = String((await createCard(harness)).card_proxy);
    await client.POST("/api/v1/transfers", {
      body: {
        client_reference_id: "load",
        transfer_type: "PARTNERTOCARD",
        amount: 5,
        currency: "USD",
        source: {},
        destination: { card_proxy: proxy },
      },
    });
    await client.POST("/api/v1/notifications", {
      body: {
        program_guid: emulator.programGuid,
        url: "https://h.example.com",
        secret: "s",
        event_type: ["all"],
      },
    });
    await client.POST("/api/v1/cards/{card_proxy}/status", {
      params: { path: { card_proxy: proxy } },
      body: { status: "ACTIVE" },
    });
    await client.POST("/api/v1/cards/{card_proxy}/pin", {
      params: { path: { card_proxy: proxy } },
      body: { pin: "1234" },
    });
    await client.POST("/api/v1/persons/{person_guid}/kyc", { params: { path: { person_guid: personGuid } } });
    await client.POST("/api/v1/wallets/search", { body: {} });
    await client.POST("/api/v1/transactions/search", { body: {} });
    await client.GET("/api/v1/notifications");

    const keyed = apiRequests(harness).filter((entry) => entry.headers.idempotencykey !== undefined);
    // The seven creates whose spec declares the `IdempotencyKey` header parameter, read from the generated table.
    const declared = Object.entries(client.operations)
      .filter(([, facts]) => "idempotency" in facts)
      .map(([key]) => key);
    expect(declared).toHaveLength(7);
    expect(new Set(keyed.map((entry) => `${entry.method} ${entry.path}`))).toEqual(new Set(declared));
    expect(
      keyed.every((entry) => entry.method === "POST" && uuidPattern.test(entry.headers.idempotencykey ?? "")),
    ).toBe(true);
    expect(new Set(keyed.map((entry) => entry.headers.idempotencykey)).size).toBe(keyed.length);
    expect(apiRequests(harness).length - keyed.length).toBe(6);
  });
});

describe("retries reuse the key, so a create is safe to retry", () => {
  it("after a 500 the retry sends the same key and one card exists", async () => {
    harness = await startHarness();
    harness.emulator.server.failNext(500, { message: "Internal error" }, {}, { path: "/api/v1/cards" });
    const card = await createCard(harness);
    expect(cardPosts().map((entry) => entry.status)).toEqual([500, 201]);
    expect(cardPosts()[1]?.headers.idempotencykey).toBe(cardPosts()[0]?.headers.idempotencykey);
    expect(harness.sleeps).toHaveLength(1);
    expect(harness.emulator.cards().map((entry) => entry.cardProxy)).toEqual([card.card_proxy]);
  });

  it("after a dropped connection the retry sends the same key", async () => {
    harness = await startHarness();
    harness.emulator.server.dropNext({ path: "/api/v1/cards" });
    await createCard(harness);
    expect(cardPosts().map((entry) => entry.status)).toEqual(["dropped", 201]);
    expect(cardPosts()[1]?.headers.idempotencykey).toBe(cardPosts()[0]?.headers.idempotencykey);
    expect(harness.emulator.counts().cards).toBe(1);
  });

  it("when the card was created but the answer was lost, the retry replays the original card", async () => {
    harness = await startHarness();
    // The emulator creates the card, then destroys the socket instead of answering.
    harness.emulator.server.dropResponseNext({ method: "POST", path: "/api/v1/cards" });
    const card = await createCard(harness);
    expect(cardPosts().map((entry) => entry.status)).toEqual(["dropped", 201]);
    expect(cardPosts()[1]?.headers.idempotencykey).toBe(cardPosts()[0]?.headers.idempotencykey);
    expect(harness.emulator.counts()).toMatchObject({ cards: 1, persons: 1, wallets: 1, accounts: 1 });
    expect(card.card_proxy).toBe(harness.emulator.cards()[0]?.cardProxy);
  });

  it("without retries left the failure surfaces, and a caller retry with the same key creates nothing new", async () => {
    harness = await startHarness({}, { maxRetries: 0 });
    harness.emulator.server.failNext(503, "", {}, { path: "/api/v1/cards" });
    const body = cardBody(harness.emulator.programGuid);
    const error = await rejection(
      harness.client.POST("/api/v1/cards", { body, idempotencyKey: "card-ada-1" }),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    const first = await harness.client.POST("/api/v1/cards", { body, idempotencyKey: "card-ada-1" });
    const replay = await harness.client.POST("/api/v1/cards", { body, idempotencyKey: "card-ada-1" });
    expect(replay.data).toEqual(first.data);
    expect(harness.emulator.counts().cards).toBe(1);
  });

  it("a connection failure on a POST without a key (statusCard) is not retried", async () => {
    harness = await startHarness();
    const proxy = String((await createCard(harness)).card_proxy);
    harness.emulator.server.dropNext({ path: `/api/v1/cards/${proxy}/status` });
    const error = await rejection(
      harness.client.POST("/api/v1/cards/{card_proxy}/status", {
        params: { path: { card_proxy: proxy } },
        body: { status: "ACTIVE" },
      }),
    );
    expect(error).toBeInstanceOf(ConnectionError);
    expect(harness.emulator.server.requests({ path: `/api/v1/cards/${proxy}/status` })).toHaveLength(1);
  });
});

describe("caller-provided keys", () => {
  it("the idempotencyKey call option wins over the generated key", async () => {
    harness = await startHarness();
    const body = cardBody(harness.emulator.programGuid);
    await harness.client.POST("/api/v1/cards", { body, idempotencyKey: "order-42-card" });
    expect(cardPosts()[0]?.headers.idempotencykey).toBe("order-42-card");
  });

  it("a key passed as the typed IdempotencyKey header parameter wins too", async () => {
    harness = await startHarness();
    harness.emulator.server.failNext(
      502,
      "<html><title>Bad Gateway</title></html>",
      { "content-type": "text/html" },
      {
        path: "/api/v1/cards",
      },
    );
    await harness.client.POST("/api/v1/cards", {
      params: { header: { IdempotencyKey: "from-header-1" } },
      body: cardBody(harness.emulator.programGuid),
    });
    expect(cardPosts().map((entry) => entry.headers.idempotencykey)).toEqual([
      "from-header-1",
      "from-header-1",
    ]);
  });

  it("replaying a key returns the original resource and creates nothing", async () => {
    harness = await startHarness();
    const body = cardBody(harness.emulator.programGuid);
    const first = await harness.client.POST("/api/v1/cards", { body, idempotencyKey: "same" });
    const second = await harness.client.POST("/api/v1/cards", { body, idempotencyKey: "same" });
    expect(second.data.card_proxy).toBe(first.data.card_proxy);
    expect(harness.emulator.counts()).toMatchObject({ cards: 1, persons: 1 });
  });

  it("reusing a key with a different body is refused", async () => {
    harness = await startHarness();
    await harness.client.POST("/api/v1/cards", {
      body: cardBody(harness.emulator.programGuid, "Ada"),
      idempotencyKey: "same",
    });
    const error = await rejection(
      harness.client.POST("/api/v1/cards", {
        body: cardBody(harness.emulator.programGuid, "Bob"),
        idempotencyKey: "same",
      }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).message).toContain("IdempotencyKey was already used");
    expect(harness.emulator.counts().cards).toBe(1);
  });
});
