import { describe, expectTypeOf, it } from "vitest";
import { type components, createQoloClient } from "../src/index";

// Pins specs/qolo.yaml (issue 15): closed types, so a misspelt field fails to compile at any depth,
// while fields the reference documents as optional stay optional.
type Schemas = components["schemas"];
const client = createQoloClient({ loginId: "l", apiKey: "k", environment: "development" });
const programGuid = "5f0c6a8e-3b1d-4c2e-9a7f-1d2e3f4a5b6c";

describe("closed types", () => {
  it("a misspelt response field fails to compile, at any depth", async () => {
    const { data: card } = await client.POST("/api/v1/cards", { body: { program_guid: programGuid } });
    void card.card_status;
    // @ts-expect-error `status` is not a Card field (it is `card_status`)
    void card.status;
    // @ts-expect-error `fulfillment_house` is not a field (it is `fulfillment_house_name`)
    void card.card_tracking_detail?.fulfillment_house;
  });

  it("a misspelt nested request field fails to compile", () => {
    void client.POST("/api/v1/cards", {
      body: { program_guid: programGuid, person: { first_name: "Ana", base_address: { city: "Austin" } } },
    });
    void client.POST("/api/v1/cards", {
      // @ts-expect-error `firstname` is not a PersonDTO field (it is `first_name`)
      body: { program_guid: programGuid, person: { firstname: "Ana" } },
    });
    void client.POST("/api/v1/cards", {
      // @ts-expect-error `zip` is not a base_address field (it is `postal_code`)
      body: { program_guid: programGuid, person: { base_address: { zip: "73301" } } },
    });
  });

  it("documented optional fields stay optional", () => {
    // CreateCard: only `program_guid` is required (https://devdocs.qolopay.com/openapi/qoloreference/operation/CreateCard).
    expectTypeOf<{ program_guid: string }>().toExtend<Schemas["CreateCardRequest"]>();
    expectTypeOf<Schemas["PersonDTO"]["first_name"]>().toEqualTypeOf<string | null | undefined>();
  });
});

// Audit against the published reference (issue 15, specs/AUDIT.md).
describe("audited against the published reference", () => {
  const walletGuid = "17eaeda9-c0ab-4ac3-8ef9-27ac9b388a03";

  it("CreatePerson wraps the person in person_details and requires program_guid", () => {
    // https://devdocs.qolopay.com/openapi/qoloreference/operation/CreatePerson
    void client.POST("/api/v1/persons", {
      body: { program_guid: programGuid, person_details: { first_name: "Ada" }, create_account: false },
    });
    // @ts-expect-error the person goes in `person_details`, not at the top level
    void client.POST("/api/v1/persons", { body: { program_guid: programGuid, first_name: "Ada" } });
    // @ts-expect-error `program_guid` is required
    void client.POST("/api/v1/persons", { body: { person_details: { first_name: "Ada" } } });
  });

  it("PersonDTO fields are `string or null`, as the reference documents them", () => {
    // https://devdocs.qolopay.com/openapi/qoloreference/operation/UpdatePerson (PersonDTO)
    expectTypeOf<Schemas["PersonDTO"]["email"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Schemas["PersonDTO"]["birth_date"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Schemas["PersonDTO"]["mobile_number"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Schemas["Person"]["last_name"]>().toEqualTypeOf<string | null | undefined>();
  });

  it("CreateInstrument: IBAN and BBAN instruments; instrument_type and account_details are required", () => {
    // https://devdocs.qolopay.com/reference/createinstrument
    const iban = { account_number: "DE89370400440532013000", bank_identifier: "COBADEFFXXX" };
    void client.POST("/api/v1/instruments", { body: { instrument_type: "IBAN", account_details: iban } });
    void client.POST("/api/v1/instruments", { body: { instrument_type: "BBAN", account_details: iban } });
    // @ts-expect-error `account_details` is required
    void client.POST("/api/v1/instruments", { body: { instrument_type: "CARD" } });
    // @ts-expect-error `instrument_type` is required
    void client.POST("/api/v1/instruments", { body: { account_details: iban } });
  });

  it("a webhook subscription needs program_guid, url and event_type; secret is optional", () => {
    // https://devdocs.qolopay.com/openapi/qoloreference/operation/UpdateNotificationById
    const url = "https://hooks.example.com/qolo";
    void client.POST("/api/v1/notifications", {
      body: { program_guid: programGuid, url, event_type: ["all"] },
    });
    // @ts-expect-error `event_type` is required
    void client.POST("/api/v1/notifications", { body: { program_guid: programGuid, url } });
    expectTypeOf<Schemas["NotificationRequest"]["secret"]>().toEqualTypeOf<string | null | undefined>();
  });

  it("PersonDTO takes the documented fields the model lacked", () => {
    // https://devdocs.qolopay.com/openapi/qoloreference/operation/GetPersonById and https://devdocs.qolopay.com/docs/card
    void client.POST("/api/v1/persons", {
      body: {
        program_guid: programGuid,
        person_details: {
          first_name: "Ada",
          middle_name: "King",
          contact_type: "INVENTORYMANAGER",
          identifications: [{ govt_id_type: "NOTPROVIDED", govt_id_number: "0" }],
          additional_data: { tier: "gold" },
          nationality: "GBR",
          base_address: { address_line1: "1 Main St", address_line2: "Suite 2", city: "Austin" },
          mailing_address: { city: "Austin" },
        },
      },
    });
    void client.POST("/api/v1/persons", {
      body: {
        program_guid: programGuid,
        // @ts-expect-error `address_line_2` is not an address field (it is `address_line2`)
        person_details: { mailing_address: { address_line_2: "x" } },
      },
    });
  });

  it("CreateAccount takes the documented fields", () => {
    // https://devdocs.qolopay.com/openapi/qoloreference/operation/CreateAccount
    void client.POST("/api/v1/accounts", {
      body: {
        wallet_guid: walletGuid,
        account_currencies: ["EUR"],
        account_type: "GENERAL",
        account_limit: null,
      },
    });
    // @ts-expect-error `currency` is not a field (it is `account_currencies`, an array)
    void client.POST("/api/v1/accounts", { body: { wallet_guid: walletGuid, currency: "EUR" } });
    // @ts-expect-error `account_type` is a closed enum
    void client.POST("/api/v1/accounts", { body: { wallet_guid: walletGuid, account_type: "SAVINGS" } });
  });
});
