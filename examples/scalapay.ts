// Scalapay: create an order, read it back, capture it, handle a typed error and verify a webhook.
// Runs against the local emulator; set SCALAPAY_API_KEY (e.g. the public sandbox key qhtfs87hjnc12kkos)
// to run the read-only part against the real sandbox instead.
import { createScalapayClient, UnprocessableEntityError, verifyScalapayWebhook } from "@payclients/scalapay";
import { createScalapayEmulator, signScalapayWebhook } from "@payclients/scalapay/testing";
import { type ExampleReport, isMain, newReport, observe, say } from "./support.js";

/** Runs the Scalapay example and reports what it did. */
export async function run(options: { quiet?: boolean } = {}): Promise<ExampleReport> {
  const sandboxKey = process.env.SCALAPAY_API_KEY;
  const emulator = sandboxKey ? undefined : await createScalapayEmulator();
  const apiKey = sandboxKey ?? emulator?.apiKey ?? "";
  const { logger, retries } = observe("scalapay", options.quiet);
  const scalapay = emulator
    ? createScalapayClient({ apiKey, baseUrl: emulator.url, logger })
    : createScalapayClient({ apiKey, environment: "sandbox", logger });
  const report = newReport("scalapay", emulator ? "emulator" : "sandbox");
  const note = (message: string) => say("scalapay", message, options.quiet);
  try {
    const { data: order } = await scalapay.POST("/v2/orders", {
      body: {
        totalAmount: { amount: "190.00", currency: "EUR" },
        consumer: {
          givenNames: "Maria",
          surname: "Rossi",
          email: "maria@example.com",
          phoneNumber: "+393331234567",
        },
        shipping: {
          name: "Maria Rossi",
          line1: "Via Roma 1",
          suburb: "Milano",
          postcode: "20121",
          countryCode: "IT",
          phoneNumber: "+393331234567",
        },
        items: [
          {
            name: "Scarpe",
            category: "shoes",
            sku: "SKU-1",
            quantity: 1,
            price: { amount: "190.00", currency: "EUR" },
          },
        ],
        merchant: {
          redirectConfirmUrl: "https://shop.example/ok",
          redirectCancelUrl: "https://shop.example/ko",
        },
        merchantReference: "order-1001",
      },
    });
    report.operations.push("createOrder");
    // The consumer pays on the hosted checkout page (order.checkoutUrl); the emulator can do it for us.
    emulator?.approveOrder(order.token);
    if (emulator) note(`emulator: the consumer approves order ${order.token} on the checkout page`);
    // A provider hiccup: the GET is retried (with backoff) and succeeds; a POST without a key would not be.
    emulator?.server.failNext(
      503,
      emulator.scalapayErrorBody(503, "internal_server", "temporarily unavailable"),
    );
    if (emulator) note("emulator: the next request fails with 503 (simulated outage); a GET is retried");
    const { data: payment } = await scalapay.GET("/v2/payments/{token}", {
      params: { path: { token: order.token } },
    });
    report.operations.push("getPayment");
    if (emulator && payment.status === "authorized") {
      await scalapay.POST("/v2/payments/capture", {
        body: { token: order.token, merchantReference: "order-1001" },
      });
      report.operations.push("capturePayment");
    }

    try {
      await scalapay.GET("/v2/payments/{token}", { params: { path: { token: "NO-SUCH-ORDER" } } });
    } catch (error) {
      if (!(error instanceof UnprocessableEntityError)) throw error;
      report.errorsDecoded.push(`${error.name} ${error.code ?? ""}`.trim());
      note(`reading an unknown order token fails as expected: ${error.name} (${error.code})`);
    }

    // A callback as Scalapay would send it, verified from the raw body.
    const { body, headers } = await signScalapayWebhook({
      event: {
        status: "charged",
        orderToken: order.token,
        merchantReference: "order-1001",
        totalAmount: 190,
      },
      secret: apiKey,
    });
    const { type, event } = await verifyScalapayWebhook({ payload: body, headers, secret: apiKey });
    if (type === "charged") report.webhooksVerified += 1;
    note(`webhook signature verified: order ${event.orderToken} is ${type}`);
  } finally {
    report.retries = retries();
    report.tokenRequests = scalapay.stats.tokenRequests;
    await emulator?.close();
  }
  return report;
}

if (isMain(import.meta.url)) console.log(await run());
