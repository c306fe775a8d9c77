// This file is generated: do not edit it by hand.
// Source: specs/clik2pay.yaml. Regenerate with `pnpm generate` (scripts/generate.ts, scripts/operation-table.ts).

import type { OperationTable } from "@payclients/auth-middleware";

/** Every operation of specs/clik2pay.yaml, keyed `"METHOD /path"`, with what the client does differently for it. */
export const operationTable = {
  "POST /oauth2/token": {},
  "POST /payment-requests": { deduplication: "merchantTransactionId" },
  "GET /payment-requests/{paymentRequestId}": {},
  "POST /payment-requests/{paymentRequestId}/cancellation": {},
  "POST /payment-requests/{paymentRequestId}/refunds": {},
  "GET /payment-requests/{paymentRequestId}/refunds/{refundId}": {},
  "POST /payments": { deduplication: "merchantTransactionId" },
} as const satisfies OperationTable;
