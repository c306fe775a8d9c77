import { isoTime, isRefusal, type Refusal } from "@payclients/testing";
import type { OrderRecord } from "../state";
import { refundView } from "../views";
import { fail, joiIssue, money, validationFailed } from "../wire";
import type { RouteContext } from "./context";

interface Row {
  at: number;
  item: Record<string, unknown>;
}

interface PageQuery {
  startDate?: string;
  endDate?: string;
  page?: number;
  size?: number;
}

/** Reporting lists; the emulator settles no payouts and records no disputes, so those lists are always empty. */
export function reportingRoutes({ api, book }: RouteContext): void {
  const orders = () => book.all().map(orderRow);
  const refunds = () =>
    book.all().flatMap((order) =>
      order.refunds.map((entry) => ({
        at: entry.refundedAt,
        item: { orderToken: order.token, ...refundView(entry) },
      })),
    );
  // Page sizes default to the published maximum: 5000 on the reporting lists, 100 on disputes.
  api.handle("GET /v1/reporting/orders", ({ input }) => page(input.query, orders(), 5000));
  api.handle("GET /v1/reporting/refunds", ({ input }) => page(input.query, refunds(), 5000));
  api.handle("GET /v1/reporting/payouts", ({ input }) => page(input.query, [], 5000));
  api.handle("GET /v1/reporting/payouts/{token}/orders", ({ input }) => page(input.query, [], 5000));
  api.handle("GET /v1/reporting/payouts/{token}/refunds", ({ input }) => page(input.query, [], 5000));
  api.handle("GET /v1/reporting/disputes", ({ input }) => page(input.query, [], 100));
}

// Field names of the Reporting Data Model's Items object (which fields are always sent is unverified).
function orderRow(order: OrderRecord): Row {
  return {
    at: order.createdAt,
    item: {
      orderTokenLast4: order.token.slice(-4),
      orderStatus: order.status,
      status: order.status,
      orderCreatedDate: isoTime(order.createdAt),
      ...(typeof order.orderDetails.product === "string" ? { product: order.orderDetails.product } : {}),
      ...(order.merchantReference === undefined ? {} : { merchantReference: order.merchantReference }),
      captureStatus: order.captureStatus,
      captureAmount: money(order.capturedCents, order.total.currency),
      grossAmount: money(order.total.cents, order.total.currency),
    },
  };
}

function page(query: PageQuery, rows: Row[], defaultSize: number) {
  const window = reportingWindow(query);
  if (isRefusal(window)) return window;
  const { start, end } = window;
  const pageNumber = query.page ?? 0;
  const size = query.size ?? defaultSize;
  const selected = rows.filter(
    (row) => (start === undefined || row.at >= start) && (end === undefined || row.at <= end),
  );
  const items = selected.slice(pageNumber * size, (pageNumber + 1) * size).map((row) => row.item);
  return {
    status: 200 as const,
    body: {
      items,
      total: selected.length,
      page: pageNumber,
      size,
      hasMore: size > 0 && (pageNumber + 1) * size < selected.length,
    },
  };
}

/**
 * The window's bounds in epoch ms. The spec types the dates as plain strings (date or date-time is unverified), so
 * reading them, and `startDate` not after `endDate`, are rules of the emulator: a bare date spans its whole day.
 */
function reportingWindow(query: PageQuery): { start: number | undefined; end: number | undefined } | Refusal {
  const start = dateOf(query.startDate, false);
  const end = dateOf(query.endDate, true);
  const invalid = (
    [
      ["startDate", start],
      ["endDate", end],
    ] as const
  )
    .filter(([, parsed]) => Number.isNaN(parsed))
    .map(([name]) => name);
  if (invalid.length > 0) {
    return validationFailed(
      invalid.map((name) => joiIssue("query", [name], "date.base", "must be a valid date")),
    );
  }
  if (start !== undefined && end !== undefined && start > end) {
    return fail(400, "pre_condition_failed", "startDate must not be after endDate");
  }
  return { start, end };
}

function dateOf(value: string | undefined, endOfDay: boolean): number | undefined {
  if (value === undefined || value === "") return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const parsed = Date.parse(dateOnly ? `${value}T00:00:00.000Z` : value);
  return dateOnly && endOfDay ? parsed + 86_399_999 : parsed;
}
