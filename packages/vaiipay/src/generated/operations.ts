// This file is generated: do not edit it by hand.
// Source: specs/vaiipay.yaml. Regenerate with `pnpm generate` (scripts/generate.ts, scripts/operation-table.ts).

import type { OperationTable } from "@payclients/auth-middleware";

/** Every operation of specs/vaiipay.yaml, keyed `"METHOD /path"`, with what the client does differently for it. */
export const operationTable = {
  "POST /api/payment/checkout": { authContext: "client", scopes: ["payments.create"] },
  "GET /api/payment/{paymentId}": { authContext: "client", scopes: ["payments.get"] },
  "GET /api/payment/{paymentId}/provider/{provider}/method/{method}": { authContext: "client", scopes: ["payments.user-instructions.get"] },
  "GET /api/checkout/payment/{paymentId}/provider/{provider}/method/{method}": { public: true, authContext: "public" },
  "GET /api/checkout/{paymentId}/payment-methods": { public: true, authContext: "public" },
  "GET /api/payment-applications": { authContext: "dashboard" },
  "POST /api/payment-applications": { authContext: "dashboard" },
  "GET /api/payment-applications/{id}": { authContext: "dashboard" },
} as const satisfies OperationTable;
