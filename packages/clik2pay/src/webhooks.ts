import {
  basicAuthorization,
  ConfigurationError,
  WebhookVerificationError,
} from "@payclients/auth-middleware";
import {
  parseWebhookJson,
  rawBodyText,
  readHeader,
  requireRawBody,
  requireWebhookHeaders,
  type SignedWebhook,
  timingSafeEqual,
  type WebhookDeliveryOf,
  type WebhookVerifyOptions,
} from "@payclients/auth-middleware/webhooks";
import type { Clik2payEnvironment } from "./client";
import type { components } from "./generated/schema";

/** A Clik2pay webhook event, discriminated by `eventType`, typed from the spec's `webhooks` section. */
export type Clik2payWebhookEvent = components["schemas"]["Clik2payWebhookEvent"];

/** The event types Clik2pay documents. */
export type Clik2payWebhookEventType = Clik2payWebhookEvent["eventType"];

/** Documented webhook event types, in documentation order. */
export const clik2payWebhookEventTypes: readonly Clik2payWebhookEventType[] = [
  "PAYMENT-COMPLETED",
  "PAYMENT-FAILED",
  "PAYMENT-LINK-FOLLOWED",
  "PAYMENT-PROCESSING",
];

/**
 * The documented addresses Clik2pay posts webhooks from. One revision of the docs shows `52.6.229.252` for
 * production instead of `52.60.229.252`; the latter (AWS ca-central-1, like the others) is used.
 */
export const clik2payWebhookSourceIps: Readonly<Record<Clik2payEnvironment, readonly string[]>> = {
  sandbox: ["99.79.143.93", "3.96.21.104", "52.60.117.97"],
  production: ["3.99.39.224", "3.96.30.80", "52.60.229.252"],
};

/** The payload of each event type. */
export type Clik2payWebhookEvents = {
  [Type in Clik2payWebhookEventType]: Extract<Clik2payWebhookEvent, { eventType: Type }>;
};

/** The HTTP Basic credentials agreed with Clik2pay for webhooks (not the API username and password). */
export interface Clik2payWebhookCredentials {
  username: string;
  password: string;
}

/**
 * What {@link verifyClik2payWebhook} returns: `type` is the `eventType` and `event` the event typed for it.
 * Clik2pay sends no delivery id or timestamp. The docs' example wraps the event in a JSON array: every event of
 * the delivery is in `events` (`event` is the first), should an array ever carry more than one.
 */
export type Clik2payWebhook = WebhookDeliveryOf<
  Clik2payWebhookEvents,
  {
    /** Every event of the delivery, in order (one, unless Clik2pay batches). */
    events: readonly Clik2payWebhookEvent[];
  }
>;

/** Options of {@link verifyClik2payWebhook}. */
export interface VerifyClik2payWebhookOptions extends Omit<WebhookVerifyOptions, "secret"> {
  /** The webhook Basic credentials agreed with Clik2pay (Clik2pay signs nothing: this is its shared secret). */
  secret: Clik2payWebhookCredentials;
  /** The delivery's source address; behind a proxy, the original client address, not the proxy's. */
  sourceIp?: string | undefined;
  /** Turns the source check on: `sourceIp` must be one of this environment's documented addresses. */
  environment?: Clik2payEnvironment | undefined;
  /** Turns the source check on with your own list (e.g. after Clik2pay announces new addresses). */
  allowedSourceIps?: readonly string[] | undefined;
}

/**
 * Verifies a Clik2pay webhook. No signature exists: the HTTP Basic `Authorization` header must carry the agreed
 * credentials (`secret`, constant-time compare) and, when `environment` or `allowedSourceIps` is given,
 * `sourceIp` must be one of those addresses. Accepts one event object or an array of them; returns
 * `{ type, event, events }` or throws `WebhookVerificationError` (`ConfigurationError` when the credentials are
 * missing, the payload is not the raw body or the headers are missing).
 */
export async function verifyClik2payWebhook(options: VerifyClik2payWebhookOptions): Promise<Clik2payWebhook> {
  // Missing configuration is the integrator's bug, not a forged request: a ConfigurationError, as in every verifier.
  const credentials = requireCredentials(options?.secret);
  const payload = requireRawBody("clik2pay", options.payload);
  const presented = readHeader(requireWebhookHeaders("clik2pay", options.headers), "authorization");
  if (presented === undefined || presented.trim() === "") {
    throw new WebhookVerificationError("clik2pay webhook: missing Authorization header");
  }
  const match = /^\s*basic\s+(\S+)\s*$/i.exec(presented);
  const expected = basicAuthorization(credentials.username, credentials.password).slice("Basic ".length);
  if (!match?.[1] || !timingSafeEqual(match[1], expected)) {
    throw new WebhookVerificationError("clik2pay webhook: Basic credentials do not match");
  }
  checkSourceIp(options);
  const events = readEvents(parseWebhookJson(rawBodyText(payload)));
  const [event] = events as [Clik2payWebhookEvent];
  return { type: event.eventType, event, events } as Clik2payWebhook;
}

function requireCredentials(
  secret: Partial<Clik2payWebhookCredentials> | undefined,
): Clik2payWebhookCredentials {
  const { username, password } = secret ?? {};
  if (typeof username === "string" && username && typeof password === "string" && password) {
    return { username, password };
  }
  throw new ConfigurationError("clik2pay webhook: the secret option is required: { username, password }");
}

function checkSourceIp(options: VerifyClik2payWebhookOptions): void {
  const allowed =
    options.allowedSourceIps ??
    // Stryker disable next-line ConditionalExpression: equivalent for → false; the table has no entry named "undefined"
    (options.environment === undefined ? undefined : clik2payWebhookSourceIps[options.environment]);
  if (allowed === undefined) {
    if (options.sourceIp === undefined) return;
    // An address nobody checks would look like protection; fail instead of ignoring it.
    throw new WebhookVerificationError(
      "clik2pay webhook: sourceIp was given without environment or allowedSourceIps to check it against",
    );
  }
  // Dual-stack servers report IPv4 peers as IPv4-mapped IPv6 (`::ffff:3.96.30.80`).
  const address = (options.sourceIp ?? "").trim().replace(/^::ffff:/i, "");
  if (address === "") throw new WebhookVerificationError("clik2pay webhook: missing source address");
  if (!allowed.includes(address)) {
    throw new WebhookVerificationError(
      `clik2pay webhook: source address ${address} is not a documented Clik2pay address`,
    );
  }
}

function readEvents(body: unknown): Clik2payWebhookEvent[] {
  // The docs' example wraps the event in an array; integrations receive a bare object. Both are accepted.
  const items = Array.isArray(body) ? body : [body];
  if (items.length === 0) throw new WebhookVerificationError("clik2pay webhook: empty event array");
  return items.map((item) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      throw new WebhookVerificationError("clik2pay webhook: an event is not a JSON object");
    }
    const type = (item as { eventType?: unknown }).eventType;
    if (!clik2payWebhookEventTypes.includes(type as Clik2payWebhookEventType)) {
      throw new WebhookVerificationError(
        `clik2pay webhook: unknown eventType ${JSON.stringify(type)} (expected one of ${clik2payWebhookEventTypes.join(", ")})`,
      );
    }
    return item as Clik2payWebhookEvent;
  });
}

/** What a Clik2pay delivery is built from: its events, how they are wrapped, and the agreed credentials. */
export interface Clik2payDeliveryInput {
  /** One event, or several (sent as a JSON array). */
  events: Clik2payWebhookEvent | readonly Clik2payWebhookEvent[];
  /** Send the events as a JSON array, as in the docs' example (default true); `false` sends one bare object. */
  array?: boolean | undefined;
  /** The credentials for the `Authorization` header; omitted, the delivery carries none. */
  secret?: Clik2payWebhookCredentials | undefined;
}

/** A delivery as Clik2pay sends it: JSON body and HTTP Basic with the agreed credentials (no signature exists). */
export function clik2payWebhookDelivery({
  events,
  array = true,
  secret,
}: Clik2payDeliveryInput): SignedWebhook {
  const list = Array.isArray(events) ? events : [events as Clik2payWebhookEvent];
  if (!array && list.length !== 1) throw new Error("clik2pay webhook: array: false needs exactly one event");
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (secret) headers.authorization = basicAuthorization(secret.username, secret.password);
  return { headers, body: JSON.stringify(array ? list : list[0]) };
}

/** Options of {@link signClik2payWebhook}. */
export interface SignClik2payWebhookOptions {
  /** The event to send (or several). */
  event: Clik2payWebhookEvent | readonly Clik2payWebhookEvent[];
  /** The agreed webhook credentials. */
  secret: Clik2payWebhookCredentials;
  /** Send the event(s) as a JSON array, as in the docs' example (default true). */
  array?: boolean | undefined;
}

/** Builds a delivery as Clik2pay sends it, for tests of your endpoint: POST `body` with `headers`. */
export async function signClik2payWebhook(options: SignClik2payWebhookOptions): Promise<SignedWebhook> {
  return clik2payWebhookDelivery({ events: options.event, array: options.array, secret: options.secret });
}
