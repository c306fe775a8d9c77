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
    expectTypeOf<Schemas["PersonDTO"]["first_name"]>().toEqualTypeOf<string | undefined>();
  });
});
