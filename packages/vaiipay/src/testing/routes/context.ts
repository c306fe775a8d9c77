import {
  type OperationAt,
  type OperationKey,
  type SpecEmulator,
  type SpecHandler,
  satisfiesSecurity,
} from "@payclients/testing";
import type { paths } from "../../generated/schema";
import { ALL_SCOPES, grantsOf, type TokenBook } from "../access";
import type { CheckoutLinks } from "../links";
import type { VaiiPayLedger } from "../state";
import { fail } from "../wire";

/** What every route module registers on and acts upon. */
export interface RouteContext {
  api: SpecEmulator<paths>;
  ledger: VaiiPayLedger;
  tokens: TokenBook;
  links: CheckoutLinks;
  /** Registers an operation's handler behind its security requirement's scopes (403 otherwise). */
  handle<Key extends OperationKey<paths>>(key: Key, handler: SpecHandler<OperationAt<paths, Key>>): void;
}

/**
 * `handle` for `api`: the kit has checked that a live token is present; whether its kind and scopes satisfy the
 * operation's requirement is checked here, because both schemes are bearer tokens in one header. A Client Token on
 * a dashboard operation gets 403 here; the real answer (401 or 403) is unverified.
 */
export function authorizedHandle(api: SpecEmulator<paths>, tokens: TokenBook): RouteContext["handle"] {
  return (key, handler) => {
    const operation = api.operations.find((candidate) => candidate.key === key);
    if (operation === undefined) throw new Error(`${key} is not an operation of the spec`);
    api.handle(key, handler, {
      wrap: (next) => async (request) => {
        const grants = grantsOf(tokens.callerOfRequest(request));
        if (!satisfiesSecurity(operation, grants, { wildcard: ALL_SCOPES })) {
          return fail(403, "Insufficient permissions");
        }
        return next(request);
      },
    });
  };
}
