// This file is generated: do not edit it by hand.
// Source: specs/sqala.yaml. Regenerate with `pnpm generate` (scripts/generate.ts, scripts/operation-table.ts).

import type { OperationTable } from "@payclients/auth-middleware";

/** Every operation of specs/sqala.yaml, keyed `"METHOD /path"`, with what the client does differently for it. */
export const operationTable = {
  "POST /access-tokens": {},
  "GET /pix-qrcode-payments": { pagination: { style: "cursor", items: "data", pageSize: "limit", cursor: "after", next: "paging.after" } },
  "POST /pix-qrcode-payments": { deduplication: "code" },
  "GET /pix-qrcode-payments/{id}": {},
  "GET /itp-payments": { pagination: { style: "cursor", items: "data", pageSize: "limit", cursor: "after", next: "paging.after" } },
  "POST /itp-payments": { deduplication: "code" },
  "GET /itp-payments/{id}": {},
  "GET /boleto-payments": { pagination: { style: "cursor", items: "data", pageSize: "limit", cursor: "after", next: "paging.after" } },
  "POST /boleto-payments": {},
  "GET /boleto-payments/{id}": {},
  "GET /bank-transfer-payments": { pagination: { style: "cursor", items: "data", pageSize: "limit", cursor: "after", next: "paging.after" } },
  "GET /bank-transfer-payments/{bankTransferId}": {},
  "POST /card-vaults": { public: true },
  "POST /credit-card-payments": {},
  "GET /recipients": { pagination: { style: "cursor", items: "data", pageSize: "limit", cursor: "after", next: "paging.after" } },
  "POST /recipients": { deduplication: "code" },
  "GET /recipients/{id}": {},
  "PUT /recipients/{id}": {},
  "GET /recipients/{recipientId}/bank-accounts": { pagination: { style: "cursor", items: "data", pageSize: "limit", cursor: "after", next: "paging.after" } },
  "POST /recipients/{recipientId}/bank-accounts": {},
  "GET /recipients/{recipientId}/bank-accounts/{bankAccountId}": {},
  "DELETE /recipients/{recipientId}/bank-accounts/{bankAccountId}": {},
  "GET /recipients/{recipientId}/withdrawals": { pagination: { style: "cursor", items: "data", pageSize: "limit", cursor: "after", next: "paging.after" } },
  "POST /recipients/{recipientId}/withdrawals": { deduplication: "code" },
  "GET /recipients/{recipientId}/withdrawals/{withdrawalId}": {},
  "GET /dict/barcode": {},
  "GET /recipients/{recipientId}/balance": {},
  "GET /recipients/{recipientId}/transactions": { pagination: { style: "cursor", items: "data", pageSize: "limit", cursor: "after", next: "paging.after" } },
  "GET /webhooks": { pagination: { style: "cursor", items: "data", pageSize: "limit", cursor: "after", next: "paging.after" } },
  "GET /webhooks/{id}": {},
  "POST /webhooks/{id}/attempts": {},
} as const satisfies OperationTable;
