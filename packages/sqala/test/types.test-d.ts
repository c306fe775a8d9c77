import { describe, expectTypeOf, it } from "vitest";
import {
  type components,
  createSqalaClient,
  listAll,
  type SqalaErrorCode,
  type SqalaWebhook,
  type SqalaWebhookEvent,
  type SqalaWebhookEventName,
  type SqalaWebhookEvents,
  verifySqalaWebhook,
} from "../src/index";
import { createSqalaEmulator, type SqalaEmulator } from "../src/testing/index";

type Schemas = components["schemas"];
const client = createSqalaClient({ appId: "a", appSecret: "s", refreshToken: "r" });

describe("typed calls", () => {
  it("data is the success body, never optional", async () => {
    const created = await client.POST("/pix-qrcode-payments", { body: { amount: 990 } });
    expectTypeOf(created.data).toExtend<Schemas["PixQrCodePayment"]>();
    expectTypeOf<Schemas["PixQrCodePayment"]>().toExtend<typeof created.data>();
    expectTypeOf<undefined>().not.toExtend<typeof created.data>();
    expectTypeOf(created.data.id).toEqualTypeOf<string>();
    expectTypeOf(created.data.payload).toEqualTypeOf<string | undefined>();
    expectTypeOf(created.response).toEqualTypeOf<Response>();
    const page = await client.GET("/recipients", { params: { query: { limit: 50 } } });
    expectTypeOf(page.data.data).items.toExtend<Schemas["Recipient"]>();
    expectTypeOf(page.data.paging.after).toEqualTypeOf<string | null>();
    const webhooks = await client.developer.GET("/webhooks");
    expectTypeOf(webhooks.data.data).items.toExtend<Schemas["WebhookLog"]>();
  });

  it("wrong paths, bodies and parameters fail to compile", () => {
    // @ts-expect-error unknown path
    void client.GET("/payments", {});
    // @ts-expect-error the token endpoint is driven by the client, not callable
    void client.POST("/access-tokens", { body: { refreshToken: "r" } });
    // @ts-expect-error the webhook log lives on client.developer
    void client.GET("/webhooks", {});
    // @ts-expect-error core paths are not on the developer client
    void client.developer.GET("/recipients", {});
    // @ts-expect-error amount is an integer number of cents, not a string
    void client.POST("/pix-qrcode-payments", { body: { amount: "9.90" } });
    // @ts-expect-error unknown body field (typo of `amount`)
    void client.POST("/pix-qrcode-payments", { body: { amount: 990, ammount: 990 } });
    const path = { recipientId: "DEFAULT" };
    // @ts-expect-error missing required field `method`
    void client.POST("/recipients/{recipientId}/withdrawals", { params: { path }, body: { amount: 100 } });
    // @ts-expect-error `type` must be INDIVIDUAL or COMPANY
    void client.POST("/recipients", { body: { name: "x", taxId: "1", type: "PERSON" } });
    // @ts-expect-error missing path parameter
    void client.GET("/recipients/{id}");
    // @ts-expect-error limit is a number
    void client.GET("/pix-qrcode-payments", { params: { query: { limit: "5" } } });
    // @ts-expect-error the card vault requires the publicKey query parameter
    void client.POST("/card-vaults", { body: { cvv: "123" } });
    void client.POST("/pix-qrcode-payments", { body: { amount: 990, code: "order-1" }, maxRetries: 0 });
  });
});

describe("listAll", () => {
  it("yields the list's item type", () => {
    expectTypeOf(listAll(client, "/pix-qrcode-payments")).toEqualTypeOf<
      AsyncGenerator<Schemas["PixQrCodePayment"], void, undefined>
    >();
    expectTypeOf(listAll(client.developer, "/webhooks")).toEqualTypeOf<
      AsyncGenerator<Schemas["WebhookLog"], void, undefined>
    >();
    expectTypeOf(
      listAll(client, "/recipients/{recipientId}/withdrawals", {
        params: { path: { recipientId: "DEFAULT" } },
      }),
    ).toEqualTypeOf<AsyncGenerator<Schemas["Withdrawal"], void, undefined>>();
  });

  it("rejects non-list paths and missing path parameters", () => {
    // @ts-expect-error not a list
    void listAll(client, "/recipients/{id}");
    // @ts-expect-error the recipient id is required
    void listAll(client, "/recipients/{recipientId}/withdrawals");
    // @ts-expect-error the page size is an option of listAll, not a query parameter
    void listAll(client, "/recipients", { params: { query: { limit: 50 } } });
    // @ts-expect-error the Developer API's list is on client.developer
    void listAll(client, "/webhooks");
    void listAll(
      client.developer,
      "/webhooks",
      { params: { query: { status: "FAILED", after: "cursor" } } },
      {
        pageSize: 50,
        maxItems: 200,
      },
    );
  });
});

describe("errors and webhooks", () => {
  it("error codes are open strings with the documented ones suggested", () => {
    expectTypeOf<"CODE_ALREADY_EXISTS">().toExtend<SqalaErrorCode>();
    expectTypeOf<"SOMETHING_NEW">().toExtend<SqalaErrorCode>();
  });

  it("verified events are discriminated by name", async () => {
    const delivery = await verifySqalaWebhook({ payload: "{}", secret: "s" });
    expectTypeOf(delivery).toEqualTypeOf<SqalaWebhook>();
    expectTypeOf(delivery.id).toEqualTypeOf<string>();
    expectTypeOf<"payment.paid">().toExtend<SqalaWebhookEventName>();
    expectTypeOf<"subscription.charge.paid">().toExtend<SqalaWebhookEventName>();
    expectTypeOf(delivery.type).toEqualTypeOf<SqalaWebhookEventName | "unknown">();
    if (delivery.type === "withdrawal.failed") {
      expectTypeOf(delivery.event).toEqualTypeOf<SqalaWebhookEvents["withdrawal.failed"]>();
      expectTypeOf(delivery.event.data.failedReason).toEqualTypeOf<string | null | undefined>();
      expectTypeOf(delivery.event).toExtend<SqalaWebhookEvent>();
    } else if (delivery.type === "unknown") {
      expectTypeOf(delivery.eventType).toEqualTypeOf<string>();
    }
    // @ts-expect-error payloads need the raw body
    void verifySqalaWebhook({ payload: { event: "payment.paid" }, secret: "s" });
    // the same call as every verifier compiles (headers are accepted, not read); other names do not
    void verifySqalaWebhook({ payload: "{}", headers: {}, secret: "s" });
    // @ts-expect-error the endpoint secret is `secret`
    void verifySqalaWebhook({ payload: "{}", endpointSecret: "s" });
    // @ts-expect-error Sqala signs no timestamp: no replay window to configure
    void verifySqalaWebhook({ payload: "{}", secret: "s", toleranceSeconds: 60 });
  });

  it("the emulator's helpers are typed", async () => {
    const emulator: SqalaEmulator = await createSqalaEmulator({ tokenLifetimeSeconds: 3600 });
    expectTypeOf(emulator.payWithdrawal("id").status).toEqualTypeOf<
      Schemas["WithdrawalStatus"] | undefined
    >();
    // @ts-expect-error unknown withdrawal status
    emulator.advanceWithdrawal("id", "DONE");
  });
});
