import { pageReply } from "../views";
import { objectNotFound } from "../wire";
import type { RouteContext } from "./context";

/** The webhook delivery log of the Developer API: list (filtered), read, re-send. */
export function webhookLogRoutes({ api, log }: RouteContext): void {
  api.handle("GET /webhooks", ({ input }) => {
    const { status, event, endpointId } = input.query;
    const entries = log
      .all()
      .filter(
        ({ view }) =>
          (status === undefined || view.status === status) &&
          (event === undefined || view.event === event) &&
          (endpointId === undefined || view.endpointId === endpointId),
      );
    return pageReply(entries, input.query);
  });
  api.handle("GET /webhooks/{id}", ({ input }) => {
    const entry = log.find(input.path.id);
    return entry ? { status: 200, body: entry.view } : objectNotFound("Webhook", input.path.id);
  });
  api.handle("POST /webhooks/{id}/attempts", async ({ input }) => {
    const entry = log.find(input.path.id);
    if (!entry) return objectNotFound("Webhook", input.path.id);
    await log.resend(entry);
    return { status: 200, body: entry.view };
  });
}
