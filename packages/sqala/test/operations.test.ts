import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkingAccount, type Harness, individual, rejection, startHarness, uuidPattern } from "./helpers";

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => {
  await harness.close();
});

const lastRequest = () => harness.emulator.server.journal.at(-1);

describe("Pix QR-code payments", () => {
  it("creates a charge with an EMV payload, reads it, lists it and pays it", async () => {
    const { client, emulator } = harness;
    const { data: charge } = await client.POST("/pix-qrcode-payments", {
      body: { amount: 990, code: "order-1", payer: { name: "Ana", taxId: "12345678909" } },
    });
    expect(lastRequest()?.body).toBe(
      '{"amount":990,"code":"order-1","payer":{"name":"Ana","taxId":"12345678909"}}',
    );
    expect(lastRequest()?.headers["content-type"]).toBe("application/json");
    expect(charge).toMatchObject({ amount: 990, code: "order-1", status: "CREATED", paidAmount: null });
    expect(charge.id).toMatch(uuidPattern);
    expect(charge.payload).toMatch(
      /^000201010212.*br\.gov\.bcb\.pix.*5303986540[0-9]9\.905802BR.*6304[0-9A-F]{4}$/,
    );
    expect(charge.payload?.length).toBeLessThanOrEqual(256);

    const { data: fetched } = await client.GET("/pix-qrcode-payments/{id}", {
      params: { path: { id: charge.id } },
    });
    expect(fetched).toEqual(charge);

    const paid = emulator.payPixCharge(charge.id);
    expect(paid).toMatchObject({ status: "PAID", paidAmount: 990 });
    const { data: after } = await client.GET("/pix-qrcode-payments/{id}", {
      params: { path: { id: charge.id } },
    });
    expect(after).toMatchObject({ status: "PAID", paidAmount: 990, paidAt: "2025-06-02T12:00:00.000Z" });
    expect(emulator.balanceOf("DEFAULT")).toBe(990);
    expect(emulator.webhooks().map((webhook) => webhook.event)).toEqual(["payment.paid"]);

    const { data: list } = await client.GET("/pix-qrcode-payments", { params: { query: { limit: 5 } } });
    expect(lastRequest()?.query.get("limit")).toBe("5");
    expect(list.data.map((payment) => payment.id)).toEqual([charge.id]);
    expect(list.paging).toEqual({ before: null, after: null });
  });

  it("credits splits to their recipients and the rest to the organization", async () => {
    const { client, emulator } = harness;
    const { data: recipient } = await client.POST("/recipients", { body: individual });
    const { data: charge } = await client.POST("/pix-qrcode-payments", {
      body: { amount: 150, split: [{ recipientId: recipient.id, value: 40 }] },
    });
    emulator.payPixCharge(charge.id);
    expect(emulator.balanceOf(recipient.id)).toBe(40);
    expect(emulator.balanceOf("DEFAULT")).toBe(110);
    const { data: transactions } = await client.GET("/recipients/{recipientId}/transactions", {
      params: { path: { recipientId: recipient.id } },
    });
    expect(transactions.data).toEqual([
      expect.objectContaining({ type: "SPLIT", amount: 40, referenceId: charge.id }),
    ]);
  });

  it("fails a charge and refuses to pay it afterwards", async () => {
    const { client, emulator } = harness;
    const { data: charge } = await client.POST("/pix-qrcode-payments", { body: { amount: 100 } });
    expect(emulator.failPayment(charge.id)).toMatchObject({ status: "FAILED" });
    expect(() => emulator.payPixCharge(charge.id)).toThrow(/FAILED and cannot be paid/);
    expect(emulator.webhooks().map((webhook) => webhook.event)).toEqual(["payment.failed"]);
  });
});

describe("ITP and boleto payments", () => {
  it("creates, reads and lists an ITP payment with its redirect url", async () => {
    const { client, emulator } = harness;
    const { data: itp } = await client.POST("/itp-payments", {
      body: { amount: 120, payer: { name: "Ana", taxId: "12345678909" } },
    });
    expect(itp.url).toBe(`${emulator.server.url}/itp/${itp.id}`);
    const { data: fetched } = await client.GET("/itp-payments/{id}", { params: { path: { id: itp.id } } });
    expect(fetched.id).toBe(itp.id);
    const { data: list } = await client.GET("/itp-payments");
    expect(list.data).toHaveLength(1);
    expect(emulator.payPayment(itp.id)).toMatchObject({ status: "PAID" });
  });

  it("creates, reads and lists a boleto", async () => {
    const { client } = harness;
    const { data: boleto } = await client.POST("/boleto-payments", {
      body: {
        amount: 199,
        payer: { name: "Ana", taxId: "12345678909" },
        description: "Pedido 7",
        expiresIn: 3,
      },
    });
    expect(boleto).toMatchObject({ status: "CREATED", description: "Pedido 7", expiresIn: 3 });
    expect(boleto.barcode).toMatch(/^\d{47}$/);
    const { data: fetched } = await client.GET("/boleto-payments/{id}", {
      params: { path: { id: boleto.id } },
    });
    expect(fetched.barcode).toBe(boleto.barcode);
    const { data: list } = await client.GET("/boleto-payments", { params: { query: { limit: 1 } } });
    expect(list.data.map((item) => item.id)).toEqual([boleto.id]);
  });

  it("does not serve an ITP id under the Pix path", async () => {
    const { client } = harness;
    const { data: itp } = await client.POST("/itp-payments", {
      body: { amount: 120, payer: { name: "Ana", taxId: "12345678909" } },
    });
    const error = await rejection(
      client.GET("/pix-qrcode-payments/{id}", { params: { path: { id: itp.id } } }),
    );
    expect(error).toMatchObject({ status: 404, code: "OBJECT_NOT_FOUND" });
  });
});

describe("bank transfers and cards", () => {
  it("lists and reads incoming bank transfers", async () => {
    const { client, emulator } = harness;
    const transfer = emulator.receiveBankTransfer({
      amount: 5_000,
      payer: { name: "Loja", taxId: "12345678000199" },
    });
    const { data: list } = await client.GET("/bank-transfer-payments");
    expect(list.data.map((item) => item.id)).toEqual([transfer.id]);
    const { data: fetched } = await client.GET("/bank-transfer-payments/{bankTransferId}", {
      params: { path: { bankTransferId: transfer.id } },
    });
    expect(fetched).toMatchObject({ method: "BANK_TRANSFER", status: "PAID", amount: 5_000 });
    expect(emulator.balanceOf("DEFAULT")).toBe(5_000);
    const [webhook] = emulator.webhooks();
    expect(JSON.parse(webhook?.body ?? "{}").object).toEqual({
      id: transfer.id,
      type: "BankTransferPayment",
    });
  });

  it("tokenizes a card and charges it (a card ending in 0002 is declined)", async () => {
    const { client, emulator } = harness;
    const vault = (number: string) =>
      client.POST("/card-vaults", {
        params: { query: { publicKey: emulator.publicKey } },
        body: { number, holderName: "ANA SOUZA", expMonth: 12, expYear: 2030, cvv: "123" },
      });
    const { data: card } = await vault("4111111111111111");
    const { data: payment } = await client.POST("/credit-card-payments", {
      body: {
        amount: 150,
        installments: 1,
        operation: "AUTH_AND_CAPTURE",
        cardToken: card.token,
        code: "card-1",
      },
    });
    expect(payment).toMatchObject({
      method: "CREDIT_CARD",
      status: "PAID",
      paidAmount: 150,
      card: { firstSixDigits: "411111", lastFourDigits: "1111", brand: "VISA" },
    });
    const reused = await rejection(
      client.POST("/credit-card-payments", { body: { amount: 1, cardToken: card.token } }),
    );
    expect(reused).toMatchObject({ status: 400, code: "INVALID_BODY" });

    const { data: declinedCard } = await vault("5555444433330002");
    const { data: declined } = await client.POST("/credit-card-payments", {
      body: { amount: 150, cardToken: declinedCard.token },
    });
    expect(declined.status).toBe("FAILED");
    expect(emulator.webhooks().map((webhook) => webhook.event)).toEqual(["payment.paid", "payment.failed"]);
  });

  it("rejects the card vault with a wrong public key", async () => {
    const { client } = harness;
    const error = await rejection(
      client.POST("/card-vaults", {
        params: { query: { publicKey: "nope" } },
        body: { number: "4111111111111111" },
      }),
    );
    expect(error).toMatchObject({ status: 401, code: "UNAUTHORIZED" });
  });
});

describe("recipients and bank accounts", () => {
  it("creates, reads, updates and lists recipients", async () => {
    const { client } = harness;
    const { data: recipient } = await client.POST("/recipients", {
      body: { ...individual, code: "seller-1" },
    });
    expect(recipient).toMatchObject({ ...individual, code: "seller-1", status: "ACTIVE", updatedAt: null });
    const { data: fetched } = await client.GET("/recipients/{id}", {
      params: { path: { id: recipient.id } },
    });
    expect(fetched).toEqual(recipient);
    harness.clock.advance(60_000);
    const { data: updated } = await client.PUT("/recipients/{id}", {
      params: { path: { id: recipient.id } },
      body: { name: "Maria S. Souza" },
    });
    expect(lastRequest()?.method).toBe("PUT");
    expect(updated).toMatchObject({
      name: "Maria S. Souza",
      taxId: individual.taxId,
      updatedAt: "2025-06-02T12:01:00.000Z",
    });
    const { data: list } = await client.GET("/recipients");
    expect(list.data.map((item) => item.name)).toEqual(["Maria S. Souza"]);
  });

  it("adds, reads, lists and deletes a bank account", async () => {
    const { client } = harness;
    const { data: recipient } = await client.POST("/recipients", { body: individual });
    const path = { recipientId: recipient.id };
    const { data: account } = await client.POST("/recipients/{recipientId}/bank-accounts", {
      params: { path },
      body: checkingAccount,
    });
    expect(account).toMatchObject({ ...checkingAccount, status: "ACTIVE" });
    const { data: fetched } = await client.GET("/recipients/{recipientId}/bank-accounts/{bankAccountId}", {
      params: { path: { ...path, bankAccountId: account.id } },
    });
    expect(fetched.id).toBe(account.id);
    const { data: list } = await client.GET("/recipients/{recipientId}/bank-accounts", { params: { path } });
    expect(list.data.map((item) => item.id)).toEqual([account.id]);
    const { data: deleted } = await client.DELETE("/recipients/{recipientId}/bank-accounts/{bankAccountId}", {
      params: { path: { ...path, bankAccountId: account.id } },
    });
    expect(deleted).toMatchObject({
      id: account.id,
      status: "DELETED",
      deletedAt: "2025-06-02T12:00:00.000Z",
    });
    const again = await rejection(
      client.DELETE("/recipients/{recipientId}/bank-accounts/{bankAccountId}", {
        params: { path: { ...path, bankAccountId: account.id } },
      }),
    );
    expect(again).toMatchObject({ status: 404, code: "OBJECT_NOT_FOUND" });
  });
});

describe("withdrawals, balance and DICT", () => {
  it("pays out to a Pix key through CREATED → PROCESSED → PAID, debiting the balance", async () => {
    const { client, emulator } = harness;
    emulator.setBalance("DEFAULT", 1_000);
    const path = { recipientId: "DEFAULT" };
    const { data: withdrawal } = await client.POST("/recipients/{recipientId}/withdrawals", {
      params: { path },
      body: { amount: 300, method: "PIX", pixKey: "ana@example.com", code: "payout-1" },
    });
    expect(lastRequest()?.path).toBe("/core/v1/recipients/DEFAULT/withdrawals");
    expect(withdrawal).toMatchObject({ status: "CREATED", method: "PIX", pixKey: "ana@example.com" });
    const { data: balance } = await client.GET("/recipients/{recipientId}/balance", { params: { path } });
    expect(balance).toMatchObject({ available: 700 });

    emulator.advanceWithdrawal(withdrawal.id, "PROCESSED");
    const paid = emulator.advanceWithdrawal(withdrawal.id, "PAID");
    expect(paid).toMatchObject({
      status: "PAID",
      processedAt: expect.any(String),
      paidAt: expect.any(String),
    });
    expect(() => emulator.advanceWithdrawal(withdrawal.id, "FAILED")).toThrow(
      /cannot go from PAID to FAILED/,
    );
    const { data: fetched } = await client.GET("/recipients/{recipientId}/withdrawals/{withdrawalId}", {
      params: { path: { ...path, withdrawalId: withdrawal.id } },
    });
    expect(fetched.status).toBe("PAID");
    const { data: list } = await client.GET("/recipients/{recipientId}/withdrawals", { params: { path } });
    expect(list.data.map((item) => item.id)).toEqual([withdrawal.id]);
    expect(emulator.webhooks().map((webhook) => webhook.event)).toEqual(["withdrawal.created"]);
  });

  it("refunds the balance when a withdrawal fails or is rejected", async () => {
    const { client, emulator } = harness;
    emulator.setBalance("DEFAULT", 500);
    const path = { recipientId: "DEFAULT" };
    const { data: withdrawal } = await client.POST("/recipients/{recipientId}/withdrawals", {
      params: { path },
      body: { amount: 500, method: "PIX", pixKey: "+5511999990000" },
    });
    expect(emulator.balanceOf("DEFAULT")).toBe(0);
    expect(emulator.failWithdrawal(withdrawal.id, "PIX_KEY_NOT_FOUND")).toMatchObject({
      status: "FAILED",
      failedReason: "PIX_KEY_NOT_FOUND",
    });
    expect(emulator.balanceOf("DEFAULT")).toBe(500);
    const { data: transactions } = await client.GET("/recipients/{recipientId}/transactions", {
      params: { path },
    });
    expect(transactions.data.map((item) => [item.type, item.amount])).toEqual([
      ["WITHDRAWAL_REFUND", 500],
      ["WITHDRAWAL", -500],
      ["ADJUSTMENT", 500],
    ]);
    expect(emulator.webhooks().map((webhook) => webhook.event)).toEqual(["withdrawal.failed"]);
  });

  it("holds withdrawals for approval when configured, and pays to a registered bank account", async () => {
    await harness.close();
    harness = await startHarness({ requireWithdrawalApproval: true });
    const { client, emulator } = harness;
    const { data: recipient } = await client.POST("/recipients", { body: individual });
    emulator.setBalance(recipient.id, 1_000);
    const path = { recipientId: recipient.id };
    const { data: account } = await client.POST("/recipients/{recipientId}/bank-accounts", {
      params: { path },
      body: checkingAccount,
    });
    const { data: withdrawal } = await client.POST("/recipients/{recipientId}/withdrawals", {
      params: { path },
      body: { amount: 250, method: "STANDARD", bankAccountId: account.id },
    });
    expect(withdrawal).toMatchObject({ status: "PENDING_APPROVAL", bankAccount: { id: account.id } });
    expect(emulator.payWithdrawal(withdrawal.id)).toMatchObject({
      status: "PAID",
      approvedAt: expect.any(String),
    });

    const { data: second } = await client.POST("/recipients/{recipientId}/withdrawals", {
      params: { path },
      body: { amount: 100, method: "STANDARD", bankAccountId: account.id },
    });
    expect(emulator.advanceWithdrawal(second.id, "REJECTED")).toMatchObject({ status: "REJECTED" });
    expect(emulator.balanceOf(recipient.id)).toBe(750);
  });

  it("answers withdrawals with null metadata where none was set, as Sqala's real responses do", async () => {
    // https://sqala.readme.io/reference/withdrawal: the response's `bankAccount` carries `"metadata": null`.
    const { client, emulator } = harness;
    const { data: recipient } = await client.POST("/recipients", { body: individual });
    emulator.setBalance(recipient.id, 1_000);
    const path = { recipientId: recipient.id };
    const { data: created } = await client.POST("/recipients/{recipientId}/withdrawals", {
      params: { path },
      body: {
        amount: 100,
        method: "STANDARD",
        bankAccount: checkingAccount,
        metadata: [{ name: "order" }],
      },
    });
    expect(created.metadata).toEqual([{ name: "order" }]);
    const { data: fetched } = await client.GET("/recipients/{recipientId}/withdrawals/{withdrawalId}", {
      params: { path: { ...path, withdrawalId: created.id } },
    });
    const { data: list } = await client.GET("/recipients/{recipientId}/withdrawals", { params: { path } });
    for (const withdrawal of [created, fetched, list.data[0]]) {
      expect(withdrawal?.bankAccount?.metadata).toBeNull();
      expect(withdrawal?.bankAccount?.id).toMatch(uuidPattern);
      expect(withdrawal?.bankAccount?.holderName).toBe("Maria Souza");
      expect(withdrawal?.recipient?.metadata).toBeNull();
    }
  });

  it("fails a Pix payout whose key owner differs from expectedHolderTaxId", async () => {
    const { client, emulator } = harness;
    emulator.setBalance("DEFAULT", 100);
    emulator.setPixKey("12345678909", { ownerTaxId: "12345678909" });
    const { data } = await client.POST("/recipients/{recipientId}/withdrawals", {
      params: { path: { recipientId: "DEFAULT" } },
      body: { amount: 100, method: "PIX", pixKey: "12345678909", expectedHolderTaxId: "98765432100" },
    });
    expect(data).toMatchObject({
      status: "FAILED",
      failedReason: expect.stringContaining("expectedHolderTaxId"),
    });
    expect(emulator.balanceOf("DEFAULT")).toBe(100);
  });

  it("decodes a Pix QR code through DICT and pays it with a PIX_QRCODE withdrawal", async () => {
    const { client, emulator } = harness;
    emulator.setBalance("DEFAULT", 1_000);
    const { data: charge } = await client.POST("/pix-qrcode-payments", { body: { amount: 199 } });
    const qrcode = charge.payload ?? "";
    const { data: dict } = await client.GET("/dict/barcode", { params: { query: { qrcode } } });
    expect(lastRequest()?.query.get("qrcode")).toBe(qrcode);
    expect(dict).toMatchObject({ amount: 199, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const { data: withdrawal } = await client.POST("/recipients/{recipientId}/withdrawals", {
      params: { path: { recipientId: "DEFAULT" } },
      body: { amount: dict.amount ?? 0, method: "PIX_QRCODE", pixQrcode: qrcode, hash: dict.hash ?? "" },
    });
    emulator.payWithdrawal(withdrawal.id);
    expect(emulator.getPayment(charge.id)).toMatchObject({ status: "PAID", paidAmount: 199 });
    expect(emulator.balanceOf("DEFAULT")).toBe(1_000);

    const tampered = await rejection(
      client.GET("/dict/barcode", {
        params: { query: { qrcode: `${qrcode.slice(0, -1)}${qrcode.endsWith("0") ? "1" : "0"}` } },
      }),
    );
    expect(tampered).toMatchObject({ status: 400, code: "INVALID_BODY" });
  });
});

describe("webhook log (Developer API)", () => {
  it("lists, reads and re-sends webhooks", async () => {
    const { client, emulator } = harness;
    const { data: charge } = await client.POST("/pix-qrcode-payments", { body: { amount: 100 } });
    emulator.payPixCharge(charge.id);
    const { data: list } = await client.developer.GET("/webhooks", {
      params: { query: { event: "payment.paid", status: "QUEUED", endpointId: emulator.webhookEndpointId } },
    });
    expect(lastRequest()?.path).toBe("/developer/v1/webhooks");
    expect(list.data).toHaveLength(1);
    const [entry] = list.data;
    expect(entry).toMatchObject({
      event: "payment.paid",
      object: { id: charge.id, type: "PixQrCodePayment" },
      status: "QUEUED",
      data: { id: charge.id, status: "PAID" },
    });
    const id = entry?.id ?? "";
    const { data: fetched } = await client.developer.GET("/webhooks/{id}", { params: { path: { id } } });
    expect(fetched.signature).toMatch(/^[0-9a-f]{64}$/);
    const { data: resent } = await client.developer.POST("/webhooks/{id}/attempts", {
      params: { path: { id } },
    });
    expect(lastRequest()?.path).toBe(`/developer/v1/webhooks/${id}/attempts`);
    expect(resent.id).toBe(id);
    const { data: none } = await client.developer.GET("/webhooks", {
      params: { query: { status: "FAILED" } },
    });
    expect(none.data).toEqual([]);
  });
});
