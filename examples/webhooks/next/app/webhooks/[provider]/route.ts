// Next.js App Router route handler for `POST /webhooks/<provider>`: `request.arrayBuffer()` is the exact bytes
// received (`request.json()` would re-serialise them; `text()` decodes them and drops a byte-order mark).
import { handleWebhook } from "../../../../handle.ts";
import { webhookSecretsFromEnv, webhookVerifiers } from "../../../../providers.ts";

// Created once per server instance, from the environment (`.env.local` or the host's settings).
const options = { verifiers: webhookVerifiers(webhookSecretsFromEnv(process.env)) };

/** Verifies one delivery and answers 200, 400 (failed verification) or 404 (unknown provider). */
export async function POST(
  request: Request,
  context: { params: Promise<{ provider: string }> },
): Promise<Response> {
  const { provider } = await context.params;
  const reply = await handleWebhook(options, provider, await request.arrayBuffer(), request.headers);
  return Response.json(reply.body, { status: reply.status });
}
