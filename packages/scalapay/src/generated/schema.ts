// This file is generated: do not edit it by hand.
// Source: specs/scalapay.yaml. Regenerate with `pnpm generate` (scripts/generate.ts, openapi-typescript).

/** Every path of specs/scalapay.yaml with its operations: the type parameter of the client. */
export interface paths {
    "/v2/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an order and obtain the hosted checkout URL */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orders/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Update an order's merchantReference / merchantProcessorReference */
        post: operations["updateOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/payments/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        /** Get order / payment details */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/payments/references": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up orders by token / merchant references
         * @description At least one query parameter must be given; parameters combine with AND. At most 100
         *     results are returned, newest first.
         */
        get: operations["getPaymentReferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/payments/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capture an authorized order (up to the authorized total)
         * @description The order token goes in the request body, not the path.
         */
        post: operations["capturePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/payments/{token}/delay": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Switch an order to delayed capture (authorize only)
         * @description The published reference documents a required JSON body whose
         *     `authorizationExpiryMilliseconds` is required (default 432000000). The PHP SDK sends an
         *     empty body, which the emulator still accepts, but the typed client sends the documented body.
         */
        post: operations["delayPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/payments/{token}/void": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void the authorization of an order */
        post: operations["voidPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/payments/{token}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund an order (full or partial) */
        post: operations["refundPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/payments/{token}/delay/capture": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Partially capture an order in delayed-capture mode (multi-capture)
         * @description Capturing the full remaining amount automatically voids the rest. The request body is
         *     NOT FOUND in the sources (see `DelayCaptureRequest`, x-unverified).
         */
        post: operations["captureDelayedPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/payments/{token}/delay/void": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a multi-capture order and void the uncaptured rest
         * @description The request body is NOT FOUND in the sources (see `DelayVoidRequest`, x-unverified).
         */
        post: operations["voidDelayedPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/payments/{token}/delay/refund": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a multi-capture order
         * @description UNVERIFIED: the path is inferred from the docs slug `response-v2paymentstokendelayrefund`
         *     and the menu item "delay refund"; the request body is NOT FOUND; the response is assumed
         *     to carry the same fields as delay/void.
         */
        post: operations["refundDelayedPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/configurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the merchant configuration (limits / products)
         * @description Path taken from the PHP SDK `getMerchantConfiguration()`; the response shape is NOT FOUND
         *     (see `MerchantConfigurations`, x-unverified).
         */
        get: operations["getConfigurations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/instore/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an in-store order */
        post: operations["createInstoreOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/instore/orders/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        /** Get an in-store order */
        get: operations["getInstoreOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/instore/orders/references": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up in-store orders by reference
         * @description UNVERIFIED: the query parameters and the response shape are not detailed in the sources;
         *     the parameters are assumed to mirror the online `GET /v2/payments/references`.
         */
        get: operations["getInstoreOrderReferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/instore/orders/{token}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund an in-store order */
        post: operations["refundInstoreOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/instore/paybylink/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a pay-by-link order */
        post: operations["createPayByLinkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/instore/paybylink/orders/{token}/void": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a pay-by-link order */
        post: operations["voidPayByLinkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reporting/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List orders (reporting) */
        get: operations["listReportingOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reporting/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List refunds (reporting) */
        get: operations["listReportingRefunds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reporting/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List payouts (reporting) */
        get: operations["listReportingPayouts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reporting/payouts/{token}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payout token. */
                token: components["parameters"]["PayoutToken"];
            };
            cookie?: never;
        };
        /**
         * List the orders settled in a payout (reporting)
         * @description The reference documents no date window for this list (the payout token scopes it); only `page` and `size`.
         */
        get: operations["listReportingPayoutOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reporting/payouts/{token}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payout token. */
                token: components["parameters"]["PayoutToken"];
            };
            cookie?: never;
        };
        /**
         * List the refunds settled in a payout (reporting)
         * @description The reference documents no date window for this list (the payout token scopes it); only `page` and `size`.
         */
        get: operations["listReportingPayoutRefunds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reporting/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List disputes (reporting)
         * @description `startDate` and `endDate` are required here, the page size is at most 100 and `disputeStatus` filters (SC-OAS).
         */
        get: operations["listReportingDisputes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** Every webhook delivery specs/scalapay.yaml declares, by event. */
export interface webhooks {
    created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order created
         * @description Sent when an order reaches status `created`. Carries `orderDetails` in addition to the always-present fields.
         */
        post: operations["orderCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    authorized: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order authorized
         * @description Sent when an order reaches status `authorized`.
         */
        post: operations["orderAuthorizedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    charged: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order charged
         * @description Sent when an order reaches status `charged`.
         */
        post: operations["orderChargedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    refunded: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order refunded
         * @description Sent when an order reaches status `refunded`. Carries `orderDetails` in addition to the always-present fields.
         */
        post: operations["orderRefundedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    expired: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order expired
         * @description Sent when an order reaches status `expired`.
         */
        post: operations["orderExpiredWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** The reusable schemas, parameters and responses of specs/scalapay.yaml (`components.schemas.X`). */
export interface components {
    schemas: {
        /** @description Scalapay error envelope. Rely on `errorCode` and `httpStatusCode`; `message` wording may change. */
        ScalapayError: {
            /**
             * @description Error code (open string), e.g. `api_validationerror`, `invalid_token`,
             *     `pre_condition_failed`, `internal_server`, `conflicting_operation_in_progress`,
             *     `order_amount_exceeds_maximum_limit`; the docs example also shows a numeric string ("400").
             * @example api_validationerror
             * @example invalid_token
             * @example pre_condition_failed
             * @example internal_server
             * @example conflicting_operation_in_progress
             * @example order_amount_exceeds_maximum_limit
             */
            errorCode?: string;
            /**
             * @description Unique identifier of the error instance.
             * @example error-19g6iml8px18g
             */
            errorId?: string;
            /** @description Human-readable message (a string), or a validation object for `api_validationerror`. */
            message?: string | components["schemas"]["ScalapayValidationErrorMessage"];
            /**
             * @description HTTP status code of the error.
             * @example 409
             */
            httpStatusCode?: number;
        };
        /** @description The `message` object of a 400 `api_validationerror`. */
        ScalapayValidationErrorMessage: {
            /** @description Status (type not stated in the sources; integer or string accepted). */
            status?: number | string;
            statusText?: string;
            errors?: components["schemas"]["ScalapayValidationErrorDetail"][];
        };
        ScalapayValidationErrorDetail: {
            field?: string[];
            location?: string;
            messages?: string[];
            types?: string[];
        };
        /** @description Money as a dot-decimal string plus currency, e.g. `{"amount":"190.00","currency":"EUR"}`. */
        Amount: {
            /**
             * @description Decimal amount as a string with a dot separator (e.g. "187.95"). Some provider examples show comma
             *     decimals ("190,00"); send dot decimals. The pattern (up to 13 digits, up to 2 decimals) is the
             *     emulator's reading of that rule; Scalapay publishes no pattern.
             * @example 190.00
             */
            amount: string;
            /**
             * @description ISO 4217 currency code (three upper-case letters).
             * @example EUR
             */
            currency: string;
        };
        /**
         * @description Order / payment status (open string; the list may grow). Seen: `created`, `authorized`,
         *     `charged`, `refunded`, `expired`; capture and delay responses use upper-case `APPROVED`,
         *     `AUTHORIZED`.
         * @example created
         * @example authorized
         * @example charged
         * @example refunded
         * @example expired
         * @example APPROVED
         * @example AUTHORIZED
         */
        PaymentStatus: string;
        /**
         * @description Capture status (open string; the full list is NOT FOUND). Seen `captured`, `pending`, `delayed`, `voided`.
         * @example captured
         * @example pending
         * @example delayed
         * @example voided
         */
        CaptureStatus: string;
        /** @description The consumer of an online order; SC-OAS requires all four fields. */
        Consumer: WithRequired<components["schemas"]["ConsumerDetails"], "phoneNumber" | "givenNames" | "surname" | "email">;
        /** @description Consumer fields with none required (pay-by-link orders and order echoes). */
        ConsumerDetails: {
            phoneNumber?: string;
            givenNames?: string;
            surname?: string;
            email?: string;
        };
        /**
         * @description Shipping address of an online order: SC-OAS requires all six fields (see
         *     https://developers.scalapay.com/reference/gdmglobal-data-model for the fields).
         */
        Address: WithRequired<components["schemas"]["BillingAddress"], "phoneNumber" | "countryCode" | "name" | "postcode" | "suburb" | "line1">;
        /**
         * @description Postal address with no required field: the billing address (SC-OAS requires none of its
         *     fields), and the addresses of pay-by-link orders and of order echoes.
         */
        BillingAddress: {
            phoneNumber?: string;
            /** @example IT */
            countryCode?: string;
            name?: string;
            postcode?: string;
            /** @description City / locality. */
            suburb?: string;
            line1?: string;
        };
        Item: {
            name: string;
            category: string;
            subcategory?: string[];
            brand?: string;
            gtin?: string;
            sku: string;
            quantity: number;
            price: components["schemas"]["Amount"];
            /** Format: uri */
            pageUrl?: string;
            /** Format: uri */
            imageUrl?: string;
        };
        Discount: {
            amount?: components["schemas"]["Amount"];
            displayName?: string;
        };
        /** @description Merchant redirect URLs of an online order; both are required. */
        MerchantUrls: WithRequired<components["schemas"]["MerchantDetails"], "redirectConfirmUrl" | "redirectCancelUrl">;
        /** @description Merchant redirect URLs with none required (pay-by-link orders and order echoes). */
        MerchantDetails: {
            /** Format: uri */
            redirectConfirmUrl?: string;
            /** Format: uri */
            redirectCancelUrl?: string;
        };
        /** @description Instalment frequency. Do not send with `product` `pay-in-3` or `pay-in-4`. */
        Frequency: {
            number?: number;
            frequencyType?: string;
        };
        /**
         * @description Order type. `link` requires `extensions.type.link.notification`.
         * @enum {string}
         */
        OrderType: "" | "online" | "offline" | "link";
        /** @enum {string} */
        Product: "" | "pay-in-3" | "pay-in-4" | "later";
        OrderExtensions: {
            type?: {
                link?: {
                    notification?: components["schemas"]["LinkNotification"];
                };
            };
            industry?: {
                travel?: {
                    /** Format: date */
                    startDate?: string;
                    /** Format: date */
                    endDate?: string;
                };
            };
        };
        /** @description Notification settings for `type: link` orders; SC-OAS requires `channels`. */
        LinkNotification: {
            /**
             * @description How the link is sent. SC-OAS lists `email` and `sms`; the pay-by-link Order Details page
             *     (https://developers.scalapay.com/reference/9-order-details-object-pay-by-link-orders) also
             *     lists `push` and `qrcode`. The sources disagree, so all four are accepted (x-unverified for
             *     the last two).
             */
            channels: ("email" | "sms" | "push" | "qrcode")[];
            phoneCountryCode?: string;
            phoneNumber?: string;
            emailAddress?: string;
            /** @enum {string} */
            preferredLanguage?: "" | "english" | "italiano" | "francais" | "deutsch" | "espanol" | "dutch" | "suomi" | "portuguese";
        };
        CreateOrderRequest: {
            totalAmount: components["schemas"]["Amount"];
            consumer: components["schemas"]["Consumer"];
            billing?: components["schemas"]["BillingAddress"];
            shipping: components["schemas"]["Address"];
            items: components["schemas"]["Item"][];
            discounts?: components["schemas"]["Discount"][];
            merchant: components["schemas"]["MerchantUrls"];
            merchantReference?: string;
            shippingAmount?: components["schemas"]["Amount"];
            taxAmount?: components["schemas"]["Amount"];
            type?: components["schemas"]["OrderType"];
            product?: components["schemas"]["Product"];
            frequency?: components["schemas"]["Frequency"];
            /**
             * @description Order expiry in milliseconds (e.g. 2400000).
             * @example 2400000
             */
            orderExpiryMilliseconds?: number;
            extensions?: components["schemas"]["OrderExtensions"];
        };
        CreateOrderResponse: {
            /** @description Order token used by all later calls. */
            token: string;
            /**
             * Format: date-time
             * @description Expiry of the order / checkout (ISO 8601).
             */
            expires?: string;
            /**
             * Format: uri
             * @description Hosted checkout URL to redirect the consumer to (portal.scalapay.com / portal.integration.scalapay.com).
             */
            checkoutUrl?: string;
        };
        /**
         * @description Echo of the order payload as stored by Scalapay (response side: nothing required,
         *     `type`/`product` left as open strings).
         */
        OrderDetails: {
            totalAmount?: components["schemas"]["Amount"];
            consumer?: components["schemas"]["ConsumerDetails"];
            billing?: components["schemas"]["BillingAddress"];
            shipping?: components["schemas"]["BillingAddress"];
            items?: components["schemas"]["Item"][];
            discounts?: components["schemas"]["Discount"][];
            merchant?: components["schemas"]["MerchantDetails"];
            merchantReference?: string;
            shippingAmount?: components["schemas"]["Amount"];
            taxAmount?: components["schemas"]["Amount"];
            type?: string;
            product?: string;
            frequency?: components["schemas"]["Frequency"];
            orderExpiryMilliseconds?: number;
            extensions?: components["schemas"]["OrderExtensions"];
        };
        UpdateOrderRequest: {
            merchantReference?: string;
            merchantProcessorReference?: string;
        };
        UpdateOrderResponse: {
            token?: string;
            merchantReference?: string;
            merchantProcessorReference?: string;
        };
        /** @description Order / payment details. */
        Payment: {
            token?: string;
            /** @description Creation timestamp (format not stated). */
            created?: string;
            status?: components["schemas"]["PaymentStatus"];
            captureStatus?: components["schemas"]["CaptureStatus"];
            totalAmount?: components["schemas"]["Amount"];
            orderDetails?: components["schemas"]["OrderDetails"];
            /**
             * @description Last eligibility feedback (open string), e.g. `DECLINED_FRAUD` on expired orders.
             * @example DECLINED_FRAUD
             */
            lastEligibilityFeedback?: string;
        };
        /**
         * @description One match of a reference look-up. The reference's own example returns
         *     `"merchantProcessorReference": null` for an order without one, so both merchant references
         *     are nullable.
         */
        PaymentReference: {
            orderToken: string;
            merchantOrderReference?: string | null;
            merchantProcessorReference?: string | null;
            /** @description Creation timestamp (format not stated). */
            createdAt?: string;
        };
        CaptureRequest: {
            /** @description Order token. */
            token: string;
            merchantReference?: string;
            amount?: components["schemas"]["Amount"];
        };
        CaptureResponse: {
            token?: string;
            status?: components["schemas"]["PaymentStatus"];
            totalAmount?: components["schemas"]["Amount"];
            orderDetails?: components["schemas"]["OrderDetails"];
            /** @description Capture timestamp (format not stated). */
            capturedAt?: string;
        };
        DelayRequest: {
            /**
             * @description Authorization validity in milliseconds (default 432000000 = 5 days).
             * @default 432000000
             */
            authorizationExpiryMilliseconds: number;
            merchantReference?: string;
        };
        DelayResponse: {
            token?: string;
            status?: components["schemas"]["PaymentStatus"];
            /** @description Authorization expiry timestamp (format not stated). */
            authorizationExpiryAt?: string;
            totalAmount?: components["schemas"]["Amount"];
            orderDetails?: components["schemas"]["OrderDetails"];
        };
        VoidRequest: {
            merchantReference?: string;
        };
        VoidResponse: {
            token?: string;
            merchantReference?: string;
            /** @description Void timestamp (format not stated). */
            voidedAt?: string;
        };
        RefundRequest: {
            refundAmount: components["schemas"]["Amount"];
            merchantRefundReference?: string;
            /**
             * @description Not in the published reference's refund body; kept because Scalapay's own PHP SDK
             *     (`scalapay/scalapay-php-sdk`) sends it next to `merchantRefundReference`. It may be ignored.
             */
            merchantReference?: string;
        };
        RefundResponse: {
            token?: string;
            amount?: components["schemas"]["Amount"];
            merchantReference?: string;
            merchantRefundReference?: string;
            refundToken?: string;
            /** @description Refund timestamp (format not stated). */
            refundedAt?: string;
        };
        /**
         * @description UNVERIFIED: the delay/capture request body is NOT FOUND. Inferred (like capture) to take
         *     `amount` and `merchantReference`; only these two are typed.
         */
        DelayCaptureRequest: {
            amount?: components["schemas"]["Amount"];
            merchantReference?: string;
        };
        /** @description UNVERIFIED: the delay/void request body is NOT FOUND (it may be empty); any object is accepted. */
        DelayVoidRequest: {
            [key: string]: unknown;
        };
        /** @description UNVERIFIED: the delay/refund request body is NOT FOUND (the endpoint path itself is inferred); any object is accepted. */
        DelayRefundRequest: {
            [key: string]: unknown;
        };
        /** @description State of a multi-capture (delayed) order. */
        MultiCaptureOrder: {
            token?: string;
            status?: components["schemas"]["PaymentStatus"];
            captureStatus?: components["schemas"]["CaptureStatus"];
            totalAmount?: components["schemas"]["Amount"];
            totalCapturedAmount?: components["schemas"]["Amount"];
            openToCaptureAmount?: components["schemas"]["Amount"];
            orderDetails?: components["schemas"]["OrderDetails"];
            captures?: components["schemas"]["MultiCaptureEntry"][];
        };
        /** @description UNVERIFIED: the fields of one `captures[]` entry are NOT FOUND. */
        MultiCaptureEntry: {
            [key: string]: unknown;
        };
        /** @description UNVERIFIED: assumed to carry the same fields as the delay/void response (inferred, not documented). */
        DelayRefundResponse: components["schemas"]["MultiCaptureOrder"];
        /** @description UNVERIFIED: the `GET /v3/configurations` response shape is NOT FOUND (expected to describe merchant limits / products). */
        MerchantConfigurations: {
            [key: string]: unknown;
        };
        /**
         * @description In-store order creation. The required field list and the item shape (each item requires
         *     `name`, `quantity`, `category`, `price` and `sku`, like an online order's item) are from
         *     Scalapay's published OpenAPI (SC-OAS); `merchantOperatorId`, `requestId` and
         *     `preApprovalCode` are mandatory per https://developers.scalapay.com/reference/instore-api-parameters.
         *     The string types of the three identifiers are assumed.
         */
        CreateInstoreOrderRequest: {
            merchantOperatorId: string;
            merchantReference: string;
            preApprovalCode: string;
            requestId: string;
            totalAmount: components["schemas"]["Amount"];
            items: components["schemas"]["Item"][];
        };
        /** @description UNVERIFIED: in-store order response shape not detailed in the sources. */
        InstoreOrder: {
            [key: string]: unknown;
        };
        /** @description UNVERIFIED: in-store reference look-up response shape not detailed in the sources (an array or an object). */
        InstoreOrderReferences: {
            [key: string]: unknown;
        }[] | {
            [key: string]: unknown;
        };
        /** @description In-store refund. The required field list is documented; the field types are NOT FOUND (types below are assumed). */
        RefundInstoreOrderRequest: {
            merchantOperatorId: string;
            refundAmount: components["schemas"]["Amount"];
            requestId: string;
        };
        /** @description UNVERIFIED: in-store refund response shape not detailed in the sources. */
        InstoreRefund: {
            [key: string]: unknown;
        };
        /**
         * @description Pay-by-link order (the Order Details object of
         *     https://developers.scalapay.com/reference/9-order-details-object-pay-by-link-orders). SC-OAS
         *     requires `totalAmount`, types `items` as strict items and requires `channels` in the link
         *     notification (`extensions.type.link.notification`). Which other fields the create requires
         *     is not documented, so consumer, addresses and merchant URLs are optional here (the fields
         *     of `OrderDetails`, with `type` and `product` as open strings).
         */
        CreatePayByLinkOrderRequest: WithRequired<components["schemas"]["OrderDetails"], "totalAmount">;
        /**
         * @description Pay-by-link void body `{merchantOperatorId, requestId}` (SC-OAS); both are mandatory for the
         *     device-key APIs per https://developers.scalapay.com/reference/instore-api-parameters.
         */
        VoidPayByLinkOrderRequest: {
            /** @description The POS operator (e.g. an employee id or name). */
            merchantOperatorId: string;
            /** @description Unique identifier of this request from the POS system. */
            requestId: string;
        };
        /**
         * @description Pay-by-link creation response: `token`, `expires` and `checkoutUrl`, as for an online order
         *     (https://developers.scalapay.com/reference/call-parameters-pay-by-link-orders).
         */
        PayByLinkOrder: components["schemas"]["CreateOrderResponse"];
        /** @description UNVERIFIED: the pay-by-link void response shape is not detailed in the sources. */
        PayByLinkVoid: {
            [key: string]: unknown;
        };
        /** @description Reporting pagination envelope `{items[], total, page, size, hasMore}`; each list adds its `items`. */
        ReportingPage: {
            total?: number;
            /** @example 0 */
            page?: number;
            /** @example 5000 */
            size?: number;
            hasMore?: boolean;
        };
        ReportingOrdersPage: components["schemas"]["ReportingPage"] & {
            items?: components["schemas"]["ReportingOrder"][];
        };
        ReportingRefundsPage: components["schemas"]["ReportingPage"] & {
            items?: components["schemas"]["ReportingRefund"][];
        };
        ReportingPayoutsPage: components["schemas"]["ReportingPage"] & {
            items?: components["schemas"]["ReportingPayout"][];
        };
        ReportingDisputesPage: components["schemas"]["ReportingPage"] & {
            items?: components["schemas"]["ReportingDispute"][];
        };
        /**
         * @description One reporting order. Fields from the Items object of the Reporting Data Model
         *     (https://developers.scalapay.com/reference/items-object), spelling as published (including
         *     `transferID` and `transationDate`); SC-OAS's example also shows `status` (`authorized`).
         *     UNVERIFIED: the page does not say which fields are always present, so none is required.
         */
        ReportingOrder: {
            orderStatus?: string;
            status?: components["schemas"]["PaymentStatus"];
            /** @description Last 4 characters of the order token. */
            orderTokenLast4?: string;
            /** @description Order creation (ISO 8601). */
            orderCreatedDate?: string;
            /** @description `online` or `offline`. */
            type?: string;
            /** @description `pay-in-3`, `pay-in-4` or `later`. */
            product?: string;
            merchantReference?: string;
            captureStatus?: components["schemas"]["CaptureStatus"];
            captureAmount?: components["schemas"]["Amount"];
            transferID?: string;
            merchantPayoutToken?: string;
            /** @description When the transaction was sent (ISO 8601); the field name is spelt this way in the reference. */
            transationDate?: string;
            grossAmount?: components["schemas"]["Amount"];
            netAmount?: components["schemas"]["Amount"];
            totalFeeAmount?: components["schemas"]["Amount"];
            scalapayFeeAmount?: components["schemas"]["Amount"];
            scalapayFeeTaxAmount?: components["schemas"]["Amount"];
            otherFeeAmount?: components["schemas"]["Amount"];
            otherFeeTaxAmount?: components["schemas"]["Amount"];
        };
        /** @description UNVERIFIED: reporting refund item fields are not detailed in the sources. */
        ReportingRefund: {
            [key: string]: unknown;
        };
        /** @description UNVERIFIED: reporting payout item fields are not detailed in the sources. */
        ReportingPayout: {
            [key: string]: unknown;
        };
        /** @description UNVERIFIED: reporting dispute item fields are not detailed in the sources. */
        ReportingDispute: {
            [key: string]: unknown;
        };
        /**
         * @description Fields always present in an order-status webhook. `status` is an open string: Scalapay
         *     says the status list may grow, so receivers must accept unknown values (parse them with
         *     this schema).
         */
        OrderWebhookEventBase: {
            /**
             * @description Order total as a JSON number (e.g. 40.7), NOT the `Amount` object used by the API.
             * @example 40.7
             */
            totalAmount: number;
            /**
             * @description Order status (open string).
             * @example created
             * @example authorized
             * @example charged
             * @example refunded
             * @example expired
             */
            status: string;
            orderToken: string;
            merchantReference: string;
        };
        /** @description Webhook payload for status `created`. */
        OrderCreatedEvent: components["schemas"]["OrderWebhookEventBase"] & {
            /** @constant */
            status: "created";
            orderDetails?: components["schemas"]["OrderDetails"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "created";
        };
        /** @description Webhook payload for status `authorized`. */
        OrderAuthorizedEvent: components["schemas"]["OrderWebhookEventBase"] & {
            /** @constant */
            status: "authorized";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "authorized";
        };
        /** @description Webhook payload for status `charged`. */
        OrderChargedEvent: components["schemas"]["OrderWebhookEventBase"] & {
            /** @constant */
            status: "charged";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "charged";
        };
        /** @description Webhook payload for status `refunded`. */
        OrderRefundedEvent: components["schemas"]["OrderWebhookEventBase"] & {
            /** @constant */
            status: "refunded";
            orderDetails?: components["schemas"]["OrderDetails"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "refunded";
        };
        /** @description Webhook payload for status `expired`. */
        OrderExpiredEvent: components["schemas"]["OrderWebhookEventBase"] & {
            /** @constant */
            status: "expired";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "expired";
        };
        /**
         * @description Any order-status webhook payload, discriminated by `status`. The status list may grow:
         *     a payload whose `status` is none of the mapped values must be handled as
         *     `OrderWebhookEventBase` rather than rejected.
         */
        ScalapayWebhookEvent: components["schemas"]["OrderCreatedEvent"] | components["schemas"]["OrderAuthorizedEvent"] | components["schemas"]["OrderChargedEvent"] | components["schemas"]["OrderRefundedEvent"] | components["schemas"]["OrderExpiredEvent"];
    };
    responses: {
        /**
         * @description Invalid request. `errorCode` e.g. `api_validationerror` (then `message` is a validation
         *     object) or `pre_condition_failed` (reporting).
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ScalapayError"];
            };
        };
        /** @description Authentication failed. Scalapay returns the bare JSON string `"Unauthorized"`, not the error envelope. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ScalapayError"] | string;
            };
        };
        /** @description A conflicting operation is in progress (`conflicting_operation_in_progress`); retry later. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ScalapayError"];
            };
        };
        /** @description Unprocessable request, e.g. `invalid_token` on get payment details. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ScalapayError"];
            };
        };
        /** @description Unexpected error on Scalapay's side (`internal_server`). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ScalapayError"];
            };
        };
        /**
         * @description Acknowledge receipt with HTTP 200. Any other response is retried with exponential
         *     backoff; delivery order is not guaranteed.
         */
        WebhookAck: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description Optional idempotency key (documented on createOrder, updateOrder, capturePayment,
         *     delayPayment, voidPayment, refundPayment). A replayed response carries
         *     `Request-Idempotency: true`; a conflicting operation still in progress returns 409
         *     `conflicting_operation_in_progress`.
         */
        IdempotencyKey: string;
        /** @description Scalapay order token (the `token` returned by order creation). */
        OrderToken: string;
        /** @description Payout token. */
        PayoutToken: string;
        /** @description Scalapay order token. */
        OrderTokenQuery: string;
        /** @description The merchant's order reference (`merchantReference`). */
        MerchantOrderReferenceQuery: string;
        /** @description The merchant's processor reference. */
        MerchantProcessorReferenceQuery: string;
        /**
         * @description Start of the reporting window; must not be after `endDate` (400 otherwise). Optional on
         *     the orders, refunds and payouts lists (SC-OAS requires it only on disputes); the date
         *     format (date vs date-time) is NOT FOUND.
         */
        StartDate: string;
        /**
         * @description End of the reporting window. Optional on the orders, refunds and payouts lists (SC-OAS
         *     requires it only on disputes); the date format (date vs date-time) is NOT FOUND.
         */
        EndDate: string;
        /** @description Zero-based page number (example 0). */
        Page: number;
        /** @description Page size, 0 to 5000 (SC-OAS; example 5000). */
        Size: number;
        /** @description Page size of the disputes list, 0 to 100 (SC-OAS). */
        DisputeSize: number;
        /** @description Start of the disputes window (required on this list per SC-OAS; format as for the other reporting lists). */
        DisputeStartDate: string;
        /** @description End of the disputes window (required on this list per SC-OAS). */
        DisputeEndDate: string;
        /** @description Only disputes in this status (SC-OAS). */
        DisputeStatus: "open" | "processing" | "won" | "lost" | "closed";
        /**
         * @description Hex HMAC-SHA256 of the string `V1:{timestamp}:{payload}` keyed with the merchant's API
         *     key, where `{timestamp}` is the `x-scalapay-timestamp` value and `{payload}` is the raw
         *     JSON body. Header names may arrive in mixed case; compare case-insensitively.
         */
        WebhookSignature: string;
        /** @description Signature timestamp, epoch milliseconds as a decimal string (example `1234567890123`). */
        WebhookTimestamp: string;
    };
    requestBodies: never;
    headers: {
        /** @description Present with value `true` when the response is a replay of an earlier request with the same `Idempotency-Key`. */
        RequestIdempotency: "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
/** Every operation of specs/scalapay.yaml by its operationId. */
export interface operations {
    createOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional idempotency key (documented on createOrder, updateOrder, capturePayment,
                 *     delayPayment, voidPayment, refundPayment). A replayed response carries
                 *     `Request-Idempotency: true`; a conflicting operation still in progress returns 409
                 *     `conflicting_operation_in_progress`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrderRequest"];
            };
        };
        responses: {
            /** @description Order created; redirect the consumer to `checkoutUrl`. */
            200: {
                headers: {
                    "Request-Idempotency": components["headers"]["RequestIdempotency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOrderResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional idempotency key (documented on createOrder, updateOrder, capturePayment,
                 *     delayPayment, voidPayment, refundPayment). A replayed response carries
                 *     `Request-Idempotency: true`; a conflicting operation still in progress returns 409
                 *     `conflicting_operation_in_progress`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrderRequest"];
            };
        };
        responses: {
            /** @description Order references updated. */
            200: {
                headers: {
                    "Request-Idempotency": components["headers"]["RequestIdempotency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateOrderResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Order / payment details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getPaymentReferences: {
        parameters: {
            query?: {
                /** @description Scalapay order token. */
                orderToken?: components["parameters"]["OrderTokenQuery"];
                /** @description The merchant's order reference (`merchantReference`). */
                merchantOrderReference?: components["parameters"]["MerchantOrderReferenceQuery"];
                /** @description The merchant's processor reference. */
                merchantProcessorReference?: components["parameters"]["MerchantProcessorReferenceQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching orders (at most 100, newest first). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentReference"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    capturePayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional idempotency key (documented on createOrder, updateOrder, capturePayment,
                 *     delayPayment, voidPayment, refundPayment). A replayed response carries
                 *     `Request-Idempotency: true`; a conflicting operation still in progress returns 409
                 *     `conflicting_operation_in_progress`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaptureRequest"];
            };
        };
        responses: {
            /** @description Capture result. */
            200: {
                headers: {
                    "Request-Idempotency": components["headers"]["RequestIdempotency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaptureResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    delayPayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional idempotency key (documented on createOrder, updateOrder, capturePayment,
                 *     delayPayment, voidPayment, refundPayment). A replayed response carries
                 *     `Request-Idempotency: true`; a conflicting operation still in progress returns 409
                 *     `conflicting_operation_in_progress`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DelayRequest"];
            };
        };
        responses: {
            /** @description Order authorized for delayed capture. */
            200: {
                headers: {
                    "Request-Idempotency": components["headers"]["RequestIdempotency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelayResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    voidPayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional idempotency key (documented on createOrder, updateOrder, capturePayment,
                 *     delayPayment, voidPayment, refundPayment). A replayed response carries
                 *     `Request-Idempotency: true`; a conflicting operation still in progress returns 409
                 *     `conflicting_operation_in_progress`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["VoidRequest"];
            };
        };
        responses: {
            /** @description Authorization voided. */
            200: {
                headers: {
                    "Request-Idempotency": components["headers"]["RequestIdempotency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoidResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    refundPayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional idempotency key (documented on createOrder, updateOrder, capturePayment,
                 *     delayPayment, voidPayment, refundPayment). A replayed response carries
                 *     `Request-Idempotency: true`; a conflicting operation still in progress returns 409
                 *     `conflicting_operation_in_progress`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundRequest"];
            };
        };
        responses: {
            /** @description Refund created. */
            200: {
                headers: {
                    "Request-Idempotency": components["headers"]["RequestIdempotency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    captureDelayedPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DelayCaptureRequest"];
            };
        };
        responses: {
            /** @description Multi-capture order state after the capture. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultiCaptureOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    voidDelayedPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DelayVoidRequest"];
            };
        };
        responses: {
            /** @description Multi-capture order state after the void. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultiCaptureOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    refundDelayedPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DelayRefundRequest"];
            };
        };
        responses: {
            /** @description Multi-capture order state after the refund (shape inferred, x-unverified). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelayRefundResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getConfigurations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Merchant configuration (shape unverified). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantConfigurations"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createInstoreOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInstoreOrderRequest"];
            };
        };
        responses: {
            /** @description In-store order created (shape unverified). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstoreOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getInstoreOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description In-store order (shape unverified). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstoreOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getInstoreOrderReferences: {
        parameters: {
            query?: {
                /** @description Scalapay order token. */
                orderToken?: components["parameters"]["OrderTokenQuery"];
                /** @description The merchant's order reference (`merchantReference`). */
                merchantOrderReference?: components["parameters"]["MerchantOrderReferenceQuery"];
                /** @description The merchant's processor reference. */
                merchantProcessorReference?: components["parameters"]["MerchantProcessorReferenceQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching in-store orders (shape unverified). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstoreOrderReferences"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    refundInstoreOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundInstoreOrderRequest"];
            };
        };
        responses: {
            /** @description In-store refund result (shape unverified). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstoreRefund"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createPayByLinkOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePayByLinkOrderRequest"];
            };
        };
        responses: {
            /** @description Pay-by-link order created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayByLinkOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    voidPayByLinkOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scalapay order token (the `token` returned by order creation). */
                token: components["parameters"]["OrderToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoidPayByLinkOrderRequest"];
            };
        };
        responses: {
            /** @description Pay-by-link order voided (shape unverified). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayByLinkVoid"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listReportingOrders: {
        parameters: {
            query?: {
                /**
                 * @description Start of the reporting window; must not be after `endDate` (400 otherwise). Optional on
                 *     the orders, refunds and payouts lists (SC-OAS requires it only on disputes); the date
                 *     format (date vs date-time) is NOT FOUND.
                 */
                startDate?: components["parameters"]["StartDate"];
                /**
                 * @description End of the reporting window. Optional on the orders, refunds and payouts lists (SC-OAS
                 *     requires it only on disputes); the date format (date vs date-time) is NOT FOUND.
                 */
                endDate?: components["parameters"]["EndDate"];
                /** @description Zero-based page number (example 0). */
                page?: components["parameters"]["Page"];
                /** @description Page size, 0 to 5000 (SC-OAS; example 5000). */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingOrdersPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listReportingRefunds: {
        parameters: {
            query?: {
                /**
                 * @description Start of the reporting window; must not be after `endDate` (400 otherwise). Optional on
                 *     the orders, refunds and payouts lists (SC-OAS requires it only on disputes); the date
                 *     format (date vs date-time) is NOT FOUND.
                 */
                startDate?: components["parameters"]["StartDate"];
                /**
                 * @description End of the reporting window. Optional on the orders, refunds and payouts lists (SC-OAS
                 *     requires it only on disputes); the date format (date vs date-time) is NOT FOUND.
                 */
                endDate?: components["parameters"]["EndDate"];
                /** @description Zero-based page number (example 0). */
                page?: components["parameters"]["Page"];
                /** @description Page size, 0 to 5000 (SC-OAS; example 5000). */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of refunds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingRefundsPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listReportingPayouts: {
        parameters: {
            query?: {
                /**
                 * @description Start of the reporting window; must not be after `endDate` (400 otherwise). Optional on
                 *     the orders, refunds and payouts lists (SC-OAS requires it only on disputes); the date
                 *     format (date vs date-time) is NOT FOUND.
                 */
                startDate?: components["parameters"]["StartDate"];
                /**
                 * @description End of the reporting window. Optional on the orders, refunds and payouts lists (SC-OAS
                 *     requires it only on disputes); the date format (date vs date-time) is NOT FOUND.
                 */
                endDate?: components["parameters"]["EndDate"];
                /** @description Zero-based page number (example 0). */
                page?: components["parameters"]["Page"];
                /** @description Page size, 0 to 5000 (SC-OAS; example 5000). */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payouts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingPayoutsPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listReportingPayoutOrders: {
        parameters: {
            query?: {
                /** @description Zero-based page number (example 0). */
                page?: components["parameters"]["Page"];
                /** @description Page size, 0 to 5000 (SC-OAS; example 5000). */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path: {
                /** @description Payout token. */
                token: components["parameters"]["PayoutToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the payout's orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingOrdersPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listReportingPayoutRefunds: {
        parameters: {
            query?: {
                /** @description Zero-based page number (example 0). */
                page?: components["parameters"]["Page"];
                /** @description Page size, 0 to 5000 (SC-OAS; example 5000). */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path: {
                /** @description Payout token. */
                token: components["parameters"]["PayoutToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the payout's refunds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingRefundsPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listReportingDisputes: {
        parameters: {
            query: {
                /** @description Start of the disputes window (required on this list per SC-OAS; format as for the other reporting lists). */
                startDate: components["parameters"]["DisputeStartDate"];
                /** @description End of the disputes window (required on this list per SC-OAS). */
                endDate: components["parameters"]["DisputeEndDate"];
                /** @description Only disputes in this status (SC-OAS). */
                disputeStatus?: components["parameters"]["DisputeStatus"];
                /** @description Zero-based page number (example 0). */
                page?: components["parameters"]["Page"];
                /** @description Page size of the disputes list, 0 to 100 (SC-OAS). */
                size?: components["parameters"]["DisputeSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of disputes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingDisputesPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    orderCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex HMAC-SHA256 of the string `V1:{timestamp}:{payload}` keyed with the merchant's API
                 *     key, where `{timestamp}` is the `x-scalapay-timestamp` value and `{payload}` is the raw
                 *     JSON body. Header names may arrive in mixed case; compare case-insensitively.
                 */
                "x-scalapay-hmac-v1": components["parameters"]["WebhookSignature"];
                /** @description Signature timestamp, epoch milliseconds as a decimal string (example `1234567890123`). */
                "x-scalapay-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderCreatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    orderAuthorizedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex HMAC-SHA256 of the string `V1:{timestamp}:{payload}` keyed with the merchant's API
                 *     key, where `{timestamp}` is the `x-scalapay-timestamp` value and `{payload}` is the raw
                 *     JSON body. Header names may arrive in mixed case; compare case-insensitively.
                 */
                "x-scalapay-hmac-v1": components["parameters"]["WebhookSignature"];
                /** @description Signature timestamp, epoch milliseconds as a decimal string (example `1234567890123`). */
                "x-scalapay-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderAuthorizedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    orderChargedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex HMAC-SHA256 of the string `V1:{timestamp}:{payload}` keyed with the merchant's API
                 *     key, where `{timestamp}` is the `x-scalapay-timestamp` value and `{payload}` is the raw
                 *     JSON body. Header names may arrive in mixed case; compare case-insensitively.
                 */
                "x-scalapay-hmac-v1": components["parameters"]["WebhookSignature"];
                /** @description Signature timestamp, epoch milliseconds as a decimal string (example `1234567890123`). */
                "x-scalapay-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderChargedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    orderRefundedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex HMAC-SHA256 of the string `V1:{timestamp}:{payload}` keyed with the merchant's API
                 *     key, where `{timestamp}` is the `x-scalapay-timestamp` value and `{payload}` is the raw
                 *     JSON body. Header names may arrive in mixed case; compare case-insensitively.
                 */
                "x-scalapay-hmac-v1": components["parameters"]["WebhookSignature"];
                /** @description Signature timestamp, epoch milliseconds as a decimal string (example `1234567890123`). */
                "x-scalapay-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderRefundedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
    orderExpiredWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Hex HMAC-SHA256 of the string `V1:{timestamp}:{payload}` keyed with the merchant's API
                 *     key, where `{timestamp}` is the `x-scalapay-timestamp` value and `{payload}` is the raw
                 *     JSON body. Header names may arrive in mixed case; compare case-insensitively.
                 */
                "x-scalapay-hmac-v1": components["parameters"]["WebhookSignature"];
                /** @description Signature timestamp, epoch milliseconds as a decimal string (example `1234567890123`). */
                "x-scalapay-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderExpiredEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAck"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
