import { randomUUID } from "node:crypto";
import type { components } from "../../generated/schema";
import { bankAccountView, pageReply } from "../views";
import { objectNotFound } from "../wire";
import type { RouteContext } from "./context";

/** Recipients (create, list, read, update) and their bank accounts (add, list, read, delete). */
export function recipientRoutes({ api, state }: RouteContext): void {
  api.handle("POST /recipients", ({ body }) => {
    const taken = state.codeTaken("recipient", body.code);
    if (taken) return taken;
    const id = randomUUID();
    const view: components["schemas"]["Recipient"] = {
      id,
      code: body.code ?? null,
      name: body.name,
      taxId: body.taxId,
      type: body.type,
      status: "ACTIVE",
      createdAt: state.iso(),
      updatedAt: null,
      deletedAt: null,
      metadata: body.metadata ?? null,
    };
    state.recipients.set(id, { seq: state.next(), view });
    state.claimCode("recipient", body.code, id);
    return { status: 200, body: view };
  });
  api.handle("GET /recipients", ({ input }) => pageReply(state.recipients.values(), input.query));
  api.handle("GET /recipients/{id}", ({ input }) => {
    const recipient = state.recipients.get(input.path.id);
    return recipient ? { status: 200, body: recipient.view } : objectNotFound("Recipient", input.path.id);
  });
  api.handle("PUT /recipients/{id}", ({ body, input }) => {
    const recipient = state.recipients.get(input.path.id);
    if (!recipient) return objectNotFound("Recipient", input.path.id);
    const view = recipient.view;
    if (body.code !== undefined && body.code !== view.code) {
      const taken = state.codeTaken("recipient", body.code);
      if (taken) return taken;
      state.claimCode("recipient", body.code, view.id);
    }
    const { name, type, taxId, code, metadata } = body;
    Object.assign(view, {
      ...(name === undefined ? {} : { name }),
      ...(type === undefined ? {} : { type }),
      ...(taxId === undefined ? {} : { taxId }),
      ...(code === undefined ? {} : { code }),
      ...(metadata === undefined ? {} : { metadata }),
      updatedAt: state.iso(),
    });
    return { status: 200, body: view };
  });

  api.handle("POST /recipients/{recipientId}/bank-accounts", ({ body, input }) => {
    const { recipientId } = input.path;
    if (!state.accountExists(recipientId)) return objectNotFound("Recipient", recipientId);
    const taken = state.codeTaken("bank-account", body.code);
    if (taken) return taken;
    const view = bankAccountView(body, state.iso());
    state.bankAccounts.set(view.id, { seq: state.next(), view, recipientId });
    state.claimCode("bank-account", body.code, view.id);
    return { status: 200, body: view };
  });
  api.handle("GET /recipients/{recipientId}/bank-accounts", ({ input }) => {
    const { recipientId } = input.path;
    if (!state.accountExists(recipientId)) return objectNotFound("Recipient", recipientId);
    const accounts = [...state.bankAccounts.values()].filter(
      (account) => account.recipientId === recipientId,
    );
    return pageReply(accounts, input.query);
  });
  api.handle("GET /recipients/{recipientId}/bank-accounts/{bankAccountId}", ({ input }) => {
    const account = state.bankAccounts.get(input.path.bankAccountId);
    return account && account.recipientId === input.path.recipientId
      ? { status: 200, body: account.view }
      : objectNotFound("Bank account", input.path.bankAccountId);
  });
  api.handle("DELETE /recipients/{recipientId}/bank-accounts/{bankAccountId}", ({ input }) => {
    const account = state.bankAccounts.get(input.path.bankAccountId);
    if (!account || account.recipientId !== input.path.recipientId || account.view.status === "DELETED") {
      return objectNotFound("Bank account", input.path.bankAccountId);
    }
    Object.assign(account.view, { status: "DELETED", deletedAt: state.iso(), updatedAt: state.iso() });
    return { status: 200, body: account.view };
  });
}
