// This file is generated: do not edit it by hand.
// Source: specs/vaiipay.yaml. Regenerate with `pnpm generate` (scripts/generate.ts, openapi-typescript).

/** Every path of specs/vaiipay.yaml with its operations: the type parameter of the client. */
export interface paths {
    "/api/payment/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a payment checkout
         * @description Creates a payment and returns a hosted checkout URL of the form `https://<host>/checkout/{paymentId}?expires=<unix>&signature=<hmac-sha256>`. Identify the payment application by `clientId` (32-character Client ID) or by `siteId` (uuid), one of the two. Requires Client Token scope `payments.create` (or `*`), or an OAuth2 access token.
         */
        post: operations["createCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payment/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment id (uuid). */
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        /**
         * Get a payment
         * @description Returns the payment object. Requires Client Token scope `payments.get` (or `*`), or an OAuth2 access token.
         */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payment/{paymentId}/provider/{provider}/method/{method}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment id (uuid). */
                paymentId: components["parameters"]["PaymentId"];
                /** @description Payment provider identifier as chosen by the payer (e.g. from the checkout payment-methods list). The set of valid values and their format are NOT FOUND. */
                provider: components["parameters"]["Provider"];
                /** @description Payment method identifier within the provider (e.g. a cryptocurrency/network). The set of valid values and their format are NOT FOUND. */
                method: components["parameters"]["Method"];
            };
            cookie?: never;
        };
        /**
         * Get user payment instructions for a provider and method
         * @description Returns the instructions the payer needs for the chosen provider/method (e.g. blockchain address and exact crypto amount). Requires Client Token scope `payments.user-instructions.get` (or `*`), or an OAuth2 access token. The response shape is NOT FOUND (see `UserInstructionsResponse`).
         */
        get: operations["getUserInstructions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checkout/payment/{paymentId}/provider/{provider}/method/{method}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment id (uuid). */
                paymentId: components["parameters"]["PaymentId"];
                /** @description Payment provider identifier as chosen by the payer (e.g. from the checkout payment-methods list). The set of valid values and their format are NOT FOUND. */
                provider: components["parameters"]["Provider"];
                /** @description Payment method identifier within the provider (e.g. a cryptocurrency/network). The set of valid values and their format are NOT FOUND. */
                method: components["parameters"]["Method"];
            };
            cookie?: never;
        };
        /**
         * Get payment instructions for the checkout page (public)
         * @description Public variant of `getUserInstructions` for the hosted or a custom checkout page. No authentication; the server checks the checkout URL's signature and expiry. How the signature and expiry are passed (assumed: the `expires` and `signature` query parameters carried over from `checkoutUrl`) is inferred, and the response shape is NOT FOUND.
         */
        get: operations["getCheckoutUserInstructions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checkout/{paymentId}/payment-methods": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment id (uuid). */
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        /**
         * List the payment methods available for a checkout (public)
         * @description Public endpoint for the checkout page: the cryptocurrencies and methods available for the payment, derived from the application's `currencyWhitelist`. No authentication. The response shape is NOT FOUND (see `CheckoutPaymentMethodsResponse`).
         */
        get: operations["listCheckoutPaymentMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payment-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payment applications
         * @description Lists the payment applications of the authenticated merchant. Dashboard operation: OAuth2 access token only (no Client Token scope is documented for it). Pagination: NOT FOUND (none documented).
         */
        get: operations["listPaymentApplications"];
        put?: never;
        /**
         * Create a payment application
         * @description Creates a payment application (and its site). `secret` becomes the webhook HMAC secret (`WEBHOOK_SECRET`); `callbackUrl` receives all webhook events of the application. Dashboard operation: OAuth2 access token only.
         */
        post: operations["createPaymentApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payment-applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment application id. Its type/format (uuid, integer, ...) is NOT FOUND. */
                id: components["parameters"]["PaymentApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get a payment application
         * @description Dashboard operation; OAuth2 access token only.
         */
        get: operations["getPaymentApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** Every webhook delivery specs/vaiipay.yaml declares, by event. */
export interface webhooks {
    "payment.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payment.completed event
         * @description Terminal success event (payment status `RECEIVED`). The docs say to fulfil orders on this event type rather than on the payment status string. Verify `X-PaymentService-Signature` before trusting the body.
         */
        post: operations["onPaymentCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payment.received event
         * @description Funds confirmed on-chain (payment status `RECEIVED`). Verify `X-PaymentService-Signature` before trusting the body.
         */
        post: operations["onPaymentReceived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.underpaid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payment.underpaid event
         * @description The payer sent less than the amount due (payment status `UNDERPAID`). Verify `X-PaymentService-Signature` before trusting the body.
         */
        post: operations["onPaymentUnderpaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** The reusable schemas, parameters and responses of specs/vaiipay.yaml (`components.schemas.X`). */
export interface components {
    schemas: {
        /** @description Error body. Only the statuses and messages are documented (401 "Unauthenticated", 403 "Insufficient permissions"); the body shape is NOT FOUND, so this is lenient: any object, with the commonly used `message`, `error` and `code` fields typed when present. */
        VaiiPayError: {
            /**
             * @example Unauthenticated
             * @example Insufficient permissions
             */
            message?: string;
            /** @description Error identifier or nested error details (type not documented). */
            error?: unknown;
            /** @description Error code (type not documented). */
            code?: string | number;
        };
        /**
         * @description Currency code (fiat, e.g. `USD`, or crypto, e.g. `BTC`, `ETH`, `USDT`). Open string; for checkout it must be a currency configured for the application.
         * @example USD
         * @example BTC
         */
        CurrencyCode: string;
        /** @description Fields shared by both forms of the checkout request. Only the documented fields are modelled (no `additionalProperties: true`) so that typed clients reject misspelled fields; whether the server ignores or rejects unknown fields is NOT FOUND. */
        CheckoutRequestCommon: {
            /**
             * @description Amount in minor units of `currencyCode` (integer, e.g. 10000 = 100.00 USD).
             * @example 10000
             */
            amount: number;
            currencyCode: components["schemas"]["CurrencyCode"];
            /**
             * @description Merchant reference (e.g. order number).
             * @example ORDER-123
             */
            reference: string;
            /**
             * @description Human-readable label for the reference.
             * @example Order #123
             */
            referenceLabel: string;
            /**
             * Format: uri
             * @description Where to send the payer after checkout.
             */
            redirectUrl?: string;
            /** @description Restrict/preselect the blockchain network (slug values not documented). */
            blockchainSlug?: string;
            /** Format: uuid */
            productId?: string;
            settlementCurrencyCode?: components["schemas"]["CurrencyCode"];
            /**
             * Format: date-time
             * @description When the checkout expires (ISO 8601).
             */
            expiresAt?: string;
        };
        /** CheckoutRequestByClientId */
        CheckoutRequestByClientId: components["schemas"]["CheckoutRequestCommon"] & {
            /** @description The payment application's 32-character Client ID (`PAYMENT_CLIENT_ID`; public-safe). */
            clientId: string;
        };
        /** CheckoutRequestBySiteId */
        CheckoutRequestBySiteId: components["schemas"]["CheckoutRequestCommon"] & {
            /**
             * Format: uuid
             * @description The application's site id (uuid).
             */
            siteId: string;
        };
        /** @description Checkout request. The application is identified by `clientId` or `siteId` (the docs: one of the two). */
        CreateCheckoutRequest: components["schemas"]["CheckoutRequestByClientId"] | components["schemas"]["CheckoutRequestBySiteId"];
        CreateCheckoutResponse: {
            data: {
                /**
                 * Format: uri
                 * @description Signed hosted checkout URL, `https://<host>/checkout/{paymentId}?expires=<unix>&signature=<hmac-sha256>`.
                 */
                checkoutUrl: string;
            };
        };
        /** @description Amount in three representations. */
        Money: {
            /** @description Amount in major units (e.g. 100.5). */
            value: number;
            /** @description Amount in minor units (integer). */
            amount: number;
            /** @description Display string. */
            formatted: string;
        };
        /**
         * @description Payment status (open string). Confirmed values: `RECEIVED` (funds confirmed; also the status on `payment.completed`) and `UNDERPAID`. Other values (e.g. pending, overpaid, expired) are NOT FOUND; the list is not closed. Fulfil on the `payment.completed` event, not on this string.
         * @example RECEIVED
         * @example UNDERPAID
         */
        PaymentStatus: string;
        /** @description The payment object (as in the webhook payload; GET payment starts with the same fields and may return more). Which fields can be null or absent before the payment is found/confirmed is NOT FOUND; timestamps and received/settled amounts are therefore nullable and optional. `id`, `status` and the fields the checkout request requires (`reference`, `referenceLabel`, `currencyCode`, `amount`) are in every documented example and cannot be missing from a created payment, so they are required (https://dev.vaiipay.com/docs/api/endpoints/payments, https://dev.vaiipay.com/docs/webhooks/events). */
        Payment: {
            /** Format: uuid */
            id: string;
            /** @description Owning merchant user id (type not documented). */
            userId?: string | number;
            status: components["schemas"]["PaymentStatus"];
            reference: string;
            referenceLabel: string;
            currencyCode: components["schemas"]["CurrencyCode"];
            /** @description Settlement currency (nullable assumed). */
            settlementCurrencyCode?: components["schemas"]["CurrencyCode"] | null;
            amount: components["schemas"]["Money"];
            /** @description Amount received so far (nullable assumed). */
            receivedAmount?: components["schemas"]["Money"] | null;
            /** @description Amount settled (nullable assumed). */
            settledAmount?: components["schemas"]["Money"] | null;
            /** Format: date-time */
            confirmedAt?: string | null;
            /** Format: date-time */
            foundAt?: string | null;
            /** Format: date-time */
            date?: string | null;
        };
        PaymentResponse: {
            data: components["schemas"]["Payment"];
        };
        /** @description Payment instructions for a provider/method. The shape is NOT FOUND; the docs' UI guidance suggests it carries a blockchain address, the exact crypto amount, an expiry and required confirmations, but the field names are unknown. */
        UserInstructions: {
            [key: string]: unknown;
        };
        /** @description Response envelope. All documented responses are wrapped in `data`; for this endpoint no example exists, so `data` is not required. */
        UserInstructionsResponse: {
            data?: components["schemas"]["UserInstructions"];
        };
        /** @description Cryptocurrencies and methods available for the checkout (derived from the application's `currencyWhitelist`). The shape is NOT FOUND; `data` is assumed (all documented responses use it) but not required. */
        CheckoutPaymentMethodsResponse: {
            /** @description Available methods (shape not documented). */
            data?: unknown;
        };
        PaymentApplicationSetting: {
            /** @description Setting id (type not documented). */
            id?: string | number;
            title?: string;
            allowOverpay?: boolean;
            allowUnderpay?: boolean;
        };
        /** @description The application's site. The list endpoint shows `id`, `url`, `callbackUrl`; the create response also `title` and `setting`. */
        PaymentApplicationSite: {
            /**
             * Format: uuid
             * @description Site id (uuid; the value accepted as `siteId` by createCheckout).
             */
            id?: string;
            title?: string;
            /** Format: uri */
            url?: string | null;
            /**
             * Format: uri
             * @description Webhook endpoint receiving all events of the application.
             */
            callbackUrl?: string | null;
            setting?: components["schemas"]["PaymentApplicationSetting"];
        };
        /** @description A payment application. Fields are the union of the list and create response examples (https://dev.vaiipay.com/docs/api/endpoints/applications). Fields both examples show are required; `paymentAppImage` and `deletedAt` appear in the list example only and stay optional. */
        PaymentApplication: {
            /** @description Application id (type/format not documented). */
            id: string | number;
            name: string;
            /** @description 32-character Client ID (public-safe). */
            clientId: string;
            /** @description Owning merchant user id (type not documented). */
            userId: string | number;
            /**
             * @example [
             *       "BTC",
             *       "ETH",
             *       "USDT"
             *     ]
             */
            currencyWhitelist: components["schemas"]["CurrencyCode"][];
            site: components["schemas"]["PaymentApplicationSite"];
            /** @description Application image (format not documented). */
            paymentAppImage?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deletedAt?: string | null;
        };
        PaymentApplicationResponse: {
            data: components["schemas"]["PaymentApplication"];
        };
        PaymentApplicationListResponse: {
            data: components["schemas"]["PaymentApplication"][];
        };
        /** @description Body of createPaymentApplication. Only the documented fields are modelled (no `additionalProperties: true`) so that typed clients reject misspelled fields; whether the server ignores or rejects unknown fields is NOT FOUND. */
        CreatePaymentApplicationRequest: {
            name: string;
            /** @description Webhook HMAC secret (`WEBHOOK_SECRET`) used to sign events. */
            secret: string;
            /**
             * Format: uri
             * @description Merchant site URL.
             */
            url?: string;
            /**
             * Format: uri
             * @description Webhook endpoint for all events of this application.
             */
            callbackUrl?: string;
            /**
             * @example [
             *       "BTC",
             *       "ETH",
             *       "USDT"
             *     ]
             */
            currencyWhitelist?: components["schemas"]["CurrencyCode"][];
            allowUnderpay?: boolean;
            allowOverpay?: boolean;
        };
        /**
         * @description Value of `X-PaymentService-Event` (open string). Documented: `payment.completed`, `payment.received`, `payment.underpaid`; further events may exist (the events page was cut off), NOT FOUND.
         * @example payment.completed
         * @example payment.received
         * @example payment.underpaid
         */
        VaiiPayWebhookEventType: string;
        /** @description Webhook body `{"payment": {...}}` carrying the full payment object. The event type is not in the body; it is in the `X-PaymentService-Event` header. */
        WebhookPaymentPayload: {
            payment: components["schemas"]["Payment"];
        };
        /**
         * PaymentCompletedEvent
         * @description Body of `payment.completed` (terminal success; payment.status `RECEIVED`).
         */
        PaymentCompletedEvent: components["schemas"]["WebhookPaymentPayload"];
        /**
         * PaymentReceivedEvent
         * @description Body of `payment.received` (funds confirmed on-chain; payment.status `RECEIVED`).
         */
        PaymentReceivedEvent: components["schemas"]["WebhookPaymentPayload"];
        /**
         * PaymentUnderpaidEvent
         * @description Body of `payment.underpaid` (payment.status `UNDERPAID`).
         */
        PaymentUnderpaidEvent: components["schemas"]["WebhookPaymentPayload"];
        /** @description Any documented webhook body. The bodies are structurally identical and carry no event field, so there is no body discriminator: select the variant by the `X-PaymentService-Event` header (`payment.completed` → PaymentCompletedEvent, `payment.received` → PaymentReceivedEvent, `payment.underpaid` → PaymentUnderpaidEvent). `anyOf` rather than `oneOf` because a body matches all variants. */
        VaiiPayWebhookEvent: components["schemas"]["PaymentCompletedEvent"] | components["schemas"]["PaymentReceivedEvent"] | components["schemas"]["PaymentUnderpaidEvent"];
    };
    responses: {
        /** @description Unauthenticated — the token is missing, wrong or expired. */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VaiiPayError"];
            };
        };
        /** @description Insufficient permissions — the token lacks the required scope for this endpoint. */
        InsufficientPermissions: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VaiiPayError"];
            };
        };
        /** @description Client error from a public checkout endpoint (e.g. invalid or expired checkout signature, unknown payment). Exact status codes and body are NOT FOUND. */
        PublicCheckoutError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VaiiPayError"];
            };
        };
        /** @description Any other error (validation, not found, server errors). Status codes and body are NOT FOUND; only 401 and 403 are documented. */
        UnexpectedError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VaiiPayError"];
            };
        };
        /** @description Acknowledge receipt with HTTP 200. Retry policy for other responses is NOT FOUND. */
        WebhookAck: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /** @description Payment id (uuid). */
        PaymentId: string;
        /** @description Payment provider identifier as chosen by the payer (e.g. from the checkout payment-methods list). The set of valid values and their format are NOT FOUND. */
        Provider: string;
        /** @description Payment method identifier within the provider (e.g. a cryptocurrency/network). The set of valid values and their format are NOT FOUND. */
        Method: string;
        /** @description Payment application id. Its type/format (uuid, integer, ...) is NOT FOUND. */
        PaymentApplicationId: string | number;
        /** @description Expiry (Unix seconds) copied from the signed `checkoutUrl`. Inferred: the docs say the public endpoint checks the checkout URL's signature and expiry, but do not say how they are passed. */
        CheckoutExpires: number;
        /** @description HMAC-SHA256 signature copied from the signed `checkoutUrl`. Inferred, like `expires`. */
        CheckoutSignature: string;
        /** @description Delivery time in Unix seconds; part of the signed string. */
        WebhookTimestamp: number;
        /** @description Hex-encoded HMAC-SHA256 of `{X-PaymentService-Timestamp}.{raw request body}`, keyed with the payment application's `secret` (`WEBHOOK_SECRET`). Verify over the raw body bytes, compare in constant time and check timestamp freshness (the docs' example compares with `!==` and checks no freshness). */
        WebhookSignature: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
/** Every operation of specs/vaiipay.yaml by its operationId. */
export interface operations {
    createCheckout: {
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
                 *       "amount": 10000,
                 *       "currencyCode": "USD",
                 *       "reference": "ORDER-123",
                 *       "referenceLabel": "Order #123",
                 *       "clientId": "a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCheckoutRequest"];
            };
        };
        responses: {
            /** @description Checkout created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCheckoutResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientPermissions"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment id (uuid). */
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientPermissions"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getUserInstructions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment id (uuid). */
                paymentId: components["parameters"]["PaymentId"];
                /** @description Payment provider identifier as chosen by the payer (e.g. from the checkout payment-methods list). The set of valid values and their format are NOT FOUND. */
                provider: components["parameters"]["Provider"];
                /** @description Payment method identifier within the provider (e.g. a cryptocurrency/network). The set of valid values and their format are NOT FOUND. */
                method: components["parameters"]["Method"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Payment instructions (shape not documented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserInstructionsResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientPermissions"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getCheckoutUserInstructions: {
        parameters: {
            query?: {
                /** @description Expiry (Unix seconds) copied from the signed `checkoutUrl`. Inferred: the docs say the public endpoint checks the checkout URL's signature and expiry, but do not say how they are passed. */
                expires?: components["parameters"]["CheckoutExpires"];
                /** @description HMAC-SHA256 signature copied from the signed `checkoutUrl`. Inferred, like `expires`. */
                signature?: components["parameters"]["CheckoutSignature"];
            };
            header?: never;
            path: {
                /** @description Payment id (uuid). */
                paymentId: components["parameters"]["PaymentId"];
                /** @description Payment provider identifier as chosen by the payer (e.g. from the checkout payment-methods list). The set of valid values and their format are NOT FOUND. */
                provider: components["parameters"]["Provider"];
                /** @description Payment method identifier within the provider (e.g. a cryptocurrency/network). The set of valid values and their format are NOT FOUND. */
                method: components["parameters"]["Method"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Payment instructions (shape not documented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserInstructionsResponse"];
                };
            };
            "4XX": components["responses"]["PublicCheckoutError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listCheckoutPaymentMethods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment id (uuid). */
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Available payment methods (shape not documented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutPaymentMethodsResponse"];
                };
            };
            "4XX": components["responses"]["PublicCheckoutError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listPaymentApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment applications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentApplicationListResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientPermissions"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createPaymentApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePaymentApplicationRequest"];
            };
        };
        responses: {
            /** @description The created application. The success status code (200 vs 201) is not documented; 200 is assumed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentApplicationResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientPermissions"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getPaymentApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment application id. Its type/format (uuid, integer, ...) is NOT FOUND. */
                id: components["parameters"]["PaymentApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentApplicationResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientPermissions"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    onPaymentCompleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event type. */
                "X-PaymentService-Event": components["schemas"]["VaiiPayWebhookEventType"] & "payment.completed";
                /** @description Delivery time in Unix seconds; part of the signed string. */
                "X-PaymentService-Timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description Hex-encoded HMAC-SHA256 of `{X-PaymentService-Timestamp}.{raw request body}`, keyed with the payment application's `secret` (`WEBHOOK_SECRET`). Verify over the raw body bytes, compare in constant time and check timestamp freshness (the docs' example compares with `!==` and checks no freshness). */
                "X-PaymentService-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentCompletedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    onPaymentReceived: {
        parameters: {
            query?: never;
            header: {
                /** @description The event type. */
                "X-PaymentService-Event": components["schemas"]["VaiiPayWebhookEventType"] & "payment.received";
                /** @description Delivery time in Unix seconds; part of the signed string. */
                "X-PaymentService-Timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description Hex-encoded HMAC-SHA256 of `{X-PaymentService-Timestamp}.{raw request body}`, keyed with the payment application's `secret` (`WEBHOOK_SECRET`). Verify over the raw body bytes, compare in constant time and check timestamp freshness (the docs' example compares with `!==` and checks no freshness). */
                "X-PaymentService-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentReceivedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    onPaymentUnderpaid: {
        parameters: {
            query?: never;
            header: {
                /** @description The event type. */
                "X-PaymentService-Event": components["schemas"]["VaiiPayWebhookEventType"] & "payment.underpaid";
                /** @description Delivery time in Unix seconds; part of the signed string. */
                "X-PaymentService-Timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description Hex-encoded HMAC-SHA256 of `{X-PaymentService-Timestamp}.{raw request body}`, keyed with the payment application's `secret` (`WEBHOOK_SECRET`). Verify over the raw body bytes, compare in constant time and check timestamp freshness (the docs' example compares with `!==` and checks no freshness). */
                "X-PaymentService-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentUnderpaidEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
}
