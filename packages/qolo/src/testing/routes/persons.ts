import { randomUUID } from "node:crypto";
import { isoTime } from "@payclients/testing";
import type { Resource } from "../state";
import { accountView, personView, walletView } from "../views";
import { fail } from "../wire";
import type { RouteContext } from "./context";

const personNotFound = () => fail(404, "Person not found");

/** Persons with KYC, their wallets and accounts, and outside instruments. */
export function personRoutes({ api, state }: RouteContext): void {
  api.handle("POST /api/v1/persons", ({ body }) => {
    if (body.program_guid !== state.programGuid) return fail(404, "Program not found");
    const { person_guid: _guid, ...fields } = body.person_details;
    return { status: 201, body: personView(state.addPerson(fields), state) };
  });

  api.handle("PUT /api/v1/persons/{person_guid}", ({ body, input }) => {
    const person = state.persons.get(input.path.person_guid);
    if (!person) return personNotFound();
    const { person_guid: _guid, ...fields } = body;
    state.updatePerson(person, fields);
    return { status: 200, body: personView(person, state) };
  });

  api.handle("POST /api/v1/persons/{person_guid}/kyc", ({ input }) => {
    const person = state.persons.get(input.path.person_guid);
    if (!person) return personNotFound();
    state.performKyc(person);
    return { status: 200, body: personView(person, state) };
  });

  // CreateWallet's fields are undocumented (an open body in the spec); the emulator's model needs a known owner.
  api.handle("POST /api/v1/wallets", ({ body }) => {
    const owner = state.persons.get(String(body.person_guid));
    if (!owner) return personNotFound();
    const name = typeof body.wallet_name === "string" ? body.wallet_name : null;
    return { status: 201, body: walletView(state.addWallet(owner.guid, name), state) };
  });

  api.handle("POST /api/v1/wallets/search", ({ body }) => {
    const filters = (body ?? {}) as Resource;
    const results = [...state.wallets.values()]
      .filter(
        (wallet) =>
          (filters.person_guid === undefined || wallet.personGuid === filters.person_guid) &&
          (filters.wallet_guid === undefined || wallet.guid === filters.wallet_guid),
      )
      .map((wallet) => walletView(wallet, state));
    return { status: 200, body: { results, total: results.length } };
  });

  api.handle("POST /api/v1/accounts", ({ body }) => {
    // CreateAccount marks no field required: the wallet is `wallet_guid`'s, or else the person's first one.
    const personGuid = body.person_guid;
    const wallet =
      body.wallet_guid !== undefined
        ? state.wallets.get(body.wallet_guid)
        : [...state.wallets.values()].find((candidate) => candidate.personGuid === personGuid);
    if (!wallet) return fail(404, "Wallet not found");
    // `account_currencies` is a list of ISO-3 codes; the emulator keeps the first.
    const account = state.addAccount(wallet.guid, body.account_name ?? null, body.account_currencies?.[0]);
    return { status: 201, body: accountView(account, state) };
  });

  api.handle("POST /api/v1/instruments", ({ body }) => {
    const masked = Object.fromEntries(
      Object.entries(body.account_details).map(([key, value]) => [
        key,
        /number/i.test(key) && typeof value === "string" ? `XXXX${value.slice(-4)}` : value,
      ]),
    );
    const instrument: Resource = {
      outside_instrument_guid: randomUUID(),
      instrument_type: body.instrument_type,
      account_details: masked,
      status: "ACTIVE",
      sys_utcinserted: isoTime(state.now()),
    };
    state.instruments.set(String(instrument.outside_instrument_guid), instrument);
    state.record("outside.instrument.created", instrument);
    return { status: 201, body: instrument };
  });
}
