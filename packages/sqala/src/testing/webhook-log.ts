// The emulator's webhook endpoint: every event it emits is signed with Sqala's scheme (the one
// `verifySqalaWebhook` reads), kept in the Developer API's delivery log, and POSTed to `webhookUrl` when one is set.
import { randomUUID } from "node:crypto";
import { type EmulatorClock, isoTime, signWebhookSync } from "@payclients/testing";
import type { components } from "../generated/schema";
import { sqalaWebhookSigning } from "../webhooks";

type WebhookLogView = components["schemas"]["WebhookLog"];

/** Options of the emulator's `signWebhook`. */
export interface SqalaEmulatorSignOptions {
  /** Webhook id (default: a random UUID). */
  id?: string;
  /** `object.type` (default from the event prefix, e.g. `Withdrawal` for `withdrawal.*`). */
  objectType?: string;
}

/** A webhook the emulator emitted, with the exact body it sends. */
export interface SqalaEmulatorWebhook {
  id: string;
  event: string;
  status: string;
  /** The signed body string (what `verifySqalaWebhook` receives). */
  body: string;
  /** HTTP statuses the webhook URL answered, oldest first (0 = no answer). */
  responses: number[];
}

/** One logged webhook: the exact signed body, its log view, and the statuses its deliveries got. */
export interface WebhookRecord {
  seq: number;
  body: string;
  view: WebhookLogView;
  responses: number[];
}

const MAX_WEBHOOK_ATTEMPTS = 5;

function defaultObjectType(event: string): string {
  const prefix = event.split(".")[0];
  if (prefix === "withdrawal") return "Withdrawal";
  if (prefix === "subscription") return "Subscription";
  if (prefix === "transaction") return "Transaction";
  return "PixQrCodePayment";
}

/** A body as Sqala POSTs it, signed synchronously with Node's HMAC. */
export function signedBody(
  event: string,
  data: unknown,
  secret: string,
  options: SqalaEmulatorSignOptions = {},
): string {
  const objectId = (data as { id?: unknown } | null)?.id;
  return signWebhookSync(sqalaWebhookSigning, {
    type: event,
    data,
    secret,
    id: options.id ?? randomUUID(),
    object: {
      id: typeof objectId === "string" ? objectId : "",
      type: options.objectType ?? defaultObjectType(event),
    },
  }).body;
}

/** The delivery log of one webhook endpoint, and its deliveries in flight. */
export class WebhookLog {
  readonly endpointId = randomUUID();
  readonly #records = new Map<string, WebhookRecord>();
  readonly #deliveries = new Set<Promise<void>>();

  constructor(
    readonly clock: EmulatorClock,
    readonly secret: string,
    readonly organizationId: string,
    readonly url: string | undefined,
  ) {}

  /** Signs and logs an event (status `QUEUED`), and starts its delivery when a URL is set. */
  emit(event: string, objectType: string, data: unknown, seq: number): void {
    const id = randomUUID();
    const body = signedBody(event, data, this.secret, { id, objectType });
    const view: WebhookLogView = {
      ...(JSON.parse(body) as WebhookLogView),
      status: "QUEUED",
      responses: [],
      createdAt: isoTime(this.clock.now()),
      queuedAt: isoTime(this.clock.now()),
      deliveredAt: null,
      failedAt: null,
      lastAttemptAt: null,
      nextAttemptAt: null,
      endpointId: this.endpointId,
      organizationId: this.organizationId,
    };
    const record: WebhookRecord = { seq, body, responses: [], view };
    this.#records.set(id, record);
    this.#track(this.deliver(record));
  }

  find(id: string): WebhookRecord | undefined {
    return this.#records.get(id);
  }

  /** Every record, oldest first. */
  all(): WebhookRecord[] {
    return [...this.#records.values()].sort((left, right) => left.seq - right.seq);
  }

  /** Queues the record again and, with a URL, attempts it now (the Developer API's re-send). */
  async resend(record: WebhookRecord): Promise<void> {
    record.view.queuedAt = isoTime(this.clock.now());
    if (this.url === undefined) record.view.status = "QUEUED";
    else await this.deliver(record);
  }

  async flush(): Promise<void> {
    while (this.#deliveries.size > 0) await Promise.allSettled([...this.#deliveries]);
  }

  #track(delivery: Promise<void>): void {
    this.#deliveries.add(delivery);
    void delivery.finally(() => this.#deliveries.delete(delivery));
  }

  async deliver(record: WebhookRecord): Promise<void> {
    if (this.url === undefined) return;
    const attemptedAt = this.clock.now();
    const started = performance.now();
    let status = 0;
    try {
      const response = await fetch(this.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: record.body,
        signal: AbortSignal.timeout(10_000),
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
    } catch {
      status = 0;
    }
    record.responses.push(status);
    const view = record.view;
    view.responses?.push({
      code: status,
      time: Math.round(performance.now() - started),
      at: isoTime(attemptedAt),
    });
    view.lastAttemptAt = isoTime(attemptedAt);
    if (status >= 200 && status < 300) {
      Object.assign(view, {
        status: "DELIVERED",
        deliveredAt: isoTime(this.clock.now()),
        nextAttemptAt: null,
      });
    } else if (record.responses.length >= MAX_WEBHOOK_ATTEMPTS) {
      Object.assign(view, { status: "FAILED", failedAt: isoTime(this.clock.now()), nextAttemptAt: null });
    } else {
      // Sqala's retry schedule is not documented; the emulator only announces a next attempt.
      const delay = 60_000 * 2 ** (record.responses.length - 1);
      Object.assign(view, { status: "PENDING", nextAttemptAt: isoTime(this.clock.now() + delay) });
    }
  }

  /** What tests read of each emitted webhook. */
  summaries(): SqalaEmulatorWebhook[] {
    return this.all().map((record) => ({
      id: record.view.id,
      event: record.view.event,
      status: String(record.view.status),
      body: record.body,
      responses: [...record.responses],
    }));
  }
}
