import { randomUUID } from "node:crypto";
import type { components } from "../../generated/schema";
import type { NotificationRecord } from "../state";
import { notificationView } from "../views";
import { fail } from "../wire";
import type { RouteContext } from "./context";

const notificationNotFound = () => fail(404, "Notification not found");

/** Webhook subscriptions of the program. */
export function notificationRoutes({ api, state }: RouteContext): void {
  const fieldsOf = (
    body: components["schemas"]["NotificationRequest"],
  ): Omit<NotificationRecord, "guid"> => ({
    programGuid: body.program_guid,
    url: body.url,
    headers: body.headers ?? null,
    secret: body.secret ?? null,
    // Qolo activates a subscription after a successful ping of `url`; the emulator does not ping.
    active: body.active ?? true,
    eventTypes: [...body.event_type],
  });

  api.handle("GET /api/v1/notifications", () => {
    const results = [...state.notifications.values()].map(notificationView);
    return { status: 200, body: { results, total: results.length } };
  });

  api.handle("POST /api/v1/notifications", ({ body }) => {
    if (body.program_guid !== state.programGuid) return fail(404, "Program not found");
    const notification = { guid: randomUUID(), ...fieldsOf(body) };
    state.notifications.set(notification.guid, notification);
    return { status: 201, body: notificationView(notification) };
  });

  api.handle("PUT /api/v1/notifications/{notification_guid}", ({ body, input }) => {
    const existing = state.notifications.get(input.path.notification_guid);
    if (!existing) return notificationNotFound();
    if (body.program_guid !== state.programGuid) return fail(404, "Program not found");
    Object.assign(existing, fieldsOf(body));
    return { status: 200, body: notificationView(existing) };
  });

  api.handle("DELETE /api/v1/notifications/{notification_guid}", ({ input }) => {
    const guid = input.path.notification_guid;
    if (!state.notifications.delete(guid)) return notificationNotFound();
    return { status: 200, body: { notification_guid: guid, deleted: true } };
  });
}
