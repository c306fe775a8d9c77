// Compile-time checks, run by the `tsc` of this package's test script (a failing `expectTypeOf` is a type error):
// the recipes hand `onEvent` a delivery that narrows on `provider`, then on `type`, to that provider's typed event.
// Not a `*.test-d.ts`, which would add a second tsc pass over the package to every test run for the same errors.
import type { Clik2payWebhookEvent, Clik2payWebhookEvents } from "@payclients/clik2pay";
import type { QoloWebhookEvent } from "@payclients/qolo";
import type { ScalapayWebhookEvents } from "@payclients/scalapay";
import type { SqalaWebhookEvents } from "@payclients/sqala";
import type { VaiiPayWebhookEvents } from "@payclients/vaiipay";
import { expectTypeOf } from "vitest";
import type { WebhookListener } from "../webhooks/handle.ts";
import type { VerifiedDelivery, WebhookProvider } from "../webhooks/providers.ts";

/** A listener that narrows the delivery on `provider`, then on `type`. */
export const narrowingListener: WebhookListener = (delivery) => {
  expectTypeOf(delivery.provider).toEqualTypeOf<WebhookProvider>();
  if (delivery.provider === "scalapay" && delivery.type === "charged") {
    expectTypeOf(delivery.event).toEqualTypeOf<ScalapayWebhookEvents["charged"]>();
    expectTypeOf(delivery.timestamp).toEqualTypeOf<number>();
  }
  if (delivery.provider === "sqala" && delivery.type === "payment.paid") {
    expectTypeOf(delivery.event).toEqualTypeOf<SqalaWebhookEvents["payment.paid"]>();
    expectTypeOf(delivery.id).toEqualTypeOf<string>();
  }
  if (delivery.provider === "clik2pay" && delivery.type === "PAYMENT-COMPLETED") {
    expectTypeOf(delivery.event).toEqualTypeOf<Clik2payWebhookEvents["PAYMENT-COMPLETED"]>();
    expectTypeOf(delivery.events).toEqualTypeOf<readonly Clik2payWebhookEvent[]>();
  }
  if (delivery.provider === "qolo") {
    expectTypeOf(delivery.event).toEqualTypeOf<QoloWebhookEvent>();
    expectTypeOf(delivery.type).toEqualTypeOf<undefined>();
  }
  if (delivery.provider === "vaiipay" && delivery.type === "payment.completed") {
    expectTypeOf(delivery.event).toEqualTypeOf<VaiiPayWebhookEvents["payment.completed"]>();
  }
};
expectTypeOf(narrowingListener).parameter(0).toEqualTypeOf<VerifiedDelivery>();
