import { randomUUID } from "node:crypto";
import { isRefusal, type Refusal } from "@payclients/testing";
import type { components } from "../../generated/schema";
import { boletoBarcode, pixPayload } from "../pix";
import type { PaymentKind, SqalaPaymentSnapshot } from "../state";
import { pageReply } from "../views";
import { invalidBody, objectNotFound } from "../wire";
import type { RouteContext } from "./context";

type Schemas = components["schemas"];
type CreateBody = Schemas["CreatePixQrCodePaymentRequest"] & Partial<Schemas["CreateBoletoPaymentRequest"]>;

const DAY_MS = 86_400_000;

/** Pix QR-code, ITP and boleto payments (create, list, read), and inbound bank transfers (list, read). */
export function paymentRoutes(context: RouteContext): void {
  const { api, state } = context;
  const create = (kind: PaymentKind, body: CreateBody) => createPayment(context, kind, body);
  const ofKind = (kind: PaymentKind) =>
    [...state.payments.values()].filter((payment) => payment.kind === kind);
  const find = (kind: PaymentKind, id: string) => {
    const payment = state.payments.get(id);
    return payment?.kind === kind
      ? { status: 200 as const, body: payment.view }
      : objectNotFound("Payment", id);
  };

  api.handle("POST /pix-qrcode-payments", ({ body }) => answer(create("pix", body)));
  api.handle("GET /pix-qrcode-payments", ({ input }) => pageReply(ofKind("pix"), input.query));
  api.handle("GET /pix-qrcode-payments/{id}", ({ input }) => find("pix", input.path.id));
  api.handle("POST /itp-payments", ({ body }) => answer(create("itp", body)));
  api.handle("GET /itp-payments", ({ input }) => pageReply(ofKind("itp"), input.query));
  api.handle("GET /itp-payments/{id}", ({ input }) => find("itp", input.path.id));
  api.handle("POST /boleto-payments", ({ body }) => answer(create("boleto", body)));
  api.handle("GET /boleto-payments", ({ input }) => pageReply(ofKind("boleto"), input.query));
  api.handle("GET /boleto-payments/{id}", ({ input }) => find("boleto", input.path.id));

  api.handle("GET /bank-transfer-payments", ({ input }) =>
    pageReply(state.bankTransfers.values(), input.query),
  );
  api.handle("GET /bank-transfer-payments/{bankTransferId}", ({ input }) => {
    const transfer = state.bankTransfers.get(input.path.bankTransferId);
    return transfer
      ? { status: 200, body: transfer.view }
      : objectNotFound("Bank transfer", input.path.bankTransferId);
  });
}

function answer(result: SqalaPaymentSnapshot | Refusal) {
  return isRefusal(result) ? result : { status: 200 as const, body: result };
}

/** Creates a payment once the rules across fields and objects hold: splits within the amount, known recipients. */
function createPayment(
  { state, origin }: RouteContext,
  kind: PaymentKind,
  body: CreateBody,
): SqalaPaymentSnapshot | Refusal {
  const split = body.split ?? [];
  if (split.reduce((total, item) => total + item.value, 0) > body.amount) {
    return invalidBody(["split values must not exceed amount"]);
  }
  const missing = split.find((item) => !state.recipients.has(item.recipientId));
  if (missing) return objectNotFound("Recipient", missing.recipientId);
  const problem = state.overLimit(body.amount) ?? state.codeTaken(kind, body.code);
  if (problem) return problem;
  const id = randomUUID();
  const createdAt = state.clock.now();
  const seq = state.next();
  const common = {
    id,
    code: body.code ?? null,
    amount: body.amount,
    paidAmount: null,
    status: "CREATED",
    payer: body.payer ?? null,
    split,
    createdAt: state.iso(createdAt),
    processedAt: null,
    paidAt: null,
    failedAt: null,
    metadata: body.metadata ?? null,
  };
  const view: SqalaPaymentSnapshot =
    kind === "boleto"
      ? {
          ...common,
          barcode: boletoBarcode(body.amount, seq),
          pdf: `${origin}/boletos/${id}.pdf`,
          description: body.description ?? null,
          expiresIn: body.expiresIn ?? 3,
        }
      : {
          ...common,
          type: "STATIC",
          payload: pixPayload(id, body.amount),
          source: null,
          expiresAt: state.iso(createdAt + DAY_MS),
          ...(kind === "itp" ? { url: `${origin}/itp/${id}` } : {}),
        };
  state.payments.set(id, { seq, kind, view });
  state.claimCode(kind, body.code, id);
  return view;
}
