import { isRefusal } from "@payclients/testing";
import { activateCard, changeCardStatus, issueCard, setPin } from "../issuing";
import type { CardRecord, CardStatus } from "../state";
import { cardView } from "../views";
import { fail, invalidFields } from "../wire";
import type { RouteContext } from "./context";

const cardNotFound = () => fail(404, "Card not found");

/** Cards: issuing, the status life cycle, activation and the PIN. */
export function cardRoutes({ api, state }: RouteContext): void {
  const find = (proxy: string): CardRecord | undefined => state.cards.get(proxy);

  api.handle("POST /api/v1/cards", ({ body }) => {
    if (body.program_guid !== state.programGuid) return fail(404, "Program not found");
    const personGuid = body.person?.person_guid;
    if (body.wallet_guid !== undefined && personGuid === undefined) {
      return invalidFields([
        { field: "person.person_guid", message: "is required with wallet_guid (existing person)" },
      ]);
    }
    const { person_guid: _guid, ...person } = body.person ?? {};
    const card = issueCard(state, {
      programGuid: body.program_guid,
      personGuid,
      walletGuid: body.wallet_guid,
      person,
      walletName: body.wallet_name ?? null,
      accountName: body.account_name ?? null,
      months: body.months_until_expire ?? 36,
    });
    return isRefusal(card) ? card : { status: 201, body: cardView(card, state) };
  });

  api.handle("POST /api/v1/cards/{card_proxy}/status", ({ body, input }) => {
    const card = find(input.path.card_proxy);
    if (!card) return cardNotFound();
    // The spec marks no field required (`status` is "presumably needed"); without one there is no change to make.
    const status: CardStatus | undefined = body.status;
    if (status === undefined) return invalidFields([{ field: "status", message: "is required" }]);
    const refused = changeCardStatus(state, card, status, {
      override: body.override_status === true,
      ...(body.reason_code ? { code: body.reason_code } : {}),
      ...(body.reason_description ? { description: body.reason_description } : {}),
    });
    return refused ?? { status: 200, body: cardView(card, state) };
  });

  api.handle("POST /api/v1/cards/{card_proxy}/activate", ({ input }) => {
    const card = find(input.path.card_proxy);
    if (!card) return cardNotFound();
    return activateCard(state, card) ?? { status: 200, body: cardView(card, state) };
  });

  api.handle("POST /api/v1/cards/{card_proxy}/pin", ({ body, input }) => {
    const card = find(input.path.card_proxy);
    if (!card) return cardNotFound();
    // SetPIN's fields are undocumented (an open body in the spec); the emulator's model takes a 4-digit `pin`.
    const pin = body.pin;
    if (typeof pin !== "string" || !/^\d{4}$/.test(pin)) {
      return invalidFields([
        { field: "pin", message: pin === undefined ? "is required" : "must be 4 digits" },
      ]);
    }
    return setPin(state, card, pin) ?? { status: 200, body: { card_proxy: card.proxy, pin_set: true } };
  });

  api.handle("GET /api/v1/cards/{card_proxy}/pin", ({ input }) => {
    const card = find(input.path.card_proxy);
    if (!card) return cardNotFound();
    if (card.pin === undefined) return fail(404, "PIN not set");
    return { status: 200, body: { card_proxy: card.proxy, pin: card.pin } };
  });
}
