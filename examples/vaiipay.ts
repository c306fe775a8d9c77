// VaiiPay: create a checkout, read the payment back, decode a typed error and verify a signed webhook.
// Runs against the local emulator (where the payment also goes RECEIVED → completed). VaiiPay is white-label and
// has no shared sandbox, so to run against your own deployment instead set all three of:
//   VAIIPAY_BASE_URL      your deployment's API origin without /api, e.g. https://api.yourdomain.com
//   VAIIPAY_CLIENT_TOKEN  a Client Token with the scopes payments.create and payments.get
//   VAIIPAY_CLIENT_ID     the 32-character Client ID of the token's payment application
// That creates a real (unpaid) checkout of 25.00 USD.
import {
  AuthenticationError,
  createVaiiPayClient,
  PermissionDeniedError,
  parseVaiiPayCheckoutUrl,
  type VaiiPayPayment,
  verifyVaiiPayWebhook,
} from "@payclients/vaiipay";
import { createVaiiPayEmulator, signVaiiPayWebhook, vaiipayErrorBody } from "@payclients/vaiipay/testing";
import { type ExampleReport, isMain, newReport, observe, say } from "./support.js";

/** Runs the VaiiPay example and reports what it did. */
export async function run(options: { quiet?: boolean } = {}): Promise<ExampleReport> {
  const { VAIIPAY_BASE_URL, VAIIPAY_CLIENT_TOKEN, VAIIPAY_CLIENT_ID } = process.env;
  const deployment =
    VAIIPAY_BASE_URL && VAIIPAY_CLIENT_TOKEN && VAIIPAY_CLIENT_ID
      ? { baseUrl: VAIIPAY_BASE_URL, clientToken: VAIIPAY_CLIENT_TOKEN, clientId: VAIIPAY_CLIENT_ID }
      : undefined;
  const emulator = deployment ? undefined : await createVaiiPayEmulator();
  const credentials = deployment ?? {
    baseUrl: emulator?.url ?? "",
    clientToken: emulator?.clientToken ?? "",
    clientId: emulator?.clientId ?? "",
  };
  const { logger, retries } = observe("vaiipay", options.quiet);
  const vaiipay = createVaiiPayClient({ ...credentials, logger });
  const report = newReport("vaiipay", emulator ? "emulator" : "sandbox");
  const note = (message: string) => say("vaiipay", message, options.quiet);
  try {
    // No clientId in the body: the client fills in its own.
    const { data: checkout } = await vaiipay.POST("/api/payment/checkout", {
      body: {
        amount: 2500,
        currencyCode: "USD",
        reference: "order-1001",
        referenceLabel: "Order #1001",
        redirectUrl: "https://shop.example/orders/1001",
      },
    });
    report.operations.push("createCheckout");
    // The payer opens checkoutUrl; the payment id is its last path segment.
    const { paymentId } = parseVaiiPayCheckoutUrl(checkout.data.checkoutUrl);

    // A provider hiccup: the GET is retried (with backoff) and succeeds; the checkout POST would not be resent.
    emulator?.server.failNext(503, vaiipayErrorBody("Service Unavailable"), {}, { method: "GET" });
    if (emulator) note("emulator: the next read fails with 503 (simulated outage); a GET is retried");
    const { data: created } = await vaiipay.GET("/api/payment/{paymentId}", {
      params: { path: { paymentId } },
    });
    report.operations.push("getPayment");

    // On the emulator the funds arrive and the payment completes; VaiiPay then POSTs a signed payment.completed.
    emulator?.receivePayment(paymentId);
    if (emulator)
      note("emulator: the funds arrive and the payment completes; VaiiPay sends payment.completed");
    const delivery = emulator
      ? { ...emulator.completePayment(paymentId).webhook, secret: emulator.webhookSecret }
      : await exampleDelivery(created.data);
    const { type, event } = await verifyVaiiPayWebhook({
      payload: delivery.body,
      headers: delivery.headers,
      secret: delivery.secret,
    });
    if (type === "payment.completed" && event.payment.id === paymentId) {
      report.webhooksVerified += 1;
      note("webhook signature verified: payment.completed");
      // The event header is not signed: confirm the status with the API (getPayment again) before fulfilling.
      const { data: confirmed } = await vaiipay.GET("/api/payment/{paymentId}", {
        params: { path: { paymentId } },
      });
      note(`confirmed with the API: payment ${paymentId} is ${confirmed.data.status} (funds received)`);
    }

    // A Client Token without payments.get (emulator), or a wrong one (real deployment), cannot read payments.
    const expected = emulator ? PermissionDeniedError : AuthenticationError;
    const restrictedToken = "vp_ct_checkout_only_example";
    emulator?.addClientToken({
      token: restrictedToken,
      clientId: credentials.clientId,
      scopes: ["payments.create"],
    });
    const restricted = createVaiiPayClient({ ...credentials, clientToken: restrictedToken, logger });
    note("reading the payment with a Client Token that lacks the payments.get scope:");
    try {
      await restricted.GET("/api/payment/{paymentId}", { params: { path: { paymentId } } });
    } catch (error) {
      if (!(error instanceof expected)) throw error;
      report.errorsDecoded.push(`${error.name} ${error.code ?? ""}`.trim());
      note(`refused as expected: ${error.name}: ${error.message}`);
    }
  } finally {
    report.retries = retries();
    report.tokenRequests = vaiipay.stats.tokenRequests;
    await emulator?.close();
  }
  return report;
}

// Real deliveries go to the application's callbackUrl, so against a deployment the example signs one itself,
// exactly as VaiiPay does: hex HMAC-SHA256 of `{timestamp}.{raw body}` with the application's secret.
async function exampleDelivery(payment: VaiiPayPayment) {
  const secret = "whsec_example";
  return { ...(await signVaiiPayWebhook({ type: "payment.completed", event: { payment }, secret })), secret };
}

if (isMain(import.meta.url)) console.log(await run());
