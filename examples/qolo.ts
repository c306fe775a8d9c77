// Qolo: issue a card (its person, wallet and account come with it), read it back, activate it, handle a typed
// error, verify a signed webhook, and see a create retried with the same IdempotencyKey.
// Runs against the local emulator. To run against a real Qolo environment instead, set QOLO_LOGIN_ID,
// QOLO_API_KEY and QOLO_PROGRAM_GUID (a card program of that environment), plus QOLO_ENVIRONMENT
// ("development" or "keybank-development"; default "development") or QOLO_BASE_URL (your host's origin).
// That issues and activates one real card; the emulator-only steps (the lost answer, the subscription) are skipped.
import { BadRequestError, createQoloClient, type QoloEnvironment, verifyQoloWebhook } from "@payclients/qolo";
import { createQoloEmulator, signQoloWebhook } from "@payclients/qolo/testing";
import { type ExampleReport, isMain, newReport, observe, say } from "./support.js";

/** Runs the Qolo example and reports what it did. */
export async function run(options: { quiet?: boolean } = {}): Promise<ExampleReport> {
  const { QOLO_LOGIN_ID, QOLO_API_KEY, QOLO_PROGRAM_GUID, QOLO_BASE_URL, QOLO_ENVIRONMENT } = process.env;
  const sandbox = Boolean(QOLO_LOGIN_ID && QOLO_API_KEY);
  if (sandbox && !QOLO_PROGRAM_GUID) {
    throw new Error("qolo example: set QOLO_PROGRAM_GUID to a card program of your Qolo environment");
  }
  const emulator = sandbox ? undefined : await createQoloEmulator();
  const { logger, retries } = observe("qolo", options.quiet);
  const credentials = {
    loginId: QOLO_LOGIN_ID ?? emulator?.loginId ?? "",
    apiKey: QOLO_API_KEY ?? emulator?.apiKey ?? "",
    logger,
  };
  const qolo = emulator
    ? createQoloClient({ ...credentials, baseUrl: emulator.url })
    : QOLO_BASE_URL
      ? createQoloClient({ ...credentials, baseUrl: QOLO_BASE_URL })
      : createQoloClient({
          ...credentials,
          environment: (QOLO_ENVIRONMENT ?? "development") as QoloEnvironment,
        });
  const programGuid = emulator?.programGuid ?? QOLO_PROGRAM_GUID ?? "";
  const report = newReport("qolo", emulator ? "emulator" : "sandbox");
  const note = (message: string) => say("qolo", message, options.quiet);
  try {
    // The card is made but its answer is lost on the way back. The client resends the create with the
    // IdempotencyKey it generated, so Qolo replays the first card instead of issuing a second one.
    note("the first call logs in for a token, then issues a card");
    emulator?.server.dropResponseNext({ method: "POST", path: "/api/v1/cards" });
    if (emulator) {
      note(
        "emulator: the next card is made but its answer is lost (simulated fault: the connection closes, so the client sees 'fetch failed (other side closed)' and resends)",
      );
    }
    const { data: card } = await qolo.POST("/api/v1/cards", {
      body: {
        program_guid: programGuid,
        person: { first_name: "Ada", last_name: "Lovelace", email: "ada@example.com" },
        months_until_expire: 36,
      },
    });
    report.operations.push("createCard");
    if (emulator) {
      const [lost, resent] = emulator.server.requests({ method: "POST", path: "/api/v1/cards" });
      if (emulator.counts().cards !== 1 || lost?.headers.idempotencykey !== resent?.headers.idempotencykey) {
        throw new Error("qolo example: the resent create did not reuse its IdempotencyKey");
      }
      note(
        "the client resent the create with the same IdempotencyKey: Qolo returned the same card, 1 card exists",
      );
    }
    const cardProxy = card.card_proxy;
    if (!cardProxy) throw new Error("qolo example: the created card has no card_proxy");

    // Qolo has no "get card" call; the card's wallet (found by search) shows its person and accounts.
    const { data: wallets } = await qolo.POST("/api/v1/wallets/search", {
      body: { wallet_guid: card.wallet_guid },
    });
    report.operations.push("searchWallet");
    // The answer's shape is loosely documented (a list, or `{results, total}`): read what this example needs.
    const found = Array.isArray(wallets) ? wallets : (wallets as { results?: unknown[] }).results;
    const wallet = found?.[0] as
      | { wallet_guid?: string; person_guid?: string; accounts?: unknown[] }
      | undefined;
    note(
      `card ${cardProxy}: wallet ${wallet?.wallet_guid}, person ${wallet?.person_guid}, ${wallet?.accounts?.length ?? 0} account(s)`,
    );

    // New cards are PENDING; a status change activates them.
    await qolo.POST("/api/v1/cards/{card_proxy}/status", {
      params: { path: { card_proxy: cardProxy } },
      body: { status: "ACTIVE", reason_description: "delivered to the cardholder" },
    });
    report.operations.push("statusCard");

    // An active card cannot go back to PENDING: Qolo refuses the transition with a 400.
    try {
      await qolo.POST("/api/v1/cards/{card_proxy}/status", {
        params: { path: { card_proxy: cardProxy } },
        body: { status: "PENDING" },
      });
    } catch (error) {
      if (!(error instanceof BadRequestError)) throw error;
      report.errorsDecoded.push(`${error.name} ${error.code ?? ""}`.trim());
      note(`moving the active card back to PENDING is refused as expected: ${error.name} (${error.status})`);
    }

    // A card.activated delivery, verified from its raw body: the emulator signs it for our subscription;
    // against a real environment we sign a sample ourselves, as Qolo would.
    const secret = "whsec-example-7f3a";
    let delivery: { body: string; headers: Record<string, string> } | undefined;
    if (emulator) {
      await qolo.POST("/api/v1/notifications", {
        body: {
          program_guid: programGuid,
          url: "https://hooks.example.com/qolo",
          secret,
          event_type: ["card.activated"],
          active: true,
        },
      });
      report.operations.push("createNotification");
      delivery = emulator.webhookDeliveries().find((entry) => entry.eventType === "card.activated");
    } else {
      const event = { event_type: "card.activated", data: { card_proxy: cardProxy } };
      delivery = await signQoloWebhook({ event, secret });
    }
    if (delivery) {
      await verifyQoloWebhook({ payload: delivery.body, headers: delivery.headers, secret });
      report.webhooksVerified += 1;
      note("webhook signature verified: card.activated");
    }
  } finally {
    report.retries = retries();
    report.tokenRequests = qolo.stats.tokenRequests;
    await emulator?.close();
  }
  return report;
}

if (isMain(import.meta.url)) console.log(await run());
