import { WebhookVerificationError } from "@payclients/auth-middleware";
import {
  labelWebhookErrors,
  parseWebhookJson,
  rawBodyText,
  requireRawBody,
  requireWebhookSecret,
  type SignedWebhook,
  signWebhook,
  type UnknownWebhookDelivery,
  verifyHexSignature,
  type WebhookDeliveryOf,
  type WebhookHeaders,
  type WebhookSigning,
  type WebhookVerifyOptions,
} from "@payclients/auth-middleware/webhooks";
import type { components, webhooks } from "./generated/schema";

/** A webhook delivery, typed from the spec's `webhooks` section and discriminated by `event`. */
export type SqalaWebhookEvent = components["schemas"]["SqalaWebhookEvent"];

/** The documented event names (`payment.paid`, `withdrawal.failed`, `subscription.charge.paid`, …). */
export type SqalaWebhookEventName = SqalaWebhookEvent["event"];

/** The body of each documented event. */
export type SqalaWebhookEvents = {
  [Name in keyof webhooks]: webhooks[Name]["post"]["requestBody"]["content"]["application/json"];
};

/** The delivery metadata Sqala sends: the webhook `id` (the same id as in the webhook log). */
interface SqalaDeliveryMetadata {
  /** The webhook id from the body, for de-duplication (Sqala signs no timestamp) and `GET /webhooks/{id}`. */
  id: string;
}

/**
 * What {@link verifySqalaWebhook} returns: `type` is the body's `event` name and `event` the whole body typed for
 * it; an event name the spec does not list arrives as `type: "unknown"` (acknowledge it).
 */
export type SqalaWebhook =
  | WebhookDeliveryOf<SqalaWebhookEvents, SqalaDeliveryMetadata>
  | UnknownWebhookDelivery<components["schemas"]["WebhookEnvelope"], SqalaDeliveryMetadata>;

/** Options of {@link verifySqalaWebhook}: `secret` is the endpoint's secret from the developer portal. */
export interface VerifySqalaWebhookOptions extends Omit<WebhookVerifyOptions, "headers"> {
  /** Not read: Sqala signs inside the body. Accepted so that every provider's verifier takes the same call. */
  headers?: WebhookHeaders | undefined;
}

/** The documented event names, for routing and exhaustiveness checks. */
export const sqalaWebhookEventNames = [
  "payment.paid",
  "payment.failed",
  "withdrawal.created",
  "withdrawal.failed",
  "transaction.created",
  "subscription.activated",
  "subscription.canceled",
  "subscription.completed",
  "subscription.renewed",
  "subscription.charge.pending",
  "subscription.charge.failed",
  "subscription.charge.scheduled",
  "subscription.charge.paid",
] as const satisfies readonly SqalaWebhookEventName[];

const knownNames = new Set<string>(sqalaWebhookEventNames);

/** What Sqala signs: `JSON.stringify(data)`, compact, in the key order of the parsed body. */
function signedText({ data }: { data: unknown }): string {
  return JSON.stringify(data);
}

/**
 * Verifies a Sqala webhook: the body field `signature` must be the lowercase hex HMAC-SHA256 of
 * `JSON.stringify(data)` keyed with the endpoint secret (checked with `crypto.subtle.verify`). Sqala signs the
 * re-serialized `data`, not the raw bytes, so the raw body is parsed here with `JSON.parse` and `data`
 * re-serialized compactly in its original key order; a framework's own parse (date revivers, dropped
 * keys, BigInt numbers) could change that serialization. There is no timestamp: de-duplicate on `id`.
 * Returns `{ type, event, id }` or throws `WebhookVerificationError` (`ConfigurationError` for a missing secret
 * or a payload that is not the raw body).
 */
export async function verifySqalaWebhook(options: VerifySqalaWebhookOptions): Promise<SqalaWebhook> {
  const secret = requireWebhookSecret("sqala", options?.secret);
  const payload = requireRawBody("sqala", options.payload);
  return labelWebhookErrors("sqala", async () => {
    const envelope = parseWebhookJson(rawBodyText(payload)) as Record<string, unknown> | null;
    if (envelope === null || typeof envelope !== "object" || Array.isArray(envelope)) {
      throw new WebhookVerificationError("body is not a JSON object");
    }
    const { signature, data, event: name, id } = envelope;
    if (data === undefined) throw new WebhookVerificationError("body has no data to verify");
    await verifyHexSignature(
      secret,
      signedText({ data }),
      typeof signature === "string" ? signature : undefined,
    );
    if (typeof name !== "string") throw new WebhookVerificationError("body has no event name");
    if (typeof id !== "string") throw new WebhookVerificationError("body has no webhook id");
    const event = envelope as components["schemas"]["WebhookEnvelope"];
    return (
      knownNames.has(name) ? { type: name, event, id } : { type: "unknown", eventType: name, event, id }
    ) as SqalaWebhook;
  });
}

/** What Sqala's signer takes: the envelope fields besides the signature, and the endpoint secret. */
export interface SqalaSigningInput {
  type: string;
  data: unknown;
  secret: string;
  id: string;
  object: components["schemas"]["WebhookObjectRef"];
}

/** Sqala's signing steps (the text the verifier re-serializes), for the emulator's synchronous signer. */
export const sqalaWebhookSigning: WebhookSigning<SqalaSigningInput> = {
  signedText,
  delivery: ({ type, data, id, object }, signature) => ({
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ id, event: type, object, signature, data }),
  }),
};

/** Options of {@link signSqalaWebhook}. */
export interface SignSqalaWebhookOptions {
  /** The event name (an undocumented one too, to test that path). */
  type: SqalaWebhookEventName | (string & {});
  /** The resource the event is about (signed as `JSON.stringify(data)`). */
  data: unknown;
  /** The endpoint's secret. */
  secret: string;
  /** The webhook id (default a random UUID). */
  id?: string | undefined;
  /** `object` of the body (default `{ id: data.id }`). */
  object?: components["schemas"]["WebhookObjectRef"] | undefined;
}

/** Signs a delivery as Sqala does, for tests of your endpoint: POST `body` with `headers`. */
export function signSqalaWebhook(options: SignSqalaWebhookOptions): Promise<SignedWebhook> {
  const { type, data, secret, id = crypto.randomUUID() } = options;
  const dataId = (data as { id?: unknown } | null)?.id;
  const object = options.object ?? { id: typeof dataId === "string" ? dataId : "" };
  return signWebhook(sqalaWebhookSigning, { type, data, secret, id, object });
}
