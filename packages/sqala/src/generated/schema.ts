// This file is generated: do not edit it by hand.
// Source: specs/sqala.yaml. Regenerate with `pnpm generate` (scripts/generate.ts, openapi-typescript).

/** Every path of specs/sqala.yaml with its operations: the type parameter of the client. */
export interface paths {
    "/access-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an access token
         * @description Exchanges the app credentials and the refresh token (all three issued in the developer
         *     portal, https://developer.sqala.tech/apps/endpoints) for a Bearer access token. The request
         *     is authenticated with HTTP Basic: user = APP_ID, password = APP_SECRET. The returned token
         *     (an RS256 JWT in the example) is valid for `expiresIn` seconds (3600 in the docs; no minimum is documented) and is sent as
         *     `Authorization: Bearer <token>` on every other core operation.
         */
        post: operations["createAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pix-qrcode-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Pix QR-code payments */
        get: operations["listPixQrCodePayments"];
        put?: never;
        /**
         * Create a Pix QR-code payment
         * @description Creates a Pix charge and returns its EMV "copia e cola" `payload` (render the QR image
         *     yourself; no image URL is returned). The minimal body is `{"amount": 990}`.
         *
         *     Idempotency: Sqala has no idempotency header. Send a unique `code` - it is the de-duplication
         *     key: a repeated `code` fails with `CODE_ALREADY_EXISTS`, an identical pending transaction with
         *     `DUPLICATE_TRASACTION_DETECTED`.
         */
        post: operations["createPixQrCodePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pix-qrcode-payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Pix QR-code payment id (UUID). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Retrieve a Pix QR-code payment */
        get: operations["getPixQrCodePayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/itp-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List ITP payments */
        get: operations["listItpPayments"];
        put?: never;
        /**
         * Create an ITP payment
         * @description Creates an Open Finance payment initiation (ITP). Redirect the payer to the returned `url`.
         *
         *     Idempotency: Sqala has no idempotency header. Send a unique `code` - it is the de-duplication
         *     key: a repeated `code` fails with `CODE_ALREADY_EXISTS`, an identical pending transaction with
         *     `DUPLICATE_TRASACTION_DETECTED`.
         */
        post: operations["createItpPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/itp-payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ITP payment id (UUID). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Retrieve an ITP payment */
        get: operations["getItpPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/boleto-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List boleto payments
         * @description The docs have a "List all Boletos" page but give no path; this path (and the cursor
         *     pagination) is inferred from the other payment resources.
         */
        get: operations["listBoletoPayments"];
        put?: never;
        /**
         * Create a boleto payment
         * @description Creates a boleto. The docs show a sample body (`amount`, `payer`, `description`, `expiresIn`)
         *     but do not say which fields are required.
         *
         *     Idempotency: Sqala has no idempotency header. On the other creates the unique `code` field is
         *     the de-duplication key (`CODE_ALREADY_EXISTS` on reuse); the boleto docs do not show `code`
         *     in the request, so whether it is accepted here is unverified.
         */
        post: operations["createBoletoPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/boleto-payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The boleto id (UUID). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a boleto payment
         * @description The docs have a "Retrieve a Boleto" page but give no path; this path is inferred from the
         *     other payment resources.
         */
        get: operations["getBoletoPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank-transfer-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List incoming bank-transfer payments
         * @description SQ-OAS types `limit` as a string on this operation; it is modelled as an integer (the wire form is identical).
         */
        get: operations["listBankTransferPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank-transfer-payments/{bankTransferId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bank-transfer payment id (UUID). */
                bankTransferId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Retrieve an incoming bank-transfer payment */
        get: operations["getBankTransferPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/card-vaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tokenize a card (card vault)
         * @description Tokenizes card data, normally from the browser. Authenticated with the `publicKey` query
         *     parameter only - no Bearer token. Returns `{token}`, used as `cardToken` in
         *     `createCreditCardPayment`.
         *
         *     Only partly documented: the docs sample shows `expYear` and `cvv` among the card fields; the
         *     rest of the body (presumably the card number, holder name and expiry month), the field
         *     types, and the response status are not visible.
         */
        post: operations["createCardVault"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-card-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a credit-card payment
         * @description Charges a tokenized card (`cardToken` from `createCardVault`). The request fields come from a
         *     docs sample; which of them are required is not documented. Capture, refund, list and
         *     retrieve pages exist in the docs but their paths are NOT FOUND, so they are not modelled.
         *
         *     Idempotency: Sqala has no idempotency header. On the other creates the unique `code` field is
         *     the de-duplication key (`CODE_ALREADY_EXISTS` on reuse); the card sample does not send
         *     `code` (the response has one), so whether it is accepted here is unverified.
         */
        post: operations["createCreditCardPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List recipients */
        get: operations["listRecipients"];
        put?: never;
        /**
         * Create a recipient
         * @description Creates a recipient (a split target or a payout target).
         *
         *     Idempotency: Sqala has no idempotency header. Send a unique `code` - it is the de-duplication
         *     key: a repeated `code` fails with `CODE_ALREADY_EXISTS`.
         */
        post: operations["createRecipient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient id (UUID). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Retrieve a recipient */
        get: operations["getRecipient"];
        /**
         * Update a recipient
         * @description The operation is documented (SQ-OAS) but its request body is not; it is modelled leniently as the create fields, all optional.
         */
        put: operations["updateRecipient"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{recipientId}/bank-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient id (UUID). */
                recipientId: components["parameters"]["RecipientId"];
            };
            cookie?: never;
        };
        /**
         * List bank accounts
         * @description Answers the list envelope. SQ-OAS lists no query parameters for this list; the general
         *     pagination rules (`limit`/`before`/`after` on every list, `paging` in every envelope) are
         *     assumed to apply, since the response carries `paging` and a second page is otherwise
         *     unreachable.
         */
        get: operations["listBankAccounts"];
        put?: never;
        /**
         * Create a bank account
         * @description Adds a bank account to a recipient.
         *
         *     Idempotency: Sqala has no idempotency header. On the other creates the unique `code` field is
         *     the de-duplication key (`CODE_ALREADY_EXISTS` on reuse); the bank-account object has a `code`
         *     but the create documentation does not list it, so whether it is accepted here is unverified.
         */
        post: operations["createBankAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{recipientId}/bank-accounts/{bankAccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient id (UUID). */
                recipientId: components["parameters"]["RecipientId"];
                /** @description The bank account id (UUID). */
                bankAccountId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Retrieve a bank account */
        get: operations["getBankAccount"];
        put?: never;
        post?: never;
        /**
         * Delete a bank account
         * @description Deletes the bank account and answers the (deleted) bank-account object.
         */
        delete: operations["deleteBankAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{recipientId}/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient id (UUID), or `DEFAULT` for your own organization. */
                recipientId: components["parameters"]["WithdrawalRecipientId"];
            };
            cookie?: never;
        };
        /**
         * List withdrawals
         * @description SQ-OAS types `limit` as a string on this operation; it is modelled as an integer (the wire form is identical).
         */
        get: operations["listWithdrawals"];
        put?: never;
        /**
         * Create a withdrawal
         * @description Pays out from the recipient's balance (`recipientId` = `DEFAULT` for your own organization):
         *     - `method: STANDARD` - bank transfer (TED) to `bankAccountId` (required for STANDARD per
         *       SQ-OAS) or to an inline `bankAccount`;
         *     - `method: PIX` - to `pixKey` (required for PIX); with `expectedHolderTaxId` the withdrawal
         *       fails if the key owner's taxId differs;
         *     - `method: PIX_QRCODE` (unverified: shown only in the guide) - pays `pixQrcode` with the
         *       `hash` obtained from `getDictBarcode`.
         *
         *     Path: the guide samples POST to `/recipients/DEFAULT/withdrawal` (singular); SQ-OAS uses the
         *     plural `/withdrawals`, which is modelled here.
         *
         *     Idempotency: Sqala has no idempotency header. Send a unique `code` - it is the de-duplication
         *     key: a repeated `code` fails with `CODE_ALREADY_EXISTS`, an identical pending transaction with
         *     `DUPLICATE_TRASACTION_DETECTED`.
         */
        post: operations["createWithdrawal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{recipientId}/withdrawals/{withdrawalId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient id (UUID), or `DEFAULT` for your own organization. */
                recipientId: components["parameters"]["WithdrawalRecipientId"];
                /** @description The withdrawal id (UUID). */
                withdrawalId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Retrieve a withdrawal */
        get: operations["getWithdrawal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dict/barcode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Decode a Pix QR code (DICT look-up)
         * @description Decodes a Pix QR code ("Get qrcode data from dict") before paying it with a `PIX_QRCODE`
         *     withdrawal. The guide uses the `amount` and `hash` fields of the response; the full response
         *     schema is NOT FOUND.
         */
        get: operations["getDictBarcode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{recipientId}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient id (UUID). */
                recipientId: components["parameters"]["RecipientId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve the balance
         * @description Returns the recipient's balance. The response schema is NOT FOUND (the SQ-OAS example is
         *     `{}`). Whether `recipientId` = `DEFAULT` works here as it does for withdrawals is not documented.
         */
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{recipientId}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient id (UUID). */
                recipientId: components["parameters"]["RecipientId"];
            };
            cookie?: never;
        };
        /**
         * List balance transactions
         * @description Lists the recipient's balance transactions. SQ-OAS types `limit` as a string (default "10");
         *     it is modelled as an integer (the wire form is identical). The response schema is NOT FOUND:
         *     the `{data, paging}` envelope is assumed from the general pagination rules and the items are
         *     open objects.
         */
        get: operations["listBalanceTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the webhook delivery log
         * @description Lists delivered and pending webhooks (Developer API). Authentication on the Developer API is
         *     not documented by SQ-DOCS: SQ-OAS declares HTTP Basic for every operation (a generator
         *     artefact), so the Bearer token of the core API is assumed.
         */
        get: operations["listWebhookLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook id (UUID). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a webhook log entry
         * @description Developer API. Authentication is assumed to be the core Bearer token (see `listWebhookLogs`).
         */
        get: operations["getWebhookLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook id (UUID). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-send a webhook
         * @description Queues a new delivery attempt of the webhook (no request body) and answers the webhook log
         *     entry. Developer API; authentication is assumed to be the core Bearer token (see
         *     `listWebhookLogs`).
         */
        post: operations["resendWebhookLog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** Every webhook delivery specs/sqala.yaml declares, by event. */
export interface webhooks {
    "payment.paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payment.paid
         * @description A payment was paid. No headers are documented; the signature is the body field `signature`.
         */
        post: operations["paymentPaidWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payment.failed
         * @description A payment failed. No headers are documented; the signature is the body field `signature`.
         */
        post: operations["paymentFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "withdrawal.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * withdrawal.created
         * @description Despite its name, the docs describe this event as "the withdrawal was paid". No headers are
         *     documented; the signature is the body field `signature`.
         */
        post: operations["withdrawalCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "withdrawal.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * withdrawal.failed
         * @description A withdrawal failed. No headers are documented; the signature is the body field `signature`.
         */
        post: operations["withdrawalFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transaction.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * transaction.created
         * @description Appears only in the signature-validation example; its meaning and `data` schema are not documented.
         */
        post: operations["transactionCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.activated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.activated
         * @description Billing event (a subscription was activated). The subscription `data` schema is not documented.
         */
        post: operations["subscriptionActivatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.canceled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.canceled
         * @description Billing event (a subscription was canceled). The subscription `data` schema is not documented.
         */
        post: operations["subscriptionCanceledWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.completed
         * @description Billing event (a subscription was completed). The subscription `data` schema is not documented.
         */
        post: operations["subscriptionCompletedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.renewed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.renewed
         * @description Billing event (a subscription was renewed). The subscription `data` schema is not documented.
         */
        post: operations["subscriptionRenewedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.charge.pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.charge.pending
         * @description Billing event (a subscription charge is pending). The `data` schema is not documented.
         */
        post: operations["subscriptionChargePendingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.charge.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.charge.failed
         * @description Billing event (a subscription charge failed). The `data` schema is not documented.
         */
        post: operations["subscriptionChargeFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.charge.scheduled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.charge.scheduled
         * @description Billing event (a subscription charge was scheduled). The `data` schema is not documented.
         */
        post: operations["subscriptionChargeScheduledWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.charge.paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.charge.paid
         * @description Billing event (a subscription charge was paid). The `data` schema is not documented.
         */
        post: operations["subscriptionChargePaidWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** The reusable schemas, parameters and responses of specs/sqala.yaml (`components.schemas.X`). */
export interface components {
    schemas: {
        /**
         * @description Sqala's error body `{code, message, errors}`. `errors` lists validation messages (e.g. for
         *     `INVALID_BODY`); whether it is present on every error is not documented.
         */
        SqalaError: {
            code: components["schemas"]["SqalaErrorCode"];
            message: string;
            errors?: string[];
        };
        /**
         * @description Error code (open string: the documented codes below, but the list may grow). Spelling is
         *     exactly as documented, including `BACEN_COMMUNIOCATION_FAILED` and
         *     `DUPLICATE_TRASACTION_DETECTED` (sic).
         */
        SqalaErrorCode: ("CODE_ALREADY_EXISTS" | "OBJECT_NOT_FOUND" | "INVALID_BODY" | "INTERNAL_ERROR" | "SERVICE_NOT_AVAILABLE" | "BANK_COMMUNICATION_FAILED" | "BACEN_COMMUNIOCATION_FAILED" | "PIX_KEY_NOT_FOUND" | "RECIPIENT_ACCOUNT_BLOCKED" | "RECIPIENT_USER_ACCOUNT_CLOSED" | "INSUFFICIENT_BALANCE" | "LIMIT_EXCEED_FOR_THE_TRANSACTION" | "TRANSACTION_TYPE_NOT_SUPPORTED" | "REQUEST_TIMEOUT" | "TRANSACTION_INTERRUPTED" | "INVALID_RECIPIENT_BANK_ACCOUNT_TYPE" | "DUPLICATE_TRASACTION_DETECTED" | "RECIPIENT_BANK_RESTRICTED") | string;
        /** @description Object id, a 36-character UUID string. */
        Id: string;
        /**
         * @description Your unique identifier for the object. It is Sqala's de-duplication key (there is no
         *     idempotency header): creating a second object with the same `code` fails with
         *     `CODE_ALREADY_EXISTS`.
         */
        Code: string;
        /** @description Amount in BRL cents (integer minor units; 100 = 1 BRL). */
        Amount: number;
        /**
         * @description Amount in BRL cents (integer minor units; 100 = 1 BRL); must be positive (`exclusiveMinimum: 0`,
         *     as the documented validation error words it: "amount must be a positive number", SQ-OAS 400 example).
         *     Capped at 199 cents (1.99 BRL) when testing.
         */
        PositiveAmount: number;
        /**
         * Format: date-time
         * @description ISO-8601 UTC timestamp, e.g. `2022-06-06T11:48:21Z` (sometimes with milliseconds).
         */
        Timestamp: string;
        /**
         * Format: date-time
         * @description ISO-8601 UTC timestamp, or null while the event has not happened.
         */
        NullableTimestamp: string | null;
        /** @description Cursors of the current page; pass them as `before` / `after`. Null when there is no page in that direction. */
        Paging: {
            before: string | null;
            after: string | null;
        };
        /**
         * @description Metadata. The documented request shape is an array of `{name, value}` (max 50 entries; do
         *     not store sensitive data). The recipient, bank-account and withdrawal response examples show
         *     a plain `{"KEY": "VALUE"}` map instead, so both shapes are accepted.
         */
        Metadata: components["schemas"]["MetadataList"] | components["schemas"]["MetadataMap"];
        /**
         * @description Metadata on a response object: `null` when none was set. The withdrawal example on
         *     https://sqala.readme.io/reference/withdrawal returns `"metadata": null` inside `bankAccount`,
         *     and real withdrawal responses carry `null` on `recipient.metadata` too; no page says the other
         *     objects never do, so every response object's metadata is nullable.
         */
        NullableMetadata: components["schemas"]["Metadata"] | null;
        MetadataList: components["schemas"]["MetadataEntry"][];
        /**
         * @description One metadata entry. The published reference (the readme.io export's `Core API/metadata.md`,
         *     and SQ-OAS) lists `name` (max 40) and `value` (max 500) without marking either required, so
         *     neither is here.
         */
        MetadataEntry: {
            name?: string;
            value?: string;
        };
        /** @description Metadata as a plain key/value map (seen in response examples). */
        MetadataMap: {
            [key: string]: string;
        };
        /** @description The payer. `taxId` is a CPF (individual) or CNPJ (company), digits only in the examples. */
        Payer: {
            name?: string;
            taxId?: string;
        };
        /** @description One split of the payment to a recipient. */
        SplitItem: {
            /** @description Amount in BRL cents (integer minor units), > 0. */
            value: number;
            recipientId: string;
        };
        /**
         * @description Status of Pix, ITP and boleto payments: `CREATED`, `PROCESSED` (not final), `ERROR`, `PAID`,
         *     `FAILED` (final). The object pages list these five; the prose also mentions `EXPIRED`, which
         *     is unverified. Modelled as an open string.
         */
        PaymentStatus: ("CREATED" | "PROCESSED" | "ERROR" | "PAID" | "FAILED") | "EXPIRED" | string;
        CreateAccessTokenRequest: {
            /** @description The refresh token issued in the developer portal. */
            refreshToken: string;
        };
        AccessToken: {
            /** @description The access token (an RS256 JWT in the example). */
            token: string;
            /**
             * @description Lifetime of the token in seconds. The reference documents no minimum; access tokens
             *     "expire after 1 hour (3600 seconds)" (https://sqala.readme.io/reference/tokens), and the
             *     example shows 3600. Clients must honour the value returned, whatever it is.
             */
            expiresIn: number;
            /**
             * @description Token type; `Bearer` is the documented value.
             * @example Bearer
             */
            type: string;
        };
        CreatePixQrCodePaymentRequest: {
            amount: components["schemas"]["PositiveAmount"];
            code?: components["schemas"]["Code"];
            payer?: components["schemas"]["Payer"];
            split?: components["schemas"]["SplitItem"][];
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A Pix QR-code payment. */
        PixQrCodePayment: {
            id: components["schemas"]["Id"];
            code?: string | null;
            /**
             * @description QR-code type (open string; `STATIC` in the example, the list is not documented).
             * @example STATIC
             */
            type?: string;
            amount?: components["schemas"]["Amount"];
            /** @description Amount paid in BRL cents (integer minor units); null until paid. */
            paidAmount?: number | null;
            /** @description The EMV "copia e cola" payload; render the QR image from it. */
            payload?: string;
            /** @description The payer's bank account (documented, but never shown in an example). */
            source?: components["schemas"]["BankAccount"] | null;
            /** @description Null when the charge was created without a payer (nullability not documented; lenient). */
            payer?: components["schemas"]["Payer"] | null;
            split?: components["schemas"]["SplitItem"][];
            status?: components["schemas"]["PaymentStatus"];
            createdAt?: components["schemas"]["Timestamp"];
            processedAt?: components["schemas"]["NullableTimestamp"];
            paidAt?: components["schemas"]["NullableTimestamp"];
            failedAt?: components["schemas"]["NullableTimestamp"];
            /**
             * Format: date-time
             * @description Expiry timestamp. Appears only in an example, not in the object's field list.
             */
            expiresAt?: string | null;
            metadata?: components["schemas"]["NullableMetadata"];
        };
        PixQrCodePaymentList: {
            data: components["schemas"]["PixQrCodePayment"][];
            paging: components["schemas"]["Paging"];
        };
        CreateItpPaymentRequest: {
            amount: components["schemas"]["PositiveAmount"];
            payer: components["schemas"]["Payer"];
            code?: components["schemas"]["Code"];
            split?: components["schemas"]["SplitItem"][];
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description An ITP (Open Finance payment initiation) payment - the Pix object's fields plus `url`. */
        ItpPayment: components["schemas"]["PixQrCodePayment"] & {
            /**
             * Format: uri
             * @description Where to redirect the payer to authorize the payment.
             */
            url?: string;
        };
        ItpPaymentList: {
            data: components["schemas"]["ItpPayment"][];
            paging: components["schemas"]["Paging"];
        };
        /**
         * @description Fields from the docs sample (`amount`, `payer`, `description`, `expiresIn`); which are
         *     required is not documented. `amount` and `payer` are required here as the fact sheet infers
         *     them ([I] in providers/sqala.md: a boleto is issued for an amount to a named payer). `code`,
         *     `split` and `metadata` are not shown for boletos and are assumed by analogy with the other
         *     payments.
         */
        CreateBoletoPaymentRequest: {
            amount: components["schemas"]["PositiveAmount"];
            payer: components["schemas"]["Payer"];
            description?: string;
            /** @description Time until expiry; `3` in the sample. The unit is not documented (presumably days). */
            expiresIn?: number;
            code?: components["schemas"]["Code"];
            split?: components["schemas"]["SplitItem"][];
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description A boleto payment. Documented fields: `barcode`, `pdf`, `description`, `expiresIn`, `payer`,
         *     `split`, `status` and timestamps. `id`, `code`, `amount`, `paidAmount`, `metadata` and the
         *     exact timestamp names are assumed from the other payment objects.
         */
        BoletoPayment: {
            id: components["schemas"]["Id"];
            code?: string | null;
            amount?: components["schemas"]["Amount"];
            /** @description Amount paid in BRL cents; null until paid. */
            paidAmount?: number | null;
            barcode?: string;
            /**
             * Format: uri
             * @description URL of the boleto PDF.
             */
            pdf?: string;
            /** @description Null when the boleto was created without one (nullability not documented; lenient). */
            description?: string | null;
            /** @description Time until expiry (unit not documented, presumably days). */
            expiresIn?: number;
            /** @description Null when the charge was created without a payer (nullability not documented; lenient). */
            payer?: components["schemas"]["Payer"] | null;
            split?: components["schemas"]["SplitItem"][];
            status?: components["schemas"]["PaymentStatus"];
            createdAt?: components["schemas"]["Timestamp"];
            processedAt?: components["schemas"]["NullableTimestamp"];
            paidAt?: components["schemas"]["NullableTimestamp"];
            failedAt?: components["schemas"]["NullableTimestamp"];
            metadata?: components["schemas"]["NullableMetadata"];
        };
        BoletoPaymentList: {
            data: components["schemas"]["BoletoPayment"][];
            paging: components["schemas"]["Paging"];
        };
        /** @description Source or destination account of a bank transfer. */
        BankTransferParty: {
            bankName?: string;
            branchNumber?: string;
            accountNumber?: string;
        };
        /**
         * @description `CREATED`, `PROCESSED`, `PAID`, `REFUNDED`, `ERROR` (not final for bank transfers), `FAILED`.
         * @enum {string}
         */
        BankTransferStatus: "CREATED" | "PROCESSED" | "PAID" | "REFUNDED" | "ERROR" | "FAILED";
        /** @description An incoming bank transfer (TED). */
        BankTransferPayment: {
            id: components["schemas"]["Id"];
            code?: string | null;
            /** @description The transfer's end-to-end id (a Pix/SPB E2E id in the example). */
            transactionId?: string;
            amount?: components["schemas"]["Amount"];
            /** @description Amount paid in BRL cents; null until paid. */
            paidAmount?: number | null;
            /**
             * @description Payment method; `BANK_TRANSFER`.
             * @example BANK_TRANSFER
             */
            method?: string;
            source?: components["schemas"]["BankTransferParty"];
            destination?: components["schemas"]["BankTransferParty"];
            /** @description Null when the charge was created without a payer (nullability not documented; lenient). */
            payer?: components["schemas"]["Payer"] | null;
            split?: components["schemas"]["SplitItem"][];
            status?: components["schemas"]["BankTransferStatus"];
            createdAt?: components["schemas"]["Timestamp"];
            processedAt?: components["schemas"]["NullableTimestamp"];
            paidAt?: components["schemas"]["NullableTimestamp"];
            failedAt?: components["schemas"]["NullableTimestamp"];
            metadata?: components["schemas"]["NullableMetadata"];
        };
        BankTransferPaymentList: {
            data: components["schemas"]["BankTransferPayment"][];
            paging: components["schemas"]["Paging"];
        };
        /**
         * @description Card data to tokenize. Only `expYear` and `cvv` are visible in the docs sample; the other
         *     fields and all types are not documented. `number`, `holderName` and `expMonth` are assumed
         *     (a card cannot be tokenized without its number); the types are closed to these five fields so
         *     a misspelt one fails to compile.
         */
        CreateCardVaultRequest: {
            /** @description Card number (assumed; not visible in the docs sample). */
            number?: string;
            /** @description Name on the card (assumed; not visible in the docs sample). */
            holderName?: string;
            /** @description Card expiry month (assumed; not visible in the docs sample). */
            expMonth?: string | number;
            /** @description Card expiry year (type not documented). */
            expYear?: string | number;
            /** @description Card security code. */
            cvv?: string;
        };
        CardVault: {
            /** @description Card token; pass it as `cardToken` to `createCreditCardPayment`. */
            token: string;
        };
        CardPayerAddress: {
            street?: string;
            number?: string;
            neighborhood?: string;
            city?: string;
            state?: string;
            country?: string;
            postalCode?: string;
        };
        /** @description The payer of a card payment - `Payer` plus contact and address (fields from the docs sample). */
        CardPayer: components["schemas"]["Payer"] & {
            /** Format: email */
            email?: string;
            mobile?: string;
            address?: components["schemas"]["CardPayerAddress"];
        };
        /**
         * @description Fields from the docs sample; which are required is not documented. `amount` and `cardToken`
         *     are required here by inference (a charge needs an amount and the card `createCardVault`
         *     tokenized). `code` is not in the sample.
         */
        CreateCreditCardPaymentRequest: {
            amount: components["schemas"]["PositiveAmount"];
            /** @description Number of installments. */
            installments?: number;
            /**
             * @description Card operation (open string; `AUTH_AND_CAPTURE` is the only value seen).
             * @example AUTH_AND_CAPTURE
             */
            operation?: string;
            payer?: components["schemas"]["CardPayer"];
            antifraudToken?: string;
            /** @description The `token` returned by `createCardVault`. */
            cardToken: string;
            code?: components["schemas"]["Code"];
        };
        /** @description The card of a payment. Which fields may be null is not documented; those the card vault may lack are nullable. */
        CardDetails: {
            firstSixDigits?: string;
            lastFourDigits?: string;
            holderName?: string | null;
            brand?: string;
            expMonth?: string | number | null;
            expYear?: string | number | null;
        };
        /** @description A credit-card payment (fields from the docs sample; types and the status list are not documented). */
        CreditCardPayment: {
            id: components["schemas"]["Id"];
            code?: string | null;
            /**
             * @description Payment method; `CREDIT_CARD`.
             * @example CREDIT_CARD
             */
            method?: string;
            amount?: components["schemas"]["Amount"];
            /** @description Amount paid in BRL cents. */
            paidAmount?: number | null;
            installments?: number;
            softDescriptor?: string | null;
            authCode?: string | null;
            transactionId?: string | null;
            /** @description Null when the charge was created without a payer (nullability not documented; lenient). */
            payer?: components["schemas"]["CardPayer"] | null;
            card?: components["schemas"]["CardDetails"];
            /** @description Payment status (open string; the card status list is not documented). */
            status?: string;
            refundReason?: string | null;
            refundedAt?: components["schemas"]["NullableTimestamp"];
        };
        /**
         * @description `INDIVIDUAL` (CPF) or `COMPANY` (CNPJ).
         * @enum {string}
         */
        PartyType: "INDIVIDUAL" | "COMPANY";
        /**
         * @description Status of recipients and bank accounts.
         * @enum {string}
         */
        ObjectStatus: "ACTIVE" | "DELETED";
        CreateRecipientRequest: {
            name: string;
            /** @description CPF or CNPJ. */
            taxId: string;
            type: components["schemas"]["PartyType"];
            code?: components["schemas"]["Code"];
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description Not documented; assumed to take the create fields, all optional. */
        UpdateRecipientRequest: {
            name?: string;
            taxId?: string;
            type?: components["schemas"]["PartyType"];
            code?: components["schemas"]["Code"];
            metadata?: components["schemas"]["Metadata"];
        };
        Recipient: {
            id: components["schemas"]["Id"];
            code?: string | null;
            name?: string;
            taxId?: string;
            type?: components["schemas"]["PartyType"];
            status?: components["schemas"]["ObjectStatus"];
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["NullableTimestamp"];
            deletedAt?: components["schemas"]["NullableTimestamp"];
            metadata?: components["schemas"]["NullableMetadata"];
        };
        RecipientList: {
            data: components["schemas"]["Recipient"][];
            paging: components["schemas"]["Paging"];
        };
        /** @enum {string} */
        BankAccountType: "CHECKING" | "SAVINGS";
        /** @description Bank account details (used to register an account, or inline in a STANDARD withdrawal). */
        BankAccountInput: {
            type?: components["schemas"]["BankAccountType"];
            holderName: string;
            /** @description CPF or CNPJ of the holder. */
            holderTaxId: string;
            holderType: components["schemas"]["PartyType"];
            branchNumber: string;
            accountNumber: string;
            /**
             * @description The bank's ISPB code, e.g. `60701190`.
             * @example 60701190
             */
            bankId: string;
        };
        /**
         * @description `BankAccountInput`, plus `code` and `metadata`, which the bank-account object carries but the
         *     create documentation does not list (unverified).
         */
        CreateBankAccountRequest: components["schemas"]["BankAccountInput"] & {
            code?: components["schemas"]["Code"];
            metadata?: components["schemas"]["Metadata"];
        };
        BankAccount: {
            id: components["schemas"]["Id"];
            code?: string | null;
            type?: components["schemas"]["BankAccountType"];
            holderName?: string;
            holderTaxId?: string;
            holderType?: components["schemas"]["PartyType"];
            branchNumber?: string;
            accountNumber?: string;
            /** @description ISPB code. */
            bankId?: string;
            status?: components["schemas"]["ObjectStatus"];
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["NullableTimestamp"];
            deletedAt?: components["schemas"]["NullableTimestamp"];
            metadata?: components["schemas"]["NullableMetadata"];
        };
        BankAccountList: {
            data: components["schemas"]["BankAccount"][];
            paging: components["schemas"]["Paging"];
        };
        /**
         * @description `STANDARD` (bank transfer / TED) or `PIX` (to a Pix key): the enum of the withdrawal object
         *     in the reference (https://sqala.readme.io/reference/the-withdrawal-object) and SQ-OAS.
         *     `PIX_QRCODE` is kept, x-unverified, because the provider's own withdrawal guide
         *     (https://sqala.readme.io/reference/withdrawal, "PIX QRCode") sends `method: 'PIX_QRCODE'` with
         *     `pixQrcode` and `hash`; the reference enum leaves it out, so it may be rejected.
         */
        WithdrawalMethod: ("STANDARD" | "PIX") | "PIX_QRCODE";
        /**
         * @description Not final: `PENDING_APPROVAL`, `APPROVED`, `PROCESSED`, `CREATED`. Final: `REJECTED`,
         *     `REFUNDED`, `FAILED`, `PAID`. The order of transitions is not documented.
         * @enum {string}
         */
        WithdrawalStatus: "PENDING_APPROVAL" | "APPROVED" | "PROCESSED" | "CREATED" | "REJECTED" | "REFUNDED" | "FAILED" | "PAID";
        /**
         * @description Conditional requirements: `pixKey` for `PIX`; `bankAccountId` (required for `STANDARD` per
         *     SQ-OAS) or an inline `bankAccount` for `STANDARD`; `pixQrcode` and `hash` for `PIX_QRCODE`
         *     (unverified).
         */
        CreateWithdrawalRequest: {
            amount: components["schemas"]["PositiveAmount"];
            method: components["schemas"]["WithdrawalMethod"];
            /** @description Destination Pix key; required when `method` is `PIX`. */
            pixKey?: string;
            /** @description If the Pix key owner's taxId differs from this value, the withdrawal fails. */
            expectedHolderTaxId?: string;
            /** @description A registered bank account of the recipient; required when `method` is `STANDARD` (SQ-OAS). */
            bankAccountId?: string;
            bankAccount?: components["schemas"]["BankAccountInput"];
            /** @description The EMV payload to pay, for `PIX_QRCODE` (shown only in the guide). */
            pixQrcode?: string;
            /** @description The `hash` from `getDictBarcode`, for `PIX_QRCODE` (shown only in the guide). */
            hash?: string;
            code?: components["schemas"]["Code"];
            metadata?: components["schemas"]["Metadata"];
        };
        Withdrawal: {
            id: components["schemas"]["Id"];
            code?: string | null;
            amount?: components["schemas"]["Amount"];
            method?: components["schemas"]["WithdrawalMethod"];
            status?: components["schemas"]["WithdrawalStatus"];
            createdAt?: components["schemas"]["Timestamp"];
            approvedAt?: components["schemas"]["NullableTimestamp"];
            rejectedAt?: components["schemas"]["NullableTimestamp"];
            processedAt?: components["schemas"]["NullableTimestamp"];
            paidAt?: components["schemas"]["NullableTimestamp"];
            failedAt?: components["schemas"]["NullableTimestamp"];
            failedReason?: string | null;
            pixKey?: string | null;
            expectedHolderTaxId?: string | null;
            recipientId?: string;
            bankAccount?: components["schemas"]["BankAccount"] | null;
            recipient?: components["schemas"]["Recipient"] | null;
            metadata?: components["schemas"]["NullableMetadata"];
        };
        WithdrawalList: {
            data: components["schemas"]["Withdrawal"][];
            paging: components["schemas"]["Paging"];
        };
        /** @description Decoded Pix QR code. Only `amount` and `hash` are known (used by the withdrawal guide); the full schema is NOT FOUND. */
        DictBarcode: {
            /** @description Amount in BRL cents (assumed, like every other Sqala amount); null for a QR code without an amount (assumed). */
            amount?: number | null;
            /** @description Pass as `hash` in a `PIX_QRCODE` withdrawal. */
            hash?: string;
        };
        /** @description Recipient balance. Schema NOT FOUND (the SQ-OAS example is `{}`). */
        Balance: {
            [key: string]: unknown;
        };
        /** @description A balance transaction. Schema NOT FOUND. */
        BalanceTransaction: {
            [key: string]: unknown;
        };
        /** @description Assumed list envelope (the response schema is NOT FOUND). */
        BalanceTransactionList: {
            data: components["schemas"]["BalanceTransaction"][];
            paging: components["schemas"]["Paging"];
        };
        /**
         * @description Delivery status: `PENDING` (retries remain), `DELIVERED`, `FAILED` (all retries used up), per
         *     the docs; SQ-OAS's list filter also has `QUEUED`. Open string.
         */
        WebhookStatus: ("PENDING" | "QUEUED" | "DELIVERED" | "FAILED") | string;
        /** @description The resource the event is about. */
        WebhookObjectRef: {
            id?: string;
            /**
             * @description Resource type (open string). Seen - `BankTransferPayment`, `Transaction`, `Subscription`.
             * @example BankTransferPayment
             * @example Transaction
             * @example Subscription
             */
            type?: string;
        };
        /**
         * @description Body Sqala POSTs to a webhook endpoint. Verify it by computing HMAC-SHA256 over
         *     `JSON.stringify(data)` (every field of `data`, nulls included, compact, original key order)
         *     keyed with the endpoint secret (64 chars, from the developer portal), and comparing the
         *     lowercase hex digest with `signature` in constant time.
         */
        WebhookEnvelope: {
            /** @description The webhook id (see `getWebhookLog`). */
            id: string;
            /** @description Event name, e.g. `payment.paid`. */
            event: string;
            object: components["schemas"]["WebhookObjectRef"];
            /** @description Lowercase hex HMAC-SHA256 of `JSON.stringify(data)`, keyed with the endpoint secret. */
            signature: string;
            /** @description The resource; each event schema below types it (left untyped here so it does not reopen them). */
            data: unknown;
        };
        /**
         * @description The payment resource. The example shows a bank-transfer payment (`object.type`
         *     `BankTransferPayment`); which other payment objects arrive here is not documented.
         */
        PaymentEventData: components["schemas"]["BankTransferPayment"] | components["schemas"]["PixQrCodePayment"] | components["schemas"]["ItpPayment"] | components["schemas"]["BoletoPayment"] | components["schemas"]["CreditCardPayment"];
        PaymentPaidEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event: "payment.paid";
            data: components["schemas"]["PaymentEventData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "payment.paid";
        };
        PaymentFailedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event: "payment.failed";
            data: components["schemas"]["PaymentEventData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "payment.failed";
        };
        /** @description Documented as "the withdrawal was paid" despite the name. */
        WithdrawalCreatedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event: "withdrawal.created";
            data: components["schemas"]["Withdrawal"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "withdrawal.created";
        };
        WithdrawalFailedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event: "withdrawal.failed";
            data: components["schemas"]["Withdrawal"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "withdrawal.failed";
        };
        /** @description Appears only in the signature-validation example (`object.type` `Transaction`); the `data` schema is not documented. */
        TransactionCreatedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event: "transaction.created";
            data: {
                [key: string]: unknown;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "transaction.created";
        };
        /** @description The subscription resource (`object.type` `Subscription`). Its schema is not documented. */
        SubscriptionEventData: {
            [key: string]: unknown;
        };
        SubscriptionActivatedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event: "subscription.activated";
            data: components["schemas"]["SubscriptionEventData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "subscription.activated";
        };
        SubscriptionCanceledEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event: "subscription.canceled";
            data: components["schemas"]["SubscriptionEventData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "subscription.canceled";
        };
        SubscriptionCompletedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event: "subscription.completed";
            data: components["schemas"]["SubscriptionEventData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "subscription.completed";
        };
        SubscriptionRenewedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event: "subscription.renewed";
            data: components["schemas"]["SubscriptionEventData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "subscription.renewed";
        };
        SubscriptionChargePendingEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event: "subscription.charge.pending";
            data: components["schemas"]["SubscriptionEventData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "subscription.charge.pending";
        };
        SubscriptionChargeFailedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event: "subscription.charge.failed";
            data: components["schemas"]["SubscriptionEventData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "subscription.charge.failed";
        };
        SubscriptionChargeScheduledEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event: "subscription.charge.scheduled";
            data: components["schemas"]["SubscriptionEventData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "subscription.charge.scheduled";
        };
        SubscriptionChargePaidEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event: "subscription.charge.paid";
            data: components["schemas"]["SubscriptionEventData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "subscription.charge.paid";
        };
        /** @description Any documented webhook event, discriminated by `event`. */
        SqalaWebhookEvent: components["schemas"]["PaymentPaidEvent"] | components["schemas"]["PaymentFailedEvent"] | components["schemas"]["WithdrawalCreatedEvent"] | components["schemas"]["WithdrawalFailedEvent"] | components["schemas"]["TransactionCreatedEvent"] | components["schemas"]["SubscriptionActivatedEvent"] | components["schemas"]["SubscriptionCanceledEvent"] | components["schemas"]["SubscriptionCompletedEvent"] | components["schemas"]["SubscriptionRenewedEvent"] | components["schemas"]["SubscriptionChargePendingEvent"] | components["schemas"]["SubscriptionChargeFailedEvent"] | components["schemas"]["SubscriptionChargeScheduledEvent"] | components["schemas"]["SubscriptionChargePaidEvent"];
        /** @description One delivery attempt. */
        WebhookDeliveryResponse: {
            /** @description HTTP status your endpoint answered. */
            code?: number;
            /** @description Response time in milliseconds. */
            time?: number;
            at?: components["schemas"]["Timestamp"];
        };
        /** @description A webhook log entry - the delivery body plus delivery state. */
        WebhookLog: components["schemas"]["WebhookEnvelope"] & {
            status?: components["schemas"]["WebhookStatus"];
            responses?: components["schemas"]["WebhookDeliveryResponse"][];
            createdAt?: components["schemas"]["Timestamp"];
            queuedAt?: components["schemas"]["NullableTimestamp"];
            deliveredAt?: components["schemas"]["NullableTimestamp"];
            failedAt?: components["schemas"]["NullableTimestamp"];
            lastAttemptAt?: components["schemas"]["NullableTimestamp"];
            nextAttemptAt?: components["schemas"]["NullableTimestamp"];
            endpointId?: string;
            organizationId?: string;
        };
        WebhookLogList: {
            data: components["schemas"]["WebhookLog"][];
            paging: components["schemas"]["Paging"];
        };
    };
    responses: {
        /**
         * @description Client error. SQ-OAS documents error responses as 400 with the `SqalaError` body, e.g.
         *     `INVALID_BODY` for a failed body validation. The HTTP status of the other error codes is not
         *     documented.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "INVALID_BODY",
                 *       "message": "Invalid body, check 'errors' property for more info.",
                 *       "errors": [
                 *         "amount must be a positive number"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SqalaError"];
            };
        };
        /**
         * @description Missing or invalid credentials (Basic on the token endpoint, Bearer elsewhere). The docs only
         *     say unauthenticated calls fail; the status (401) and the body are assumed.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SqalaError"];
            };
        };
        /** @description The object does not exist (`OBJECT_NOT_FOUND`). The 404 status is inferred; it is not documented. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SqalaError"];
            };
        };
        /** @description Server error (5xx), e.g. `INTERNAL_ERROR`, `SERVICE_NOT_AVAILABLE`. The exact statuses per code are not documented. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SqalaError"];
            };
        };
    };
    parameters: {
        /** @description Page size, 1-50 (default 10). */
        Limit: number;
        /** @description Cursor - return the page before this one (`paging.before` of a previous response). Opaque string. */
        Before: string;
        /** @description Cursor - return the page after this one (`paging.after` of a previous response). Opaque string (base64 in the example). */
        After: string;
        /** @description The recipient id (UUID). */
        RecipientId: string;
        /** @description The recipient id (UUID), or `DEFAULT` for your own organization. */
        WithdrawalRecipientId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
/** Every operation of specs/sqala.yaml by its operationId. */
export interface operations {
    createAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "refreshToken": "YOUR_REFRESH_TOKEN"
                 *     }
                 */
                "application/json": components["schemas"]["CreateAccessTokenRequest"];
            };
        };
        responses: {
            /** @description The access token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "eyJraWQiOiJwb1NPeDI0VHRmbDZCYjdaZ3RcL296WGpqUzMrTVlkYTNScXdON1dVSXJkbz0iLCJhbGciOiJSUzI1NiJ9.e30.signature",
                     *       "expiresIn": 3600,
                     *       "type": "Bearer"
                     *     }
                     */
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listPixQrCodePayments: {
        parameters: {
            query?: {
                /** @description Page size, 1-50 (default 10). */
                limit?: components["parameters"]["Limit"];
                /** @description Cursor - return the page before this one (`paging.before` of a previous response). Opaque string. */
                before?: components["parameters"]["Before"];
                /** @description Cursor - return the page after this one (`paging.after` of a previous response). Opaque string (base64 in the example). */
                after?: components["parameters"]["After"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Pix QR-code payments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixQrCodePaymentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createPixQrCodePayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": 990
                 *     }
                 */
                "application/json": components["schemas"]["CreatePixQrCodePaymentRequest"];
            };
        };
        responses: {
            /** @description The created Pix QR-code payment (creates answer 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixQrCodePayment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getPixQrCodePayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Pix QR-code payment id (UUID). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Pix QR-code payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixQrCodePayment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listItpPayments: {
        parameters: {
            query?: {
                /** @description Page size, 1-50 (default 10). */
                limit?: components["parameters"]["Limit"];
                /** @description Cursor - return the page before this one (`paging.before` of a previous response). Opaque string. */
                before?: components["parameters"]["Before"];
                /** @description Cursor - return the page after this one (`paging.after` of a previous response). Opaque string (base64 in the example). */
                after?: components["parameters"]["After"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ITP payments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItpPaymentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createItpPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateItpPaymentRequest"];
            };
        };
        responses: {
            /** @description The created ITP payment (creates answer 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItpPayment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getItpPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ITP payment id (UUID). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ITP payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItpPayment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listBoletoPayments: {
        parameters: {
            query?: {
                /** @description Page size, 1-50 (default 10). */
                limit?: components["parameters"]["Limit"];
                /** @description Cursor - return the page before this one (`paging.before` of a previous response). Opaque string. */
                before?: components["parameters"]["Before"];
                /** @description Cursor - return the page after this one (`paging.after` of a previous response). Opaque string (base64 in the example). */
                after?: components["parameters"]["After"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of boletos. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoletoPaymentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createBoletoPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBoletoPaymentRequest"];
            };
        };
        responses: {
            /** @description The created boleto (creates answer 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoletoPayment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getBoletoPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The boleto id (UUID). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The boleto. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoletoPayment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listBankTransferPayments: {
        parameters: {
            query?: {
                /** @description Page size, 1-50 (default 10). */
                limit?: components["parameters"]["Limit"];
                /** @description Cursor - return the page before this one (`paging.before` of a previous response). Opaque string. */
                before?: components["parameters"]["Before"];
                /** @description Cursor - return the page after this one (`paging.after` of a previous response). Opaque string (base64 in the example). */
                after?: components["parameters"]["After"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of bank-transfer payments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankTransferPaymentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getBankTransferPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bank-transfer payment id (UUID). */
                bankTransferId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bank-transfer payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankTransferPayment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createCardVault: {
        parameters: {
            query: {
                /** @description Your public key (from the developer portal). */
                publicKey: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCardVaultRequest"];
            };
        };
        responses: {
            /** @description The card token. The status code is assumed (creates answer 200 elsewhere). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardVault"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createCreditCardPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCreditCardPaymentRequest"];
            };
        };
        responses: {
            /** @description The card payment (creates answer 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditCardPayment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listRecipients: {
        parameters: {
            query?: {
                /** @description Page size, 1-50 (default 10). */
                limit?: components["parameters"]["Limit"];
                /** @description Cursor - return the page before this one (`paging.before` of a previous response). Opaque string. */
                before?: components["parameters"]["Before"];
                /** @description Cursor - return the page after this one (`paging.after` of a previous response). Opaque string (base64 in the example). */
                after?: components["parameters"]["After"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of recipients. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createRecipient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRecipientRequest"];
            };
        };
        responses: {
            /** @description The created recipient (creates answer 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getRecipient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient id (UUID). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recipient. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateRecipient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient id (UUID). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRecipientRequest"];
            };
        };
        responses: {
            /** @description The updated recipient. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listBankAccounts: {
        parameters: {
            query?: {
                /** @description Page size, 1-50 (default 10). */
                limit?: components["parameters"]["Limit"];
                /** @description Cursor - return the page before this one (`paging.before` of a previous response). Opaque string. */
                before?: components["parameters"]["Before"];
                /** @description Cursor - return the page after this one (`paging.after` of a previous response). Opaque string (base64 in the example). */
                after?: components["parameters"]["After"];
            };
            header?: never;
            path: {
                /** @description The recipient id (UUID). */
                recipientId: components["parameters"]["RecipientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of bank accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createBankAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient id (UUID). */
                recipientId: components["parameters"]["RecipientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBankAccountRequest"];
            };
        };
        responses: {
            /** @description The created bank account (creates answer 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getBankAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient id (UUID). */
                recipientId: components["parameters"]["RecipientId"];
                /** @description The bank account id (UUID). */
                bankAccountId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bank account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteBankAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient id (UUID). */
                recipientId: components["parameters"]["RecipientId"];
                /** @description The bank account id (UUID). */
                bankAccountId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted bank account (`status` `DELETED`, `deletedAt` set). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listWithdrawals: {
        parameters: {
            query?: {
                /** @description Page size, 1-50 (default 10). */
                limit?: components["parameters"]["Limit"];
                /** @description Cursor - return the page before this one (`paging.before` of a previous response). Opaque string. */
                before?: components["parameters"]["Before"];
                /** @description Cursor - return the page after this one (`paging.after` of a previous response). Opaque string (base64 in the example). */
                after?: components["parameters"]["After"];
            };
            header?: never;
            path: {
                /** @description The recipient id (UUID), or `DEFAULT` for your own organization. */
                recipientId: components["parameters"]["WithdrawalRecipientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of withdrawals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawalList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createWithdrawal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient id (UUID), or `DEFAULT` for your own organization. */
                recipientId: components["parameters"]["WithdrawalRecipientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWithdrawalRequest"];
            };
        };
        responses: {
            /** @description The created withdrawal (creates answer 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Withdrawal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getWithdrawal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient id (UUID), or `DEFAULT` for your own organization. */
                recipientId: components["parameters"]["WithdrawalRecipientId"];
                /** @description The withdrawal id (UUID). */
                withdrawalId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The withdrawal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Withdrawal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getDictBarcode: {
        parameters: {
            query: {
                /** @description The EMV ("copia e cola") payload of the Pix QR code. */
                qrcode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decoded QR-code data (schema only partly known). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DictBarcode"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getBalance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient id (UUID). */
                recipientId: components["parameters"]["RecipientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balance (schema NOT FOUND). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Balance"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listBalanceTransactions: {
        parameters: {
            query?: {
                /** @description Page size, 1-50 (default 10). */
                limit?: components["parameters"]["Limit"];
                /** @description Cursor - return the page before this one (`paging.before` of a previous response). Opaque string. */
                before?: components["parameters"]["Before"];
                /** @description Cursor - return the page after this one (`paging.after` of a previous response). Opaque string (base64 in the example). */
                after?: components["parameters"]["After"];
            };
            header?: never;
            path: {
                /** @description The recipient id (UUID). */
                recipientId: components["parameters"]["RecipientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of balance transactions (item schema NOT FOUND). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceTransactionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listWebhookLogs: {
        parameters: {
            query?: {
                /** @description Filter by delivery status. */
                status?: components["schemas"]["WebhookStatus"];
                /** @description Filter by event name, e.g. `payment.paid`. */
                event?: string;
                /** @description Filter by webhook endpoint id. */
                endpointId?: string;
                /** @description Page size, 1-50 (default 10). */
                limit?: components["parameters"]["Limit"];
                /** @description Cursor - return the page before this one (`paging.before` of a previous response). Opaque string. */
                before?: components["parameters"]["Before"];
                /** @description Cursor - return the page after this one (`paging.after` of a previous response). Opaque string (base64 in the example). */
                after?: components["parameters"]["After"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhook log entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookLogList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getWebhookLog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook id (UUID). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook log entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookLog"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    resendWebhookLog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook id (UUID). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook log entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookLog"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    paymentPaidWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentPaidEvent"];
            };
        };
        responses: {
            /** @description Acknowledge receipt with a 2xx (the docs sample replies 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    paymentFailedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge receipt with a 2xx (the docs sample replies 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    withdrawalCreatedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalCreatedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge receipt with a 2xx (the docs sample replies 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    withdrawalFailedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge receipt with a 2xx (the docs sample replies 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    transactionCreatedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionCreatedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge receipt with a 2xx (the docs sample replies 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    subscriptionActivatedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionActivatedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge receipt with a 2xx (the docs sample replies 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    subscriptionCanceledWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionCanceledEvent"];
            };
        };
        responses: {
            /** @description Acknowledge receipt with a 2xx (the docs sample replies 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    subscriptionCompletedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionCompletedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge receipt with a 2xx (the docs sample replies 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    subscriptionRenewedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionRenewedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge receipt with a 2xx (the docs sample replies 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    subscriptionChargePendingWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionChargePendingEvent"];
            };
        };
        responses: {
            /** @description Acknowledge receipt with a 2xx (the docs sample replies 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    subscriptionChargeFailedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionChargeFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge receipt with a 2xx (the docs sample replies 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    subscriptionChargeScheduledWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionChargeScheduledEvent"];
            };
        };
        responses: {
            /** @description Acknowledge receipt with a 2xx (the docs sample replies 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    subscriptionChargePaidWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionChargePaidEvent"];
            };
        };
        responses: {
            /** @description Acknowledge receipt with a 2xx (the docs sample replies 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
