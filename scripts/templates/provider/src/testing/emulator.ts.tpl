// The factory: the kit serves the spec's operations (credentials, validation, idempotency, answer checks), the route
// modules act on the state, and the returned object adds what tests drive directly.
import { type SignedWebhook, webhookBody } from "@payclients/auth-middleware/webhooks";
import {
  acceptsBasic,
  createEmulatorClock,
  createSpecEmulator,
  type EmulatorClock,
  type EmulatorListenOptions,
  type SpecServedEmulator,
  signWebhookSync,
  specServed,
  TokenIssuer,
} from "@payclients/testing";
import { openapiDocument } from "../generated/openapi";
import { operationTable } from "../generated/operations";
import type { paths } from "../generated/schema";
import { __camel__WebhookSigning } from "../webhooks";
import { paymentRoutes } from "./routes/payments";
import { tokenRoutes } from "./routes/token";
import { PaymentBook } from "./state";
import { __camel__Wire } from "./wire";

/** Options of {@link create__Pascal__Emulator}. */
export interface __Pascal__EmulatorOptions extends EmulatorListenOptions {
  clientId?: string;
  clientSecret?: string;
  webhookSecret?: string;
  tokenLifetimeSeconds?: number;
  clock?: EmulatorClock;
  /** Checks every answer against the spec (default: on under a test runner). */
  validateResponses?: boolean;
}

/** A running __Pascal__ emulator: the kit's `url`, `server`, `clock`, `spec`, `violations`, `close()`, and more. */
export interface __Pascal__Emulator extends SpecServedEmulator<paths> {
  /** Signs a webhook body with __Pascal__'s scheme (the one `verify__Pascal__Webhook` reads). */
  signWebhook(event: unknown): SignedWebhook;
}

/** Operations of the spec the emulator does not serve, each with the reason (checked by a test). */
export const notEmulated: Readonly<Record<string, string>> = {};

/** Starts the __Pascal__ emulator on loopback: token endpoint with expiry, bearer checks, payments. */
export async function create__Pascal__Emulator(options: __Pascal__EmulatorOptions = {}): Promise<__Pascal__Emulator> {
  const clientId = options.clientId ?? "test-client";
  const clientSecret = options.clientSecret ?? "test-secret";
  const webhookSecret = options.webhookSecret ?? "test-webhook-secret";
  const clock = options.clock ?? createEmulatorClock();
  const issuer = new TokenIssuer(clock, "__camel__");
  const api = await createSpecEmulator<paths>({
    document: openapiDocument,
    wire: __camel__Wire,
    clock,
    port: options.port,
    ...(options.validateResponses === undefined ? {} : { validateResponses: options.validateResponses }),
    credentials: {
      BasicAuth: acceptsBasic(clientId, clientSecret),
      BearerAuth: (token) => issuer.check(token) === "valid",
    },
    idempotency: { table: operationTable },
  });
  tokenRoutes(api, issuer, options.tokenLifetimeSeconds ?? 3600);
  paymentRoutes(api, new PaymentBook());

  return {
    ...specServed(api, clock),
    signWebhook: (event) =>
      signWebhookSync(__camel__WebhookSigning, { body: webhookBody(event), secret: webhookSecret }),
  };
}
