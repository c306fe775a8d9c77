// Sqala: create a Pix QR-code charge, read it back, pay it, handle a typed error and verify a webhook.
// Runs against the local emulator; set SQALA_APP_ID, SQALA_APP_SECRET and SQALA_REFRESH_TOKEN (and optionally
// SQALA_BASE_URL, SQALA_WEBHOOK_SECRET) to run against the real API instead: test-mode amounts stay ≤ R$ 1.99.
import { ConflictError, createSqalaClient, verifySqalaWebhook } from "@payclients/sqala";
import { createSqalaEmulator, signSqalaWebhook } from "@payclients/sqala/testing";
import { type ExampleReport, isMain, newReport, observe, say } from "./support.js";

/** Runs the Sqala example and reports what it did. */
export async function run(options: { quiet?: boolean } = {}): Promise<ExampleReport> {
  const { SQALA_APP_ID, SQALA_APP_SECRET, SQALA_REFRESH_TOKEN, SQALA_BASE_URL } = process.env;
  const sandbox = SQALA_APP_ID && SQALA_APP_SECRET && SQALA_REFRESH_TOKEN;
  const emulator = sandbox ? undefined : await createSqalaEmulator();
  const { logger, retries } = observe("sqala", options.quiet);
  const sqala = createSqalaClient({
    appId: SQALA_APP_ID ?? emulator?.appId ?? "",
    appSecret: SQALA_APP_SECRET ?? emulator?.appSecret ?? "",
    refreshToken: SQALA_REFRESH_TOKEN ?? emulator?.refreshToken ?? "",
    ...(emulator ? { baseUrl: emulator.url } : SQALA_BASE_URL ? { baseUrl: SQALA_BASE_URL } : {}),
    logger,
  });
  const report = newReport("sqala", emulator ? "emulator" : "sandbox");
  const note = (message: string) => say("sqala", message, options.quiet);
  try {
    // The `code` is Sqala's de-duplication key: it makes the create safe to retry, and must be unique.
    const code = `order-${Date.now()}`;
    note("the first call exchanges the app credentials for an access token, then creates a Pix charge");
    const { data: charge } = await sqala.POST("/pix-qrcode-payments", {
      body: { amount: 150, code, payer: { name: "Ana Souza", taxId: "12345678909" } },
    });
    report.operations.push("createPixQrCodePayment");

    // A provider hiccup: the GET is retried (with backoff) and succeeds.
    emulator?.server.failNext(
      503,
      emulator.sqalaErrorBody("SERVICE_NOT_AVAILABLE", "temporarily unavailable"),
      {},
      { method: "GET", path: "/core/v1/pix-qrcode-payments/{id}" },
    );
    if (emulator) note("emulator: the next read fails with 503 (simulated outage); a GET is retried");
    const { data: read } = await sqala.GET("/pix-qrcode-payments/{id}", {
      params: { path: { id: charge.id } },
    });
    report.operations.push("getPixQrCodePayment");

    // The payer scans charge.payload with their bank app; the emulator can do it for us.
    emulator?.payPixCharge(read.id);
    if (emulator) note(`emulator: the payer pays charge ${read.id}`);
    note(`creating a second charge with the same code ${code} (a duplicate):`);

    // Reusing the code is a duplicate: Sqala answers 400 CODE_ALREADY_EXISTS, surfaced as a ConflictError.
    try {
      await sqala.POST("/pix-qrcode-payments", { body: { amount: 150, code } });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      report.errorsDecoded.push(`${error.name} ${error.code ?? ""}`.trim());
      note(
        `Sqala refuses the duplicate with ${error.status} ${error.code}; the client's Sqala error decoder classifies that code as ${error.name} (status stays ${error.status})`,
      );
    }

    // The Developer API (webhook delivery log) shares the core API's token.
    await sqala.developer.GET("/webhooks", { params: { query: { limit: 5 } } });
    report.operations.push("listWebhookLogs");

    // Sqala signs JSON.stringify(data) and puts the signature in the body. The emulator hands us the body it
    // delivered for payment.paid; against the real API we sign one the same way with a local secret.
    const secret = emulator?.webhookSecret ?? process.env.SQALA_WEBHOOK_SECRET ?? "example-webhook-secret";
    const delivered = emulator?.webhooks().find((webhook) => webhook.event === "payment.paid")?.body;
    const data = { ...read, status: "PAID" };
    const body =
      delivered ??
      (
        await signSqalaWebhook({
          type: "payment.paid",
          data,
          secret,
          object: { id: read.id, type: "PixQrCodePayment" },
        })
      ).body;
    const { type, id } = await verifySqalaWebhook({ payload: body, secret });
    if (type === "payment.paid") report.webhooksVerified += 1;
    note(`webhook signature verified: ${type} (webhook ${id})`);
  } finally {
    report.retries = retries();
    report.tokenRequests = sqala.stats.tokenRequests;
    await emulator?.close();
  }
  return report;
}

if (isMain(import.meta.url)) console.log(await run());
