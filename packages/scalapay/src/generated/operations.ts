// This file is generated: do not edit it by hand.
// Source: specs/scalapay.yaml. Regenerate with `pnpm generate` (scripts/generate.ts, scripts/operation-table.ts).

import type { OperationTable } from "@payclients/auth-middleware";

/** Every operation of specs/scalapay.yaml, keyed `"METHOD /path"`, with what the client does differently for it. */
export const operationTable = {
  "POST /v2/orders": { idempotency: "Idempotency-Key" },
  "POST /v2/orders/{token}": { idempotency: "Idempotency-Key" },
  "GET /v2/payments/{token}": {},
  "GET /v2/payments/references": {},
  "POST /v2/payments/capture": { idempotency: "Idempotency-Key" },
  "POST /v2/payments/{token}/delay": { idempotency: "Idempotency-Key" },
  "POST /v2/payments/{token}/void": { idempotency: "Idempotency-Key" },
  "POST /v2/payments/{token}/refund": { idempotency: "Idempotency-Key" },
  "POST /v2/payments/{token}/delay/capture": {},
  "POST /v2/payments/{token}/delay/void": {},
  "POST /v2/payments/{token}/delay/refund": {},
  "GET /v3/configurations": {},
  "POST /v1/instore/orders": {},
  "GET /v1/instore/orders/{token}": {},
  "GET /v1/instore/orders/references": {},
  "POST /v1/instore/orders/{token}/refund": {},
  "POST /v2/instore/paybylink/orders": {},
  "POST /v2/instore/paybylink/orders/{token}/void": {},
  "GET /v1/reporting/orders": { pagination: { style: "page", items: "items", pageSize: "size", page: "page", firstPage: 0, hasMore: "hasMore" } },
  "GET /v1/reporting/refunds": { pagination: { style: "page", items: "items", pageSize: "size", page: "page", firstPage: 0, hasMore: "hasMore" } },
  "GET /v1/reporting/payouts": { pagination: { style: "page", items: "items", pageSize: "size", page: "page", firstPage: 0, hasMore: "hasMore" } },
  "GET /v1/reporting/payouts/{token}/orders": { pagination: { style: "page", items: "items", pageSize: "size", page: "page", firstPage: 0, hasMore: "hasMore" } },
  "GET /v1/reporting/payouts/{token}/refunds": { pagination: { style: "page", items: "items", pageSize: "size", page: "page", firstPage: 0, hasMore: "hasMore" } },
  "GET /v1/reporting/disputes": { pagination: { style: "page", items: "items", pageSize: "size", page: "page", firstPage: 0, hasMore: "hasMore" } },
} as const satisfies OperationTable;
