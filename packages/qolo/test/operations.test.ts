import { afterEach, describe, expect, it } from "vitest";
import { BadRequestError, type components, NotFoundError } from "../src/index";
import {
  apiRequests,
  createCard,
  fundedCard,
  type Harness,
  rejection,
  START,
  startHarness,
  uuidPattern,
} from "./helpers";

type CreatePersonRequest = components["schemas"]["CreatePersonRequest"];

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

const person = {
  first_name: "Grace",
  last_name: "Hopper",
  birth_date: "1906-12-09",
  email: "grace@example.com",
  mobile_number: "+15555550123",
  base_address: {
    address_line1: "1 Navy Way",
    city: "Arlington",
    state: "VA",
    postal_code: "22202",
    country: "USA",
  },
};

describe("cards", () => {
  it("createCard creates a PENDING card plus its person, wallet and account, sent as exact JSON", async () => {
    harness = await startHarness();
    const body = {
      program_guid: harness.emulator.programGuid,
      person,
      months_until_expire: 24,
      wallet_name: "Main",
      account_name: "Spending",
    };
    const { data, response } = await harness.client.POST("/api/v1/cards", { body });
    expect(response.status).toBe(201);
    expect(data.card_status).toBe("PENDING");
    expect(data.card_proxy).toMatch(/^\d{13}$/);
    expect(data.mask_card_pan).toMatch(/^X{12}\d{4}$/);
    // 24 months after 2025-06 → 2706 (YYMM, as in the documented sample "2212").
    expect(data.expiration_date).toBe("2706");
    expect(data.sys_utcinserted).toBe(new Date(START).toISOString());
    const [request] = apiRequests(harness);
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.body).toBe(JSON.stringify(body));
    expect(harness.emulator.counts()).toMatchObject({ persons: 1, wallets: 1, accounts: 1, cards: 1 });
  });

  it("returns fields Qolo added without a version change instead of failing on them", async () => {
    harness = await startHarness();
    const card = await createCard(harness);
    // Not in the spec's Card schema, so not in its (closed) type: the client must still pass them through.
    const unknownFields = card as Record<string, unknown>;
    expect(unknownFields.program_guid).toBe(harness.emulator.programGuid);
    expect(unknownFields.account_guid).toMatch(uuidPattern);
    expect(card.card_tracking_detail?.fulfillment_house_name).toBe("Emulated Fulfillment");
  });

  it("createCard for an existing person and wallet reuses them", async () => {
    harness = await startHarness();
    const first = await createCard(harness);
    const owner = harness.emulator.getCard(String(first.card_proxy));
    const { data } = await harness.client.POST("/api/v1/cards", {
      body: {
        program_guid: harness.emulator.programGuid,
        person: { person_guid: String(owner?.personGuid) },
        wallet_guid: String(owner?.walletGuid),
      },
    });
    expect(data.wallet_guid).toBe(owner?.walletGuid);
    expect(harness.emulator.counts()).toMatchObject({ persons: 1, wallets: 1, accounts: 1, cards: 2 });
  });

  it("an unknown program is a 404 Program not found", async () => {
    harness = await startHarness();
    const error = await rejection(
      harness.client.POST("/api/v1/cards", {
        body: { program_guid: "00000000-0000-4000-8000-000000000000" },
      }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe("qolo: 404 Program not found");
  });

  it("activateCard and statusCard walk the life cycle; an invalid transition is a 400", async () => {
    harness = await startHarness();
    const proxy = String((await createCard(harness)).card_proxy);
    const path = { card_proxy: proxy };
    const activated = await harness.client.POST("/api/v1/cards/{card_proxy}/activate", { params: { path } });
    expect(activated.data.card_status).toBe("ACTIVE");
    const [activation] = harness.emulator.server.requests({ path: `/api/v1/cards/${proxy}/activate` });
    expect(activation?.body).toBe("");

    const suspended = await harness.client.POST("/api/v1/cards/{card_proxy}/status", {
      params: { path },
      body: { status: "SUSPEND", reason_code: "CUSTOMER_REQUEST", reason_description: null },
    });
    expect(suspended.data.card_status).toBe("SUSPEND");
    const lost = await harness.client.POST("/api/v1/cards/{card_proxy}/status", {
      params: { path },
      body: { status: "LOST" },
    });
    expect(lost.data.card_status).toBe("LOST");

    const error = await rejection(
      harness.client.POST("/api/v1/cards/{card_proxy}/status", {
        params: { path },
        body: { status: "ACTIVE" },
      }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).message).toBe(
      "qolo: 400 Invalid card status transition from LOST to ACTIVE",
    );
    expect(harness.emulator.getCard(proxy)?.statusHistory).toEqual(["PENDING", "ACTIVE", "SUSPEND", "LOST"]);
  });

  it("a PENDING card is activated with statusCard too, and an unknown card is 404 Card not found", async () => {
    harness = await startHarness();
    const proxy = String((await createCard(harness)).card_proxy);
    const { data } = await harness.client.POST("/api/v1/cards/{card_proxy}/status", {
      params: { path: { card_proxy: proxy } },
      body: { status: "ACTIVE" },
    });
    expect(data.card_status).toBe("ACTIVE");
    const error = await rejection(
      harness.client.POST("/api/v1/cards/{card_proxy}/status", {
        params: { path: { card_proxy: "0000000000000" } },
        body: { status: "SUSPEND" },
      }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe("qolo: 404 Card not found");
  });

  it("setPin and getPin", async () => {
    harness = await startHarness();
    const proxy = String((await createCard(harness)).card_proxy);
    const path = { card_proxy: proxy };
    await harness.client.POST("/api/v1/cards/{card_proxy}/pin", { params: { path }, body: { pin: "4321" } });
    const { data } = await harness.client.GET("/api/v1/cards/{card_proxy}/pin", { params: { path } });
    expect(data).toEqual({ card_proxy: proxy, pin: "4321" });
  });
});

describe("persons, wallets, accounts and instruments", () => {
  it("createPerson, updatePerson and performKyc", async () => {
    harness = await startHarness();
    const created = await harness.client.POST("/api/v1/persons", {
      body: { program_guid: harness.emulator.programGuid, person_details: { first_name: "Grace" } },
    });
    expect(created.response.status).toBe(201);
    expect(created.data.person_status).toBe("UNVERIFIED");
    expect(created.data.first_name).toBe("Grace");
    const detailed = await harness.client.POST("/api/v1/persons", {
      body: {
        program_guid: harness.emulator.programGuid,
        person_details: {
          last_name: "Hopper",
          middle_name: "Brewster",
          mailing_address: { city: "Arlington" },
        },
      },
    });
    expect(detailed.data).toMatchObject({ middle_name: "Brewster", mailing_address: { city: "Arlington" } });
    const personGuid = String(created.data.person_guid);
    const params = { path: { person_guid: personGuid } };
    const incomplete = await harness.client.POST("/api/v1/persons/{person_guid}/kyc", { params });
    expect(incomplete.data.person_status).toBe("INCOMPLETE");
    const updated = await harness.client.PUT("/api/v1/persons/{person_guid}", { params, body: person });
    expect(updated.data.last_name).toBe("Hopper");
    const cleared = await harness.client.POST("/api/v1/persons/{person_guid}/kyc", { params });
    expect(cleared.data.person_status).toBe("CLEARED");
  });

  it("createWallet, searchWallet and createAccount", async () => {
    harness = await startHarness();
    const { data: created } = await harness.client.POST("/api/v1/persons", {
      body: { program_guid: harness.emulator.programGuid, person_details: person },
    });
    const wallet = await harness.client.POST("/api/v1/wallets", {
      body: { person_guid: created.person_guid, wallet_name: "Travel" },
    });
    expect(wallet.response.status).toBe(201);
    const account = await harness.client.POST("/api/v1/accounts", {
      body: {
        wallet_guid: String(wallet.data.wallet_guid),
        account_name: "EUR pot",
        account_currencies: ["EUR"],
      },
    });
    expect(account.data).toMatchObject({ wallet_guid: wallet.data.wallet_guid, currency: "EUR", balance: 0 });
    const { data: found } = await harness.client.POST("/api/v1/wallets/search", {
      body: { person_guid: created.person_guid },
    });
    expect(found).toMatchObject({ total: 1, results: [{ wallet_guid: wallet.data.wallet_guid }] });
  });

  it("createPerson takes the documented body: program_guid plus person_details (CreatePerson reference)", async () => {
    harness = await startHarness();
    const flat = await rejection(
      // The pre-audit shape: the person at the top level, no program.
      harness.client.POST("/api/v1/persons", { body: person as unknown as CreatePersonRequest }),
    );
    expect(flat).toBeInstanceOf(BadRequestError);
    const unknownProgram = await rejection(
      harness.client.POST("/api/v1/persons", {
        body: { program_guid: "00000000-0000-4000-8000-000000000000", person_details: person },
      }),
    );
    expect(unknownProgram).toBeInstanceOf(NotFoundError);
    expect(harness.emulator.counts().persons).toBe(0);
  });

  it("createAccount reads account_currencies (CreateAccount reference)", async () => {
    harness = await startHarness();
    const { data: created } = await harness.client.POST("/api/v1/persons", {
      body: { program_guid: harness.emulator.programGuid, person_details: person },
    });
    const { data: wallet } = await harness.client.POST("/api/v1/wallets", {
      body: { person_guid: created.person_guid },
    });
    const bad = await rejection(
      harness.client.POST("/api/v1/accounts", {
        body: { wallet_guid: String(wallet.wallet_guid), account_currencies: ["euro"] },
      }),
    );
    expect(bad).toBeInstanceOf(BadRequestError);
    const { data } = await harness.client.POST("/api/v1/accounts", {
      body: { wallet_guid: String(wallet.wallet_guid), account_currencies: ["CAD"], account_type: "GENERAL" },
    });
    expect(data).toMatchObject({ wallet_guid: wallet.wallet_guid, currency: "CAD" });
  });

  it.each([
    {
      type: "BANKDDA" as const,
      details: { routing_number: "021000021", account_number: "123456789" },
      masked: { routing_number: "XXXX0021", account_number: "XXXX6789" },
    },
    // IBAN and BBAN are documented instrument types (https://devdocs.qolopay.com/reference/createinstrument).
    {
      type: "IBAN" as const,
      details: { account_number: "DE89370400440532013000", bank_identifier: "COBADEFFXXX" },
      masked: { account_number: "XXXX3000", bank_identifier: "COBADEFFXXX" },
    },
  ])("createInstrument ($type) masks the account number", async ({ type, details, masked }) => {
    harness = await startHarness();
    const { data, response } = await harness.client.POST("/api/v1/instruments", {
      body: { instrument_type: type, account_details: details },
    });
    expect(response.status).toBe(201);
    expect(data.outside_instrument_guid).toMatch(uuidPattern);
    expect(data.account_details).toEqual(masked);
  });
});

describe("transfers and transactions", () => {
  it("createTransfer moves money between cards and records transactions", async () => {
    harness = await startHarness();
    const from = await fundedCard(harness, 100.5, "load-from");
    const to = await fundedCard(harness, 0.01, "load-to");
    const { data, response } = await harness.client.POST("/api/v1/transfers", {
      body: {
        client_reference_id: "c2c-1",
        channel_type: "NotSet",
        transfer_type: "CARDTOCARD",
        amount: 40.25,
        currency: "USD",
        description: "Lunch",
        source: { card_proxy: from },
        destination: { card_proxy: to },
      },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ client_reference_id: "c2c-1", status: "COMPLETED", amount: 40.25 });
    const balance = (proxy: string) =>
      harness.emulator.getAccount(harness.emulator.getCard(proxy)?.accountGuid ?? "")?.balance;
    expect(balance(from)).toBe(60.25);
    expect(balance(to)).toBe(40.26);

    const search = await harness.client.POST("/api/v1/transactions/search", {
      body: { client_reference_id: "c2c-1" },
    });
    const results = (search.data as { results: { transaction_guid: string; direction: string }[] }).results;
    expect(results.map((entry) => entry.direction)).toEqual(["DEBIT", "CREDIT"]);
    const transactionGuid = results[0]?.transaction_guid ?? "";
    const { data: transaction } = await harness.client.GET("/api/v1/transactions/{transaction_guid}", {
      params: { path: { transaction_guid: transactionGuid } },
    });
    expect(transaction).toMatchObject({ transaction_guid: transactionGuid, amount: 40.25, card_proxy: from });
  });

  it("insufficient funds is a 400 and an unknown account a 404 Account not found", async () => {
    harness = await startHarness();
    const from = await fundedCard(harness, 10);
    const body = {
      client_reference_id: "too-much",
      transfer_type: "CARDTOPARTNER" as const,
      amount: 10.01,
      currency: "USD",
      source: { card_proxy: from },
      destination: {},
    };
    const poor = await rejection(harness.client.POST("/api/v1/transfers", { body }));
    expect(poor).toBeInstanceOf(BadRequestError);
    expect((poor as BadRequestError).message).toBe("qolo: 400 Insufficient funds");
    const missing = await rejection(
      harness.client.POST("/api/v1/transfers", {
        body: { ...body, client_reference_id: "ghost", source: { account_guid: crypto.randomUUID() } },
      }),
    );
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((missing as NotFoundError).message).toBe("qolo: 404 Account not found");
  });

  it("a PENDING card cannot send money", async () => {
    harness = await startHarness();
    const proxy = String((await createCard(harness)).card_proxy);
    const error = await rejection(
      harness.client.POST("/api/v1/transfers", {
        body: {
          client_reference_id: "pending",
          transfer_type: "CARDTOPARTNER",
          amount: 1,
          currency: "USD",
          source: { card_proxy: proxy },
          destination: {},
        },
      }),
    );
    expect((error as BadRequestError).message).toContain("only ACTIVE cards can send funds");
  });
});

describe("notifications (webhook subscriptions)", () => {
  it("a subscription without a secret is accepted (secret is optional in the reference)", async () => {
    harness = await startHarness();
    const { data, response } = await harness.client.POST("/api/v1/notifications", {
      body: {
        program_guid: harness.emulator.programGuid,
        url: "https://hooks.example.com/q",
        event_type: ["all"],
      },
    });
    expect(response.status).toBe(201);
    expect(data.secret ?? null).toBeNull();
  });

  it("create, list, update and delete a subscription", async () => {
    harness = await startHarness();
    const body = {
      program_guid: harness.emulator.programGuid,
      url: "https://hooks.example.com/qolo",
      secret: "whsec-1",
      event_type: ["card.created", "card.activated"] as ("card.created" | "card.activated")[],
      headers: null,
      active: true,
    };
    const created = await harness.client.POST("/api/v1/notifications", { body });
    expect(created.response.status).toBe(201);
    const guid = String(created.data.notification_guid);
    expect(guid).toMatch(uuidPattern);
    const params = { path: { notification_guid: guid } };
    const updated = await harness.client.PUT("/api/v1/notifications/{notification_guid}", {
      params,
      body: { ...body, event_type: ["all"] },
    });
    expect(updated.data.event_type).toEqual(["all"]);
    const listed = await harness.client.GET("/api/v1/notifications");
    expect(listed.data).toMatchObject({ total: 1, results: [{ notification_guid: guid }] });
    const deleted = await harness.client.DELETE("/api/v1/notifications/{notification_guid}", { params });
    expect(deleted.response.status).toBe(200);
    expect(harness.emulator.counts().notifications).toBe(0);
    const again = await rejection(
      harness.client.DELETE("/api/v1/notifications/{notification_guid}", { params }),
    );
    expect(again).toBeInstanceOf(NotFoundError);
  });

  it("a delete answered 204 (the other plausible success) resolves with data undefined", async () => {
    harness = await startHarness();
    const path = "/api/v1/notifications/{notification_guid}";
    harness.emulator.server.failNext(204, undefined, {}, { method: "DELETE", path });
    const deleted = await harness.client.DELETE(path, { params: { path: { notification_guid: "n-1" } } });
    expect(deleted.response.status).toBe(204);
    expect(deleted.data).toBeUndefined();
  });

  it("rejects an unknown event type and a plain-http URL with field errors", async () => {
    harness = await startHarness();
    const error = await rejection(
      harness.client.POST("/api/v1/notifications", {
        body: {
          program_guid: harness.emulator.programGuid,
          url: "http://hooks.example.com/qolo",
          secret: "s",
          event_type: ["card.exploded" as "card.created"],
        },
      }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    const failure = error as BadRequestError;
    expect(failure.message).toContain("url: must be an https:// URL");
    expect(failure.message).toContain("event_type[0]: must be one of");
    expect(failure.details).toEqual([
      expect.objectContaining({ field: "url" }),
      expect.objectContaining({ field: "event_type[0]" }),
    ]);
  });
});
