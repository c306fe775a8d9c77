// Type-check cost fixture: typed calls through every payclients client (compare with openapi-fetch.ts).
import { createClik2payClient } from "@payclients/clik2pay";
import { createQoloClient } from "@payclients/qolo";
import { createScalapayClient } from "@payclients/scalapay";
import { createSqalaClient } from "@payclients/sqala";
import { createVaiiPayClient } from "@payclients/vaiipay";

export async function useEveryClient(): Promise<unknown[]> {
  const scalapay = createScalapayClient({ apiKey: "k", environment: "sandbox" });
  const sqala = createSqalaClient({ appId: "a", appSecret: "s", refreshToken: "r" });
  const clik2pay = createClik2payClient({
    username: "u",
    password: "p",
    apiKey: "k",
    environment: "sandbox",
  });
  const qolo = createQoloClient({ loginId: "l", apiKey: "k", environment: "development" });
  const vaiipay = createVaiiPayClient({
    baseUrl: "https://api.example.com",
    clientToken: "t",
    clientId: "c",
  });
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
