import { describe, expectTypeOf, it } from "vitest";
import type { Clik2payClient, components } from "../src/index";

// Pins specs/clik2pay.yaml to Clik2pay's published reference (issue 15): ids the API always returns are
// required, and the types are closed, so a misspelt field fails to compile at any depth.
type Schemas = components["schemas"];
declare const client: Clik2payClient;
const payer = { name: "Jane", email: "jane@example.com" };

describe("always-returned fields are required", () => {
  it("a created payment request always has its id (no `request.id!`)", async () => {
    // https://docs.clik2pay.com/reference/post-v1-merchants-merchantid-payment-requests: "Returns a unique {paymentRequestId}".
    const { data } = await client.POST("/payment-requests", { body: { amount: 25.5, type: "ECOMM", payer } });
    expectTypeOf(data.id).toEqualTypeOf<string>();
    // https://docs.clik2pay.com/reference/post-v1-payments-1: "Returns a unique {paymentId}".
    const payment = await client.POST("/payments", {
      body: { amount: 1, recipient: { email: "a@example.com", mobileNumber: "4165550123" } },
    });
    expectTypeOf(payment.data.id).toEqualTypeOf<string>();
  });
});

describe("closed types", () => {
  it("a misspelt response field fails to compile, at any depth", async () => {
    const { data } = await client.GET("/payment-requests/{paymentRequestId}", {
      params: { path: { paymentRequestId: "pr-1" } },
    });
    void data.shortCode;
    // @ts-expect-error `shortcode` is not a field (it is `shortCode`)
    void data.shortcode;
    // @ts-expect-error `mobile` is not a payer field (it is `mobileNumber`)
    void data.payer?.mobile;
  });

  it("a misspelt nested request field fails to compile", () => {
    void client.POST("/payments", {
      body: {
        amount: 1,
        // @ts-expect-error `mobilenumber` is not a recipient field (it is `mobileNumber`)
        recipient: { email: "a@example.com", mobileNumber: "4165550123", mobilenumber: "1" },
      },
    });
    void client.POST("/payment-requests", {
      // @ts-expect-error `emial` is not a payer field
      body: { amount: 1, type: "ECOMM", payer: { name: "Jane", emial: "jane@example.com" } },
    });
  });

  it("documented optional fields stay optional", () => {
    expectTypeOf<Schemas["PaymentRequest"]["dueDate"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<{ amount: number; recipient: { email: string; mobileNumber: string } }>().toExtend<
      Schemas["CreatePaymentRequest"]
    >();
  });
});
