// Webhook deliveries: Qolo's signing scheme (the one `verifyQoloWebhook` reads, defined once beside it), keyed with a
// subscription's secret, over every recorded event each active subscription listens to.
import { type SignedWebhook, webhookBody } from "@payclients/auth-middleware/webhooks";
import { signWebhookSync } from "@payclients/testing";
import { type QoloWebhookEvent, type QoloWebhookEventType, qoloWebhookSigning } from "../webhooks";
import type { QoloState } from "./state";

/** A signed webhook delivery: POST `body` with `headers` to `url` (or feed both to `verifyQoloWebhook`). */
export type SignedQoloWebhook = SignedWebhook;

/** A delivery of a recorded event to one subscription. */
export interface QoloWebhookDelivery extends SignedQoloWebhook {
  notificationGuid: string;
  url: string;
  eventType: QoloWebhookEventType;
}

/** Signs a payload with a secret, or with the secret of a subscription the emulator holds. */
export function signWebhook(
  state: QoloState,
  payload: QoloWebhookEvent | Record<string, unknown> | string,
  options: { secret: string } | { notificationGuid: string },
): SignedQoloWebhook {
  const secret =
    "secret" in options ? options.secret : state.notifications.get(options.notificationGuid)?.secret;
  if (typeof secret !== "string" || secret.length === 0) {
    throw new Error("qolo emulator: signWebhook needs a secret (or a subscription that has one)");
  }
  return signWebhookSync(qoloWebhookSigning, { body: webhookBody(payload), secret });
}

/** Every recorded event, signed for every active subscription (with a secret) that listens to it or to `all`. */
export function webhookDeliveries(state: QoloState): QoloWebhookDelivery[] {
  const deliveries: QoloWebhookDelivery[] = [];
  for (const event of state.events) {
    for (const notification of state.notifications.values()) {
      const listens = notification.eventTypes.includes("all") || notification.eventTypes.includes(event.type);
      if (!notification.active || !listens || !notification.secret) continue;
      deliveries.push({
        notificationGuid: notification.guid,
        url: notification.url,
        eventType: event.type,
        ...signWebhook(state, event.payload, { secret: notification.secret }),
      });
    }
  }
  return deliveries;
}
