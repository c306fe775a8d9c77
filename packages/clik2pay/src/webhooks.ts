import { basicAuthorization, requireCredential, WebhookVerificationError } from "@payclients/auth-middleware";
import {
  parseWebhookJson,
  type RawBody,
  rawBodyText,
  readHeader,
  requireRawBody,
  requireWebhookHeaders,
  timingSafeEqual,
  type WebhookHeaders,
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

/** Options of {@link verifyClik2payWebhook}. */
export interface VerifyClik2payWebhookOptions {
  /** The raw request body, exactly as received. */
  payload: RawBody;
  /** The request headers (any case). */
  headers: WebhookHeaders;
  /** Webhook Basic-auth username agreed with Clik2pay (not the API username). */
  username: string;
  /** Webhook Basic-auth password agreed with Clik2pay. */
  password: string;
  /** The delivery's source address; behind a proxy, the original client address, not the proxy's. */
  sourceIp?: string | undefined;
  /** Turns the source check on: `sourceIp` must be one of this environment's documented addresses. */
  environment?: Clik2payEnvironment | undefined;
  /** Turns the source check on with your own list (e.g. after Clik2pay announces new addresses). */
  allowedSourceIps?: readonly string[] | undefined;
}

/**
 * Verifies a Clik2pay webhook. No signature exists: the HTTP Basic `Authorization` header must carry the agreed
 * credentials (constant-time compare) and, when `environment` or `allowedSourceIps` is given, `sourceIp` must be
 * one of those addresses. Accepts one event object or an array of them; returns the typed events or throws
 * `WebhookVerificationError` (`ConfigurationError` when `username` or `password` is missing, the payload is not the
 * raw body or the headers are missing).
 */
export async function verifyClik2payWebhook(
  options: VerifyClik2payWebhookOptions,
): Promise<Clik2payWebhookEvent[]> {
  // Missing configuration is the integrator's bug, not a forged request: a ConfigurationError, as in every verifier.
  requireCredential("clik2pay", "username", options?.username);
  requireCredential("clik2pay", "password", options.password);
  const payload = requireRawBody("clik2pay", options.payload);
  const presented = readHeader(requireWebhookHeaders("clik2pay", options.headers), "authorization");
  if (presented === undefined || presented.trim() === "") {
    throw new WebhookVerificationError("clik2pay webhook: missing Authorization header");
  }
  const match = /^\s*basic\s+(\S+)\s*$/i.exec(presented);
  const expected = basicAuthorization(options.username, options.password).slice("Basic ".length);
  if (!match?.[1] || !timingSafeEqual(match[1], expected)) {
    throw new WebhookVerificationError("clik2pay webhook: Basic credentials do not match");
  }
  checkSourceIp(options);
  return readEvents(parseWebhookJson(rawBodyText(payload)));
}

function checkSourceIp(options: VerifyClik2payWebhookOptions): void {
  const allowed =
    options.allowedSourceIps ??
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
