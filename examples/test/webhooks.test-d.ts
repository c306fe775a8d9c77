// The recipes hand `onEvent` a delivery that narrows on `provider` to that provider's typed event.
import type { Clik2payWebhookEvent } from "@payclients/clik2pay";
import type { QoloWebhookEvent } from "@payclients/qolo";
import type { ScalapayWebhookEvent } from "@payclients/scalapay";
import type { SqalaWebhookEvent } from "@payclients/sqala";
import type { VaiiPayWebhook } from "@payclients/vaiipay";
import { describe, expectTypeOf, it } from "vitest";
import type { WebhookListener } from "../webhooks/handle.ts";
import type { VerifiedDelivery, WebhookProvider } from "../webhooks/providers.ts";

describe("a verified delivery", () => {
  it("narrows on provider to the provider's event and event type", () => {
    const listener: WebhookListener = (delivery) => {
      expectTypeOf(delivery.provider).toEqualTypeOf<WebhookProvider>();
      if (delivery.provider === "scalapay") {
        expectTypeOf(delivery.event).toEqualTypeOf<ScalapayWebhookEvent>();
        expectTypeOf(delivery.type).toEqualTypeOf<ScalapayWebhookEvent["status"]>();
      }
      if (delivery.provider === "sqala") expectTypeOf(delivery.event).toEqualTypeOf<SqalaWebhookEvent>();
      if (delivery.provider === "clik2pay")
        expectTypeOf(delivery.event).toEqualTypeOf<Clik2payWebhookEvent[]>();
      if (delivery.provider === "qolo") expectTypeOf(delivery.event).toEqualTypeOf<QoloWebhookEvent>();
      if (delivery.provider === "vaiipay") {
        expectTypeOf(delivery.event).toEqualTypeOf<VaiiPayWebhook>();
        expectTypeOf(delivery.type).toEqualTypeOf<VaiiPayWebhook["type"]>();
      }
    };
    expectTypeOf(listener).parameter(0).toEqualTypeOf<VerifiedDelivery>();
  });
});
