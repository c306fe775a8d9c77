import { applicationView } from "../views";
import { fail } from "../wire";
import type { RouteContext } from "./context";

/** Payment applications: list, get and create (dashboard token only). */
export function applicationRoutes({ handle, ledger }: RouteContext): void {
  handle("GET /api/payment-applications", () => ({
    status: 200,
    body: { data: ledger.applications.map(applicationView) },
  }));

  handle("GET /api/payment-applications/{id}", ({ input }) => {
    const application = ledger.byId(input.path.id);
    return application
      ? { status: 200, body: { data: applicationView(application) } }
      : fail(404, "Payment application not found.");
  });

  handle("POST /api/payment-applications", ({ body }) => ({
    status: 200,
    body: { data: applicationView(ledger.addApplication(body)) },
  }));
}
