// This file is generated: do not edit it by hand.
// Source: specs/qolo.yaml. Regenerate with `pnpm generate` (scripts/generate.ts, scripts/operation-table.ts).

import type { OperationTable } from "@payclients/auth-middleware";

/** Every operation of specs/qolo.yaml, keyed `"METHOD /path"`, with what the client does differently for it. */
export const operationTable = {
  "POST /api/v1/auth/login": { public: true },
  "POST /api/v1/cards": { idempotency: "IdempotencyKey" },
  "POST /api/v1/cards/{card_proxy}/status": {},
  "POST /api/v1/cards/{card_proxy}/activate": {},
  "GET /api/v1/cards/{card_proxy}/pin": {},
  "POST /api/v1/cards/{card_proxy}/pin": {},
  "POST /api/v1/transfers": { idempotency: "IdempotencyKey" },
  "POST /api/v1/persons": { idempotency: "IdempotencyKey" },
  "PUT /api/v1/persons/{person_guid}": {},
  "POST /api/v1/persons/{person_guid}/kyc": {},
  "POST /api/v1/wallets": { idempotency: "IdempotencyKey" },
  "POST /api/v1/wallets/search": {},
  "POST /api/v1/accounts": { idempotency: "IdempotencyKey" },
  "POST /api/v1/instruments": { idempotency: "IdempotencyKey" },
  "POST /api/v1/transactions/search": {},
  "GET /api/v1/transactions/{transaction_guid}": {},
  "GET /api/v1/notifications": {},
  "POST /api/v1/notifications": { idempotency: "IdempotencyKey" },
  "PUT /api/v1/notifications/{notification_guid}": {},
  "DELETE /api/v1/notifications/{notification_guid}": {},
} as const satisfies OperationTable;
