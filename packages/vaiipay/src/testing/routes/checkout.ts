import { text } from "@payclients/testing";
import { instructionsView, methodsView } from "../views";
import { fail } from "../wire";
import type { RouteContext } from "./context";
import { methodNotAvailable, offers, paymentNotFound } from "./payments";

/** The public checkout endpoints (no token; the signed link guards instructions) and the hosted checkout page. */
export function checkoutRoutes({ handle, ledger, links, api }: RouteContext): void {
  handle("GET /api/checkout/{paymentId}/payment-methods", ({ input }) => {
    const payment = ledger.payment(input.path.paymentId);
    if (!payment) return paymentNotFound();
    return { status: 200, body: { data: methodsView(ledger.applicationOf(payment)) } };
  });

  handle("GET /api/checkout/payment/{paymentId}/provider/{provider}/method/{method}", ({ input }) => {
    const { paymentId, provider, method } = input.path;
    const payment = ledger.payment(paymentId);
    if (!payment) return paymentNotFound();
    const problem = links.problem(payment.id, input.query.expires, input.query.signature);
    if (problem) return fail(403, problem);
    if (!offers(ledger.applicationOf(payment), provider, method)) return methodNotAvailable();
    return { status: 200, body: { data: instructionsView(payment, provider, method) } };
  });

  // The hosted checkout page is HTML outside the API, so outside the spec: served beside the spec's routes.
  api.server.route("GET", "/checkout/{paymentId}", (request) => {
    const payment = ledger.payment(request.params.paymentId ?? "");
    if (!payment) return html(404, "<!doctype html><title>Not Found</title>");
    const expires = request.query.get("expires") ?? "";
    const signature = request.query.get("signature") ?? undefined;
    if (links.problem(payment.id, /^\d+$/.test(expires) ? Number(expires) : undefined, signature)) {
      return html(403, "<!doctype html><title>Invalid signature</title>");
    }
    const label = payment.referenceLabel;
    return html(200, `<!doctype html><title>Pay ${label}</title><h1>${label}</h1>`);
  });
}

function html(status: number, body: string) {
  return text(status, body, { "content-type": "text/html; charset=utf-8" });
}
