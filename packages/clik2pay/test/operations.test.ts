import { afterEach, describe, expect, it } from "vitest";
import {
  BadRequestError,
  ConnectionError,
  type components,
  InternalServerError,
  NotFoundError,
} from "../src/index";
import { ecommBody, type Harness, rejection, START, startHarness, uuidPattern } from "./helpers";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

type PaymentBody = components["schemas"]["CreatePaymentRequest"];

const created = (h: Harness) =>
  h.emulator.api.requests({ method: "POST", path: "/open/v1/payment-requests" });

describe("payment requests", () => {
  it("create → get → pay → refund (partial) → get refund, with the exact bytes on the wire", async () => {
    harness = await startHarness();
    const { client, emulator } = harness;
    const body = ecommBody("ORDER-100042");

    const { data: request, response } = await client.POST("/payment-requests", { body });
    expect(response.status).toBe(201);
    expect(request).toEqual({
      ...body,
      id: expect.stringMatching(uuidPattern),
      status: "CREATED",
      merchant: { id: expect.any(String), name: "Emulated Merchant" },
      paymentLink: `https://pay.clik2pay.com/r/${request.shortCode}`,
      shortCode: expect.stringMatching(/^[A-Z2-9]{8}$/),
    });
    const [createCall] = created(harness);
    expect(createCall?.headers["content-type"]).toBe("application/json");
    expect(createCall?.body).toBe(JSON.stringify(body));
    expect(createCall?.headers["idempotency-key"]).toBeUndefined();

    const paymentRequestId = request.id;
    const params = { path: { paymentRequestId } };
    const fetched = await client.GET("/payment-requests/{paymentRequestId}", { params });
    expect(fetched.data).toEqual(request);
    expect(emulator.api.journal.at(-1)).toMatchObject({
      method: "GET",
      path: `/open/v1/payment-requests/${paymentRequestId}`,
      body: "",
    });

    expect(emulator.activatePaymentRequest(paymentRequestId).status).toBe("ACTIVE");
    expect(emulator.payPaymentRequest(paymentRequestId).status).toBe("PAID");
    expect((await client.GET("/payment-requests/{paymentRequestId}", { params })).data.status).toBe("PAID");

    const refundBody = {
      amount: 10.25,
      recipient: { email: "jane@example.com", mobileNumber: "4165550123" },
    };
    const refund = await client.POST("/payment-requests/{paymentRequestId}/refunds", {
      params,
      body: refundBody,
    });
    expect(refund.response.status).toBe(201);
    expect(refund.data).toEqual({
      id: expect.stringMatching(uuidPattern),
      paymentRequestId,
      ...refundBody,
      status: "CREATED",
    });
    expect(emulator.api.journal.at(-1)?.body).toBe(JSON.stringify(refundBody));

    const refundId = refund.data.id;
    emulator.setRefundStatus(paymentRequestId, refundId, "ACCEPTED");
    const refundState = await client.GET("/payment-requests/{paymentRequestId}/refunds/{refundId}", {
      params: { path: { paymentRequestId, refundId } },
    });
    expect(refundState.data).toMatchObject({ id: refundId, status: "ACCEPTED", amount: 10.25 });

    emulator.settlePaymentRequest(paymentRequestId);
    const rest = await client.POST("/payment-requests/{paymentRequestId}/refunds", {
      params,
      body: { amount: 15.25, recipient: { email: "jane@example.com" } },
    });
    expect(rest.data.status).toBe("CREATED");
    const tooMuch = await rejection(
      client.POST("/payment-requests/{paymentRequestId}/refunds", {
        params,
        body: { amount: 0.01, recipient: { email: "jane@example.com" } },
      }),
    );
    expect(tooMuch).toBeInstanceOf(BadRequestError);
    expect((tooMuch as Error).message).toBe("clik2pay: 400 amount exceeds the refundable amount of 0.00");
  });

  it("refunds only PAID or SETTLED requests", async () => {
    harness = await startHarness();
    const { data } = await harness.client.POST("/payment-requests", { body: ecommBody() });
    const error = await rejection(
      harness.client.POST("/payment-requests/{paymentRequestId}/refunds", {
        params: { path: { paymentRequestId: data.id } },
        body: { amount: 1, recipient: { email: "jane@example.com" } },
      }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toBe(
      "clik2pay: 400 Only PAID or SETTLED payment requests can be refunded (status is CREATED)",
    );
  });

  it("cancels a pending request once; a second cancel and unknown ids fail", async () => {
    harness = await startHarness();
    const { client, emulator } = harness;
    const { data } = await client.POST("/payment-requests", { body: ecommBody() });
    const params = { path: { paymentRequestId: data.id } };
    emulator.activatePaymentRequest(data.id);

    const cancelled = await client.POST("/payment-requests/{paymentRequestId}/cancellation", { params });
    expect(cancelled.data).toEqual({ event: { status: "CANCELLED" } });
    expect(emulator.api.journal.at(-1)?.body).toBe("");
    expect(emulator.getPaymentRequest(data.id)?.status).toBe("CANCELLED");

    const again = await rejection(
      client.POST("/payment-requests/{paymentRequestId}/cancellation", { params }),
    );
    expect(again).toBeInstanceOf(BadRequestError);
    expect((again as Error).message).toBe(
      "clik2pay: 400 A payment request in status CANCELLED cannot be cancelled",
    );

    const unknown = await rejection(
      client.POST("/payment-requests/{paymentRequestId}/cancellation", {
        params: { path: { paymentRequestId: "6c0d3d4e-0000-4000-8000-000000000000" } },
      }),
    );
    expect(unknown).toBeInstanceOf(NotFoundError);
  });

  it("creates FLEX (amount range) and scheduled requests", async () => {
    harness = await startHarness();
    const { client, emulator } = harness;
    const flex = await client.POST("/payment-requests", {
      body: {
        amount: null,
        type: "FLEX",
        payer: { name: "Sam", mobileNumber: "6045550199" },
        deliveryMode: "SMS",
        flexDetails: { requested: 80, minimum: 50, maximum: 100 },
      },
    });
    expect(flex.data).toMatchObject({ amount: null, type: "FLEX", status: "CREATED" });
    expect(created(harness)[0]?.body).toContain('"amount":null');
    emulator.activatePaymentRequest(flex.data.id);
    expect(() => emulator.payPaymentRequest(flex.data.id, { amount: 120 })).toThrow(/outside 50-100/);
    emulator.payPaymentRequest(flex.data.id, { amount: 60 });
    const overRefund = await rejection(
      client.POST("/payment-requests/{paymentRequestId}/refunds", {
        params: { path: { paymentRequestId: flex.data.id } },
        body: { amount: 60.01, recipient: { mobileNumber: "6045550199" } },
      }),
    );
    expect((overRefund as Error).message).toBe("clik2pay: 400 amount exceeds the refundable amount of 60.00");

    const tomorrow = new Date(START + 86_400_000).toISOString().slice(0, 10);
    const scheduled = await client.POST("/payment-requests", {
      body: { ...ecommBody(), type: "EBILL", deliveryDate: tomorrow, dueDate: tomorrow },
    });
    expect(scheduled.data).toMatchObject({ status: "SCHEDULED", deliveryDate: tomorrow, type: "EBILL" });
  });

  it("rejects invalid bodies with the API's 400", async () => {
    harness = await startHarness();
    const cases: [unknown, string][] = [
      [{ ...ecommBody(), amount: 10_000.01 }, "amount must be a number between 0.01 and 10000"],
      [{ ...ecommBody(), type: "SMART" }, "type SMART is read-only and cannot be created"],
      [{ amount: 5, type: "ECOMM" }, "payer is required"],
      [
        { ...ecommBody(), merchantTransactionId: "abc" },
        "merchantTransactionId must be a string of 6-32 characters",
      ],
      [
        { amount: 5, type: "FLEX", payer: {}, flexDetails: { minimum: 1, maximum: 9 } },
        "amount must be null for FLEX payment requests",
      ],
      [
        { ...ecommBody(), deliveryMode: "SMS", payer: { email: "a@b.c" } },
        "payer.mobileNumber is required for deliveryMode SMS",
      ],
    ];
    for (const [body, message] of cases) {
      const error = await rejection(
        harness.client.POST("/payment-requests", { body: body as ReturnType<typeof ecommBody> }),
      );
      expect(error).toBeInstanceOf(BadRequestError);
      expect((error as Error).message).toBe(`clik2pay: 400 ${message}`);
    }
  });
});

describe("payments (Send Money)", () => {
  it("creates a payment with the documented body", async () => {
    harness = await startHarness();
    const body = {
      merchantTransactionId: "PAYOUT-000123",
      amount: 42.1,
      recipient: { email: "jane@example.com", mobileNumber: "4165550123" },
      displayMessage: "Reimbursement for order 100042",
      expiryDays: 30,
    };
    const { data, response } = await harness.client.POST("/payments", { body });
    expect(response.status).toBe(201);
    expect(data).toEqual({
      ...body,
      id: expect.stringMatching(uuidPattern),
      status: "CREATED",
      merchant: expect.any(Object),
    });
    expect(harness.emulator.api.journal.at(-1)?.body).toBe(JSON.stringify(body));
    expect(harness.emulator.setPaymentStatus(data.id, "PAID").status).toBe("PAID");

    const invalid = await rejection(
      harness.client.POST("/payments", {
        body: { amount: 1, recipient: { email: "a@example.com" } } as PaymentBody,
      }),
    );
    expect((invalid as Error).message).toBe(
      "clik2pay: 400 recipient.email and recipient.mobileNumber are required",
    );
    const expiry = await rejection(
      harness.client.POST("/payments", {
        body: { ...body, merchantTransactionId: "PAYOUT-000124", expiryDays: 366 },
      }),
    );
    expect((expiry as Error).message).toBe("clik2pay: 400 expiryDays must be an integer between 1 and 365");
  });
});

describe("merchantTransactionId: uniqueness and de-duplicated retries", () => {
  it("is unique across payment requests and payments", async () => {
    harness = await startHarness();
    await harness.client.POST("/payment-requests", { body: ecommBody("ORDER-7") });
    const again = await rejection(harness.client.POST("/payment-requests", { body: ecommBody("ORDER-7") }));
    expect((again as Error).message).toBe(
      "clik2pay: 400 merchantTransactionId ORDER-7 has already been used",
    );
    const payment = await rejection(
      harness.client.POST("/payments", {
        body: {
          merchantTransactionId: "ORDER-7",
          amount: 1,
          recipient: { email: "a@b.ca", mobileNumber: "4165550123" },
        },
      }),
    );
    expect(payment).toBeInstanceOf(BadRequestError);
  });

  it("retries a create that carries merchantTransactionId after a 500 or a dropped connection", async () => {
    harness = await startHarness();
    const { emulator, client, sleeps } = harness;
    emulator.api.failNext(500, { message: "Internal server error" }, {}, { method: "POST" });
    emulator.api.dropNext({ method: "POST" });
    const { data } = await client.POST("/payment-requests", { body: ecommBody("ORDER-RETRY-1") });
    expect(created(harness).map((entry) => entry.status)).toEqual([500, "dropped", 201]);
    expect(new Set(created(harness).map((entry) => entry.body)).size).toBe(1);
    expect(sleeps).toHaveLength(2);
    expect(emulator.getPaymentRequest(data.id)?.merchantTransactionId).toBe("ORDER-RETRY-1");
  });

  it("does not resend a create without merchantTransactionId, nor a refund or cancellation", async () => {
    harness = await startHarness();
    const { emulator, client } = harness;
    emulator.api.failNext(500, { message: "Internal server error" }, {}, { method: "POST" });
    expect(await rejection(client.POST("/payment-requests", { body: ecommBody() }))).toBeInstanceOf(
      InternalServerError,
    );
    expect(created(harness)).toHaveLength(1);

    const { data } = await client.POST("/payment-requests", { body: ecommBody() });
    const params = { path: { paymentRequestId: data.id } };
    emulator.api.dropNext({ method: "POST" });
    expect(
      await rejection(client.POST("/payment-requests/{paymentRequestId}/cancellation", { params })),
    ).toBeInstanceOf(ConnectionError);
    expect(emulator.api.requests({ path: "/open/v1/payment-requests/{id}/cancellation" })).toHaveLength(1);
    expect(emulator.getPaymentRequest(data.id)?.status).toBe("CREATED");
  });

  it("retries GETs after a 500", async () => {
    harness = await startHarness();
    const { data } = await harness.client.POST("/payment-requests", { body: ecommBody() });
    harness.emulator.api.failNext(500, { message: "Internal server error" }, {}, { method: "GET" });
    const params = { path: { paymentRequestId: data.id } };
    await harness.client.GET("/payment-requests/{paymentRequestId}", { params });
    expect(harness.emulator.api.requests({ method: "GET" }).map((entry) => entry.status)).toEqual([500, 200]);
  });
});
