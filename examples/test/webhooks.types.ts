// Compile-time checks, run by the `tsc` of this package's test script (a failing `expectTypeOf` is a type error):
// the recipes hand `onEvent` a delivery that narrows on `provider` to that provider's typed event. Not a
// `*.test-d.ts`, which would add a second tsc pass over the package to every test run for the same errors.
import type { Clik2payWebhookEvent } from "@payclients/clik2pay";
import type { QoloWebhookEvent } from "@payclients/qolo";
import type { ScalapayWebhookEvent } from "@payclients/scalapay";
import type { SqalaWebhookEvent } from "@payclients/sqala";
import type { VaiiPayWebhook } from "@payclients/vaiipay";
import { expectTypeOf } from "vitest";
import type { WebhookListener } from "../webhooks/handle.ts";
import type { VerifiedDelivery, WebhookProvider } from "../webhooks/providers.ts";

/** A listener that narrows the delivery on `provider`. */
export const narrowingListener: WebhookListener = (delivery) => {
  expectTypeOf(delivery.provider).toEqualTypeOf<WebhookProvider>();
  if (delivery.provider === "scalapay") {
    expectTypeOf(delivery.event).toEqualTypeOf<ScalapayWebhookEvent>();
    expectTypeOf(delivery.type).toEqualTypeOf<ScalapayWebhookEvent["status"]>();
  }
  if (delivery.provider === "sqala") expectTypeOf(delivery.event).toEqualTypeOf<SqalaWebhookEvent>();
  if (delivery.provider === "clik2pay") expectTypeOf(delivery.event).toEqualTypeOf<Clik2payWebhookEvent[]>();
  if (delivery.provider === "qolo") expectTypeOf(delivery.event).toEqualTypeOf<QoloWebhookEvent>();
  if (delivery.provider === "vaiipay") {
    expectTypeOf(delivery.event).toEqualTypeOf<VaiiPayWebhook>();
    expectTypeOf(delivery.type).toEqualTypeOf<VaiiPayWebhook["type"]>();
  }
};
expectTypeOf(narrowingListener).parameter(0).toEqualTypeOf<VerifiedDelivery>();
