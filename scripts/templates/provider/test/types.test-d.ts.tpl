import { describe, expectTypeOf, it } from "vitest";
import { create__Pascal__Client } from "../src/index";

const client = create__Pascal__Client({ clientId: "id", clientSecret: "secret", environment: "sandbox" });

describe("__name__ types", () => {
  it("types data and rejects wrong calls", async () => {
    const { data } = await client.GET("/payments/{id}", { params: { path: { id: "1" } } });
    expectTypeOf(data.id).toEqualTypeOf<string>();
    // @ts-expect-error unknown path
    void client.GET("/nope");
    // @ts-expect-error wrong body field type
    void client.POST("/payments", { body: { amount: "1", currency: "EUR" } });
    // @ts-expect-error missing required body field
    void client.POST("/payments", { body: { amount: 1 } });
  });
});
