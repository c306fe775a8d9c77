import { describe, expectTypeOf, it } from "vitest";
import { type components, createSqalaClient } from "../src/index";

// Pins specs/sqala.yaml to Sqala's published reference (issue 15): nullability seen in real responses,
// the withdrawal method enum, the metadata entry shape, and closed types (a typo fails to compile).
type Schemas = components["schemas"];
const client = createSqalaClient({ appId: "a", appSecret: "s", refreshToken: "r" });

describe("nullability from real responses", () => {
  it("withdrawal bankAccount.metadata and recipient.metadata can be null", () => {
    // https://sqala.readme.io/reference/withdrawal: the output shows "bankAccount": {…, "metadata": null}.
    type WithdrawalBankAccount = NonNullable<Schemas["Withdrawal"]["bankAccount"]>;
    type WithdrawalRecipient = NonNullable<Schemas["Withdrawal"]["recipient"]>;
    expectTypeOf<null>().toExtend<WithdrawalBankAccount["metadata"]>();
    expectTypeOf<null>().toExtend<WithdrawalRecipient["metadata"]>();
    expectTypeOf<null>().toExtend<Schemas["Withdrawal"]["metadata"]>();
  });

  it("every response object's metadata can be null, while request metadata cannot", () => {
    expectTypeOf<null>().toExtend<Schemas["PixQrCodePayment"]["metadata"]>();
    expectTypeOf<null>().toExtend<Schemas["BoletoPayment"]["metadata"]>();
    expectTypeOf<null>().toExtend<Schemas["BankTransferPayment"]["metadata"]>();
    expectTypeOf<null>().toExtend<Schemas["Recipient"]["metadata"]>();
    expectTypeOf<null>().not.toExtend<Schemas["CreateRecipientRequest"]["metadata"]>();
    expectTypeOf<null>().not.toExtend<Schemas["CreateWithdrawalRequest"]["metadata"]>();
  });
});

describe("documented shapes", () => {
  it("a boleto takes an amount and a payer, a card payment an amount and a card token (inferred, x-unverified)", () => {
    // providers/sqala.md marks boleto's amount and payer as required by inference ([I]); the emulator needs them.
    expectTypeOf<{ amount: number; payer: Schemas["Payer"] }>().toExtend<
      Schemas["CreateBoletoPaymentRequest"]
    >();
    expectTypeOf<{ amount: number }>().not.toExtend<Schemas["CreateBoletoPaymentRequest"]>();
    expectTypeOf<{ amount: number; cardToken: string }>().toExtend<
      Schemas["CreateCreditCardPaymentRequest"]
    >();
    expectTypeOf<{ cardToken: string }>().not.toExtend<Schemas["CreateCreditCardPaymentRequest"]>();
  });

  it("metadata entries have no required fields", () => {
    expectTypeOf<{ name: string }>().toExtend<Schemas["MetadataEntry"]>();
    expectTypeOf<{ value: string }>().toExtend<Schemas["MetadataEntry"]>();
  });

  it("the withdrawal method is STANDARD | PIX, plus the guide-only PIX_QRCODE (x-unverified)", () => {
    expectTypeOf<Schemas["WithdrawalMethod"]>().toEqualTypeOf<"STANDARD" | "PIX" | "PIX_QRCODE">();
    const path = { recipientId: "DEFAULT" };
    void client.POST("/recipients/{recipientId}/withdrawals", {
      params: { path },
      // @ts-expect-error not a documented method
      body: { amount: 1, method: "TED" },
    });
  });
});

describe("closed types", () => {
  it("a misspelt response field fails to compile, at any depth", async () => {
    const { data } = await client.GET("/recipients/{recipientId}/withdrawals/{withdrawalId}", {
      params: { path: { recipientId: "DEFAULT", withdrawalId: "w" } },
    });
    void data.failedReason;
    // @ts-expect-error `failReason` is not a field (it is `failedReason`)
    void data.failReason;
    // @ts-expect-error `holdername` is not a field (it is `holderName`)
    void data.bankAccount?.holdername;
  });

  it("a misspelt nested request field fails to compile", () => {
    const path = { recipientId: "DEFAULT" };
    const bankAccount = {
      holderName: "Ana",
      holderTaxId: "12345678909",
      holderType: "INDIVIDUAL",
      branchNumber: "0001",
      accountNumber: "1-1",
      bankId: "60701190",
    } as const;
    void client.POST("/recipients/{recipientId}/withdrawals", {
      params: { path },
      body: { amount: 1, method: "STANDARD", bankAccount },
    });
    void client.POST("/recipients/{recipientId}/withdrawals", {
      params: { path },
      // @ts-expect-error `bankID` is not a field (it is `bankId`)
      body: { amount: 1, method: "STANDARD", bankAccount: { ...bankAccount, bankID: "x" } },
    });
  });

  it("documented optional fields stay optional", () => {
    // The withdrawal object page lists `expectedHolderTaxId` and `code` as optional on create.
    expectTypeOf<{ amount: number; method: "PIX"; pixKey: string }>().toExtend<
      Schemas["CreateWithdrawalRequest"]
    >();
    expectTypeOf<Schemas["Withdrawal"]["failedReason"]>().toEqualTypeOf<string | null | undefined>();
  });
});
