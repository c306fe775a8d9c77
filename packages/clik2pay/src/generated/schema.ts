// This file is generated: do not edit it by hand.
// Source: specs/clik2pay.yaml. Regenerate with `pnpm generate` (scripts/generate.ts, openapi-typescript).

/** Every path of specs/clik2pay.yaml with its operations: the type parameter of the client. */
export interface paths {
    "/oauth2/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an OAuth2 bearer access token
         * @description Client-credentials grant [S]. Authenticate with HTTP Basic
         *     `base64(username:password)` (credentials issued by Clik2pay per
         *     environment), body `application/x-www-form-urlencoded` with
         *     `grant_type=client_credentials&scope=payment_request/all`. The token is a
         *     JWT valid for one hour (`expires_in: 3600`). Server-to-server only.
         *
         *     **Unverified:** the Auth origins (`https://api-auth[.sandbox].clik2pay.com`)
         *     come only from third-party integration code [C] (the docs' resource-URL
         *     table was empty in the archived copy). The success status (200) is
         *     inferred from the sample response [I]. The Auth API's error statuses and
         *     bodies are not documented separately; the API-wide statuses 400, 401
         *     and 500 are assumed here, with an RFC 6749 error body for 400 and 401
         *     (see `OAuth2Error`) [I]. One third-party integration sends
         *     `client_id`/`client_secret` in the form body instead of Basic [C]; the
         *     docs say Basic, which is what is modelled.
         */
        post: operations["getOAuth2Token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a payment request (Interac Request Money)
         * @description Creates a payment request and returns it with its unique id (the docs
         *     call it the `paymentRequestId`; integration code reads it from `id`
         *     [C]). Documented responses: 201, 400, 401, 403, 429, 500 [S]
         *     (https://docs.clik2pay.com/reference/post-v1-merchants-merchantid-payment-requests).
         *
         *     **Idempotency / de-duplication:** no idempotency header exists. Send a
         *     `merchantTransactionId` (6-32 chars), which must be unique across the
         *     merchant's transactions [S]; reuse the same value when retrying a
         *     create so Clik2pay can reject duplicates [I].
         *
         *     `type=FLEX` requests send `amount: null` and an amount range in
         *     `flexDetails`.
         */
        post: operations["createPaymentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-requests/{paymentRequestId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment request id (UUID, the `id` of the payment request). */
                paymentRequestId: components["parameters"]["PaymentRequestId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a payment request and its status
         * @description Returns the payment request including its `status`. Recommended before fulfilling an order after a webhook (wait for `PAID`) [I].
         *
         *     **Unverified:** The operation is used by third-party code [C] (Odoo "get_payment_request_status" by payment request id) but the exact path `GET /payment-requests/{paymentRequestId}` is inferred [I]; the 200 status and the response schema are not documented. Error statuses are the API-wide list from https://docs.clik2pay.com/reference/errors.
         */
        get: operations["getPaymentRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-requests/{paymentRequestId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment request id (UUID, the `id` of the payment request). */
                paymentRequestId: components["parameters"]["PaymentRequestId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a payment request
         * @description Cancels a payment request that has not been paid. The feature is documented [S] (https://docs.clik2pay.com/docs/overview, "Cancel a Payment Request"); which statuses may be cancelled is not documented (presumably pending ones: CREATED, SCHEDULED, ACTIVE) [I]. No request body has been seen.
         *
         *     **Unverified:** Path seen only in third-party code [C] (PHP portal `cancelLink`), POST method from the Odoo module [C]. The success status code is unknown (modelled as any 2XX) and the response body is unknown; Odoo reads `event.status == "CANCELLED"` from it [C].
         */
        post: operations["cancelPaymentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-requests/{paymentRequestId}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment request id (UUID, the `id` of the payment request). */
                paymentRequestId: components["parameters"]["PaymentRequestId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a paid payment request (full or partial)
         * @description Refunds a payment request fully or partially. Only payment requests in status `PAID` or `SETTLED` can be refunded [S] (https://docs.clik2pay.com/docs/refunds-1). The refund is sent to the `recipient` by Interac e-Transfer. No idempotency header exists.
         *
         *     **Unverified:** Path, method and body seen only in third-party code [C] (Odoo `_send_refund_request`); the success status code (modelled as any 2XX) and the response schema (Odoo reads `id` and `status`) are not documented.
         */
        post: operations["createPaymentRequestRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-requests/{paymentRequestId}/refunds/{refundId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment request id (UUID, the `id` of the payment request). */
                paymentRequestId: components["parameters"]["PaymentRequestId"];
                /** @description Refund id (the `id` returned when the refund was created). */
                refundId: components["parameters"]["RefundId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a refund and its status
         * @description Third-party code [C] (Odoo) fetches the refund status with both ids, but the exact path is inferred [I]; the 200 status and the response schema are not documented.
         */
        get: operations["getPaymentRequestRefund"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a payment (Interac Send Money)
         * @description Sends money to a recipient by Interac e-Transfer (refund, payout,
         *     reimbursement) and returns the payment with its id (the docs call it the
         *     `paymentId`). Documented responses: 201, 400, 401, 403, 429, 500 [S]
         *     (https://docs.clik2pay.com/reference/post-v1-payments-1).
         *
         *     **Idempotency / de-duplication:** no idempotency header exists.
         *     `merchantTransactionId` (6-32 chars) must be unique across the
         *     merchant's transactions [S]; reuse the same value when retrying [I].
         */
        post: operations["createPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** Every webhook delivery specs/clik2pay.yaml declares, by event. */
export interface webhooks {
    "PAYMENT-COMPLETED": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A payment request was paid, or a refund was accepted
         * @description Sent when the payer successfully completed the transaction (payment request
         *     `PAID`) or when a refund has been `ACCEPTED` [S].
         *
         *     Source: https://docs.clik2pay.com/docs/webhook-listener and
         *     https://docs.clik2pay.com/docs/integration-steps.
         *
         *     **Verification:** no HMAC/signature scheme exists. Clik2pay sends an HTTP
         *     Basic `Authorization` header; the endpoint must "accept a basic authorization
         *     header" [S] and the credentials are agreed with Clik2pay during integration
         *     [I]. Compare it in constant time. Allow-list the source IPs (also in
         *     `x-source-ips`): sandbox `99.79.143.93`, `3.96.21.104`, `52.60.117.97`;
         *     production `3.99.39.224`, `3.96.30.80`, `52.60.229.252` (one revision of the
         *     docs page shows `52.6.229.252` instead of `52.60.229.252` [?]). Before
         *     fulfilling, re-fetch the payment request and check for `PAID` [I].
         *
         *     **Body:** the docs example wraps the event in a JSON array (`[ {...} ]`)
         *     while integration code parses a single object [?]; accept both. The endpoint
         *     is registered with Clik2pay during integration testing (no API), must be
         *     HTTPS on port 443; separate test and production URLs are recommended.
         *     Clik2pay has built-in retries; the retry schedule is NOT FOUND. Answer 200
         *     to acknowledge.
         */
        post: operations["paymentCompletedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "PAYMENT-FAILED": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A payment failed
         * @description Sent when a payment fails [S].
         *
         *     Source: https://docs.clik2pay.com/docs/webhook-listener and
         *     https://docs.clik2pay.com/docs/integration-steps.
         *
         *     **Verification:** no HMAC/signature scheme exists. Clik2pay sends an HTTP
         *     Basic `Authorization` header; the endpoint must "accept a basic authorization
         *     header" [S] and the credentials are agreed with Clik2pay during integration
         *     [I]. Compare it in constant time. Allow-list the source IPs (also in
         *     `x-source-ips`): sandbox `99.79.143.93`, `3.96.21.104`, `52.60.117.97`;
         *     production `3.99.39.224`, `3.96.30.80`, `52.60.229.252` (one revision of the
         *     docs page shows `52.6.229.252` instead of `52.60.229.252` [?]). Before
         *     fulfilling, re-fetch the payment request and check for `PAID` [I].
         *
         *     **Body:** the docs example wraps the event in a JSON array (`[ {...} ]`)
         *     while integration code parses a single object [?]; accept both. The endpoint
         *     is registered with Clik2pay during integration testing (no API), must be
         *     HTTPS on port 443; separate test and production URLs are recommended.
         *     Clik2pay has built-in retries; the retry schedule is NOT FOUND. Answer 200
         *     to acknowledge.
         */
        post: operations["paymentFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "PAYMENT-LINK-FOLLOWED": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The payer scanned the QR code or opened the short link
         * @description Sent when the payer scans the QR code or opens the short URL of a payment
         *     request (e.g. `EBILL` requests) [S].
         *
         *     Source: https://docs.clik2pay.com/docs/webhook-listener and
         *     https://docs.clik2pay.com/docs/integration-steps.
         *
         *     **Verification:** no HMAC/signature scheme exists. Clik2pay sends an HTTP
         *     Basic `Authorization` header; the endpoint must "accept a basic authorization
         *     header" [S] and the credentials are agreed with Clik2pay during integration
         *     [I]. Compare it in constant time. Allow-list the source IPs (also in
         *     `x-source-ips`): sandbox `99.79.143.93`, `3.96.21.104`, `52.60.117.97`;
         *     production `3.99.39.224`, `3.96.30.80`, `52.60.229.252` (one revision of the
         *     docs page shows `52.6.229.252` instead of `52.60.229.252` [?]). Before
         *     fulfilling, re-fetch the payment request and check for `PAID` [I].
         *
         *     **Body:** the docs example wraps the event in a JSON array (`[ {...} ]`)
         *     while integration code parses a single object [?]; accept both. The endpoint
         *     is registered with Clik2pay during integration testing (no API), must be
         *     HTTPS on port 443; separate test and production URLs are recommended.
         *     Clik2pay has built-in retries; the retry schedule is NOT FOUND. Answer 200
         *     to acknowledge.
         */
        post: operations["paymentLinkFollowedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "PAYMENT-PROCESSING": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A payment is processing
         * @description Sent when a payment is being processed; listed only in the newest revision
         *     of the webhook page [S].
         *
         *     Source: https://docs.clik2pay.com/docs/webhook-listener and
         *     https://docs.clik2pay.com/docs/integration-steps.
         *
         *     **Verification:** no HMAC/signature scheme exists. Clik2pay sends an HTTP
         *     Basic `Authorization` header; the endpoint must "accept a basic authorization
         *     header" [S] and the credentials are agreed with Clik2pay during integration
         *     [I]. Compare it in constant time. Allow-list the source IPs (also in
         *     `x-source-ips`): sandbox `99.79.143.93`, `3.96.21.104`, `52.60.117.97`;
         *     production `3.99.39.224`, `3.96.30.80`, `52.60.229.252` (one revision of the
         *     docs page shows `52.6.229.252` instead of `52.60.229.252` [?]). Before
         *     fulfilling, re-fetch the payment request and check for `PAID` [I].
         *
         *     **Body:** the docs example wraps the event in a JSON array (`[ {...} ]`)
         *     while integration code parses a single object [?]; accept both. The endpoint
         *     is registered with Clik2pay during integration testing (no API), must be
         *     HTTPS on port 443; separate test and production URLs are recommended.
         *     Clik2pay has built-in retries; the retry schedule is NOT FOUND. Answer 200
         *     to acknowledge.
         */
        post: operations["paymentProcessingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** The reusable schemas, parameters and responses of specs/clik2pay.yaml (`components.schemas.X`). */
export interface components {
    schemas: {
        /**
         * @description Error body. The shape is NOT FOUND in the docs (https://docs.clik2pay.com/reference/errors documents only the status codes). Modelled as an open object; the properties below are hints, not guarantees.
         *
         *     **Unverified:** Error body shape not documented. Third-party code (Odoo) reads a `detail` key [C, weak]; `message` is an inference [I]. Decoders must also tolerate non-JSON or other shapes.
         */
        Clik2payError: {
            /** @description Error detail; read by third-party code [C]. Type unknown (usually a string). */
            detail?: unknown;
            /** @description Error message [I]. */
            message?: string;
        };
        /**
         * @description Error body of the token endpoint.
         *
         *     **Unverified:** not documented. The Auth API's `/oauth2/token` path and
         *     `resource/scope` scope format follow the OAuth2 conventions, so the RFC
         *     6749 section 5.2 body (`error`, `error_description`) is assumed [I];
         *     decoders also accept the API's error shapes.
         */
        OAuth2Error: {
            /**
             * @description OAuth2 error code, e.g. `invalid_client`, `invalid_scope`, `unsupported_grant_type`.
             * @example invalid_client
             */
            error?: string;
            error_description?: string;
        };
        OAuth2TokenRequest: {
            /** @constant */
            grant_type: "client_credentials";
            /**
             * @description Requested scope. Only `payment_request/all` is documented (it is documented for the Payment Requests API; whether the Payments API needs another scope is NOT FOUND).
             * @example payment_request/all
             */
            scope: string;
        };
        OAuth2TokenResponse: {
            /** @description JWT bearer access token. */
            access_token: string;
            /**
             * @description Lifetime in seconds (documented as 3600).
             * @example 3600
             */
            expires_in: number;
            /** @example Bearer */
            token_type: string;
        };
        /**
         * Format: double
         * @description Amount in Canadian dollars as a decimal JSON number (e.g. 25.5), not minor units.
         */
        Amount: number;
        /**
         * @description Payment request type (open string in responses). Documented values [S]: `ECOMM` (web checkout), `MOBIL` (deprecated), `EBILL` (links sent by email, SMS or QR code), `SMART` (read-only; reusable links), `FLEX` (amount range, see `flexDetails`).
         * @example ECOMM
         * @example MOBIL
         * @example EBILL
         * @example SMART
         * @example FLEX
         */
        PaymentRequestType: string;
        /**
         * @description How the payer is notified of the payment request [S].
         * @enum {string}
         */
        DeliveryMode: "SMS" | "EMAIL" | "NONE";
        /**
         * @description Payment request status (open string). Values seen in integration code [C]: `CREATED`, `SCHEDULED`, `ACTIVE`, `PAID`, `SETTLED`, `FAILED`, `CANCELLED`. The docs' Transactions page groups portal labels as Pending (Created, Activated, Email Sent, Scheduled, SMS Sent), Paid (Paid, Refunded, Settled) and Closed (Cancelled, Failed) [S]; the API strings for Email Sent, SMS Sent and Refunded, and whether `EXPIRED` exists, are unknown [?].
         * @example CREATED
         * @example SCHEDULED
         * @example ACTIVE
         * @example PAID
         * @example SETTLED
         * @example FAILED
         * @example CANCELLED
         */
        PaymentRequestStatus: string;
        /**
         * @description Refund status (open string). Values seen in integration code [C]: `CREATED`, `READY`, `ACTIVE`, `PAID`, `SETTLED`, `CANCELLED`; the webhook docs say a refund is `ACCEPTED` [S].
         * @example CREATED
         * @example READY
         * @example ACTIVE
         * @example PAID
         * @example SETTLED
         * @example CANCELLED
         * @example ACCEPTED
         */
        RefundStatus: string;
        /** @description Merchant's own reference; must be unique across the merchant's transactions [S]. It is the de-duplication key (no idempotency header exists). */
        MerchantTransactionId: string;
        /** @description The merchant that owns the request. Responses show `{id, name}` [C]. */
        Merchant: {
            id?: string;
            name?: string;
        };
        /**
         * @description The payer of a payment request (required on create [S]). Field names are from integration code [C]; the API's required payer fields are not documented (the portal guide requires a name plus at least one of mobile number or email [S, portal]).
         *
         *     **Unverified:** Payer field names and their required-ness are seen only in third-party code [C].
         */
        Payer: {
            name?: string;
            /** Format: email */
            email?: string;
            /**
             * @description 10-digit Canadian mobile number without `+1` (integration code strips the prefix) [C]; the pattern is that format, not a documented rule of the API.
             * @example 4165550123
             */
            mobileNumber?: string;
            /**
             * @description Notification language [C]; known values `en`, `fr` (open string).
             * @example en
             * @example fr
             */
            preferredLanguage?: string;
            /** @description Merchant-side account id of the payer [C]. */
            merchantAccountId?: string;
        };
        /**
         * @description "Amount Range" of a `FLEX` payment request [S]; required when `type=FLEX`. Field names from integration code [C]. Amounts in CAD.
         *
         *     **Unverified:** The field names `requested`, `minimum`, `maximum` are seen only in third-party code [C].
         */
        FlexDetails: {
            requested?: components["schemas"]["Amount"];
            minimum?: components["schemas"]["Amount"];
            maximum?: components["schemas"]["Amount"];
        };
        /** @description Fields common to every create-payment-request body. */
        PaymentRequestCreateCommon: {
            merchantTransactionId?: components["schemas"]["MerchantTransactionId"];
            /** @description Listed in the documented body schema (string, no values given); presumably read-only and ignored on create [I]. */
            readonly status?: string;
            /**
             * Format: date
             * @description When the request is delivered to the payer (scheduled payment requests) [S].
             */
            deliveryDate?: string;
            deliveryMode?: components["schemas"]["DeliveryMode"];
            merchant?: components["schemas"]["Merchant"];
            payer: components["schemas"]["Payer"];
            /**
             * Format: date
             * @description Due date (ISO 8601), informational only [S].
             */
            dueDate?: string;
            /** @description Message shown to the payer [C]. Limits 3-250 are documented for the Payments API [S] and assumed here [I]. */
            displayMessage?: string;
            /** @description Invoice number [C]; max 50 as documented for the Payments API [S], assumed here [I]. */
            invoiceNumber?: string;
            /** @description Business unit [C]; max 50 as documented for the Payments API [S], assumed here [I]. */
            businessUnit?: string;
        };
        /** Fixed-amount payment request */
        CreateFixedAmountPaymentRequest: components["schemas"]["PaymentRequestCreateCommon"] & {
            /** @description Amount in CAD (decimal number), 0.01-10000 [S]. */
            amount: components["schemas"]["Amount"];
            /**
             * @description `ECOMM` web checkout, `EBILL` links sent by email/SMS/QR code, `MOBIL` deprecated. (`SMART` is read-only and cannot be created; `FLEX` uses the flex variant.)
             * @enum {string}
             */
            type: "ECOMM" | "MOBIL" | "EBILL";
        };
        /** FLEX (amount range) payment request */
        CreateFlexPaymentRequest: components["schemas"]["PaymentRequestCreateCommon"] & {
            /** @description Must be `null` for `FLEX` [S]; the range is in `flexDetails`. Declared as number-or-null rather than `null` alone because openapi-fetch's request-body typing drops properties whose only type is `null`, which would make FLEX bodies impossible to type. */
            amount: number | null;
            /** @constant */
            type: "FLEX";
            flexDetails: components["schemas"]["FlexDetails"];
        };
        /** @description Body of `POST /payment-requests` [S]. The archived docs page was cut off after `dueDate`, so further optional fields may exist; only the fields seen are typed (closed), and an expiry field is NOT FOUND. */
        CreatePaymentRequestRequest: components["schemas"]["CreateFixedAmountPaymentRequest"] | components["schemas"]["CreateFlexPaymentRequest"];
        /**
         * @description A payment request as returned by the API.
         *
         *     **Unverified:** The response schema is NOT FOUND in the docs; the fields below come from third-party integration code [C] and the create body. The JSON name of the QR-code link field is unknown.
         *     `id` is required: the create "Returns a unique {paymentRequestId}"
         *     (https://docs.clik2pay.com/reference/post-v1-merchants-merchantid-payment-requests) and
         *     every later call is addressed by it. No other field is documented as always present.
         */
        PaymentRequest: {
            /**
             * Format: uuid
             * @description Payment request id (the docs' `paymentRequestId`), always returned.
             */
            id: string;
            merchantTransactionId?: string;
            invoiceNumber?: string;
            /**
             * Format: double
             * @description Amount in CAD (decimal number); `null` for `FLEX`.
             */
            amount?: number | null;
            type?: components["schemas"]["PaymentRequestType"];
            status?: components["schemas"]["PaymentRequestStatus"];
            /**
             * @description `SMS`, `EMAIL` or `NONE` (open string in responses).
             * @example SMS
             * @example EMAIL
             * @example NONE
             */
            deliveryMode?: string;
            /** Format: date */
            deliveryDate?: string;
            /** Format: date */
            dueDate?: string;
            merchant?: components["schemas"]["Merchant"];
            payer?: components["schemas"]["Payer"];
            flexDetails?: components["schemas"]["FlexDetails"];
            displayMessage?: string;
            businessUnit?: string;
            /**
             * Format: uri
             * @description Payment link for the payer [S feature, C name].
             */
            paymentLink?: string;
            /** @description Clik2pay short payment code [S feature, C name]. */
            shortCode?: string;
            /**
             * Format: uri
             * @description Short link, possibly absent [C]; one integration builds `https://pay.clik2pay.com/r/{shortCode}` when it is missing [I].
             */
            shortLink?: string;
            /** @description Creator of the request [C]; type unknown. */
            createdBy?: unknown;
            /** @description Payment method [C]; type unknown. */
            paymentMethod?: unknown;
        };
        /**
         * @description Response of a cancellation.
         *
         *     **Unverified:** Response body NOT FOUND; Odoo reads `event.status` and expects `CANCELLED` [C].
         */
        PaymentRequestCancellation: {
            event?: {
                /** @example CANCELLED */
                status?: string;
            };
        };
        /** @description Recipient of the refund e-Transfer [C]. */
        RefundRecipient: {
            /** Format: email */
            email?: string;
            /** @description 10-digit mobile number without `+1` [C]; the pattern is that format, not a documented rule of the API. */
            mobileNumber?: string;
        };
        /**
         * @description Body of a refund [C] (Odoo `_send_refund_request`).
         *
         *     **Unverified:** Body fields seen only in third-party code [C]; limits (e.g. maximum = remaining paid amount) are not documented.
         */
        CreateRefundRequest: {
            /** @description Refund amount in CAD (decimal number); full or partial [S]. */
            amount: components["schemas"]["Amount"];
            recipient: components["schemas"]["RefundRecipient"];
        };
        /**
         * @description A refund of a payment request.
         *
         *     **Unverified:** Response schema NOT FOUND; Odoo reads `id` and `status` [C]. `id` is
         *     required because the refund status call (`GET …/refunds/{refundId}`) is addressed by it.
         */
        Refund: {
            /** @description Refund id. */
            id: string;
            status?: components["schemas"]["RefundStatus"];
        };
        /** @description Recipient of a Send Money payment [S]; both `email` and `mobileNumber` are required. Other recipient fields (e.g. `name`) are not documented. */
        PaymentRecipient: {
            /** Format: email */
            email: string;
            /** @description 10-digit mobile number without `+1` [C]; the pattern is that format, not a documented rule of the API. */
            mobileNumber: string;
        };
        /** @description Body of `POST /payments` (Interac Send Money) [S]. */
        CreatePaymentRequest: {
            merchantTransactionId?: components["schemas"]["MerchantTransactionId"];
            /** @description Amount in CAD (decimal number), at least 0.01 [S]; maximum not documented. */
            amount: components["schemas"]["Amount"];
            /** @description Listed in the documented body schema; presumably read-only [I]. */
            readonly status?: string;
            merchant?: components["schemas"]["Merchant"];
            recipient: components["schemas"]["PaymentRecipient"];
            /** @description Shown on Interac's gateway page [S]. */
            displayMessage?: string;
            invoiceNumber?: string;
            businessUnit?: string;
            /** @description Days until the e-Transfer expires [S]. */
            expiryDays?: number;
        };
        /**
         * @description A Send Money payment as returned by the API.
         *
         *     **Unverified:** Response schema NOT FOUND beyond the payment id (the docs call it `paymentId`; the JSON key is assumed to be `id` like payment requests [I]). Other fields probably echo the create body [I].
         *     The id is always returned: the create "Returns a unique {paymentId}"
         *     (https://docs.clik2pay.com/reference/post-v1-payments-1).
         */
        Payment: {
            /** @description Payment id (the docs' `paymentId`) [I key name]. */
            id: string;
            merchantTransactionId?: string;
            amount?: components["schemas"]["Amount"];
            /** @description Payment status (open string; values not documented). */
            status?: string;
        };
        /** @description Fields common to every webhook event [S] (https://docs.clik2pay.com/docs/webhook-listener). */
        WebhookEventBase: {
            eventType: string;
            /** @description Human-readable message, e.g. "The payer successfully completed the transaction." */
            message?: string;
            /**
             * @description Kind of `resource`. The docs table says enum [Payment Requests API, Payments API] but the example value is `payment-request` [?]; open string.
             * @example payment-request
             */
            resourceType?: string;
            /** @description The full payment-request or payment object (for a refund event, possibly the refund) [S]; lenient. */
            resource?: components["schemas"]["PaymentRequest"] | components["schemas"]["Payment"] | components["schemas"]["Refund"];
        };
        /** @description `PAYMENT-COMPLETED`: payment request PAID, or a refund ACCEPTED [S]. */
        PaymentCompletedEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            eventType: "PAYMENT-COMPLETED";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            eventType: "PAYMENT-COMPLETED";
        };
        /** @description `PAYMENT-FAILED`: the payment failed [S]. */
        PaymentFailedEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            eventType: "PAYMENT-FAILED";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            eventType: "PAYMENT-FAILED";
        };
        /** @description `PAYMENT-LINK-FOLLOWED`: the QR code was scanned or the short URL opened [S]. */
        PaymentLinkFollowedEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            eventType: "PAYMENT-LINK-FOLLOWED";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            eventType: "PAYMENT-LINK-FOLLOWED";
        };
        /** @description `PAYMENT-PROCESSING`: the payment is processing (newest docs revision) [S]. */
        PaymentProcessingEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            eventType: "PAYMENT-PROCESSING";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            eventType: "PAYMENT-PROCESSING";
        };
        /** @description Any Clik2pay webhook event, discriminated by `eventType`. A delivery body is either one event or a JSON array wrapping it (see Clik2payWebhookBody). */
        Clik2payWebhookEvent: components["schemas"]["PaymentCompletedEvent"] | components["schemas"]["PaymentFailedEvent"] | components["schemas"]["PaymentLinkFollowedEvent"] | components["schemas"]["PaymentProcessingEvent"];
        /** @description Raw webhook delivery body: a single event object, or a JSON array wrapping it (docs example) [?]. Accept both. */
        Clik2payWebhookBody: components["schemas"]["Clik2payWebhookEvent"] | components["schemas"]["Clik2payWebhookEvent"][];
    };
    responses: {
        /** @description The token request was rejected (400): unsupported grant type, invalid or missing scope, malformed form body. Body assumed to be the OAuth2 error of RFC 6749 section 5.2 [I]. */
        TokenBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuth2Error"];
            };
        };
        /** @description The Basic credentials were rejected (401), e.g. wrong username or password, or credentials of the other environment. Body assumed to be the OAuth2 error of RFC 6749 section 5.2 [I]. */
        TokenUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuth2Error"];
            };
        };
        /** @description Malformed query or JSON body (400). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Clik2payError"];
            };
        };
        /** @description Unknown, expired or missing token / credentials (401). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Clik2payError"];
            };
        };
        /** @description No permission for this resource or action (403). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Clik2payError"];
            };
        };
        /** @description Resource not found (404). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Clik2payError"];
            };
        };
        /** @description Rate limit exceeded (10 requests/second or 5 concurrent requests), or the maximum payment limit exceeded (429). No Retry-After header is documented. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Clik2payError"];
            };
        };
        /** @description Internal error on Clik2pay's side (500). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Clik2payError"];
            };
        };
    };
    parameters: {
        /** @description Payment request id (UUID, the `id` of the payment request). */
        PaymentRequestId: string;
        /** @description Refund id (the `id` returned when the refund was created). */
        RefundId: string;
        /** @description `Basic base64(username:password)` with the credentials agreed between the merchant and Clik2pay for webhook delivery. This is the only authentication of webhook calls (no signature exists). */
        WebhookAuthorization: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
/** Every operation of specs/clik2pay.yaml by its operationId. */
export interface operations {
    getOAuth2Token: {
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
                 *       "grant_type": "client_credentials",
                 *       "scope": "payment_request/all"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["OAuth2TokenRequest"];
            };
        };
        responses: {
            /** @description Access token issued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "eyJraWRjOiJra3Q4a29jb3BEUHdraWdPMlwvYVlcL2hzRTliOXhLM",
                     *       "expires_in": 3600,
                     *       "token_type": "Bearer"
                     *     }
                     */
                    "application/json": components["schemas"]["OAuth2TokenResponse"];
                };
            };
            400: components["responses"]["TokenBadRequest"];
            401: components["responses"]["TokenUnauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createPaymentRequest: {
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
                 *       "merchantTransactionId": "ORDER-100042",
                 *       "amount": 25.5,
                 *       "type": "ECOMM",
                 *       "deliveryMode": "EMAIL",
                 *       "payer": {
                 *         "name": "Jane Doe",
                 *         "email": "jane@example.com",
                 *         "mobileNumber": "4165550123",
                 *         "preferredLanguage": "en"
                 *       },
                 *       "displayMessage": "Order 100042"
                 *     }
                 */
                "application/json": components["schemas"]["CreatePaymentRequestRequest"];
            };
        };
        responses: {
            /** @description Payment request created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getPaymentRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment request id (UUID, the `id` of the payment request). */
                paymentRequestId: components["parameters"]["PaymentRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    cancelPaymentRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment request id (UUID, the `id` of the payment request). */
                paymentRequestId: components["parameters"]["PaymentRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            /** @description Payment request cancelled (exact status code unknown). */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRequestCancellation"];
                };
            };
        };
    };
    createPaymentRequestRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment request id (UUID, the `id` of the payment request). */
                paymentRequestId: components["parameters"]["PaymentRequestId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": 10,
                 *       "recipient": {
                 *         "email": "jane@example.com",
                 *         "mobileNumber": "4165550123"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateRefundRequest"];
            };
        };
        responses: {
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            /** @description Refund created (exact status code unknown). */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refund"];
                };
            };
        };
    };
    getPaymentRequestRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment request id (UUID, the `id` of the payment request). */
                paymentRequestId: components["parameters"]["PaymentRequestId"];
                /** @description Refund id (the `id` returned when the refund was created). */
                refundId: components["parameters"]["RefundId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refund. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refund"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createPayment: {
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
                 *       "merchantTransactionId": "PAYOUT-000123",
                 *       "amount": 42.1,
                 *       "recipient": {
                 *         "email": "jane@example.com",
                 *         "mobileNumber": "4165550123"
                 *       },
                 *       "displayMessage": "Reimbursement for order 100042",
                 *       "expiryDays": 30
                 *     }
                 */
                "application/json": components["schemas"]["CreatePaymentRequest"];
            };
        };
        responses: {
            /** @description Payment created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    paymentCompletedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description `Basic base64(username:password)` with the credentials agreed between the merchant and Clik2pay for webhook delivery. This is the only authentication of webhook calls (no signature exists). */
                Authorization: components["parameters"]["WebhookAuthorization"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentCompletedEvent"] | components["schemas"]["PaymentCompletedEvent"][];
            };
        };
        responses: {
            /** @description Event received. */
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
            header: {
                /** @description `Basic base64(username:password)` with the credentials agreed between the merchant and Clik2pay for webhook delivery. This is the only authentication of webhook calls (no signature exists). */
                Authorization: components["parameters"]["WebhookAuthorization"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentFailedEvent"] | components["schemas"]["PaymentFailedEvent"][];
            };
        };
        responses: {
            /** @description Event received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    paymentLinkFollowedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description `Basic base64(username:password)` with the credentials agreed between the merchant and Clik2pay for webhook delivery. This is the only authentication of webhook calls (no signature exists). */
                Authorization: components["parameters"]["WebhookAuthorization"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentLinkFollowedEvent"] | components["schemas"]["PaymentLinkFollowedEvent"][];
            };
        };
        responses: {
            /** @description Event received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    paymentProcessingWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description `Basic base64(username:password)` with the credentials agreed between the merchant and Clik2pay for webhook delivery. This is the only authentication of webhook calls (no signature exists). */
                Authorization: components["parameters"]["WebhookAuthorization"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentProcessingEvent"] | components["schemas"]["PaymentProcessingEvent"][];
            };
        };
        responses: {
            /** @description Event received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
