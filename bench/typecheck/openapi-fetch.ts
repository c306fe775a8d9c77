// Type-check cost fixture: the same calls as payclients.ts with plain openapi-fetch over the same generated types.
import type { paths as Clik2payPaths } from "@payclients/clik2pay";
import type { paths as QoloPaths } from "@payclients/qolo";
import type { paths as ScalapayPaths } from "@payclients/scalapay";
import type { paths as SqalaPaths } from "@payclients/sqala";
import type { paths as VaiiPayPaths } from "@payclients/vaiipay";
import createClient from "openapi-fetch";

export async function useEveryClient(): Promise<unknown[]> {
  const scalapay = createClient<ScalapayPaths>({ baseUrl: "https://integration.api.scalapay.com" });
  const sqala = createClient<SqalaPaths>({ baseUrl: "https://api.sqala.tech/core/v1" });
  const clik2pay = createClient<Clik2payPaths>({ baseUrl: "https://api.sandbox.clik2pay.com/open/v1" });
  const qolo = createClient<QoloPaths>({ baseUrl: "https://devapi.qolopay.com" });
  const vaiipay = createClient<VaiiPayPaths>({ baseUrl: "https://api.example.com" });
  const results = await Promise.all([
    scalapay.GET("/v2/payments/{token}", { params: { path: { token: "t" } } }),
    scalapay.POST("/v2/payments/capture", { body: { token: "t" } }),
    sqala.GET("/pix-qrcode-payments/{id}", { params: { path: { id: "1" } } }),
    sqala.GET("/pix-qrcode-payments", { params: { query: { limit: 10 } } }),
    clik2pay.GET("/payment-requests/{paymentRequestId}", { params: { path: { paymentRequestId: "1" } } }),
    qolo.POST("/api/v1/cards/{card_proxy}/activate", { params: { path: { card_proxy: "1" } } }),
    vaiipay.GET("/api/payment/{paymentId}", { params: { path: { paymentId: "1" } } }),
  ]);
  return results.map((result) => result.data);
}
