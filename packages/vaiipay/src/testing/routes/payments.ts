import type { components } from "../../generated/schema";
import type { Caller } from "../access";
import type { ApplicationRecord, PaymentRecord } from "../state";
import { INSTRUCTIONS_PROVIDER, instructionsView, paymentView } from "../views";
import { fail, fieldMessage, selectedInvalid, unprocessable } from "../wire";
import type { RouteContext } from "./context";

type CheckoutBody = components["schemas"]["CreateCheckoutRequest"];

/** Payments: create a checkout, read a payment, its user instructions (Client Token or dashboard token). */
export function paymentRoutes({ handle, ledger, tokens, links, api }: RouteContext): void {
  handle("POST /api/payment/checkout", (request) => {
    const { body } = request;
    const caller = tokens.callerOfRequest(request);
    // The spec validated the body; what stays is what it cannot state: an application that exists, a future date.
    const application = applicationNamedBy(body, ledger);
    if (typeof application === "string")
      return unprocessable({ [application]: [selectedInvalid(application)] });
    if (body.expiresAt !== undefined && !ledger.isFuture(body.expiresAt)) {
      return unprocessable({ expiresAt: [fieldMessage("expiresAt", "field must be a date after now")] });
    }
    if (caller?.kind === "client" && caller.grant.clientId !== application.clientId) {
      return fail(403, "Insufficient permissions");
    }
    const payment = ledger.createPayment(application, body);
    const checkoutUrl = `${api.server.url}/checkout/${payment.id}?${links.query(payment)}`;
    return { status: 200, body: { data: { checkoutUrl } } };
  });

  handle("GET /api/payment/{paymentId}", (request) => {
    const payment = visiblePayment(
      ledger.payment(request.input.path.paymentId),
      tokens.callerOfRequest(request),
    );
    return payment ? { status: 200, body: { data: paymentView(payment) } } : paymentNotFound();
  });

  handle("GET /api/payment/{paymentId}/provider/{provider}/method/{method}", (request) => {
    const { paymentId, provider, method } = request.input.path;
    const payment = visiblePayment(ledger.payment(paymentId), tokens.callerOfRequest(request));
    if (!payment) return paymentNotFound();
    if (!offers(ledger.applicationOf(payment), provider, method)) return methodNotAvailable();
    return { status: 200, body: { data: instructionsView(payment, provider, method) } };
  });
}

/** The application a checkout names, or the field that names none. */
function applicationNamedBy(
  body: CheckoutBody,
  ledger: RouteContext["ledger"],
): ApplicationRecord | "clientId" | "siteId" {
  if ("clientId" in body) return ledger.byClientId(body.clientId) ?? "clientId";
  return ledger.bySiteId(body.siteId) ?? "siteId";
}

/** A Client Token only sees its own application's payments. */
function visiblePayment(
  payment: PaymentRecord | undefined,
  caller: Caller | undefined,
): PaymentRecord | undefined {
  if (!payment) return undefined;
  return caller?.kind === "client" && caller.grant.clientId !== payment.clientId ? undefined : payment;
}

/** Whether the application's whitelist offers the provider's method. */
export function offers(application: ApplicationRecord, provider: string, method: string): boolean {
  return provider === INSTRUCTIONS_PROVIDER && application.currencyWhitelist.includes(method.toUpperCase());
}

/** 404 for a payment that does not exist or that the caller may not see. */
export const paymentNotFound = () => fail(404, "Payment not found.");
/** 404 for a provider/method the payment's application does not offer. */
export const methodNotAvailable = () => fail(404, "Payment method not available.");
