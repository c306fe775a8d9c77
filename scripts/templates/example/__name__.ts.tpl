// __Pascal__: create a payment, read it back, handle a typed error and verify a webhook, against the local emulator.
// Scaffolded by `pnpm new-provider __name__`: grow it with the provider's real flow as the spec takes shape.
import { create__Pascal__Client, NotFoundError, verify__Pascal__Webhook } from "@payclients/__name__";
import { create__Pascal__Emulator } from "@payclients/__name__/testing";
import { type ExampleReport, isMain, newReport, observe } from "./support.js";

/** Runs the __Pascal__ example and reports what it did. */
export async function run(options: { quiet?: boolean } = {}): Promise<ExampleReport> {
  const emulator = await create__Pascal__Emulator();
  const { logger, retries } = observe("__name__", options.quiet);
  const client = create__Pascal__Client({
    clientId: "test-client",
    clientSecret: "test-secret",
    baseUrl: emulator.url,
    logger,
  });
  const report = newReport("__name__", "emulator");
  try {
    const { data: created } = await client.POST("/payments", { body: { amount: 1999, currency: "EUR" } });
    report.operations.push("createPayment");
    await client.GET("/payments/{id}", { params: { path: { id: created.id } } });
    report.operations.push("getPayment");

    try {
      await client.GET("/payments/{id}", { params: { path: { id: "no-such-payment" } } });
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      report.errorsDecoded.push(error.name);
    }

    const { headers, body } = emulator.signWebhook({ event: "payment.paid", data: { id: created.id } });
    const { type } = await verify__Pascal__Webhook({ payload: body, headers, secret: "test-webhook-secret" });
    if (type === "payment.paid") report.webhooksVerified += 1;
  } finally {
    report.retries = retries();
    report.tokenRequests = client.stats.tokenRequests;
    await emulator.close();
  }
  return report;
}

if (isMain(import.meta.url)) console.log(await run());
