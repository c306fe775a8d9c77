// This file is generated: do not edit it by hand.
// Source: specs/vaiipay.yaml. Regenerate with `pnpm generate` (scripts/generate.ts).

import type { OpenApiDocument } from "@payclients/testing";

/** specs/vaiipay.yaml as data: what the emulator validates requests and answers against (`./testing` only). */
export const openapiDocument: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "VaiiPay API (payclients model)",
    "version": "1.0.0",
    "summary": "Crypto payment gateway (white-label, one host per deployment).",
    "description": "Hand-written model of the VaiiPay payment gateway API (a cryptocurrency payment\ngateway, docs at https://dev.vaiipay.com). The provider publishes no API version,\nso `info.version` is \"1.0.0\".\n\nSources: the payclients fact sheet `providers/vaiipay.md` (research notes with\nsource markers) and the original docs excerpt `provider-docs/vaiipay.txt`\n(https://dev.vaiipay.com/docs/api/authentication). Further pages cited by the fact\nsheet: /docs/api/endpoints/payments, /docs/payments/instructions,\n/docs/api/endpoints/applications, /docs/create-application, /docs/webhooks/setup,\n/docs/webhooks/events.\n\nMarker convention: anything the fact sheet marks as inferred ([I]), seen only in\nthird-party code ([C]) or NOT FOUND is modelled leniently and carries\n`x-unverified: true` plus a description of exactly what is unknown.\n\nWhite-label: every deployment has its own host (the docs use the placeholder\n`https://api.yourdomain.com`); there is no shared production or sandbox host.\nAll paths start with `/api/`. Requests send `Content-Type: application/json` and\n`Accept: application/json`. Every documented response body is wrapped in\n`{\"data\": ...}`.\n\nAuthentication: two bearer-token kinds share the `Authorization: Bearer` header:\na scoped, optionally expiring **Client Token** (server-to-server, created in the\nmerchant dashboard, shown once) and a **dashboard OAuth2 access token** (how it\nis obtained is NOT FOUND). Every operation carries the extension\n`x-payclients-auth-context` (`client` = a Client Token is accepted, an OAuth2 token\ntoo; `dashboard` = OAuth2 access token only; `public` = no authentication, with\n`security: []`; see CONTRIBUTING.md, \"Spec extensions\"). The Client Token scope an\noperation needs is the role of its `ClientTokenAuth` security requirement; public\nand dashboard operations name none.\n\nWhy no scope (rather than `*`) for public and dashboard operations: the docs define `*`\nas \"Full access (all scopes)\", i.e. every scope of the Client Token scope list\n(`payments.create`, `payments.get`, `payments.user-instructions.get`), all of\nwhich are payment operations. Dashboard operations (payment applications,\nlisting payments, account settings) are documented under the OAuth2 token only,\nand no source says a `*` Client Token reaches them, so no Client Token scope\ngrants them. Public checkout operations take no token at all.\n"
  },
  "servers": [
    {
      "url": "https://{host}",
      "description": "Deployment-specific (white-label) host. Every VaiiPay deployment has its own API host and there is no shared default: the `host` variable is REQUIRED and must be set to your deployment's API host. The default is only the docs' placeholder. Separate sandbox host: NOT FOUND.",
      "variables": {
        "host": {
          "default": "api.yourdomain.com",
          "description": "API host of your VaiiPay deployment, without scheme or path (required; the default `api.yourdomain.com` is the documentation placeholder, not a real host)."
        }
      }
    }
  ],
  "security": [
    {
      "ClientTokenAuth": []
    },
    {
      "DashboardOAuth2": []
    }
  ],
  "tags": [
    {
      "name": "Payments",
      "description": "Creating checkout payments, reading payments and fetching user payment instructions (Client Token or OAuth2 access token)."
    },
    {
      "name": "Public Checkout",
      "description": "Unauthenticated endpoints used by the hosted or a custom checkout page. Access is controlled by the signed checkout URL (`expires` + HMAC-SHA256 `signature`)."
    },
    {
      "name": "Payment Applications",
      "description": "Management of payment applications (merchant sites). Dashboard operations that require an OAuth2 access token."
    },
    {
      "name": "Webhooks",
      "description": "Events POSTed to the application's `callbackUrl`, signed with HMAC-SHA256 over `{timestamp}.{raw body}` using the application `secret` (`WEBHOOK_SECRET`)."
    }
  ],
  "paths": {
    "/api/payment/checkout": {
      "post": {
        "operationId": "createCheckout",
        "externalDocs": {
          "url": "https://dev.vaiipay.com/docs/api/authentication"
        },
        "summary": "Create a payment checkout",
        "description": "Creates a payment and returns a hosted checkout URL of the form `https://<host>/checkout/{paymentId}?expires=<unix>&signature=<hmac-sha256>`. Identify the payment application by `clientId` (32-character Client ID) or by `siteId` (uuid), one of the two. Requires Client Token scope `payments.create` (or `*`), or an OAuth2 access token.",
        "tags": [
          "Payments"
        ],
        "x-payclients-auth-context": "client",
        "security": [
          {
            "ClientTokenAuth": [
              "payments.create"
            ]
          },
          {
            "DashboardOAuth2": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateCheckoutRequest"
              },
              "example": {
                "amount": 10000,
                "currencyCode": "USD",
                "reference": "ORDER-123",
                "referenceLabel": "Order #123",
                "clientId": "a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Checkout created.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateCheckoutResponse"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/InsufficientPermissions"
          },
          "default": {
            "$ref": "#/components/responses/UnexpectedError"
          }
        }
      }
    },
    "/api/payment/{paymentId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentId"
        }
      ],
      "get": {
        "operationId": "getPayment",
        "summary": "Get a payment",
        "description": "Returns the payment object. Requires Client Token scope `payments.get` (or `*`), or an OAuth2 access token.",
        "tags": [
          "Payments"
        ],
        "x-payclients-auth-context": "client",
        "security": [
          {
            "ClientTokenAuth": [
              "payments.get"
            ]
          },
          {
            "DashboardOAuth2": []
          }
        ],
        "responses": {
          "200": {
            "description": "The payment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentResponse"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/InsufficientPermissions"
          },
          "default": {
            "$ref": "#/components/responses/UnexpectedError"
          }
        }
      }
    },
    "/api/payment/{paymentId}/provider/{provider}/method/{method}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentId"
        },
        {
          "$ref": "#/components/parameters/Provider"
        },
        {
          "$ref": "#/components/parameters/Method"
        }
      ],
      "get": {
        "operationId": "getUserInstructions",
        "externalDocs": {
          "url": "https://dev.vaiipay.com/docs/payments/instructions"
        },
        "summary": "Get user payment instructions for a provider and method",
        "description": "Returns the instructions the payer needs for the chosen provider/method (e.g. blockchain address and exact crypto amount). Requires Client Token scope `payments.user-instructions.get` (or `*`), or an OAuth2 access token. The response shape is NOT FOUND (see `UserInstructionsResponse`).",
        "tags": [
          "Payments"
        ],
        "x-payclients-auth-context": "client",
        "security": [
          {
            "ClientTokenAuth": [
              "payments.user-instructions.get"
            ]
          },
          {
            "DashboardOAuth2": []
          }
        ],
        "responses": {
          "200": {
            "description": "Payment instructions (shape not documented).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UserInstructionsResponse"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/InsufficientPermissions"
          },
          "default": {
            "$ref": "#/components/responses/UnexpectedError"
          }
        }
      }
    },
    "/api/checkout/payment/{paymentId}/provider/{provider}/method/{method}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentId"
        },
        {
          "$ref": "#/components/parameters/Provider"
        },
        {
          "$ref": "#/components/parameters/Method"
        }
      ],
      "get": {
        "operationId": "getCheckoutUserInstructions",
        "externalDocs": {
          "url": "https://dev.vaiipay.com/docs/payments/instructions"
        },
        "summary": "Get payment instructions for the checkout page (public)",
        "description": "Public variant of `getUserInstructions` for the hosted or a custom checkout page. No authentication; the server checks the checkout URL's signature and expiry. How the signature and expiry are passed (assumed: the `expires` and `signature` query parameters carried over from `checkoutUrl`) is inferred, and the response shape is NOT FOUND.",
        "tags": [
          "Public Checkout"
        ],
        "x-payclients-auth-context": "public",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/CheckoutExpires"
          },
          {
            "$ref": "#/components/parameters/CheckoutSignature"
          }
        ],
        "responses": {
          "200": {
            "description": "Payment instructions (shape not documented).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UserInstructionsResponse"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/PublicCheckoutError"
          },
          "default": {
            "$ref": "#/components/responses/UnexpectedError"
          }
        }
      }
    },
    "/api/checkout/{paymentId}/payment-methods": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentId"
        }
      ],
      "get": {
        "operationId": "listCheckoutPaymentMethods",
        "externalDocs": {
          "url": "https://dev.vaiipay.com/docs/payments/instructions"
        },
        "summary": "List the payment methods available for a checkout (public)",
        "description": "Public endpoint for the checkout page: the cryptocurrencies and methods available for the payment, derived from the application's `currencyWhitelist`. No authentication. The response shape is NOT FOUND (see `CheckoutPaymentMethodsResponse`).",
        "tags": [
          "Public Checkout"
        ],
        "x-payclients-auth-context": "public",
        "security": [],
        "responses": {
          "200": {
            "description": "Available payment methods (shape not documented).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CheckoutPaymentMethodsResponse"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/PublicCheckoutError"
          },
          "default": {
            "$ref": "#/components/responses/UnexpectedError"
          }
        }
      }
    },
    "/api/payment-applications": {
      "get": {
        "operationId": "listPaymentApplications",
        "externalDocs": {
          "url": "https://dev.vaiipay.com/docs/api/endpoints/applications"
        },
        "summary": "List payment applications",
        "description": "Lists the payment applications of the authenticated merchant. Dashboard operation: OAuth2 access token only (no Client Token scope is documented for it). Pagination: NOT FOUND (none documented).",
        "tags": [
          "Payment Applications"
        ],
        "x-payclients-auth-context": "dashboard",
        "security": [
          {
            "DashboardOAuth2": []
          }
        ],
        "responses": {
          "200": {
            "description": "The payment applications.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentApplicationListResponse"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/InsufficientPermissions"
          },
          "default": {
            "$ref": "#/components/responses/UnexpectedError"
          }
        }
      },
      "post": {
        "operationId": "createPaymentApplication",
        "externalDocs": {
          "url": "https://dev.vaiipay.com/docs/api/endpoints/applications"
        },
        "summary": "Create a payment application",
        "description": "Creates a payment application (and its site). `secret` becomes the webhook HMAC secret (`WEBHOOK_SECRET`); `callbackUrl` receives all webhook events of the application. Dashboard operation: OAuth2 access token only.",
        "tags": [
          "Payment Applications"
        ],
        "x-payclients-auth-context": "dashboard",
        "security": [
          {
            "DashboardOAuth2": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreatePaymentApplicationRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created application. The success status code (200 vs 201) is not documented; 200 is assumed.",
            "x-unverified": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentApplicationResponse"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/InsufficientPermissions"
          },
          "default": {
            "$ref": "#/components/responses/UnexpectedError"
          }
        }
      }
    },
    "/api/payment-applications/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentApplicationId"
        }
      ],
      "get": {
        "operationId": "getPaymentApplication",
        "externalDocs": {
          "url": "https://dev.vaiipay.com/docs/api/endpoints/applications"
        },
        "summary": "Get a payment application",
        "description": "Dashboard operation; OAuth2 access token only.",
        "tags": [
          "Payment Applications"
        ],
        "x-payclients-auth-context": "dashboard",
        "security": [
          {
            "DashboardOAuth2": []
          }
        ],
        "responses": {
          "200": {
            "description": "The payment application.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentApplicationResponse"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/InsufficientPermissions"
          },
          "default": {
            "$ref": "#/components/responses/UnexpectedError"
          }
        }
      }
    }
  },
  "webhooks": {
    "payment.completed": {
      "post": {
        "operationId": "onPaymentCompleted",
        "summary": "payment.completed event",
        "description": "Terminal success event (payment status `RECEIVED`). The docs say to fulfil orders on this event type rather than on the payment status string. Verify `X-PaymentService-Signature` before trusting the body.",
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "name": "X-PaymentService-Event",
            "in": "header",
            "required": true,
            "description": "The event type.",
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/VaiiPayWebhookEventType"
                },
                {
                  "const": "payment.completed"
                }
              ]
            }
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          },
          {
            "$ref": "#/components/parameters/WebhookSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PaymentCompletedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAck"
          }
        }
      }
    },
    "payment.received": {
      "post": {
        "operationId": "onPaymentReceived",
        "summary": "payment.received event",
        "description": "Funds confirmed on-chain (payment status `RECEIVED`). Verify `X-PaymentService-Signature` before trusting the body.",
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "name": "X-PaymentService-Event",
            "in": "header",
            "required": true,
            "description": "The event type.",
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/VaiiPayWebhookEventType"
                },
                {
                  "const": "payment.received"
                }
              ]
            }
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          },
          {
            "$ref": "#/components/parameters/WebhookSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PaymentReceivedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAck"
          }
        }
      }
    },
    "payment.underpaid": {
      "post": {
        "operationId": "onPaymentUnderpaid",
        "summary": "payment.underpaid event",
        "description": "The payer sent less than the amount due (payment status `UNDERPAID`). Verify `X-PaymentService-Signature` before trusting the body.",
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "name": "X-PaymentService-Event",
            "in": "header",
            "required": true,
            "description": "The event type.",
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/VaiiPayWebhookEventType"
                },
                {
                  "const": "payment.underpaid"
                }
              ]
            }
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          },
          {
            "$ref": "#/components/parameters/WebhookSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PaymentUnderpaidEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAck"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "ClientTokenAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "Client Token (`PAYMENT_CLIENT_TOKEN`) for server-to-server calls, sent as `Authorization: Bearer <Client Token>`. A static token created in the merchant dashboard (\"Create API Access Token\": label, optional expiry, permission scopes); shown only once, then stored hashed. Scopes: `payments.create` (create checkout sessions), `payments.get` (retrieve payment details), `payments.user-instructions.get` (payment instructions for a provider/method), `*` (full access, satisfies every scope). Operations list the scope they need as the security requirement's role (OpenAPI 3.1). A token lacking the scope gets 403.",
        "x-scopes": {
          "payments.create": "Create payment checkout sessions",
          "payments.get": "Retrieve payment details",
          "payments.user-instructions.get": "Get payment instructions for a specific provider/method",
          "*": "Full access (all scopes)"
        }
      },
      "DashboardOAuth2": {
        "type": "http",
        "scheme": "bearer",
        "description": "OAuth2 access token for dashboard operations (managing payment applications, listing payments, account settings), sent as `Authorization: Bearer <OAuth2 access token>`. It is also accepted by the payment operations. How the token is obtained (OAuth2 flow, authorization and token URLs, scopes) is NOT FOUND, so it is modelled as a plain bearer token rather than an `oauth2` scheme.",
        "x-unverified": true
      }
    },
    "parameters": {
      "PaymentId": {
        "name": "paymentId",
        "in": "path",
        "required": true,
        "description": "Payment id (uuid).",
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "Provider": {
        "name": "provider",
        "in": "path",
        "required": true,
        "description": "Payment provider identifier as chosen by the payer (e.g. from the checkout payment-methods list). The set of valid values and their format are NOT FOUND.",
        "x-unverified": true,
        "schema": {
          "type": "string"
        }
      },
      "Method": {
        "name": "method",
        "in": "path",
        "required": true,
        "description": "Payment method identifier within the provider (e.g. a cryptocurrency/network). The set of valid values and their format are NOT FOUND.",
        "x-unverified": true,
        "schema": {
          "type": "string"
        }
      },
      "PaymentApplicationId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Payment application id. Its type/format (uuid, integer, ...) is NOT FOUND.",
        "x-unverified": true,
        "schema": {
          "type": [
            "string",
            "integer"
          ]
        }
      },
      "CheckoutExpires": {
        "name": "expires",
        "in": "query",
        "required": false,
        "description": "Expiry (Unix seconds) copied from the signed `checkoutUrl`. Inferred: the docs say the public endpoint checks the checkout URL's signature and expiry, but do not say how they are passed.",
        "x-unverified": true,
        "schema": {
          "type": "integer",
          "format": "int64"
        }
      },
      "CheckoutSignature": {
        "name": "signature",
        "in": "query",
        "required": false,
        "description": "HMAC-SHA256 signature copied from the signed `checkoutUrl`. Inferred, like `expires`.",
        "x-unverified": true,
        "schema": {
          "type": "string"
        }
      },
      "WebhookTimestamp": {
        "name": "X-PaymentService-Timestamp",
        "in": "header",
        "required": true,
        "description": "Delivery time in Unix seconds; part of the signed string.",
        "schema": {
          "type": "integer",
          "format": "int64",
          "examples": [
            1706356245
          ]
        }
      },
      "WebhookSignature": {
        "name": "X-PaymentService-Signature",
        "in": "header",
        "required": true,
        "description": "Hex-encoded HMAC-SHA256 of `{X-PaymentService-Timestamp}.{raw request body}`, keyed with the payment application's `secret` (`WEBHOOK_SECRET`). Verify over the raw body bytes, compare in constant time and check timestamp freshness (the docs' example compares with `!==` and checks no freshness).",
        "schema": {
          "type": "string",
          "pattern": "^[0-9a-fA-F]{64}$"
        }
      }
    },
    "responses": {
      "Unauthenticated": {
        "description": "Unauthenticated — the token is missing, wrong or expired.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VaiiPayError"
            }
          }
        }
      },
      "InsufficientPermissions": {
        "description": "Insufficient permissions — the token lacks the required scope for this endpoint.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VaiiPayError"
            }
          }
        }
      },
      "PublicCheckoutError": {
        "description": "Client error from a public checkout endpoint (e.g. invalid or expired checkout signature, unknown payment). Exact status codes and body are NOT FOUND.",
        "x-unverified": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VaiiPayError"
            }
          }
        }
      },
      "UnexpectedError": {
        "description": "Any other error (validation, not found, server errors). Status codes and body are NOT FOUND; only 401 and 403 are documented.",
        "x-unverified": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VaiiPayError"
            }
          }
        }
      },
      "WebhookAck": {
        "description": "Acknowledge receipt with HTTP 200. Retry policy for other responses is NOT FOUND."
      }
    },
    "schemas": {
      "VaiiPayError": {
        "type": "object",
        "description": "Error body. Only the statuses and messages are documented (401 \"Unauthenticated\", 403 \"Insufficient permissions\"); the body shape is NOT FOUND, so this is lenient: any object, with the commonly used `message`, `error` and `code` fields typed when present.",
        "x-unverified": true,
        "properties": {
          "message": {
            "type": "string",
            "examples": [
              "Unauthenticated",
              "Insufficient permissions"
            ]
          },
          "error": {
            "description": "Error identifier or nested error details (type not documented)."
          },
          "code": {
            "description": "Error code (type not documented).",
            "type": [
              "string",
              "integer"
            ]
          }
        }
      },
      "CurrencyCode": {
        "type": "string",
        "description": "Currency code (fiat, e.g. `USD`, or crypto, e.g. `BTC`, `ETH`, `USDT`). Open string; for checkout it must be a currency configured for the application.",
        "examples": [
          "USD",
          "BTC"
        ]
      },
      "CheckoutRequestCommon": {
        "type": "object",
        "description": "Fields shared by both forms of the checkout request. Only the documented fields are modelled (no `additionalProperties: true`) so that typed clients reject misspelled fields; whether the server ignores or rejects unknown fields is NOT FOUND.",
        "required": [
          "amount",
          "currencyCode",
          "reference",
          "referenceLabel"
        ],
        "properties": {
          "amount": {
            "type": "integer",
            "description": "Amount in minor units of `currencyCode` (integer, e.g. 10000 = 100.00 USD).",
            "examples": [
              10000
            ]
          },
          "currencyCode": {
            "$ref": "#/components/schemas/CurrencyCode"
          },
          "reference": {
            "type": "string",
            "description": "Merchant reference (e.g. order number).",
            "examples": [
              "ORDER-123"
            ]
          },
          "referenceLabel": {
            "type": "string",
            "description": "Human-readable label for the reference.",
            "examples": [
              "Order #123"
            ]
          },
          "redirectUrl": {
            "type": "string",
            "format": "uri",
            "description": "Where to send the payer after checkout."
          },
          "blockchainSlug": {
            "type": "string",
            "description": "Restrict/preselect the blockchain network (slug values not documented)."
          },
          "productId": {
            "type": "string",
            "format": "uuid"
          },
          "settlementCurrencyCode": {
            "$ref": "#/components/schemas/CurrencyCode"
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the checkout expires (ISO 8601)."
          }
        }
      },
      "CheckoutRequestByClientId": {
        "title": "CheckoutRequestByClientId",
        "allOf": [
          {
            "$ref": "#/components/schemas/CheckoutRequestCommon"
          },
          {
            "type": "object",
            "required": [
              "clientId"
            ],
            "properties": {
              "clientId": {
                "type": "string",
                "minLength": 32,
                "maxLength": 32,
                "description": "The payment application's 32-character Client ID (`PAYMENT_CLIENT_ID`; public-safe)."
              }
            }
          }
        ]
      },
      "CheckoutRequestBySiteId": {
        "title": "CheckoutRequestBySiteId",
        "allOf": [
          {
            "$ref": "#/components/schemas/CheckoutRequestCommon"
          },
          {
            "type": "object",
            "required": [
              "siteId"
            ],
            "properties": {
              "siteId": {
                "type": "string",
                "format": "uuid",
                "description": "The application's site id (uuid)."
              }
            }
          }
        ]
      },
      "CreateCheckoutRequest": {
        "description": "Checkout request. The application is identified by `clientId` or `siteId` (the docs: one of the two).",
        "oneOf": [
          {
            "$ref": "#/components/schemas/CheckoutRequestByClientId"
          },
          {
            "$ref": "#/components/schemas/CheckoutRequestBySiteId"
          }
        ]
      },
      "CreateCheckoutResponse": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "type": "object",
            "required": [
              "checkoutUrl"
            ],
            "properties": {
              "checkoutUrl": {
                "type": "string",
                "format": "uri",
                "description": "Signed hosted checkout URL, `https://<host>/checkout/{paymentId}?expires=<unix>&signature=<hmac-sha256>`."
              }
            }
          }
        }
      },
      "Money": {
        "type": "object",
        "description": "Amount in three representations.",
        "required": [
          "value",
          "amount",
          "formatted"
        ],
        "properties": {
          "value": {
            "type": "number",
            "description": "Amount in major units (e.g. 100.5)."
          },
          "amount": {
            "type": "integer",
            "description": "Amount in minor units (integer)."
          },
          "formatted": {
            "type": "string",
            "description": "Display string."
          }
        }
      },
      "PaymentStatus": {
        "type": "string",
        "description": "Payment status (open string). Confirmed values: `RECEIVED` (funds confirmed; also the status on `payment.completed`) and `UNDERPAID`. Other values (e.g. pending, overpaid, expired) are NOT FOUND; the list is not closed. Fulfil on the `payment.completed` event, not on this string.",
        "x-unverified": true,
        "examples": [
          "RECEIVED",
          "UNDERPAID"
        ]
      },
      "Payment": {
        "type": "object",
        "description": "The payment object (as in the webhook payload; GET payment starts with the same fields and may return more). Which fields can be null or absent before the payment is found/confirmed is NOT FOUND; timestamps and received/settled amounts are therefore nullable and optional. `id`, `status` and the fields the checkout request requires (`reference`, `referenceLabel`, `currencyCode`, `amount`) are in every documented example and cannot be missing from a created payment, so they are required (https://dev.vaiipay.com/docs/api/endpoints/payments, https://dev.vaiipay.com/docs/webhooks/events).",
        "required": [
          "id",
          "status",
          "reference",
          "referenceLabel",
          "currencyCode",
          "amount"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "userId": {
            "description": "Owning merchant user id (type not documented).",
            "x-unverified": true,
            "type": [
              "string",
              "integer"
            ]
          },
          "status": {
            "$ref": "#/components/schemas/PaymentStatus"
          },
          "reference": {
            "type": "string"
          },
          "referenceLabel": {
            "type": "string"
          },
          "currencyCode": {
            "$ref": "#/components/schemas/CurrencyCode"
          },
          "settlementCurrencyCode": {
            "description": "Settlement currency (nullable assumed).",
            "x-unverified": true,
            "anyOf": [
              {
                "$ref": "#/components/schemas/CurrencyCode"
              },
              {
                "type": "null"
              }
            ]
          },
          "amount": {
            "$ref": "#/components/schemas/Money"
          },
          "receivedAmount": {
            "description": "Amount received so far (nullable assumed).",
            "x-unverified": true,
            "anyOf": [
              {
                "$ref": "#/components/schemas/Money"
              },
              {
                "type": "null"
              }
            ]
          },
          "settledAmount": {
            "description": "Amount settled (nullable assumed).",
            "x-unverified": true,
            "anyOf": [
              {
                "$ref": "#/components/schemas/Money"
              },
              {
                "type": "null"
              }
            ]
          },
          "confirmedAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "foundAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "date": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      },
      "PaymentResponse": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Payment"
          }
        }
      },
      "UserInstructions": {
        "type": "object",
        "description": "Payment instructions for a provider/method. The shape is NOT FOUND; the docs' UI guidance suggests it carries a blockchain address, the exact crypto amount, an expiry and required confirmations, but the field names are unknown.",
        "x-unverified": true,
        "additionalProperties": {}
      },
      "UserInstructionsResponse": {
        "type": "object",
        "description": "Response envelope. All documented responses are wrapped in `data`; for this endpoint no example exists, so `data` is not required.",
        "x-unverified": true,
        "properties": {
          "data": {
            "$ref": "#/components/schemas/UserInstructions"
          }
        }
      },
      "CheckoutPaymentMethodsResponse": {
        "type": "object",
        "description": "Cryptocurrencies and methods available for the checkout (derived from the application's `currencyWhitelist`). The shape is NOT FOUND; `data` is assumed (all documented responses use it) but not required.",
        "x-unverified": true,
        "properties": {
          "data": {
            "description": "Available methods (shape not documented)."
          }
        }
      },
      "PaymentApplicationSetting": {
        "type": "object",
        "properties": {
          "id": {
            "type": [
              "string",
              "integer"
            ],
            "x-unverified": true,
            "description": "Setting id (type not documented)."
          },
          "title": {
            "type": "string"
          },
          "allowOverpay": {
            "type": "boolean"
          },
          "allowUnderpay": {
            "type": "boolean"
          }
        }
      },
      "PaymentApplicationSite": {
        "type": "object",
        "description": "The application's site. The list endpoint shows `id`, `url`, `callbackUrl`; the create response also `title` and `setting`.",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Site id (uuid; the value accepted as `siteId` by createCheckout)."
          },
          "title": {
            "type": "string"
          },
          "url": {
            "type": [
              "string",
              "null"
            ],
            "format": "uri"
          },
          "callbackUrl": {
            "type": [
              "string",
              "null"
            ],
            "format": "uri",
            "description": "Webhook endpoint receiving all events of the application."
          },
          "setting": {
            "$ref": "#/components/schemas/PaymentApplicationSetting"
          }
        }
      },
      "PaymentApplication": {
        "type": "object",
        "description": "A payment application. Fields are the union of the list and create response examples (https://dev.vaiipay.com/docs/api/endpoints/applications). Fields both examples show are required; `paymentAppImage` and `deletedAt` appear in the list example only and stay optional.",
        "required": [
          "id",
          "name",
          "clientId",
          "userId",
          "currencyWhitelist",
          "site",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": [
              "string",
              "integer"
            ],
            "x-unverified": true,
            "description": "Application id (type/format not documented)."
          },
          "name": {
            "type": "string"
          },
          "clientId": {
            "type": "string",
            "description": "32-character Client ID (public-safe)."
          },
          "userId": {
            "type": [
              "string",
              "integer"
            ],
            "x-unverified": true,
            "description": "Owning merchant user id (type not documented)."
          },
          "currencyWhitelist": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CurrencyCode"
            },
            "examples": [
              [
                "BTC",
                "ETH",
                "USDT"
              ]
            ]
          },
          "site": {
            "$ref": "#/components/schemas/PaymentApplicationSite"
          },
          "paymentAppImage": {
            "type": [
              "string",
              "null"
            ],
            "description": "Application image (format not documented).",
            "x-unverified": true
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "deletedAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      },
      "PaymentApplicationResponse": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/PaymentApplication"
          }
        }
      },
      "PaymentApplicationListResponse": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PaymentApplication"
            }
          }
        }
      },
      "CreatePaymentApplicationRequest": {
        "type": "object",
        "description": "Body of createPaymentApplication. Only the documented fields are modelled (no `additionalProperties: true`) so that typed clients reject misspelled fields; whether the server ignores or rejects unknown fields is NOT FOUND.",
        "required": [
          "name",
          "secret"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 3,
            "maxLength": 255
          },
          "secret": {
            "type": "string",
            "description": "Webhook HMAC secret (`WEBHOOK_SECRET`) used to sign events."
          },
          "url": {
            "type": "string",
            "format": "uri",
            "description": "Merchant site URL."
          },
          "callbackUrl": {
            "type": "string",
            "format": "uri",
            "description": "Webhook endpoint for all events of this application."
          },
          "currencyWhitelist": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CurrencyCode"
            },
            "examples": [
              [
                "BTC",
                "ETH",
                "USDT"
              ]
            ]
          },
          "allowUnderpay": {
            "type": "boolean"
          },
          "allowOverpay": {
            "type": "boolean"
          }
        }
      },
      "VaiiPayWebhookEventType": {
        "type": "string",
        "description": "Value of `X-PaymentService-Event` (open string). Documented: `payment.completed`, `payment.received`, `payment.underpaid`; further events may exist (the events page was cut off), NOT FOUND.",
        "x-unverified": true,
        "examples": [
          "payment.completed",
          "payment.received",
          "payment.underpaid"
        ]
      },
      "WebhookPaymentPayload": {
        "type": "object",
        "description": "Webhook body `{\"payment\": {...}}` carrying the full payment object. The event type is not in the body; it is in the `X-PaymentService-Event` header.",
        "required": [
          "payment"
        ],
        "properties": {
          "payment": {
            "$ref": "#/components/schemas/Payment"
          }
        }
      },
      "PaymentCompletedEvent": {
        "title": "PaymentCompletedEvent",
        "description": "Body of `payment.completed` (terminal success; payment.status `RECEIVED`).",
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookPaymentPayload"
          }
        ]
      },
      "PaymentReceivedEvent": {
        "title": "PaymentReceivedEvent",
        "description": "Body of `payment.received` (funds confirmed on-chain; payment.status `RECEIVED`).",
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookPaymentPayload"
          }
        ]
      },
      "PaymentUnderpaidEvent": {
        "title": "PaymentUnderpaidEvent",
        "description": "Body of `payment.underpaid` (payment.status `UNDERPAID`).",
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookPaymentPayload"
          }
        ]
      },
      "VaiiPayWebhookEvent": {
        "description": "Any documented webhook body. The bodies are structurally identical and carry no event field, so there is no body discriminator: select the variant by the `X-PaymentService-Event` header (`payment.completed` → PaymentCompletedEvent, `payment.received` → PaymentReceivedEvent, `payment.underpaid` → PaymentUnderpaidEvent). `anyOf` rather than `oneOf` because a body matches all variants.",
        "anyOf": [
          {
            "$ref": "#/components/schemas/PaymentCompletedEvent"
          },
          {
            "$ref": "#/components/schemas/PaymentReceivedEvent"
          },
          {
            "$ref": "#/components/schemas/PaymentUnderpaidEvent"
          }
        ]
      }
    }
  }
};
