// This file is generated: do not edit it by hand.
// Source: specs/qolo.yaml. Regenerate with `pnpm generate` (scripts/generate.ts, openapi-typescript).

/** Every path of specs/qolo.yaml with its operations: the type parameter of the client. */
export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in and obtain an access token
         * @description Exchanges `loginid` + `apikey` for an access token that is valid for **12 hours** and
         *     reusable; pass it as `Authorization: Bearer <token>`. Path and field names are
         *     documented (QO-GS). The POST method and the JSON envelope of the request are inferred.
         *     The response shape is NOT FOUND (see `LoginResponse`).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a card
         * @description Creates a card in a program (`program_guid` required). If no existing person is
         *     referenced (`person.person_guid`), the person, wallet and account are created too;
         *     `wallet_guid` selects an existing wallet of an existing person. New cards start in
         *     status `PENDING` and must be activated. Source: QO-REF CreateCard.
         */
        post: operations["createCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/{card_proxy}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Card proxy number (the card identifier used in card paths). */
                card_proxy: components["parameters"]["CardProxy"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the status of a card
         * @description Sets the card status (e.g. suspend, report lost/stolen, close). `override_status`
         *     (default false) is ignored when activating. Returns the card. Source: QO-REF StatusCard.
         *     Documented transition: new cards start in `PENDING` and must be activated (`ACTIVE`).
         *     Other allowed transitions are not documented.
         */
        post: operations["statusCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/{card_proxy}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Card proxy number (the card identifier used in card paths). */
                card_proxy: components["parameters"]["CardProxy"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a card (unverified path)
         * @description UNVERIFIED. The platform guide names the operation ActivateCard; its method, path,
         *     request fields and response are NOT FOUND. Modelled as `POST .../cards/{card_proxy}/activate`
         *     with an open request body. Alternatively a card can be set to `ACTIVE` with `statusCard`.
         */
        post: operations["activateCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/{card_proxy}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Card proxy number (the card identifier used in card paths). */
                card_proxy: components["parameters"]["CardProxy"];
            };
            cookie?: never;
        };
        /**
         * Get the PIN of a card (unverified path)
         * @description UNVERIFIED. The platform guide names the operation GetPIN; its method, path and
         *     response are NOT FOUND. Modelled as `GET .../cards/{card_proxy}/pin`.
         */
        get: operations["getPin"];
        put?: never;
        /**
         * Set the PIN of a card (unverified path)
         * @description UNVERIFIED. The platform guide names the operation SetPIN; its method, path, request
         *     fields and response are NOT FOUND. Modelled as `POST .../cards/{card_proxy}/pin` with
         *     an open request body (not a creating POST, so no IdempotencyKey).
         */
        post: operations["setPin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a transfer
         * @description Moves money: account to account, partner to card, ACH, RTP, wire, check, card
         *     push/pull; FX via a quote (`quote_reference` / `quoteoutput`). Request fields are
         *     documented (QO-REF CreateTransfer). UNVERIFIED: the path `/api/v1/transfers` is
         *     inferred from the resource pattern, the success status (201) is inferred from the
         *     "201 for creation" rule, and the response body ("the newly created transfer") has no
         *     documented fields.
         */
        post: operations["createTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a person
         * @description Creates a person (user or company), optionally with an account (and a prepaid card
         *     where the program allows it). Path, method and body are documented [S]: `POST
         *     /api/{version}/persons` with `program_guid` and `person_details` (a `PersonDTO`)
         *     required, plus `create_account`, `account_currencies`, `account_type` and
         *     `account_name`. Documented responses: 201 (the Person), 400, 401, 404 (Program not
         *     found), 500.
         *
         *     UNVERIFIED: the response body; the reference page's Person schema was only partly
         *     seen, so the response keeps the `Person` model below.
         */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{person_guid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Person identifier (`person_guid`, a UUID). */
                person_guid: components["parameters"]["PersonGuid"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a person (unverified path)
         * @description UNVERIFIED path and method. The reference page
         *     (https://devdocs.qolopay.com/openapi/qoloreference/operation/UpdatePerson) documents the
         *     body as a `PersonDTO` (modelled) but lists only `version` as a path parameter, with
         *     `person_guid` in the body, so the real path is probably `/api/{version}/persons`; the
         *     method and path line were not seen in the stored copy. Kept as
         *     `PUT /api/v1/persons/{person_guid}` until they can be checked.
         */
        put: operations["updatePerson"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{person_guid}/kyc": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Person identifier (`person_guid`, a UUID). */
                person_guid: components["parameters"]["PersonGuid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run KYC for a person (unverified path)
         * @description UNVERIFIED. The platform guide names the operation PerformKYC; its method, path,
         *     request fields and response are NOT FOUND. Modelled as
         *     `POST /api/v1/persons/{person_guid}/kyc` with an open body. The resulting
         *     `person_status` values are documented (see `PersonStatus`).
         */
        post: operations["performKyc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wallets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a wallet (unverified path)
         * @description UNVERIFIED. The platform guide names the operation CreateWallet; its path, request
         *     fields and response are NOT FOUND. Modelled as `POST /api/v1/wallets` with an open body.
         */
        post: operations["createWallet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wallets/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search wallets (unverified path)
         * @description UNVERIFIED. The platform guide names the operation SearchWallet; its method, path,
         *     filters and response are NOT FOUND. Modelled as `POST /api/v1/wallets/search` with an
         *     open filter body (it may in reality be a GET with query parameters). Pagination is NOT FOUND.
         */
        post: operations["searchWallet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description Creates an account in a wallet. Path, method and body are documented [S]: `POST
         *     /api/{version}/accounts` with `account_currencies` (ISO-3 codes), `wallet_guid`,
         *     `wallet_id`, `person_guid`, `account_type`, `account_name`, `account_limit`; no field
         *     is marked required. Documented responses: 201 (the Account), 400, 401, 404 (Wallet not
         *     found), 500.
         *
         *     UNVERIFIED: the response body; the reference's Account schema was only partly seen
         *     (`account_guid`, `wallet_guid`, `account_currency`, `account_name`, `account_type`,
         *     `available_balance`, `ledger_balance`, ...), so it stays a free-form object.
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an outside instrument (unverified path)
         * @description UNVERIFIED path and response. The platform guide names the operation CreateInstrument
         *     and documents `instrument_type` (`BANKDDA` = US bank account, `CARD`) with the details
         *     in `account_details`; the path and the other fields are NOT FOUND. Modelled as
         *     `POST /api/v1/instruments`.
         */
        post: operations["createInstrument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search transactions (unverified path)
         * @description The reference documents a JSON request body (so a body-carrying method) with filters
         *     `limit` (default 100), `start_index`, `person_guid`, `account_guid`, `wallet_guid`,
         *     `wallet_id`, `card_proxy`, `card_number`, `start_date`/`end_date`
         *     ("yyyy-MM-dd HH:mm:ss"), `txn_description`, `txn_amount_from`/`txn_amount_to`,
         *     `request_code`, `txn_days`, `mask_account_number`, `reference_number`, `txn_amount`,
         *     `txn_type` (`C`/`D`), `acceptor_id`, `txn_status` (array), and more.
         *
         *     UNVERIFIED: the path line and the rest of the filter list were cut off in the stored
         *     copy, so the body stays a free-form object (a closed type would reject the filters not
         *     seen); the response shape is NOT FOUND.
         */
        post: operations["searchTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions/{transaction_guid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Transaction identifier. UNVERIFIED name and format (assumed a GUID like the other Qolo identifiers). */
                transaction_guid: string;
            };
            cookie?: never;
        };
        /**
         * Get a transaction
         * @description Path and method documented: `GET /api/{version}/transactions/{txn_guid}`
         *     (https://keybankdocs.qolopay.com/openapi/qoloreference/operation/GetTransactionById;
         *     the path parameter's name does not reach the wire). Documented responses: 200, 400,
         *     401, 403, 404 (Transaction not found), 500.
         *
         *     UNVERIFIED: the response body (a large Transaction object with card-auth and dispute
         *     details, only partly seen) stays a free-form object; 403 is not modelled separately
         *     (it surfaces as the generic API error).
         */
        get: operations["getTransactionById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions (unverified path)
         * @description UNVERIFIED. A list operation for webhook subscriptions exists per the fact sheet, but
         *     its name, path, filters and response are NOT FOUND. Modelled as `GET /api/v1/notifications`.
         */
        get: operations["listNotifications"];
        put?: never;
        /**
         * Subscribe to webhooks (unverified path)
         * @description UNVERIFIED path, method and response. A create operation for webhook subscriptions
         *     exists; its fields are assumed to equal the documented UpdateNotificationById fields.
         *     On subscribe Qolo pings `url` and activates the subscription only if it answers
         *     successfully within 5 s; otherwise it stays inactive and Qolo must be contacted.
         */
        post: operations["createNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{notification_guid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook subscription identifier (documented for UpdateNotificationById). */
                notification_guid: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a webhook subscription
         * @description Updates a webhook subscription of a program. Request fields are documented (QO-REF
         *     UpdateNotificationById). UNVERIFIED: the PUT method, the path and the response body
         *     are inferred / NOT FOUND.
         */
        put: operations["updateNotificationById"];
        post?: never;
        /**
         * Delete a webhook subscription (unverified path)
         * @description UNVERIFIED. A delete operation for webhook subscriptions exists; its name, method,
         *     path and response are NOT FOUND. Modelled as `DELETE /api/v1/notifications/{notification_guid}`.
         */
        delete: operations["deleteNotificationById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** Every webhook delivery specs/qolo.yaml declares, by event. */
export interface webhooks {
    "card.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * card.created event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `card.created` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["cardCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "card.activated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * card.activated event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `card.activated` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["cardActivatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "card.status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * card.status event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `card.status` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["cardStatusWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "card.pin.changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * card.pin.changed event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `card.pin.changed` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["cardPinChangedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "card.replaced": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * card.replaced event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `card.replaced` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["cardReplacedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "card.fulfilment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * card.fulfilment event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `card.fulfilment` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["cardFulfilmentWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "person.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * person.created event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `person.created` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["personCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "person.verification.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * person.verification.success event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `person.verification.success` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["personVerificationSuccessWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "person.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * person.updated event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `person.updated` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["personUpdatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "company.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * company.created event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `company.created` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["companyCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "company.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * company.updated event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `company.updated` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["companyUpdatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "wallet.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * wallet.created event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `wallet.created` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["walletCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "account.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * account.created event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `account.created` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["accountCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "account.activated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * account.activated event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `account.activated` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["accountActivatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "account.closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * account.closed event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `account.closed` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["accountClosedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "account.status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * account.status event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `account.status` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["accountStatusWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "account.instrument.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * account.instrument.created event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `account.instrument.created` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["accountInstrumentCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "outside.instrument.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * outside.instrument.created event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `outside.instrument.created` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["outsideInstrumentCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "outside.instrument.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * outside.instrument.updated event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `outside.instrument.updated` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["outsideInstrumentUpdatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "auth.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * auth.approved event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `auth.approved` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["authApprovedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "auth.reversed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * auth.reversed event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `auth.reversed` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["authReversedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "auth.refunded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * auth.refunded event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `auth.refunded` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["authRefundedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "auth.declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * auth.declined event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `auth.declined` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["authDeclinedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bankeft.credit.received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * bankeft.credit.received event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `bankeft.credit.received` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["bankEftCreditReceivedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bankeft.credit.reversed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * bankeft.credit.reversed event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `bankeft.credit.reversed` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["bankEftCreditReversedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bankeft.credit.returned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * bankeft.credit.returned event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `bankeft.credit.returned` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["bankEftCreditReturnedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bankeft.debit.received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * bankeft.debit.received event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `bankeft.debit.received` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["bankEftDebitReceivedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bankeft.debit.reversed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * bankeft.debit.reversed event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `bankeft.debit.reversed` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["bankEftDebitReversedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bankeft.debit.returned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * bankeft.debit.returned event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `bankeft.debit.returned` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["bankEftDebitReturnedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transfer.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * transfer.success event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `transfer.success` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["transferSuccessWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "check.cleared": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * check.cleared event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `check.cleared` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["checkClearedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payment.success event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `payment.success` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["paymentSuccessWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payment.failure event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `payment.failure` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["paymentFailureWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    realtimepayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * realtimepayment event
         * @description Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `realtimepayment` or `all`.
         *     Verify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).
         *     Payload shape UNVERIFIED.
         */
        post: operations["realTimePaymentWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** The reusable schemas, parameters and responses of specs/qolo.yaml (`components.schemas.X`). */
export interface components {
    schemas: {
        /**
         * @description Error body. UNVERIFIED: the error body shape is NOT FOUND (the getting-started "Error"
         *     section only lists status codes; the archived copy is cut off). Modelled as any JSON
         *     object, or a bare JSON string. The body may also be empty or non-JSON (e.g. a gateway
         *     page for 429); decoders must rely on the HTTP status. Documented 404 messages:
         *     "Program not found", "Card not found", "Account not found" (location in the body unknown).
         */
        QoloError: {
            [key: string]: unknown;
        } | string;
        /** @description Login credentials (field names documented; the JSON envelope is inferred). */
        LoginRequest: {
            /** @description Login ID issued by Qolo. */
            loginid: string;
            /** @description API key issued by Qolo. */
            apikey: string;
        };
        /**
         * @description UNVERIFIED: the login response shape is NOT FOUND. Accepted leniently as either an
         *     object carrying the token under one of the likely names (`token`, `access_token`,
         *     `accessToken`, or the same inside `data`) with an optional expiry, or a bare JSON
         *     string holding the token. The token is documented to be valid 12 hours whatever the
         *     expiry field says. Capture a real response to tighten this.
         */
        LoginResponse: components["schemas"]["LoginResponseObject"] | string;
        /** @description Object form of the login response; all field names are guesses (unverified). */
        LoginResponseObject: {
            token?: string;
            access_token?: string;
            accessToken?: string;
            token_type?: string;
            /** @description Possible lifetime in seconds (documented lifetime is 12 hours). */
            expires_in?: number | string;
            expiresIn?: number | string;
            expires_at?: string;
            expiration?: string;
            data?: {
                token?: string;
                access_token?: string;
                accessToken?: string;
                expires_in?: number | string;
                expiresIn?: number | string;
            };
        };
        /**
         * @description Card status (closed list documented for StatusCard). New cards start in `PENDING`
         *     and must be activated (`ACTIVE`). FCLOSED and FORGET are undocumented beyond their names.
         * @enum {string}
         */
        CardStatus: "ACTIVE" | "SUSPEND" | "LOST" | "STOLEN" | "CLOSED" | "FCLOSED" | "PENDING" | "DAMAGED" | "FORGET";
        /** @description StatusCard request body (documented). No field is documented as required; `status` is presumably needed. */
        CardStatusChangeRequest: {
            status?: components["schemas"]["CardStatus"];
            /** @description Reason code for the change. */
            reason_code?: string | null;
            /** @description Free-text reason. */
            reason_description?: string | null;
            /**
             * @description Override the current status (ignored on activation). Documented default false; the
             *     `default` keyword is left out on purpose because generators then make the field required.
             */
            override_status?: boolean;
        };
        /** @description CreateCard request body (documented; only `program_guid` is required). */
        CreateCardRequest: {
            /**
             * Format: uuid
             * @description Program the card is issued in.
             */
            program_guid: string;
            person?: components["schemas"]["PersonDTO"];
            /**
             * Format: uuid
             * @description Existing wallet (for an existing person).
             */
            wallet_guid?: string;
            /**
             * Format: int64
             * @description Card validity in months.
             */
            months_until_expire?: number;
            fulfillment?: components["schemas"]["CardFulfillment"];
            wallet_name?: string | null;
            account_name?: string | null;
            /** Format: uuid */
            inventory_manager_guid?: string | null;
            /** Format: uuid */
            revenue_account_guid?: string | null;
        };
        /** @description Card fulfillment options (CardFulfillment). UNVERIFIED - its fields are NOT FOUND; any object is accepted. */
        CardFulfillment: {
            [key: string]: unknown;
        };
        /**
         * @description Card (fields from the StatusCard response sample). Which fields are always present
         *     and which may be null is not documented, so none is required and most are nullable.
         */
        Card: {
            card_number?: string | null;
            /** @description Card proxy number (identifier used in card paths). */
            card_proxy?: string;
            /** @description Masked PAN. */
            mask_card_pan?: string | null;
            /** Format: uuid */
            wallet_guid?: string | null;
            /**
             * @description Issuance type, open string (example FULL; the full list is not documented).
             * @example FULL
             */
            issuance_type?: string | null;
            /**
             * @description Card condition, open string (example ORIGINAL; the full list is not documented).
             * @example ORIGINAL
             */
            card_condition?: string | null;
            card_status?: components["schemas"]["CardStatus"];
            /**
             * @description Activation method, open string (example ONLOAD; the full list is not documented).
             * @example ONLOAD
             */
            activation_method?: string | null;
            /**
             * @description Expiration date as in the sample ("2212"; looks like YYMM, inferred).
             * @example 2212
             */
            expiration_date?: string | null;
            /** @description Logical expiration date (format not documented). */
            logical_expiration_date?: string | null;
            /** @description Person-level card status (values not documented). */
            person_card_status?: string | null;
            card_tracking_detail?: components["schemas"]["CardTrackingDetail"];
            /** @description Creation timestamp, UTC (exact format not documented). */
            sys_utcinserted?: string | null;
            /** @description Last-update timestamp, UTC (exact format not documented). */
            sys_utcupdated?: string | null;
        };
        /** @description Card fulfillment tracking (field names from the sample; types not documented). */
        CardTrackingDetail: {
            fulfillment_house_name?: string | null;
            /** @description Type not documented (may be a timestamp or a flag). */
            card_requested?: unknown;
            card_shipment_date?: string | null;
            card_delivery_method?: string | null;
            card_delivery_tracking_number?: string | null;
            card_package_name?: string | null;
        } | null;
        /**
         * @description Person (PersonDTO of CreateCard, CreatePerson and UpdatePerson). Field names documented; no
         *     field is documented as required. The reference types the person fields as "string or
         *     null" with names limited to 32 characters
         *     (https://devdocs.qolopay.com/openapi/qoloreference/operation/UpdatePerson).
         */
        PersonDTO: {
            /**
             * Format: uuid
             * @description Existing person; when omitted, CreateCard creates the person, wallet and account.
             */
            person_guid?: string;
            /**
             * Format: date
             * @description Birth date, "YYYY-MM-DD".
             */
            birth_date?: string | null;
            email?: string | null;
            /** @description Mandatory for an INDIVIDUAL when no `person_guid` is given. */
            first_name?: string | null;
            /** @description Mandatory when no `person_guid` is given; a CORPORATE person's business name. */
            last_name?: string | null;
            /** @description Mobile number with country code, e.g. "+1…". */
            mobile_number?: string | null;
            middle_name?: string | null;
            /** @description Identification documents (needed for electronic or manual KYC). */
            identifications?: components["schemas"]["PersonIdentification"][] | null;
            /** @description Free-form key-value data about the person (documented as a map of strings). */
            additional_data?: {
                [key: string]: string;
            } | null;
            home_number?: string | null;
            office_number?: string | null;
            /** @description ISO 3-letter country code. */
            nationality?: string | null;
            ip_address?: string | null;
            /** @description Person contact type, e.g. `INVENTORYMANAGER` for a bulk-card inventory location (https://devdocs.qolopay.com/docs/card). */
            contact_type?: string | null;
            title?: string | null;
            base_address?: components["schemas"]["BaseAddress"];
            mailing_address?: components["schemas"]["BaseAddress"];
            billing_address?: components["schemas"]["BaseAddress"];
            /** @description Your own reference for the person. */
            client_reference_id?: string | null;
            /** @description Address latitude (type not documented). */
            address_lat?: number | string | null;
            /** @description Address longitude (type not documented). */
            address_lon?: number | string | null;
            /** @description Ledger balance (type and meaning not documented). */
            ledger_balance?: number | string | null;
        };
        /** @description PersonIdentificationDTO (https://devdocs.qolopay.com/openapi/qoloreference/operation/UpdatePerson). */
        PersonIdentification: {
            /** @description Type of government id, e.g. `NOTPROVIDED` (full list NOT FOUND). */
            govt_id_type?: string;
            govt_id_number?: string | null;
        };
        /** @description Postal address (AddressDTO). */
        BaseAddress: {
            address_line1?: string;
            address_line2?: string | null;
            city?: string;
            state?: string;
            postal_code?: string;
            /**
             * @description Country code as in the docs example ("USA", ISO 3166 alpha-3 style).
             * @example USA
             */
            country?: string;
        };
        /**
         * @description Person (KYC) status from the platform guide: `CLEARED` (full access); `INCOMPLETE`,
         *     `UNVERIFIED`, `ANONYMOUS` (limited); `SANCTIONED`, `PEP`, `NEGLIST` (restricted).
         *     Open string: the guide is prose, not a closed reference enum.
         */
        PersonStatus: ("CLEARED" | "INCOMPLETE" | "UNVERIFIED" | "ANONYMOUS" | "SANCTIONED" | "PEP" | "NEGLIST") | string;
        /**
         * @description Person as returned by the API. UNVERIFIED: the response shape is NOT FOUND; assumed
         *     to carry the PersonDTO fields plus `person_status`.
         */
        Person: components["schemas"]["PersonDTO"] & {
            person_status?: components["schemas"]["PersonStatus"];
        };
        /** @description CreatePerson body [S] (https://devdocs.qolopay.com/openapi/qoloreference/operation/CreatePerson). */
        CreatePersonRequest: {
            /** @description Create an account for the person; then `account_currencies` and `account_name` must be given. */
            create_account?: boolean;
            person_details: components["schemas"]["PersonDTO"];
            /** @description Currencies of the account to create (only when `create_account` is true). */
            account_currencies?: string[] | null;
            /** Format: uuid */
            program_guid: string;
            account_type?: components["schemas"]["AccountType"];
            /** @description Name of the account to create (required by the API when `create_account` is true). */
            account_name?: string | null;
        };
        /**
         * @description Account type [S] (CreatePerson / CreateAccount reference). Program level: PROGFUND,
         *     REVENUE, COLLECTION, PROG_DISBURSE, EXCEPTION, WRITEOFF, SUSPENSE; user accounts:
         *     GENERAL, PRINCIPAL, SECURE, CREDIT, ADVANCE, CHECK, USERDEFINED.
         * @enum {string}
         */
        AccountType: "GENERAL" | "PROGFUND" | "CHECK" | "REVENUE" | "COLLECTION" | "PRINCIPAL" | "SECURE" | "CREDIT" | "USERDEFINED" | "ADVANCE" | "PROG_DISBURSE" | "EXCEPTION" | "WRITEOFF" | "SUSPENSE";
        /** @description CreateAccount body [S] (https://devdocs.qolopay.com/openapi/qoloreference/operation/CreateAccount); no field is marked required. */
        CreateAccountRequest: {
            /** @description Currencies of the account, ISO-3 codes (e.g. "USD"). */
            account_currencies?: string[] | null;
            /** Format: uuid */
            wallet_guid?: string;
            /** @description Platform-generated id of the wallet. */
            wallet_id?: string | null;
            /** Format: uuid */
            person_guid?: string;
            account_type?: components["schemas"]["AccountType"];
            account_name?: string | null;
            /**
             * Format: int32
             * @description Maximum limit; only for ADVANCE programs and accounts.
             */
            account_limit?: number | null;
        };
        /**
         * @description Outside instrument (https://devdocs.qolopay.com/reference/createinstrument). Documented:
         *     `instrument_type` (BANKDDA needs `account_number` and `routing_number`; IBAN the IBAN in
         *     `account_number` and the SWIFT/BIC in `bank_identifier`; BBAN `account_number`,
         *     `bank_identifier` and routing info in `routing_number`) and a required `account_details`.
         *     UNVERIFIED: the reference also requires a person id (uuid) and a country (ISO-3), plus a
         *     second required enum, but their JSON names were not legible in the stored copy, so
         *     they are not modelled; the fields inside `account_details` stay a free-form map.
         */
        CreateInstrumentRequest: {
            /**
             * @description BANKDDA = US bank account (DDA), CARD = card, IBAN / BBAN = international bank account.
             * @enum {string}
             */
            instrument_type: "BANKDDA" | "CARD" | "IBAN" | "BBAN";
            /** @description Instrument details (documented names include `account_number`, `routing_number`, `bank_identifier`; the full list is NOT FOUND). */
            account_details: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Transfer channel (documented enum of CreateTransfer).
         * @enum {string}
         */
        ChannelType: "NotSet" | "ACH" | "SameDayACH" | "RTP" | "Wire" | "ManualWire" | "CrossBorder";
        /**
         * @description Transfer type (documented enum of CreateTransfer).
         * @enum {string}
         */
        TransferType: "UNKNOWN" | "CARDTOCARD" | "PARTNERTOCARD" | "CARDTOPARTNER" | "PARTNERTOPARTNER" | "ACCOUNTTOACCOUNT" | "ACCOUNTTOBANK" | "BANKTOACCOUNT" | "CHECKLOAD" | "CHECKUNLOAD" | "CARDTOPARTNER_UNLOADTOZERO" | "CCDCTOACCOUNT" | "ACCOUNTTOCCDC" | "ACCOUNTTOBANKREALTIME" | "BANKTOACCOUNTREQUESTREALTIME" | "ACCOUNTTOCHECK" | "PARTNERTOCHECK";
        /** @description Transfer source or destination; set the identifier(s) that fit the transfer type. */
        TransferDetail: {
            /** Format: uuid */
            account_guid?: string | null;
            /** Format: uuid */
            wallet_guid?: string | null;
            /** @description Wallet ID (type not documented). */
            wallet_id?: string | number | null;
            card_proxy?: string | null;
            /** Format: uuid */
            outside_instrument_guid?: string | null;
        };
        /**
         * @description CreateTransfer request body (documented fields). Money: `amount` and
         *     `destination_amount` are JSON numbers (documented as double), presumably in major
         *     currency units (not stated). A scheduled-date field ("yyyy-MM-dd", maker-checker
         *     only) exists but its name is NOT FOUND, so it is not modelled: the body stays closed so
         *     typos in money-moving calls fail to compile (send the field with a type assertion once
         *     its name is known).
         */
        CreateTransferRequest: {
            /** @description Your unique reference for the transfer. */
            client_reference_id: string;
            channel_type?: components["schemas"]["ChannelType"];
            transfer_type: components["schemas"]["TransferType"];
            /**
             * Format: double
             * @description Amount as a decimal number (double). Positive: the lower bound is inferred (a transfer
             *     moves money one way, from `source` to `destination`); the reference states no range.
             */
            amount: number;
            /**
             * @description 3-letter currency code. Upper-case letters as in ISO 4217 (the reference gives the length; the
             *     letter case is inferred from the ISO-3 codes CreateAccount documents, e.g. "USD").
             */
            currency: string;
            /** @description Description, at most 128 characters (an older docs copy says 48). */
            description?: string | null;
            source: components["schemas"]["TransferDetail"];
            destination: components["schemas"]["TransferDetail"];
            /** @description Reference of an FX quote. */
            quote_reference?: string | null;
            quoteoutput?: components["schemas"]["QuoteResponse"];
            /** @description Amount in the destination currency (FX), decimal number. */
            destination_amount?: number | null;
            /** @description Destination currency (FX), 3-letter code. */
            destination_currency?: string | null;
            memo_code?: string | null;
            /** @description Documented as unused. */
            verification_code?: string | null;
            /** @description EFT details (fields NOT FOUND). */
            eft_info?: {
                [key: string]: unknown;
            } | null;
            /** @description Check details (fields NOT FOUND). */
            check_info?: {
                [key: string]: unknown;
            } | null;
            /** @description Acquiring details (fields NOT FOUND). */
            acquiring_info?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description FX quote output (QuoteResponse). `source`, `destination`, `fees[]` and
         *     `conversionDetails` are named; their inner types (except the fee fields) are NOT FOUND.
         */
        QuoteResponse: {
            /** @description Quote source side (shape not documented). */
            source?: unknown;
            /** @description Quote destination side (shape not documented). */
            destination?: unknown;
            fees?: {
                name?: string;
                amount?: number;
                currency?: string;
            }[];
            /** @description Conversion details (shape not documented). */
            conversionDetails?: unknown;
        } | null;
        /** @description The newly created transfer. UNVERIFIED - its fields are NOT FOUND; any object is accepted. */
        Transfer: {
            [key: string]: unknown;
        };
        /**
         * @description Webhook event type a subscription listens to (documented enum of UpdateNotificationById; `all` = every event).
         * @enum {string}
         */
        QoloEventType: "all" | "card.created" | "card.activated" | "card.status" | "card.pin.changed" | "card.replaced" | "card.fulfilment" | "person.created" | "person.verification.success" | "person.updated" | "company.created" | "company.updated" | "wallet.created" | "account.created" | "account.activated" | "account.closed" | "account.status" | "account.instrument.created" | "outside.instrument.created" | "outside.instrument.updated" | "auth.approved" | "auth.reversed" | "auth.refunded" | "auth.declined" | "bankeft.credit.received" | "bankeft.credit.reversed" | "bankeft.credit.returned" | "bankeft.debit.received" | "bankeft.debit.reversed" | "bankeft.debit.returned" | "transfer.success" | "check.cleared" | "payment.success" | "payment.failure" | "realtimepayment";
        /** @description Webhook subscription fields (documented for UpdateNotificationById: https://devdocs.qolopay.com/openapi/qoloreference/operation/UpdateNotificationById). The reference marks `program_guid`, `url` and `event_type` required; `secret` is "string or null" and not required (the fact sheet listed it as required). Without a secret the deliveries cannot be verified, so send one. */
        NotificationRequest: {
            /** Format: uuid */
            notification_guid?: string;
            /**
             * Format: uuid
             * @description Program the subscription belongs to (subscriptions are per program).
             */
            program_guid: string;
            /**
             * Format: uri
             * @description HTTPS endpoint Qolo POSTs events to ("Webhooks are delivered via HTTPS POST to a configured
             *     URL", provider-docs/qolo.txt and https://devdocs.qolopay.com/docs/webhooks-intro).
             */
            url: string;
            /** @description Extra custom headers Qolo adds to deliveries (string; encoding not documented). */
            headers?: string | null;
            /** @description Secret used to sign deliveries (`x-qolo-signature` = hex HMAC-SHA256 of the raw payload). */
            secret?: string | null;
            active?: boolean | null;
            event_type: components["schemas"]["QoloEventType"][];
        };
        /** @description A webhook subscription as returned. UNVERIFIED - the response shape is NOT FOUND; assumed to echo the request fields. */
        Notification: {
            /** Format: uuid */
            notification_guid?: string;
            /** Format: uuid */
            program_guid?: string;
            url?: string;
            headers?: string | null;
            secret?: string | null;
            active?: boolean | null;
            event_type?: string[];
        };
        /** @description UNVERIFIED - the request fields of this operation are NOT FOUND; any JSON object is sent as given. */
        UnverifiedRequestBody: {
            [key: string]: unknown;
        };
        /** @description UNVERIFIED - the response body of this operation is NOT FOUND; any JSON object is accepted. */
        UnverifiedObject: {
            [key: string]: unknown;
        };
        /** @description UNVERIFIED - search/list result shape and pagination are NOT FOUND; accepted as an object or an array. */
        UnverifiedSearchResult: {
            [key: string]: unknown;
        } | unknown[];
        /**
         * @description Body of a webhook delivery. UNVERIFIED: the payload JSON shape is NOT FOUND (no field
         *     names, no event-type discriminator documented). Any JSON object is accepted; verify the
         *     signature over the raw bytes before parsing.
         */
        QoloWebhookPayload: {
            [key: string]: unknown;
        };
        /** @description Payload of the `card.created` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        CardCreatedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `card.activated` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        CardActivatedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `card.status` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        CardStatusEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `card.pin.changed` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        CardPinChangedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `card.replaced` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        CardReplacedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `card.fulfilment` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        CardFulfilmentEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `person.created` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        PersonCreatedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `person.verification.success` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        PersonVerificationSuccessEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `person.updated` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        PersonUpdatedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `company.created` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        CompanyCreatedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `company.updated` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        CompanyUpdatedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `wallet.created` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        WalletCreatedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `account.created` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        AccountCreatedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `account.activated` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        AccountActivatedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `account.closed` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        AccountClosedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `account.status` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        AccountStatusEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `account.instrument.created` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        AccountInstrumentCreatedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `outside.instrument.created` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        OutsideInstrumentCreatedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `outside.instrument.updated` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        OutsideInstrumentUpdatedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `auth.approved` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        AuthApprovedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `auth.reversed` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        AuthReversedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `auth.refunded` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        AuthRefundedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `auth.declined` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        AuthDeclinedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `bankeft.credit.received` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        BankEftCreditReceivedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `bankeft.credit.reversed` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        BankEftCreditReversedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `bankeft.credit.returned` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        BankEftCreditReturnedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `bankeft.debit.received` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        BankEftDebitReceivedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `bankeft.debit.reversed` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        BankEftDebitReversedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `bankeft.debit.returned` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        BankEftDebitReturnedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `transfer.success` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        TransferSuccessEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `check.cleared` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        CheckClearedEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `payment.success` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        PaymentSuccessEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `payment.failure` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        PaymentFailureEvent: components["schemas"]["QoloWebhookPayload"];
        /** @description Payload of the `realtimepayment` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload). */
        RealTimePaymentEvent: components["schemas"]["QoloWebhookPayload"];
        /**
         * @description Any Qolo webhook payload. UNVERIFIED: the payload shape and any discriminator field are
         *     NOT FOUND, so this is a plain union (anyOf) without a discriminator; the event type of a
         *     delivery cannot be read from a documented field.
         */
        QoloWebhookEvent: components["schemas"]["CardCreatedEvent"] | components["schemas"]["CardActivatedEvent"] | components["schemas"]["CardStatusEvent"] | components["schemas"]["CardPinChangedEvent"] | components["schemas"]["CardReplacedEvent"] | components["schemas"]["CardFulfilmentEvent"] | components["schemas"]["PersonCreatedEvent"] | components["schemas"]["PersonVerificationSuccessEvent"] | components["schemas"]["PersonUpdatedEvent"] | components["schemas"]["CompanyCreatedEvent"] | components["schemas"]["CompanyUpdatedEvent"] | components["schemas"]["WalletCreatedEvent"] | components["schemas"]["AccountCreatedEvent"] | components["schemas"]["AccountActivatedEvent"] | components["schemas"]["AccountClosedEvent"] | components["schemas"]["AccountStatusEvent"] | components["schemas"]["AccountInstrumentCreatedEvent"] | components["schemas"]["OutsideInstrumentCreatedEvent"] | components["schemas"]["OutsideInstrumentUpdatedEvent"] | components["schemas"]["AuthApprovedEvent"] | components["schemas"]["AuthReversedEvent"] | components["schemas"]["AuthRefundedEvent"] | components["schemas"]["AuthDeclinedEvent"] | components["schemas"]["BankEftCreditReceivedEvent"] | components["schemas"]["BankEftCreditReversedEvent"] | components["schemas"]["BankEftCreditReturnedEvent"] | components["schemas"]["BankEftDebitReceivedEvent"] | components["schemas"]["BankEftDebitReversedEvent"] | components["schemas"]["BankEftDebitReturnedEvent"] | components["schemas"]["TransferSuccessEvent"] | components["schemas"]["CheckClearedEvent"] | components["schemas"]["PaymentSuccessEvent"] | components["schemas"]["PaymentFailureEvent"] | components["schemas"]["RealTimePaymentEvent"];
    };
    responses: {
        /**
         * @description Acknowledge receipt. Qolo expects HTTP 200 within 5 s; otherwise it retries up to 6
         *     times at varying intervals. The response body is ignored.
         */
        WebhookAck: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 400 Bad Request - request has errors, mostly field validation errors. Body shape unknown (see QoloError). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["QoloError"];
            };
        };
        /**
         * @description 401 Unauthorized - no, invalid or expired access token (for `login`: presumably invalid
         *     credentials, unverified). Log in again and retry once. Body shape unknown (see QoloError).
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["QoloError"];
            };
        };
        /** @description 404 Not Found - resource with the given ID does not exist. Body shape unknown (see QoloError). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["QoloError"];
            };
        };
        /** @description 405 Method Not Allowed - the HTTP method is not allowed for this API access token. Body shape unknown (see QoloError). */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["QoloError"];
            };
        };
        /** @description 415 Unsupported Media Type. Body shape unknown (see QoloError). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["QoloError"];
            };
        };
        /**
         * @description 429 Too Many Requests - rejected by the API gateway due to rate limiting. The limits,
         *     any rate-limit / Retry-After headers and the body shape are NOT FOUND (see QoloError).
         */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["QoloError"];
            };
        };
        /** @description 500 Internal Server Error (listed per operation in the reference). Body shape unknown (see QoloError). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["QoloError"];
            };
        };
        /** @description Success (200 per the documented status rule for GET/PUT/non-creating POST). The response body is NOT FOUND. */
        UnverifiedOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnverifiedObject"];
            };
        };
        /** @description Created (201 per the documented status rule for creating POSTs). The response body is NOT FOUND. */
        UnverifiedCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnverifiedObject"];
            };
        };
    };
    parameters: {
        /**
         * @description Unique ID for safely retrying a POST that creates a resource (documented in the
         *     provider docs excerpt, e.g. for `/api/v1/cards`). The server stores it "for a period
         *     of time" and does not create the resource twice. The retention period and the replay
         *     response are NOT FOUND; the fact sheet notes the header is unconfirmed outside the excerpt.
         *     `x-payclients-idempotency: true` marks it as the idempotency header under Qolo's own name
         *     (the standard name is `Idempotency-Key`); see CONTRIBUTING.md, "Spec extensions".
         */
        IdempotencyKey: string;
        /**
         * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
         *     `secret`. Recompute over the exact received bytes and compare in constant time.
         *     No timestamp is documented (no replay window). Custom headers configured in the
         *     subscription's `headers` field are sent as well.
         */
        QoloSignature: string;
        /** @description Card proxy number (the card identifier used in card paths). */
        CardProxy: string;
        /** @description Person identifier (`person_guid`, a UUID). */
        PersonGuid: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
/** Every operation of specs/qolo.yaml by its operationId. */
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /**
             * @description Access token issued (valid 12 hours). Status 200 follows the documented rule
             *     "200 for POST that does not result in creation"; the body shape is unknown.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createCard: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Unique ID for safely retrying a POST that creates a resource (documented in the
                 *     provider docs excerpt, e.g. for `/api/v1/cards`). The server stores it "for a period
                 *     of time" and does not create the resource twice. The retention period and the replay
                 *     response are NOT FOUND; the fact sheet notes the header is unconfirmed outside the excerpt.
                 *     `x-payclients-idempotency: true` marks it as the idempotency header under Qolo's own name
                 *     (the standard name is `Idempotency-Key`); see CONTRIBUTING.md, "Spec extensions".
                 */
                IdempotencyKey?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCardRequest"];
            };
        };
        responses: {
            /** @description The created card. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Card"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description "Program not found" (the program_guid does not exist). Error body shape unknown, see QoloError. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QoloError"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    statusCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Card proxy number (the card identifier used in card paths). */
                card_proxy: components["parameters"]["CardProxy"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardStatusChangeRequest"];
            };
        };
        responses: {
            /** @description The card after the status change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Card"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description "Card not found" (no card with this card_proxy). Error body shape unknown, see QoloError. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QoloError"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    activateCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Card proxy number (the card identifier used in card paths). */
                card_proxy: components["parameters"]["CardProxy"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UnverifiedRequestBody"];
            };
        };
        responses: {
            200: components["responses"]["UnverifiedOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getPin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Card proxy number (the card identifier used in card paths). */
                card_proxy: components["parameters"]["CardProxy"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UnverifiedOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setPin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Card proxy number (the card identifier used in card paths). */
                card_proxy: components["parameters"]["CardProxy"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnverifiedRequestBody"];
            };
        };
        responses: {
            200: components["responses"]["UnverifiedOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Unique ID for safely retrying a POST that creates a resource (documented in the
                 *     provider docs excerpt, e.g. for `/api/v1/cards`). The server stores it "for a period
                 *     of time" and does not create the resource twice. The retention period and the replay
                 *     response are NOT FOUND; the fact sheet notes the header is unconfirmed outside the excerpt.
                 *     `x-payclients-idempotency: true` marks it as the idempotency header under Qolo's own name
                 *     (the standard name is `Idempotency-Key`); see CONTRIBUTING.md, "Spec extensions".
                 */
                IdempotencyKey?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTransferRequest"];
            };
        };
        responses: {
            /** @description The newly created transfer (fields not documented). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description "Account not found" (a source/destination does not exist). Error body shape unknown, see QoloError. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QoloError"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Unique ID for safely retrying a POST that creates a resource (documented in the
                 *     provider docs excerpt, e.g. for `/api/v1/cards`). The server stores it "for a period
                 *     of time" and does not create the resource twice. The retention period and the replay
                 *     response are NOT FOUND; the fact sheet notes the header is unconfirmed outside the excerpt.
                 *     `x-payclients-idempotency: true` marks it as the idempotency header under Qolo's own name
                 *     (the standard name is `Idempotency-Key`); see CONTRIBUTING.md, "Spec extensions".
                 */
                IdempotencyKey?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePersonRequest"];
            };
        };
        responses: {
            /** @description The created person (response schema only partly seen). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updatePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Person identifier (`person_guid`, a UUID). */
                person_guid: components["parameters"]["PersonGuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonDTO"];
            };
        };
        responses: {
            /** @description The updated person (shape not documented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    performKyc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Person identifier (`person_guid`, a UUID). */
                person_guid: components["parameters"]["PersonGuid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UnverifiedRequestBody"];
            };
        };
        responses: {
            200: components["responses"]["UnverifiedOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createWallet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Unique ID for safely retrying a POST that creates a resource (documented in the
                 *     provider docs excerpt, e.g. for `/api/v1/cards`). The server stores it "for a period
                 *     of time" and does not create the resource twice. The retention period and the replay
                 *     response are NOT FOUND; the fact sheet notes the header is unconfirmed outside the excerpt.
                 *     `x-payclients-idempotency: true` marks it as the idempotency header under Qolo's own name
                 *     (the standard name is `Idempotency-Key`); see CONTRIBUTING.md, "Spec extensions".
                 */
                IdempotencyKey?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnverifiedRequestBody"];
            };
        };
        responses: {
            201: components["responses"]["UnverifiedCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    searchWallet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UnverifiedRequestBody"];
            };
        };
        responses: {
            /** @description Search result (shape not documented; may be an object or an array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnverifiedSearchResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Unique ID for safely retrying a POST that creates a resource (documented in the
                 *     provider docs excerpt, e.g. for `/api/v1/cards`). The server stores it "for a period
                 *     of time" and does not create the resource twice. The retention period and the replay
                 *     response are NOT FOUND; the fact sheet notes the header is unconfirmed outside the excerpt.
                 *     `x-payclients-idempotency: true` marks it as the idempotency header under Qolo's own name
                 *     (the standard name is `Idempotency-Key`); see CONTRIBUTING.md, "Spec extensions".
                 */
                IdempotencyKey?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountRequest"];
            };
        };
        responses: {
            201: components["responses"]["UnverifiedCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createInstrument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Unique ID for safely retrying a POST that creates a resource (documented in the
                 *     provider docs excerpt, e.g. for `/api/v1/cards`). The server stores it "for a period
                 *     of time" and does not create the resource twice. The retention period and the replay
                 *     response are NOT FOUND; the fact sheet notes the header is unconfirmed outside the excerpt.
                 *     `x-payclients-idempotency: true` marks it as the idempotency header under Qolo's own name
                 *     (the standard name is `Idempotency-Key`); see CONTRIBUTING.md, "Spec extensions".
                 */
                IdempotencyKey?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInstrumentRequest"];
            };
        };
        responses: {
            201: components["responses"]["UnverifiedCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    searchTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UnverifiedRequestBody"];
            };
        };
        responses: {
            /** @description Search result (shape not documented; may be an object or an array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnverifiedSearchResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTransactionById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Transaction identifier. UNVERIFIED name and format (assumed a GUID like the other Qolo identifiers). */
                transaction_guid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UnverifiedOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Subscriptions (shape not documented; may be an object or an array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnverifiedSearchResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createNotification: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Unique ID for safely retrying a POST that creates a resource (documented in the
                 *     provider docs excerpt, e.g. for `/api/v1/cards`). The server stores it "for a period
                 *     of time" and does not create the resource twice. The retention period and the replay
                 *     response are NOT FOUND; the fact sheet notes the header is unconfirmed outside the excerpt.
                 *     `x-payclients-idempotency: true` marks it as the idempotency header under Qolo's own name
                 *     (the standard name is `Idempotency-Key`); see CONTRIBUTING.md, "Spec extensions".
                 */
                IdempotencyKey?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationRequest"];
            };
        };
        responses: {
            /** @description The created subscription (shape not documented). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateNotificationById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook subscription identifier (documented for UpdateNotificationById). */
                notification_guid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationRequest"];
            };
        };
        responses: {
            /** @description The updated subscription (shape not documented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteNotificationById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook subscription identifier (documented for UpdateNotificationById). */
                notification_guid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UnverifiedOk"];
            /** @description Deleted, no body (alternative success status; unverified). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    cardCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardCreatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    cardActivatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardActivatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    cardStatusWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardStatusEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    cardPinChangedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardPinChangedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    cardReplacedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardReplacedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    cardFulfilmentWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardFulfilmentEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    personCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonCreatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    personVerificationSuccessWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonVerificationSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    personUpdatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonUpdatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    companyCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompanyCreatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    companyUpdatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompanyUpdatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    walletCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WalletCreatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    accountCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountCreatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    accountActivatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountActivatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    accountClosedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountClosedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    accountStatusWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountStatusEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    accountInstrumentCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountInstrumentCreatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    outsideInstrumentCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutsideInstrumentCreatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    outsideInstrumentUpdatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutsideInstrumentUpdatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    authApprovedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthApprovedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    authReversedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthReversedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    authRefundedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthRefundedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    authDeclinedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthDeclinedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    bankEftCreditReceivedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankEftCreditReceivedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    bankEftCreditReversedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankEftCreditReversedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    bankEftCreditReturnedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankEftCreditReturnedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    bankEftDebitReceivedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankEftDebitReceivedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    bankEftDebitReversedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankEftDebitReversedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    bankEftDebitReturnedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankEftDebitReturnedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    transferSuccessWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    checkClearedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckClearedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    paymentSuccessWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    paymentFailureWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentFailureEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    realTimePaymentWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's
                 *     `secret`. Recompute over the exact received bytes and compare in constant time.
                 *     No timestamp is documented (no replay window). Custom headers configured in the
                 *     subscription's `headers` field are sent as well.
                 */
                "x-qolo-signature": components["parameters"]["QoloSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RealTimePaymentEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
}
