import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listAll } from "../src/index";
import { type Harness, rejection, startHarness } from "./helpers";

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => {
  await harness.close();
});

const pixPath = "/core/v1/pix-qrcode-payments";

async function createCharges(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const { data } = await harness.client.POST("/pix-qrcode-payments", { body: { amount: 100 + index } });
    ids.push(data.id);
  }
  return ids;
}

describe("listAll", () => {
  it("walks every page of a list lazily through paging.after", async () => {
    const { client, emulator } = harness;
    const ids = await createCharges(23);
    emulator.server.clearJournal();

    const seen: string[] = [];
    for await (const payment of listAll(client, "/pix-qrcode-payments", {}, { pageSize: 5 })) {
      seen.push(payment.id);
    }
    expect(seen).toEqual([...ids].reverse());
    const pages = emulator.server.requests({ method: "GET", path: pixPath });
    expect(pages).toHaveLength(5);
    expect(pages.map((entry) => entry.query.get("limit"))).toEqual(["5", "5", "5", "5", "5"]);
    expect(pages[0]?.query.has("after")).toBe(false);
    // Each cursor is the opaque `paging.after` of the previous page.
    const cursors = pages.slice(1).map((entry) => entry.query.get("after"));
    expect(new Set(cursors).size).toBe(4);
    expect(cursors.every((cursor) => typeof cursor === "string" && cursor.length > 0)).toBe(true);
  });

  it("stops at maxItems without fetching the page after", async () => {
    const { client, emulator } = harness;
    const ids = await createCharges(12);
    emulator.server.clearJournal();
    const seen: string[] = [];
    for await (const payment of listAll(client, "/pix-qrcode-payments", {}, { pageSize: 5, maxItems: 7 })) {
      seen.push(payment.id);
    }
    expect(seen).toEqual([...ids].reverse().slice(0, 7));
    expect(emulator.server.requests({ path: pixPath })).toHaveLength(2);
  });

  it("stops fetching when the caller stops iterating", async () => {
    const { client, emulator } = harness;
    await createCharges(12);
    emulator.server.clearJournal();
    let count = 0;
    for await (const _ of listAll(client, "/pix-qrcode-payments", {}, { pageSize: 5 })) {
      count += 1;
      if (count === 6) break;
    }
    expect(emulator.server.requests({ path: pixPath })).toHaveLength(2);
  });

  it("takes path parameters and a starting cursor", async () => {
    const { client, emulator } = harness;
    emulator.setBalance("DEFAULT", 10_000);
    for (let index = 0; index < 7; index += 1) {
      await client.POST("/recipients/{recipientId}/withdrawals", {
        params: { path: { recipientId: "DEFAULT" } },
        body: { amount: 10 + index, method: "PIX", pixKey: "a@b.co", code: `w-${index}` },
      });
    }
    const all = [];
    for await (const withdrawal of listAll(
      client,
      "/recipients/{recipientId}/withdrawals",
      { params: { path: { recipientId: "DEFAULT" } } },
      { pageSize: 3 },
    )) {
      all.push(withdrawal.code);
    }
    expect(all).toEqual(["w-6", "w-5", "w-4", "w-3", "w-2", "w-1", "w-0"]);

    const { data: first } = await client.GET("/recipients/{recipientId}/withdrawals", {
      params: { path: { recipientId: "DEFAULT" }, query: { limit: 3 } },
    });
    const rest = [];
    for await (const withdrawal of listAll(
      client,
      "/recipients/{recipientId}/withdrawals",
      { params: { path: { recipientId: "DEFAULT" }, query: { after: first.paging.after ?? "" } } },
      { pageSize: 3 },
    )) {
      rest.push(withdrawal.code);
    }
    expect(rest).toEqual(["w-3", "w-2", "w-1", "w-0"]);
  });

  it("lists the Developer API's webhook log through client.developer", async () => {
    const { client, emulator } = harness;
    for (const id of await createCharges(12)) emulator.payPixCharge(id);
    emulator.server.clearJournal();
    const events = [];
    for await (const webhook of listAll(
      client.developer,
      "/webhooks",
      { params: { query: { event: "payment.paid" } } },
      { pageSize: 5 },
    )) {
      events.push(webhook.event);
    }
    expect(events).toHaveLength(12);
    expect(emulator.server.journal.map((entry) => entry.path)).toEqual([
      "/developer/v1/webhooks",
      "/developer/v1/webhooks",
      "/developer/v1/webhooks",
    ]);
    expect(emulator.server.journal.every((entry) => entry.query.get("event") === "payment.paid")).toBe(true);
  });
});

describe("cursor paging in the emulator", () => {
  it("pages backwards with paging.before and validates limit and cursors", async () => {
    const { client } = harness;
    await createCharges(6);
    const { data: first } = await client.GET("/pix-qrcode-payments", { params: { query: { limit: 2 } } });
    expect(first.paging.before).toBeNull();
    const { data: second } = await client.GET("/pix-qrcode-payments", {
      params: { query: { limit: 2, after: first.paging.after ?? "" } },
    });
    const { data: back } = await client.GET("/pix-qrcode-payments", {
      params: { query: { limit: 2, before: second.paging.before ?? "" } },
    });
    expect(back.data.map((item) => item.id)).toEqual(first.data.map((item) => item.id));
    const { data: last } = await client.GET("/pix-qrcode-payments", {
      params: { query: { limit: 50, after: second.paging.after ?? "" } },
    });
    expect(last.data).toHaveLength(2);
    expect(last.paging.after).toBeNull();

    const tooMany = await rejection(client.GET("/pix-qrcode-payments", { params: { query: { limit: 51 } } }));
    expect(tooMany).toMatchObject({
      status: 400,
      code: "INVALID_BODY",
      details: ["limit must not be greater than 50"],
    });
    const unknown = await rejection(
      client.GET("/pix-qrcode-payments", {
        params: { query: { after: Buffer.from("nope").toString("base64") } },
      }),
    );
    expect(unknown).toMatchObject({ status: 400, details: ["after must be a valid cursor"] });
  });
});
