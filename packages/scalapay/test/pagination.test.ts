import { afterEach, describe, expect, it } from "vitest";
import { listAll } from "../src/index";
import { authorizedOrder, eur, type Harness, START, startHarness } from "./helpers";

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

async function collect<Item>(items: AsyncIterable<Item>): Promise<Item[]> {
  const all: Item[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe("listAll over the reporting lists (page style: page from 0, size, hasMore)", () => {
  it("walks every order page by page, with the caller's window, and caps at maxItems", async () => {
    harness = await startHarness();
    const { client, emulator } = harness;
    const tokens: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      tokens.push(await authorizedOrder(harness, { merchantReference: `r-${index}` }));
      emulator.clock.advance(60_000);
    }
    emulator.server.clearJournal();

    const orders = await collect(listAll(client, "/v1/reporting/orders", {}, { pageSize: 3 }));
    expect(orders.map((order) => order.orderTokenLast4)).toEqual(tokens.map((token) => token.slice(-4)));
    const pages = emulator.server.requests({ path: "/v1/reporting/orders" });
    expect(pages.map((entry) => entry.query.toString())).toEqual([
      "size=3&page=0",
      "size=3&page=1",
      "size=3&page=2",
    ]);

    const window = {
      startDate: new Date(START + 60_000).toISOString(),
      endDate: new Date(START + 180_000).toISOString(),
    };
    const windowed = await collect(
      listAll(client, "/v1/reporting/orders", { params: { query: window } }, { pageSize: 2 }),
    );
    expect(windowed.map((order) => order.orderTokenLast4)).toEqual(
      tokens.slice(1, 4).map((token) => token.slice(-4)),
    );

    emulator.server.clearJournal();
    expect(
      await collect(listAll(client, "/v1/reporting/orders", {}, { pageSize: 2, maxItems: 3 })),
    ).toHaveLength(3);
    expect(emulator.server.requests({ path: "/v1/reporting/orders" })).toHaveLength(2);
  });

  it("lists refunds, and an empty list in one request (payouts, disputes with their required window)", async () => {
    harness = await startHarness();
    const { client, emulator } = harness;
    const token = await authorizedOrder(harness);
    await client.POST("/v2/payments/capture", { body: { token } });
    for (const amount of ["1.00", "2.00", "3.00"]) {
      await client.POST("/v2/payments/{token}/refund", {
        params: { path: { token } },
        body: { refundAmount: eur(amount) },
      });
    }
    const refunds = await collect(listAll(client, "/v1/reporting/refunds", {}, { pageSize: 2 }));
    expect(refunds.map((refund) => refund.amount)).toEqual([eur("1.00"), eur("2.00"), eur("3.00")]);

    emulator.server.clearJournal();
    expect(await collect(listAll(client, "/v1/reporting/payouts"))).toEqual([]);
    const disputes = listAll(client, "/v1/reporting/disputes", {
      params: { query: { startDate: "2025-03-01", endDate: "2025-03-31" } },
    });
    expect(await collect(disputes)).toEqual([]);
    expect(emulator.server.journal).toHaveLength(2);
  });
});
