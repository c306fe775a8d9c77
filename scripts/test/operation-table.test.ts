import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderOperationTable } from "../operation-table";
import { repositoryRoot } from "./helpers";

const sqala = readFileSync(join(repositoryRoot, "specs", "sqala.yaml"), "utf8");
const qolo = readFileSync(join(repositoryRoot, "specs", "qolo.yaml"), "utf8");

describe("the operation table generator (scripts/operation-table.ts)", () => {
  it("reads standard fields: the Idempotency-Key header parameter, `security: []`, security requirement roles", () => {
    const scalapay = renderOperationTable(
      "scalapay",
      readFileSync(join(repositoryRoot, "specs", "scalapay.yaml"), "utf8"),
    );
    expect(scalapay).toContain('  "POST /v2/orders": { idempotency: "Idempotency-Key" },');
    expect(scalapay).toContain('  "POST /v2/payments/{token}/delay/capture": {},');
    expect(renderOperationTable("sqala", sqala)).toContain('  "POST /card-vaults": { public: true },');
    const vaiipay = renderOperationTable(
      "vaiipay",
      readFileSync(join(repositoryRoot, "specs", "vaiipay.yaml"), "utf8"),
    );
    expect(vaiipay).toContain(
      '  "POST /api/payment/checkout": { authContext: "client", scopes: ["payments.create"] },',
    );
  });

  it("a header under another name is the idempotency header only with x-payclients-idempotency", () => {
    expect(renderOperationTable("qolo", qolo)).toContain(
      '  "POST /api/v1/cards": { idempotency: "IdempotencyKey" },',
    );
    const unmarked = renderOperationTable("qolo", qolo.replace("x-payclients-idempotency: true", ""));
    expect(unmarked).toContain('  "POST /api/v1/cards": {},');
  });

  it("refuses a misused extension, naming the operation", () => {
    for (const [from, to, message] of [
      [
        "      x-payclients-deduplication-field: code",
        "      x-payclients-deduplication-field: kode",
        "POST /pix-qrcode-payments: x-payclients-deduplication-field kode is not a request body property",
      ],
      [
        "next: paging.after }",
        "next: paging.after, extra: 1 }",
        "GET /pix-qrcode-payments: x-payclients-pagination has unknown fields extra",
      ],
      [
        "cursor: after,",
        "cursor: since,",
        "GET /pix-qrcode-payments: x-payclients-pagination cursor: no query parameter since",
      ],
      [
        "items: data,",
        "items: rows,",
        "GET /pix-qrcode-payments: x-payclients-pagination items: the 200 response has no property rows",
      ],
      [
        "style: cursor,",
        "style: token,",
        "x-payclients-pagination style must be one of cursor, page, offset",
      ],
      [
        "      x-payclients-deduplication-field: code",
        "      x-payclients-dedup: code",
        "POST /pix-qrcode-payments: unknown extension x-payclients-dedup",
      ],
    ] as const) {
      const edited = sqala.replace(from, to);
      expect(edited, message).not.toBe(sqala);
      expect(() => renderOperationTable("sqala", edited)).toThrow(message);
    }
    const publicMismatch = readFileSync(join(repositoryRoot, "specs", "vaiipay.yaml"), "utf8").replace(
      "x-payclients-auth-context: dashboard",
      "x-payclients-auth-context: public",
    );
    expect(() => renderOperationTable("vaiipay", publicMismatch)).toThrow(
      'GET /api/payment-applications: x-payclients-auth-context "public" and `security: []` must go together',
    );
  });
});
