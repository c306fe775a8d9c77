import { describe, expectTypeOf, it } from "vitest";
import {
  type components,
  createQoloClient,
  type QoloEnvironment,
  type QoloEventType,
  type QoloWebhook,
  type QoloWebhookEvent,
  type QoloWebhookEvents,
  type QoloWebhookEventType,
  verifyQoloWebhook,
} from "../src/index";
import type { QoloEmulator } from "../src/testing/index";

const client = createQoloClient({ loginId: "l", apiKey: "k", environment: "development" });
const programGuid = "5f0c6a8e-3b1d-4c2e-9a7f-1d2e3f4a5b6c";

describe("client options", () => {
  it("take an environment or a baseUrl, never both or neither", () => {
    expectTypeOf<QoloEnvironment>().toEqualTypeOf<"development" | "keybank-development">();
    createQoloClient({ loginId: "l", apiKey: "k", baseUrl: "https://api.example.com" });
    // @ts-expect-error neither environment nor baseUrl
    createQoloClient({ loginId: "l", apiKey: "k" });
    // @ts-expect-error both environment and baseUrl
    createQoloClient({
      loginId: "l",
      apiKey: "k",
      environment: "development",
      baseUrl: "https://x.example.com",
    });
    // @ts-expect-error the production host is not published, so there is no such environment
    createQoloClient({ loginId: "l", apiKey: "k", environment: "production" });
    // @ts-expect-error apiKey is required
    createQoloClient({ loginId: "l", environment: "development" });
  });
});

describe("calls", () => {
  it("resolve with non-optional typed data", async () => {
    const { data } = await client.POST("/api/v1/cards", { body: { program_guid: programGuid } });
    // openapi-fetch flattens the schema's intersection, so compare both ways rather than for identity.
    expectTypeOf(data).toMatchTypeOf<components["schemas"]["Card"]>();
    expectTypeOf<components["schemas"]["Card"]>().toMatchTypeOf<typeof data>();
    expectTypeOf<undefined>().not.toMatchTypeOf<typeof data>();
    expectTypeOf(data.card_status).toEqualTypeOf<components["schemas"]["CardStatus"] | undefined>();
    // The type is closed: fields Qolo adds later arrive at run time but are not typed, so a typo fails.
    // @ts-expect-error `status` is not a Card field (it is `card_status`)
    void data.status;
    const transfer = await client.POST("/api/v1/transfers", {
      body: {
        client_reference_id: "r",
        transfer_type: "CARDTOCARD",
        amount: 1.5,
        currency: "USD",
        source: { card_proxy: "1" },
        destination: { card_proxy: "2" },
      },
      idempotencyKey: "my-key",
    });
    expectTypeOf(transfer.data).toMatchTypeOf<components["schemas"]["Transfer"]>();
    expectTypeOf<undefined>().not.toMatchTypeOf<typeof transfer.data>();
  });

  it("keep undefined in data where a success may have no content (delete: 200 or 204)", async () => {
    const { data } = await client.DELETE("/api/v1/notifications/{notification_guid}", {
      params: { path: { notification_guid: "n-1" } },
    });
    expectTypeOf<undefined>().toMatchTypeOf<typeof data>();
    expectTypeOf<NonNullable<typeof data>>().toEqualTypeOf<components["schemas"]["UnverifiedObject"]>();
    // @ts-expect-error data may be undefined (a 204), so it must be checked before use
    data.deleted;
  });

  it("reject unknown paths and methods", () => {
    // @ts-expect-error no such path
    client.GET("/api/v1/card", {});
    // @ts-expect-error cards are created with POST, there is no GET on the collection
    client.GET("/api/v1/cards", {});
    // @ts-expect-error the version is part of the path
    client.POST("/cards", { body: { program_guid: programGuid } });
  });

  it("reject unknown body fields, missing required fields and values outside the enums", () => {
    client.POST("/api/v1/cards", {
      // @ts-expect-error typo: programGuid instead of program_guid
      body: { programGuid },
    });
    // @ts-expect-error program_guid is required
    client.POST("/api/v1/cards", { body: { months_until_expire: 12 } });
    client.POST("/api/v1/transfers", {
      // @ts-expect-error amount is required
      body: {
        client_reference_id: "r",
        transfer_type: "CARDTOCARD",
        currency: "USD",
        source: {},
        destination: {},
      },
    });
    client.POST("/api/v1/transfers", {
      body: {
        client_reference_id: "r",
        // @ts-expect-error not a documented transfer type
        transfer_type: "CARD2CARD",
        amount: 1,
        currency: "USD",
        source: {},
        destination: {},
      },
    });
    client.POST("/api/v1/cards/{card_proxy}/status", {
      params: { path: { card_proxy: "1" } },
      // @ts-expect-error not a documented card status
      body: { status: "FROZEN" },
    });
    client.POST("/api/v1/transfers", {
      body: {
        client_reference_id: "r",
        transfer_type: "CARDTOCARD",
        // @ts-expect-error amounts are JSON numbers
        amount: "1.00",
        currency: "USD",
        source: {},
        destination: {},
      },
    });
  });

  it("require path parameters", () => {
    // @ts-expect-error card_proxy is missing
    client.POST("/api/v1/cards/{card_proxy}/activate", { params: { path: {} } });
    // @ts-expect-error the init with the path parameter is required
    client.GET("/api/v1/cards/{card_proxy}/pin");
  });
});

describe("webhooks", () => {
  it("are typed per documented event type", async () => {
    expectTypeOf<"card.created">().toMatchTypeOf<QoloWebhookEventType>();
    expectTypeOf<"all">().not.toMatchTypeOf<QoloWebhookEventType>();
    expectTypeOf<"all">().toMatchTypeOf<QoloEventType>();
    expectTypeOf<QoloWebhookEvents["card.created"]>().toEqualTypeOf<
      components["schemas"]["CardCreatedEvent"]
    >();
    expectTypeOf<QoloWebhookEvents["realtimepayment"]>().toEqualTypeOf<
      components["schemas"]["RealTimePaymentEvent"]
    >();
    expectTypeOf(verifyQoloWebhook).returns.resolves.toEqualTypeOf<QoloWebhook>();
    const delivery = await verifyQoloWebhook({ payload: "{}", headers: {}, secret: "s" });
    expectTypeOf(delivery.type).toEqualTypeOf<undefined>();
    expectTypeOf(delivery.event).toEqualTypeOf<QoloWebhookEvent>();
    // @ts-expect-error the subscription secret is required
    verifyQoloWebhook({ payload: "{}", headers: {} });
    // @ts-expect-error the secret option is `secret`, as in every verifier
    verifyQoloWebhook({ payload: "{}", headers: {}, signingSecret: "s" });
  });

  it("the emulator signs with a secret or a subscription", () => {
    expectTypeOf<QoloEmulator["signWebhook"]>()
      .parameter(1)
      .toEqualTypeOf<{ secret: string } | { notificationGuid: string }>();
  });
});
