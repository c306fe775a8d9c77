// Clik2pay: get a token, create a payment request, read it back, pay it, handle a typed error and verify a webhook.
// Runs against the local emulator. To run against the real sandbox instead, set the sandbox credentials:
//   CLIK2PAY_USERNAME, CLIK2PAY_PASSWORD  Auth API username and password (HTTP Basic of the token call)
//   CLIK2PAY_API_KEY                      API key (x-api-key)
// and optionally CLIK2PAY_WEBHOOK_USERNAME / CLIK2PAY_WEBHOOK_PASSWORD, the Basic credentials agreed for webhooks.
// Against the sandbox the emulator-only steps (paying the request, the injected 503) are skipped; the payment
// request is created with deliveryMode NONE, so nobody is notified.
import {
  type Clik2payWebhookEvent,
  clik2payWebhookSourceIps,
  createClik2payClient,
  NotFoundError,
  verifyClik2payWebhook,
} from "@payclients/clik2pay";
import { clik2payErrorBody, createClik2payEmulator, signClik2payWebhook } from "@payclients/clik2pay/testing";
import { type ExampleReport, isMain, newReport, observe, say } from "./support.js";

/** Runs the Clik2pay example and reports what it did. */
export async function run(options: { quiet?: boolean } = {}): Promise<ExampleReport> {
  const { CLIK2PAY_USERNAME, CLIK2PAY_PASSWORD, CLIK2PAY_API_KEY } = process.env;
  const sandbox = Boolean(CLIK2PAY_USERNAME && CLIK2PAY_PASSWORD && CLIK2PAY_API_KEY);
  const emulator = sandbox ? undefined : await createClik2payEmulator();
  const { logger, retries } = observe("clik2pay", options.quiet);
  const clik2pay = emulator
    ? createClik2payClient({ ...emulator.clientOptions, logger })
    : createClik2payClient({
        username: CLIK2PAY_USERNAME ?? "",
        password: CLIK2PAY_PASSWORD ?? "",
        apiKey: CLIK2PAY_API_KEY ?? "",
        environment: "sandbox",
        logger,
      });
  const report = newReport("clik2pay", emulator ? "emulator" : "sandbox");
  const note = (message: string) => say("clik2pay", message, options.quiet);
  try {
    // The first call fetches the OAuth2 token (client credentials on the Auth origin); later calls reuse it.
    // merchantTransactionId is unique per merchant, which is what makes this create safe to resend.
    const merchantTransactionId = `ORDER-${Date.now()}`;
    note("the first call gets an OAuth2 token from the Auth API, then creates a payment request");
    const { data: created } = await clik2pay.POST("/payment-requests", {
      body: {
        merchantTransactionId,
        amount: 42.5,
        type: "ECOMM",
        deliveryMode: "NONE",
        payer: { name: "Jane Doe", email: "jane@example.com", preferredLanguage: "en" },
        displayMessage: "Order 100042",
      },
    });
    const paymentRequestId = created.id ?? "";
    report.operations.push("createPaymentRequest");

    // A provider hiccup: the GET is retried (with backoff) and succeeds.
    emulator?.api.failNext(503, clik2payErrorBody("Service Unavailable"), {}, { method: "GET" });
    if (emulator) note("emulator: the next read fails with 503 (simulated outage); a GET is retried");
    const { data: current } = await clik2pay.GET("/payment-requests/{paymentRequestId}", {
      params: { path: { paymentRequestId } },
    });
    report.operations.push("getPaymentRequest");

    // The payer pays through Interac e-Transfer (current.paymentLink); the emulator can do it for us.
    if (emulator && current.status === "CREATED") {
      emulator.activatePaymentRequest(paymentRequestId);
      emulator.payPaymentRequest(paymentRequestId);
      note("emulator: the payer pays the request by Interac e-Transfer (a simulation step, not an API call)");
      const { data: paid } = await clik2pay.GET("/payment-requests/{paymentRequestId}", {
        params: { path: { paymentRequestId } },
      });
      note(`read back: the payment request is ${paid.status}`);
    }

    try {
      await clik2pay.GET("/payment-requests/{paymentRequestId}", {
        params: { path: { paymentRequestId: "00000000-0000-4000-8000-000000000000" } },
      });
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      report.errorsDecoded.push(`${error.name} ${error.code ?? ""}`.trim());
      note(`reading an unknown payment request fails as expected: ${error.name} (${error.status})`);
    }

    // A PAYMENT-COMPLETED notification as Clik2pay would deliver it: no signature, HTTP Basic with the
    // credentials agreed for webhooks, from a documented source address.
    const webhookUsername =
      emulator?.webhookUsername ?? process.env.CLIK2PAY_WEBHOOK_USERNAME ?? "webhook-user";
    const webhookPassword =
      emulator?.webhookPassword ?? process.env.CLIK2PAY_WEBHOOK_PASSWORD ?? "webhook-password";
    const delivery = emulator
      ? emulator.webhookDelivery(emulator.webhookEvent("PAYMENT-COMPLETED", paymentRequestId))
      : {
          ...(await signClik2payWebhook({
            event: {
              eventType: "PAYMENT-COMPLETED",
              message: "The payer successfully completed the transaction.",
              resourceType: "payment-request",
              resource: current,
            } satisfies Clik2payWebhookEvent,
            secret: { username: webhookUsername, password: webhookPassword },
          })),
          sourceIp: clik2payWebhookSourceIps.sandbox[0],
        };
    const { type } = await verifyClik2payWebhook({
      payload: delivery.body,
      headers: delivery.headers,
      secret: { username: webhookUsername, password: webhookPassword },
      sourceIp: delivery.sourceIp,
      environment: "sandbox",
    });
    // Fulfil only after re-reading the request: the webhook says something happened, the API says what.
    if (type === "PAYMENT-COMPLETED") report.webhooksVerified += 1;
    note("webhook verified (HTTP Basic credentials and source address): PAYMENT-COMPLETED");
  } finally {
    report.retries = retries();
    report.tokenRequests = clik2pay.stats.tokenRequests;
    await emulator?.close();
  }
  return report;
}

if (isMain(import.meta.url)) console.log(await run());
