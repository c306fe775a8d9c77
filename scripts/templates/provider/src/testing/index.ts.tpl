import { type SignedWebhook, webhookBody } from "@payclients/auth-middleware/webhooks";
import {
  createEmulatorClock,
  createEmulatorServer,
  type EmulatorClock,
  type EmulatorListenOptions,
  type EmulatorServer,
  json,
  parseBasicAuthorization,
  readBearerToken,
  secretsEqual,
  signWebhookSync,
  TokenIssuer,
} from "@payclients/testing";
import { __camel__WebhookSigning } from "../webhooks";

export { sign__Pascal__Webhook } from "../webhooks";

/** Options of {@link create__Pascal__Emulator}. */
export interface __Pascal__EmulatorOptions extends EmulatorListenOptions {
  clientId?: string;
  clientSecret?: string;
  webhookSecret?: string;
  tokenLifetimeSeconds?: number;
  clock?: EmulatorClock;
}

/** A running __Pascal__ emulator. */
export interface __Pascal__Emulator extends AsyncDisposable {
  url: string;
  server: EmulatorServer;
  clock: EmulatorClock;
  /** Signs a webhook body with __Pascal__'s scheme (the one `verify__Pascal__Webhook` reads). */
  signWebhook(event: unknown): SignedWebhook;
  /** Stops the emulator. */
  close(): Promise<void>;
}

/** Starts the __Pascal__ emulator on loopback: token endpoint with expiry, bearer checks, payments. */
export async function create__Pascal__Emulator(options: __Pascal__EmulatorOptions = {}): Promise<__Pascal__Emulator> {
  const clientId = options.clientId ?? "test-client";
  const clientSecret = options.clientSecret ?? "test-secret";
  const webhookSecret = options.webhookSecret ?? "test-webhook-secret";
  const clock = options.clock ?? createEmulatorClock();
  const server = await createEmulatorServer({ clock, port: options.port });
  const issuer = new TokenIssuer(clock, "__camel__");
  const payments = new Map<string, Record<string, unknown>>();
  const unauthorized = json(401, { code: "UNAUTHORIZED", message: "missing, invalid or expired token" });

  server.route("POST", "/oauth2/token", (request) => {
    const basic = parseBasicAuthorization(request.headers.authorization);
    if (!basic || !secretsEqual(basic.username, clientId) || !secretsEqual(basic.password, clientSecret)) {
      return json(401, { code: "INVALID_CLIENT", message: "invalid client credentials" });
    }
    if (request.form().get("grant_type") !== "client_credentials") {
      return json(400, { code: "UNSUPPORTED_GRANT_TYPE", message: "grant_type must be client_credentials" });
    }
    const lifetime = options.tokenLifetimeSeconds ?? 3600;
    return json(200, {
      access_token: issuer.issue(lifetime).token,
      expires_in: lifetime,
      token_type: "Bearer",
    });
  });
  server.route("POST", "/payments", (request) => {
    if (issuer.check(readBearerToken(request)) !== "valid") return unauthorized;
    const body = request.json() as { amount?: unknown; currency?: unknown; reference?: string } | undefined;
    if (typeof body?.amount !== "number" || typeof body.currency !== "string") {
      return json(400, { code: "INVALID_BODY", message: "amount (integer) and currency are required" });
    }
    const payment = {
      id: `pay_${payments.size + 1}`,
      amount: body.amount,
      currency: body.currency,
      status: "PENDING",
    };
    payments.set(payment.id, payment);
    return json(200, payment);
  });
  server.route("GET", "/payments/{id}", (request) => {
    if (issuer.check(readBearerToken(request)) !== "valid") return unauthorized;
    const payment = payments.get(request.params.id ?? "");
    return payment ? json(200, payment) : json(404, { code: "NOT_FOUND", message: "no such payment" });
  });

  return {
    url: server.url,
    server,
    clock,
    signWebhook: (event) =>
      signWebhookSync(__camel__WebhookSigning, { body: webhookBody(event), secret: webhookSecret }),
    close: () => server.close(),
    [Symbol.asyncDispose]: () => server.close(),
  };
}

export { startStandaloneEmulator } from "./standalone";
