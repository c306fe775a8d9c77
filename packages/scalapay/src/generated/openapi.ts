// This file is generated: do not edit it by hand.
// Source: specs/scalapay.yaml. Regenerate with `pnpm generate` (scripts/generate.ts).

import type { OpenApiDocument } from "@payclients/testing";

/** specs/scalapay.yaml as data: what the emulator validates requests and answers against (`./testing` only). */
export const openapiDocument: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Scalapay API (payclients model)",
    "version": "3.0",
    "description": "Hand-written model of the Scalapay (Italian BNPL) merchant API for the payclients\ngenerators (openapi-typescript + openapi-fetch).\n\nSources: the payclients fact sheet `shared/providers/scalapay.md` (which cites Scalapay's\npublished OpenAPI 3.0.1 \"SC-OAS\", the PHP SDK \"SC-SDK\" and developers.scalapay.com pages)\nand the docs excerpt `shared/provider-docs/scalapay.txt` (endpoints, bearer authentication,\nerror envelope). `info.version` is the `info.version` of SC-OAS.\n\nMarker convention: anything the fact sheet marks inferred [I], third-party-only [C] or\nNOT FOUND is modelled leniently and carries `x-unverified: true` plus a description saying\nexactly what is unknown.\n\nExtensions: the reporting lists carry `x-payclients-pagination` (page numbers from 0, `size`,\nthe `hasMore` flag), which the shared `listAll` follows; see CONTRIBUTING.md, \"Spec extensions\".\nWhich operations take `Idempotency-Key` is said by their header parameter alone.\n\nMoney: every amount is the `Amount` object `{amount, currency}` where `amount` is a\ndot-decimal string (e.g. \"190.00\"). Exception: the webhook payload's top-level `totalAmount`\nis a JSON number (e.g. 40.7).\n",
    "contact": {
      "name": "Scalapay developer documentation",
      "url": "https://developers.scalapay.com"
    }
  },
  "servers": [
    {
      "url": "https://integration.api.scalapay.com",
      "description": "sandbox"
    },
    {
      "url": "https://api.scalapay.com",
      "description": "production"
    }
  ],
  "security": [
    {
      "ApiKeyAuth": []
    }
  ],
  "tags": [
    {
      "name": "Orders",
      "description": "Online checkout orders (create an order and get a hosted checkout URL, update references)."
    },
    {
      "name": "Payments",
      "description": "Online payment lifecycle (details, reference look-up, capture, delayed capture, void, refund)."
    },
    {
      "name": "Multi-capture",
      "description": "Multi-capture operations on orders in delayed-capture mode (partial captures, closing void, refund)."
    },
    {
      "name": "Configuration",
      "description": "Merchant configuration (limits / products)."
    },
    {
      "name": "In-store",
      "description": "In-store orders, authenticated with the separate device key (`InstoreApiKeyAuth`)."
    },
    {
      "name": "Pay-by-link",
      "description": "Pay-by-link orders, authenticated with the separate device key (`InstoreApiKeyAuth`)."
    },
    {
      "name": "Reporting",
      "description": "Paginated reporting on orders, refunds, payouts and disputes. Modelled with the default online key (`ApiKeyAuth`); the sources do not state which key the reporting endpoints take."
    },
    {
      "name": "Webhooks",
      "description": "Order-status callbacks POSTed by Scalapay to the merchant's single webhook URL (set in the Partner Portal, Developers → Webhook Url)."
    }
  ],
  "paths": {
    "/v2/orders": {
      "post": {
        "operationId": "createOrder",
        "externalDocs": {
          "url": "https://developers.scalapay.com/reference/order-details-object"
        },
        "summary": "Create an order and obtain the hosted checkout URL",
        "tags": [
          "Orders"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateOrderRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Order created; redirect the consumer to `checkoutUrl`.",
            "headers": {
              "Request-Idempotency": {
                "$ref": "#/components/headers/RequestIdempotency"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateOrderResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v2/orders/{token}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrderToken"
        }
      ],
      "post": {
        "operationId": "updateOrder",
        "summary": "Update an order's merchantReference / merchantProcessorReference",
        "tags": [
          "Orders"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateOrderRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Order references updated.",
            "headers": {
              "Request-Idempotency": {
                "$ref": "#/components/headers/RequestIdempotency"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UpdateOrderResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v2/payments/{token}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrderToken"
        }
      ],
      "get": {
        "operationId": "getPayment",
        "summary": "Get order / payment details",
        "tags": [
          "Payments"
        ],
        "responses": {
          "200": {
            "description": "Order / payment details.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Payment"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v2/payments/references": {
      "get": {
        "operationId": "getPaymentReferences",
        "summary": "Look up orders by token / merchant references",
        "description": "At least one query parameter must be given; parameters combine with AND. At most 100\nresults are returned, newest first.\n",
        "tags": [
          "Payments"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/OrderTokenQuery"
          },
          {
            "$ref": "#/components/parameters/MerchantOrderReferenceQuery"
          },
          {
            "$ref": "#/components/parameters/MerchantProcessorReferenceQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "Matching orders (at most 100, newest first).",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "maxItems": 100,
                  "items": {
                    "$ref": "#/components/schemas/PaymentReference"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v2/payments/capture": {
      "post": {
        "operationId": "capturePayment",
        "summary": "Capture an authorized order (up to the authorized total)",
        "description": "The order token goes in the request body, not the path.",
        "tags": [
          "Payments"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CaptureRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Capture result.",
            "headers": {
              "Request-Idempotency": {
                "$ref": "#/components/headers/RequestIdempotency"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CaptureResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v2/payments/{token}/delay": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrderToken"
        }
      ],
      "post": {
        "operationId": "delayPayment",
        "summary": "Switch an order to delayed capture (authorize only)",
        "description": "The published reference documents a required JSON body whose\n`authorizationExpiryMilliseconds` is required (default 432000000). The PHP SDK sends an\nempty body, which the emulator still accepts, but the typed client sends the documented body.\n",
        "externalDocs": {
          "url": "https://developers.scalapay.com/reference/post_v2-payments-token-delay"
        },
        "tags": [
          "Payments"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DelayRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Order authorized for delayed capture.",
            "headers": {
              "Request-Idempotency": {
                "$ref": "#/components/headers/RequestIdempotency"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DelayResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v2/payments/{token}/void": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrderToken"
        }
      ],
      "post": {
        "operationId": "voidPayment",
        "summary": "Void the authorization of an order",
        "tags": [
          "Payments"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VoidRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Authorization voided.",
            "headers": {
              "Request-Idempotency": {
                "$ref": "#/components/headers/RequestIdempotency"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/VoidResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v2/payments/{token}/refund": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrderToken"
        }
      ],
      "post": {
        "operationId": "refundPayment",
        "summary": "Refund an order (full or partial)",
        "tags": [
          "Payments"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RefundRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Refund created.",
            "headers": {
              "Request-Idempotency": {
                "$ref": "#/components/headers/RequestIdempotency"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RefundResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v2/payments/{token}/delay/capture": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrderToken"
        }
      ],
      "post": {
        "operationId": "captureDelayedPayment",
        "externalDocs": {
          "url": "https://developers.scalapay.com/reference/post_v2-payments-token-delay-capture-1"
        },
        "summary": "Partially capture an order in delayed-capture mode (multi-capture)",
        "description": "Capturing the full remaining amount automatically voids the rest. The request body is\nNOT FOUND in the sources (see `DelayCaptureRequest`, x-unverified).\n",
        "tags": [
          "Multi-capture"
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DelayCaptureRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Multi-capture order state after the capture.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MultiCaptureOrder"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v2/payments/{token}/delay/void": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrderToken"
        }
      ],
      "post": {
        "operationId": "voidDelayedPayment",
        "externalDocs": {
          "url": "https://developers.scalapay.com/reference/post_v2-payments-token-delay-void-1"
        },
        "summary": "Close a multi-capture order and void the uncaptured rest",
        "description": "The request body is NOT FOUND in the sources (see `DelayVoidRequest`, x-unverified).",
        "tags": [
          "Multi-capture"
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DelayVoidRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Multi-capture order state after the void.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MultiCaptureOrder"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v2/payments/{token}/delay/refund": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrderToken"
        }
      ],
      "post": {
        "operationId": "refundDelayedPayment",
        "summary": "Refund a multi-capture order",
        "description": "UNVERIFIED: the path is inferred from the docs slug `response-v2paymentstokendelayrefund`\nand the menu item \"delay refund\"; the request body is NOT FOUND; the response is assumed\nto carry the same fields as delay/void.\n",
        "x-unverified": true,
        "tags": [
          "Multi-capture"
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DelayRefundRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Multi-capture order state after the refund (shape inferred, x-unverified).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DelayRefundResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v3/configurations": {
      "get": {
        "operationId": "getConfigurations",
        "summary": "Get the merchant configuration (limits / products)",
        "description": "Path taken from the PHP SDK `getMerchantConfiguration()`; the response shape is NOT FOUND\n(see `MerchantConfigurations`, x-unverified).\n",
        "tags": [
          "Configuration"
        ],
        "responses": {
          "200": {
            "description": "Merchant configuration (shape unverified).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MerchantConfigurations"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v1/instore/orders": {
      "post": {
        "operationId": "createInstoreOrder",
        "externalDocs": {
          "url": "https://developers.scalapay.com/reference/instore-api-parameters"
        },
        "summary": "Create an in-store order",
        "tags": [
          "In-store"
        ],
        "security": [
          {
            "InstoreApiKeyAuth": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateInstoreOrderRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "In-store order created (shape unverified).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InstoreOrder"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v1/instore/orders/{token}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrderToken"
        }
      ],
      "get": {
        "operationId": "getInstoreOrder",
        "summary": "Get an in-store order",
        "tags": [
          "In-store"
        ],
        "security": [
          {
            "InstoreApiKeyAuth": []
          }
        ],
        "responses": {
          "200": {
            "description": "In-store order (shape unverified).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InstoreOrder"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v1/instore/orders/references": {
      "get": {
        "operationId": "getInstoreOrderReferences",
        "summary": "Look up in-store orders by reference",
        "description": "UNVERIFIED: the query parameters and the response shape are not detailed in the sources;\nthe parameters are assumed to mirror the online `GET /v2/payments/references`.\n",
        "x-unverified": true,
        "tags": [
          "In-store"
        ],
        "security": [
          {
            "InstoreApiKeyAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/OrderTokenQuery"
          },
          {
            "$ref": "#/components/parameters/MerchantOrderReferenceQuery"
          },
          {
            "$ref": "#/components/parameters/MerchantProcessorReferenceQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "Matching in-store orders (shape unverified).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InstoreOrderReferences"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v1/instore/orders/{token}/refund": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrderToken"
        }
      ],
      "post": {
        "operationId": "refundInstoreOrder",
        "summary": "Refund an in-store order",
        "tags": [
          "In-store"
        ],
        "security": [
          {
            "InstoreApiKeyAuth": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RefundInstoreOrderRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "In-store refund result (shape unverified).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InstoreRefund"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v2/instore/paybylink/orders": {
      "post": {
        "operationId": "createPayByLinkOrder",
        "externalDocs": {
          "url": "https://developers.scalapay.com/reference/call-parameters-pay-by-link-orders"
        },
        "summary": "Create a pay-by-link order",
        "tags": [
          "Pay-by-link"
        ],
        "security": [
          {
            "InstoreApiKeyAuth": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreatePayByLinkOrderRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Pay-by-link order created.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PayByLinkOrder"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v2/instore/paybylink/orders/{token}/void": {
      "parameters": [
        {
          "$ref": "#/components/parameters/OrderToken"
        }
      ],
      "post": {
        "operationId": "voidPayByLinkOrder",
        "externalDocs": {
          "url": "https://developers.scalapay.com/reference/instore-api-parameters"
        },
        "summary": "Void a pay-by-link order",
        "tags": [
          "Pay-by-link"
        ],
        "security": [
          {
            "InstoreApiKeyAuth": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VoidPayByLinkOrderRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Pay-by-link order voided (shape unverified).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PayByLinkVoid"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v1/reporting/orders": {
      "get": {
        "operationId": "listReportingOrders",
        "x-payclients-pagination": {
          "style": "page",
          "items": "items",
          "pageSize": "size",
          "page": "page",
          "firstPage": 0,
          "hasMore": "hasMore"
        },
        "externalDocs": {
          "url": "https://developers.scalapay.com/reference/items-object"
        },
        "summary": "List orders (reporting)",
        "tags": [
          "Reporting"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/StartDate"
          },
          {
            "$ref": "#/components/parameters/EndDate"
          },
          {
            "$ref": "#/components/parameters/Page"
          },
          {
            "$ref": "#/components/parameters/Size"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of orders.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReportingOrdersPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v1/reporting/refunds": {
      "get": {
        "operationId": "listReportingRefunds",
        "x-payclients-pagination": {
          "style": "page",
          "items": "items",
          "pageSize": "size",
          "page": "page",
          "firstPage": 0,
          "hasMore": "hasMore"
        },
        "summary": "List refunds (reporting)",
        "tags": [
          "Reporting"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/StartDate"
          },
          {
            "$ref": "#/components/parameters/EndDate"
          },
          {
            "$ref": "#/components/parameters/Page"
          },
          {
            "$ref": "#/components/parameters/Size"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of refunds.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReportingRefundsPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v1/reporting/payouts": {
      "get": {
        "operationId": "listReportingPayouts",
        "x-payclients-pagination": {
          "style": "page",
          "items": "items",
          "pageSize": "size",
          "page": "page",
          "firstPage": 0,
          "hasMore": "hasMore"
        },
        "summary": "List payouts (reporting)",
        "tags": [
          "Reporting"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/StartDate"
          },
          {
            "$ref": "#/components/parameters/EndDate"
          },
          {
            "$ref": "#/components/parameters/Page"
          },
          {
            "$ref": "#/components/parameters/Size"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of payouts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReportingPayoutsPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v1/reporting/payouts/{token}/orders": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PayoutToken"
        }
      ],
      "get": {
        "operationId": "listReportingPayoutOrders",
        "x-payclients-pagination": {
          "style": "page",
          "items": "items",
          "pageSize": "size",
          "page": "page",
          "firstPage": 0,
          "hasMore": "hasMore"
        },
        "summary": "List the orders settled in a payout (reporting)",
        "description": "The reference documents no date window for this list (the payout token scopes it); only `page` and `size`.",
        "tags": [
          "Reporting"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Page"
          },
          {
            "$ref": "#/components/parameters/Size"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of the payout's orders.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReportingOrdersPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v1/reporting/payouts/{token}/refunds": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PayoutToken"
        }
      ],
      "get": {
        "operationId": "listReportingPayoutRefunds",
        "x-payclients-pagination": {
          "style": "page",
          "items": "items",
          "pageSize": "size",
          "page": "page",
          "firstPage": 0,
          "hasMore": "hasMore"
        },
        "summary": "List the refunds settled in a payout (reporting)",
        "description": "The reference documents no date window for this list (the payout token scopes it); only `page` and `size`.",
        "tags": [
          "Reporting"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Page"
          },
          {
            "$ref": "#/components/parameters/Size"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of the payout's refunds.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReportingRefundsPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v1/reporting/disputes": {
      "get": {
        "operationId": "listReportingDisputes",
        "x-payclients-pagination": {
          "style": "page",
          "items": "items",
          "pageSize": "size",
          "page": "page",
          "firstPage": 0,
          "hasMore": "hasMore"
        },
        "summary": "List disputes (reporting)",
        "description": "`startDate` and `endDate` are required here, the page size is at most 100 and `disputeStatus` filters (SC-OAS).",
        "tags": [
          "Reporting"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/DisputeStartDate"
          },
          {
            "$ref": "#/components/parameters/DisputeEndDate"
          },
          {
            "$ref": "#/components/parameters/DisputeStatus"
          },
          {
            "$ref": "#/components/parameters/Page"
          },
          {
            "$ref": "#/components/parameters/DisputeSize"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of disputes.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReportingDisputesPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    }
  },
  "webhooks": {
    "created": {
      "post": {
        "operationId": "orderCreatedWebhook",
        "summary": "Order created",
        "description": "Sent when an order reaches status `created`. Carries `orderDetails` in addition to the always-present fields.",
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OrderCreatedEvent"
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
    "authorized": {
      "post": {
        "operationId": "orderAuthorizedWebhook",
        "summary": "Order authorized",
        "description": "Sent when an order reaches status `authorized`.",
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OrderAuthorizedEvent"
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
    "charged": {
      "post": {
        "operationId": "orderChargedWebhook",
        "summary": "Order charged",
        "description": "Sent when an order reaches status `charged`.",
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OrderChargedEvent"
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
    "refunded": {
      "post": {
        "operationId": "orderRefundedWebhook",
        "summary": "Order refunded",
        "description": "Sent when an order reaches status `refunded`. Carries `orderDetails` in addition to the always-present fields.",
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OrderRefundedEvent"
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
    "expired": {
      "post": {
        "operationId": "orderExpiredWebhook",
        "summary": "Order expired",
        "description": "Sent when an order reaches status `expired`.",
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OrderExpiredEvent"
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
      "ApiKeyAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "Static secret API key sent as `Authorization: Bearer <key>` (exactly one space); there is\nno token exchange. Production keys are usually prefixed `sp_`; sandbox and production keys\nare separate and the wrong environment's key gives 401. Public sandbox test key:\n`qhtfs87hjnc12kkos`.\n"
      },
      "InstoreApiKeyAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "Separate device key for the in-store and pay-by-link endpoints, also sent as\n`Authorization: Bearer <key>`. Public sandbox value: `testdeviceapikey`.\n"
      }
    },
    "parameters": {
      "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "description": "Optional idempotency key (documented on createOrder, updateOrder, capturePayment,\ndelayPayment, voidPayment, refundPayment). A replayed response carries\n`Request-Idempotency: true`; a conflicting operation still in progress returns 409\n`conflicting_operation_in_progress`.\n",
        "schema": {
          "type": "string"
        }
      },
      "OrderToken": {
        "name": "token",
        "in": "path",
        "required": true,
        "description": "Scalapay order token (the `token` returned by order creation).",
        "schema": {
          "type": "string"
        }
      },
      "PayoutToken": {
        "name": "token",
        "in": "path",
        "required": true,
        "description": "Payout token.",
        "schema": {
          "type": "string"
        }
      },
      "OrderTokenQuery": {
        "name": "orderToken",
        "in": "query",
        "required": false,
        "description": "Scalapay order token.",
        "schema": {
          "type": "string"
        }
      },
      "MerchantOrderReferenceQuery": {
        "name": "merchantOrderReference",
        "in": "query",
        "required": false,
        "description": "The merchant's order reference (`merchantReference`).",
        "schema": {
          "type": "string"
        }
      },
      "MerchantProcessorReferenceQuery": {
        "name": "merchantProcessorReference",
        "in": "query",
        "required": false,
        "description": "The merchant's processor reference.",
        "schema": {
          "type": "string"
        }
      },
      "StartDate": {
        "name": "startDate",
        "in": "query",
        "required": false,
        "description": "Start of the reporting window; must not be after `endDate` (400 otherwise). Optional on\nthe orders, refunds and payouts lists (SC-OAS requires it only on disputes); the date\nformat (date vs date-time) is NOT FOUND.\n",
        "x-unverified": true,
        "schema": {
          "type": "string"
        }
      },
      "EndDate": {
        "name": "endDate",
        "in": "query",
        "required": false,
        "description": "End of the reporting window. Optional on the orders, refunds and payouts lists (SC-OAS\nrequires it only on disputes); the date format (date vs date-time) is NOT FOUND.\n",
        "x-unverified": true,
        "schema": {
          "type": "string"
        }
      },
      "Page": {
        "name": "page",
        "in": "query",
        "required": false,
        "description": "Zero-based page number (example 0).",
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      "Size": {
        "name": "size",
        "in": "query",
        "required": false,
        "description": "Page size, 0 to 5000 (SC-OAS; example 5000).",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 5000
        }
      },
      "DisputeSize": {
        "name": "size",
        "in": "query",
        "required": false,
        "description": "Page size of the disputes list, 0 to 100 (SC-OAS).",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100
        }
      },
      "DisputeStartDate": {
        "name": "startDate",
        "in": "query",
        "required": true,
        "description": "Start of the disputes window (required on this list per SC-OAS; format as for the other reporting lists).",
        "schema": {
          "type": "string"
        }
      },
      "DisputeEndDate": {
        "name": "endDate",
        "in": "query",
        "required": true,
        "description": "End of the disputes window (required on this list per SC-OAS).",
        "schema": {
          "type": "string"
        }
      },
      "DisputeStatus": {
        "name": "disputeStatus",
        "in": "query",
        "required": false,
        "description": "Only disputes in this status (SC-OAS).",
        "schema": {
          "type": "string",
          "enum": [
            "open",
            "processing",
            "won",
            "lost",
            "closed"
          ]
        }
      },
      "WebhookSignature": {
        "name": "x-scalapay-hmac-v1",
        "in": "header",
        "required": true,
        "description": "Hex HMAC-SHA256 of the string `V1:{timestamp}:{payload}` keyed with the merchant's API\nkey, where `{timestamp}` is the `x-scalapay-timestamp` value and `{payload}` is the raw\nJSON body. Header names may arrive in mixed case; compare case-insensitively.\n",
        "schema": {
          "type": "string",
          "pattern": "^[0-9a-fA-F]{64}$"
        }
      },
      "WebhookTimestamp": {
        "name": "x-scalapay-timestamp",
        "in": "header",
        "required": true,
        "description": "Signature timestamp, epoch milliseconds as a decimal string (example `1234567890123`).",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]+$",
          "examples": [
            "1234567890123"
          ]
        }
      }
    },
    "headers": {
      "RequestIdempotency": {
        "description": "Present with value `true` when the response is a replay of an earlier request with the same `Idempotency-Key`.",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "true"
          ]
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "Invalid request. `errorCode` e.g. `api_validationerror` (then `message` is a validation\nobject) or `pre_condition_failed` (reporting).\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ScalapayError"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Authentication failed. Scalapay returns the bare JSON string `\"Unauthorized\"`, not the error envelope.",
        "content": {
          "application/json": {
            "schema": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/ScalapayError"
                },
                {
                  "type": "string",
                  "examples": [
                    "Unauthorized"
                  ]
                }
              ]
            }
          }
        }
      },
      "Conflict": {
        "description": "A conflicting operation is in progress (`conflicting_operation_in_progress`); retry later.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ScalapayError"
            }
          }
        }
      },
      "UnprocessableEntity": {
        "description": "Unprocessable request, e.g. `invalid_token` on get payment details.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ScalapayError"
            }
          }
        }
      },
      "InternalServerError": {
        "description": "Unexpected error on Scalapay's side (`internal_server`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ScalapayError"
            }
          }
        }
      },
      "WebhookAck": {
        "description": "Acknowledge receipt with HTTP 200. Any other response is retried with exponential\nbackoff; delivery order is not guaranteed.\n"
      }
    },
    "schemas": {
      "ScalapayError": {
        "type": "object",
        "description": "Scalapay error envelope. Rely on `errorCode` and `httpStatusCode`; `message` wording may change.",
        "properties": {
          "errorCode": {
            "type": "string",
            "description": "Error code (open string), e.g. `api_validationerror`, `invalid_token`,\n`pre_condition_failed`, `internal_server`, `conflicting_operation_in_progress`,\n`order_amount_exceeds_maximum_limit`; the docs example also shows a numeric string (\"400\").\n",
            "examples": [
              "api_validationerror",
              "invalid_token",
              "pre_condition_failed",
              "internal_server",
              "conflicting_operation_in_progress",
              "order_amount_exceeds_maximum_limit"
            ]
          },
          "errorId": {
            "type": "string",
            "description": "Unique identifier of the error instance.",
            "examples": [
              "error-19g6iml8px18g"
            ]
          },
          "message": {
            "description": "Human-readable message (a string), or a validation object for `api_validationerror`.",
            "oneOf": [
              {
                "type": "string"
              },
              {
                "$ref": "#/components/schemas/ScalapayValidationErrorMessage"
              }
            ]
          },
          "httpStatusCode": {
            "type": "integer",
            "description": "HTTP status code of the error.",
            "examples": [
              409
            ]
          }
        }
      },
      "ScalapayValidationErrorMessage": {
        "type": "object",
        "description": "The `message` object of a 400 `api_validationerror`.",
        "properties": {
          "status": {
            "type": [
              "integer",
              "string"
            ],
            "description": "Status (type not stated in the sources; integer or string accepted)."
          },
          "statusText": {
            "type": "string"
          },
          "errors": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ScalapayValidationErrorDetail"
            }
          }
        }
      },
      "ScalapayValidationErrorDetail": {
        "type": "object",
        "properties": {
          "field": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "location": {
            "type": "string"
          },
          "messages": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "types": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "Amount": {
        "type": "object",
        "description": "Money as a dot-decimal string plus currency, e.g. `{\"amount\":\"190.00\",\"currency\":\"EUR\"}`.",
        "required": [
          "amount",
          "currency"
        ],
        "properties": {
          "amount": {
            "type": "string",
            "description": "Decimal amount as a string with a dot separator (e.g. \"187.95\"). Some provider examples show comma\ndecimals (\"190,00\"); send dot decimals. The pattern (up to 13 digits, up to 2 decimals) is the\nemulator's reading of that rule; Scalapay publishes no pattern.\n",
            "x-unverified": true,
            "pattern": "^\\d{1,13}(\\.\\d{1,2})?$",
            "examples": [
              "190.00"
            ]
          },
          "currency": {
            "type": "string",
            "description": "ISO 4217 currency code (three upper-case letters).",
            "pattern": "^[A-Z]{3}$",
            "examples": [
              "EUR"
            ]
          }
        }
      },
      "PaymentStatus": {
        "type": "string",
        "description": "Order / payment status (open string; the list may grow). Seen: `created`, `authorized`,\n`charged`, `refunded`, `expired`; capture and delay responses use upper-case `APPROVED`,\n`AUTHORIZED`.\n",
        "examples": [
          "created",
          "authorized",
          "charged",
          "refunded",
          "expired",
          "APPROVED",
          "AUTHORIZED"
        ]
      },
      "CaptureStatus": {
        "type": "string",
        "description": "Capture status (open string; the full list is NOT FOUND). Seen `captured`, `pending`, `delayed`, `voided`.",
        "examples": [
          "captured",
          "pending",
          "delayed",
          "voided"
        ]
      },
      "Consumer": {
        "description": "The consumer of an online order; SC-OAS requires all four fields.",
        "allOf": [
          {
            "$ref": "#/components/schemas/ConsumerDetails"
          }
        ],
        "required": [
          "phoneNumber",
          "givenNames",
          "surname",
          "email"
        ]
      },
      "ConsumerDetails": {
        "type": "object",
        "description": "Consumer fields with none required (pay-by-link orders and order echoes).",
        "properties": {
          "phoneNumber": {
            "type": "string"
          },
          "givenNames": {
            "type": "string"
          },
          "surname": {
            "type": "string"
          },
          "email": {
            "type": "string"
          }
        }
      },
      "Address": {
        "description": "Shipping address of an online order: SC-OAS requires all six fields (see\nhttps://developers.scalapay.com/reference/gdmglobal-data-model for the fields).\n",
        "allOf": [
          {
            "$ref": "#/components/schemas/BillingAddress"
          }
        ],
        "required": [
          "phoneNumber",
          "countryCode",
          "name",
          "postcode",
          "suburb",
          "line1"
        ]
      },
      "BillingAddress": {
        "type": "object",
        "description": "Postal address with no required field: the billing address (SC-OAS requires none of its\nfields), and the addresses of pay-by-link orders and of order echoes.\n",
        "properties": {
          "phoneNumber": {
            "type": "string"
          },
          "countryCode": {
            "type": "string",
            "examples": [
              "IT"
            ]
          },
          "name": {
            "type": "string"
          },
          "postcode": {
            "type": "string"
          },
          "suburb": {
            "type": "string",
            "description": "City / locality."
          },
          "line1": {
            "type": "string"
          }
        }
      },
      "Item": {
        "type": "object",
        "required": [
          "name",
          "category",
          "sku",
          "quantity",
          "price"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "category": {
            "type": "string"
          },
          "subcategory": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "brand": {
            "type": "string"
          },
          "gtin": {
            "type": "string"
          },
          "sku": {
            "type": "string"
          },
          "quantity": {
            "type": "integer"
          },
          "price": {
            "$ref": "#/components/schemas/Amount"
          },
          "pageUrl": {
            "type": "string",
            "format": "uri"
          },
          "imageUrl": {
            "type": "string",
            "format": "uri"
          }
        }
      },
      "Discount": {
        "type": "object",
        "properties": {
          "amount": {
            "$ref": "#/components/schemas/Amount"
          },
          "displayName": {
            "type": "string"
          }
        }
      },
      "MerchantUrls": {
        "description": "Merchant redirect URLs of an online order; both are required.",
        "allOf": [
          {
            "$ref": "#/components/schemas/MerchantDetails"
          }
        ],
        "required": [
          "redirectConfirmUrl",
          "redirectCancelUrl"
        ]
      },
      "MerchantDetails": {
        "type": "object",
        "description": "Merchant redirect URLs with none required (pay-by-link orders and order echoes).",
        "properties": {
          "redirectConfirmUrl": {
            "type": "string",
            "format": "uri"
          },
          "redirectCancelUrl": {
            "type": "string",
            "format": "uri"
          }
        }
      },
      "Frequency": {
        "type": "object",
        "description": "Instalment frequency. Do not send with `product` `pay-in-3` or `pay-in-4`.",
        "properties": {
          "number": {
            "type": "integer"
          },
          "frequencyType": {
            "type": "string"
          }
        }
      },
      "OrderType": {
        "type": "string",
        "description": "Order type. `link` requires `extensions.type.link.notification`.",
        "enum": [
          "",
          "online",
          "offline",
          "link"
        ]
      },
      "Product": {
        "type": "string",
        "enum": [
          "",
          "pay-in-3",
          "pay-in-4",
          "later"
        ]
      },
      "OrderExtensions": {
        "type": "object",
        "properties": {
          "type": {
            "type": "object",
            "properties": {
              "link": {
                "type": "object",
                "properties": {
                  "notification": {
                    "$ref": "#/components/schemas/LinkNotification"
                  }
                }
              }
            }
          },
          "industry": {
            "type": "object",
            "properties": {
              "travel": {
                "type": "object",
                "properties": {
                  "startDate": {
                    "type": "string",
                    "format": "date"
                  },
                  "endDate": {
                    "type": "string",
                    "format": "date"
                  }
                }
              }
            }
          }
        }
      },
      "LinkNotification": {
        "type": "object",
        "description": "Notification settings for `type: link` orders; SC-OAS requires `channels`.\n",
        "required": [
          "channels"
        ],
        "properties": {
          "channels": {
            "type": "array",
            "description": "How the link is sent. SC-OAS lists `email` and `sms`; the pay-by-link Order Details page\n(https://developers.scalapay.com/reference/9-order-details-object-pay-by-link-orders) also\nlists `push` and `qrcode`. The sources disagree, so all four are accepted (x-unverified for\nthe last two).\n",
            "x-unverified": true,
            "items": {
              "type": "string",
              "enum": [
                "email",
                "sms",
                "push",
                "qrcode"
              ]
            }
          },
          "phoneCountryCode": {
            "type": "string"
          },
          "phoneNumber": {
            "type": "string"
          },
          "emailAddress": {
            "type": "string"
          },
          "preferredLanguage": {
            "type": "string",
            "enum": [
              "",
              "english",
              "italiano",
              "francais",
              "deutsch",
              "espanol",
              "dutch",
              "suomi",
              "portuguese"
            ]
          }
        }
      },
      "CreateOrderRequest": {
        "type": "object",
        "required": [
          "totalAmount",
          "consumer",
          "shipping",
          "items",
          "merchant"
        ],
        "properties": {
          "totalAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "consumer": {
            "$ref": "#/components/schemas/Consumer"
          },
          "billing": {
            "$ref": "#/components/schemas/BillingAddress"
          },
          "shipping": {
            "$ref": "#/components/schemas/Address"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Item"
            }
          },
          "discounts": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Discount"
            }
          },
          "merchant": {
            "$ref": "#/components/schemas/MerchantUrls"
          },
          "merchantReference": {
            "type": "string"
          },
          "shippingAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "taxAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "type": {
            "$ref": "#/components/schemas/OrderType"
          },
          "product": {
            "$ref": "#/components/schemas/Product"
          },
          "frequency": {
            "$ref": "#/components/schemas/Frequency"
          },
          "orderExpiryMilliseconds": {
            "type": "integer",
            "description": "Order expiry in milliseconds (e.g. 2400000).",
            "examples": [
              2400000
            ]
          },
          "extensions": {
            "$ref": "#/components/schemas/OrderExtensions"
          }
        }
      },
      "CreateOrderResponse": {
        "type": "object",
        "required": [
          "token"
        ],
        "properties": {
          "token": {
            "type": "string",
            "description": "Order token used by all later calls."
          },
          "expires": {
            "type": "string",
            "format": "date-time",
            "description": "Expiry of the order / checkout (ISO 8601)."
          },
          "checkoutUrl": {
            "type": "string",
            "format": "uri",
            "description": "Hosted checkout URL to redirect the consumer to (portal.scalapay.com / portal.integration.scalapay.com)."
          }
        }
      },
      "OrderDetails": {
        "type": "object",
        "description": "Echo of the order payload as stored by Scalapay (response side: nothing required,\n`type`/`product` left as open strings).\n",
        "properties": {
          "totalAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "consumer": {
            "$ref": "#/components/schemas/ConsumerDetails"
          },
          "billing": {
            "$ref": "#/components/schemas/BillingAddress"
          },
          "shipping": {
            "$ref": "#/components/schemas/BillingAddress"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Item"
            }
          },
          "discounts": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Discount"
            }
          },
          "merchant": {
            "$ref": "#/components/schemas/MerchantDetails"
          },
          "merchantReference": {
            "type": "string"
          },
          "shippingAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "taxAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "type": {
            "type": "string"
          },
          "product": {
            "type": "string"
          },
          "frequency": {
            "$ref": "#/components/schemas/Frequency"
          },
          "orderExpiryMilliseconds": {
            "type": "integer"
          },
          "extensions": {
            "$ref": "#/components/schemas/OrderExtensions"
          }
        }
      },
      "UpdateOrderRequest": {
        "type": "object",
        "properties": {
          "merchantReference": {
            "type": "string",
            "minLength": 1
          },
          "merchantProcessorReference": {
            "type": "string",
            "minLength": 1
          }
        }
      },
      "UpdateOrderResponse": {
        "type": "object",
        "properties": {
          "token": {
            "type": "string"
          },
          "merchantReference": {
            "type": "string"
          },
          "merchantProcessorReference": {
            "type": "string"
          }
        }
      },
      "Payment": {
        "type": "object",
        "description": "Order / payment details.",
        "properties": {
          "token": {
            "type": "string"
          },
          "created": {
            "type": "string",
            "description": "Creation timestamp (format not stated)."
          },
          "status": {
            "$ref": "#/components/schemas/PaymentStatus"
          },
          "captureStatus": {
            "$ref": "#/components/schemas/CaptureStatus"
          },
          "totalAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "orderDetails": {
            "$ref": "#/components/schemas/OrderDetails"
          },
          "lastEligibilityFeedback": {
            "type": "string",
            "description": "Last eligibility feedback (open string), e.g. `DECLINED_FRAUD` on expired orders.",
            "examples": [
              "DECLINED_FRAUD"
            ]
          }
        }
      },
      "PaymentReference": {
        "type": "object",
        "description": "One match of a reference look-up. The reference's own example returns\n`\"merchantProcessorReference\": null` for an order without one, so both merchant references\nare nullable.\n",
        "required": [
          "orderToken"
        ],
        "properties": {
          "orderToken": {
            "type": "string"
          },
          "merchantOrderReference": {
            "type": [
              "string",
              "null"
            ]
          },
          "merchantProcessorReference": {
            "type": [
              "string",
              "null"
            ]
          },
          "createdAt": {
            "type": "string",
            "description": "Creation timestamp (format not stated)."
          }
        }
      },
      "CaptureRequest": {
        "type": "object",
        "required": [
          "token"
        ],
        "properties": {
          "token": {
            "type": "string",
            "description": "Order token."
          },
          "merchantReference": {
            "type": "string"
          },
          "amount": {
            "$ref": "#/components/schemas/Amount"
          }
        }
      },
      "CaptureResponse": {
        "type": "object",
        "properties": {
          "token": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/PaymentStatus"
          },
          "totalAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "orderDetails": {
            "$ref": "#/components/schemas/OrderDetails"
          },
          "capturedAt": {
            "type": "string",
            "description": "Capture timestamp (format not stated)."
          }
        }
      },
      "DelayRequest": {
        "type": "object",
        "required": [
          "authorizationExpiryMilliseconds"
        ],
        "properties": {
          "authorizationExpiryMilliseconds": {
            "type": "integer",
            "default": 432000000,
            "description": "Authorization validity in milliseconds (default 432000000 = 5 days)."
          },
          "merchantReference": {
            "type": "string"
          }
        }
      },
      "DelayResponse": {
        "type": "object",
        "properties": {
          "token": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/PaymentStatus"
          },
          "authorizationExpiryAt": {
            "type": "string",
            "description": "Authorization expiry timestamp (format not stated)."
          },
          "totalAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "orderDetails": {
            "$ref": "#/components/schemas/OrderDetails"
          }
        }
      },
      "VoidRequest": {
        "type": "object",
        "properties": {
          "merchantReference": {
            "type": "string"
          }
        }
      },
      "VoidResponse": {
        "type": "object",
        "properties": {
          "token": {
            "type": "string"
          },
          "merchantReference": {
            "type": "string"
          },
          "voidedAt": {
            "type": "string",
            "description": "Void timestamp (format not stated)."
          }
        }
      },
      "RefundRequest": {
        "type": "object",
        "required": [
          "refundAmount"
        ],
        "properties": {
          "refundAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "merchantRefundReference": {
            "type": "string"
          },
          "merchantReference": {
            "type": "string",
            "x-unverified": true,
            "description": "Not in the published reference's refund body; kept because Scalapay's own PHP SDK\n(`scalapay/scalapay-php-sdk`) sends it next to `merchantRefundReference`. It may be ignored.\n"
          }
        }
      },
      "RefundResponse": {
        "type": "object",
        "properties": {
          "token": {
            "type": "string"
          },
          "amount": {
            "$ref": "#/components/schemas/Amount"
          },
          "merchantReference": {
            "type": "string"
          },
          "merchantRefundReference": {
            "type": "string"
          },
          "refundToken": {
            "type": "string"
          },
          "refundedAt": {
            "type": "string",
            "description": "Refund timestamp (format not stated)."
          }
        }
      },
      "DelayCaptureRequest": {
        "type": "object",
        "description": "UNVERIFIED: the delay/capture request body is NOT FOUND. Inferred (like capture) to take\n`amount` and `merchantReference`; only these two are typed.\n",
        "x-unverified": true,
        "properties": {
          "amount": {
            "$ref": "#/components/schemas/Amount"
          },
          "merchantReference": {
            "type": "string"
          }
        }
      },
      "DelayVoidRequest": {
        "type": "object",
        "description": "UNVERIFIED: the delay/void request body is NOT FOUND (it may be empty); any object is accepted.",
        "x-unverified": true,
        "additionalProperties": {}
      },
      "DelayRefundRequest": {
        "type": "object",
        "description": "UNVERIFIED: the delay/refund request body is NOT FOUND (the endpoint path itself is inferred); any object is accepted.",
        "x-unverified": true,
        "additionalProperties": {}
      },
      "MultiCaptureOrder": {
        "type": "object",
        "description": "State of a multi-capture (delayed) order.",
        "properties": {
          "token": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/PaymentStatus"
          },
          "captureStatus": {
            "$ref": "#/components/schemas/CaptureStatus"
          },
          "totalAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "totalCapturedAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "openToCaptureAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "orderDetails": {
            "$ref": "#/components/schemas/OrderDetails"
          },
          "captures": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MultiCaptureEntry"
            }
          }
        }
      },
      "MultiCaptureEntry": {
        "type": "object",
        "description": "UNVERIFIED: the fields of one `captures[]` entry are NOT FOUND.",
        "x-unverified": true,
        "additionalProperties": {}
      },
      "DelayRefundResponse": {
        "description": "UNVERIFIED: assumed to carry the same fields as the delay/void response (inferred, not documented).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/MultiCaptureOrder"
          }
        ]
      },
      "MerchantConfigurations": {
        "type": "object",
        "description": "UNVERIFIED: the `GET /v3/configurations` response shape is NOT FOUND (expected to describe merchant limits / products).",
        "x-unverified": true,
        "additionalProperties": {}
      },
      "CreateInstoreOrderRequest": {
        "type": "object",
        "description": "In-store order creation. The required field list and the item shape (each item requires\n`name`, `quantity`, `category`, `price` and `sku`, like an online order's item) are from\nScalapay's published OpenAPI (SC-OAS); `merchantOperatorId`, `requestId` and\n`preApprovalCode` are mandatory per https://developers.scalapay.com/reference/instore-api-parameters.\nThe string types of the three identifiers are assumed.\n",
        "required": [
          "merchantOperatorId",
          "merchantReference",
          "preApprovalCode",
          "requestId",
          "totalAmount",
          "items"
        ],
        "properties": {
          "merchantOperatorId": {
            "type": "string"
          },
          "merchantReference": {
            "type": "string"
          },
          "preApprovalCode": {
            "type": "string"
          },
          "requestId": {
            "type": "string"
          },
          "totalAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Item"
            }
          }
        }
      },
      "InstoreOrder": {
        "type": "object",
        "description": "UNVERIFIED: in-store order response shape not detailed in the sources.",
        "x-unverified": true,
        "additionalProperties": {}
      },
      "InstoreOrderReferences": {
        "description": "UNVERIFIED: in-store reference look-up response shape not detailed in the sources (an array or an object).",
        "x-unverified": true,
        "oneOf": [
          {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": {}
            }
          },
          {
            "type": "object",
            "additionalProperties": {}
          }
        ]
      },
      "RefundInstoreOrderRequest": {
        "type": "object",
        "description": "In-store refund. The required field list is documented; the field types are NOT FOUND (types below are assumed).",
        "x-unverified": true,
        "required": [
          "merchantOperatorId",
          "refundAmount",
          "requestId"
        ],
        "properties": {
          "merchantOperatorId": {
            "type": "string"
          },
          "refundAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "requestId": {
            "type": "string"
          }
        }
      },
      "InstoreRefund": {
        "type": "object",
        "description": "UNVERIFIED: in-store refund response shape not detailed in the sources.",
        "x-unverified": true,
        "additionalProperties": {}
      },
      "CreatePayByLinkOrderRequest": {
        "description": "Pay-by-link order (the Order Details object of\nhttps://developers.scalapay.com/reference/9-order-details-object-pay-by-link-orders). SC-OAS\nrequires `totalAmount`, types `items` as strict items and requires `channels` in the link\nnotification (`extensions.type.link.notification`). Which other fields the create requires\nis not documented, so consumer, addresses and merchant URLs are optional here (the fields\nof `OrderDetails`, with `type` and `product` as open strings).\n",
        "allOf": [
          {
            "$ref": "#/components/schemas/OrderDetails"
          }
        ],
        "required": [
          "totalAmount"
        ]
      },
      "VoidPayByLinkOrderRequest": {
        "type": "object",
        "description": "Pay-by-link void body `{merchantOperatorId, requestId}` (SC-OAS); both are mandatory for the\ndevice-key APIs per https://developers.scalapay.com/reference/instore-api-parameters.\n",
        "required": [
          "merchantOperatorId",
          "requestId"
        ],
        "properties": {
          "merchantOperatorId": {
            "type": "string",
            "description": "The POS operator (e.g. an employee id or name)."
          },
          "requestId": {
            "type": "string",
            "description": "Unique identifier of this request from the POS system."
          }
        }
      },
      "PayByLinkOrder": {
        "description": "Pay-by-link creation response: `token`, `expires` and `checkoutUrl`, as for an online order\n(https://developers.scalapay.com/reference/call-parameters-pay-by-link-orders).\n",
        "allOf": [
          {
            "$ref": "#/components/schemas/CreateOrderResponse"
          }
        ]
      },
      "PayByLinkVoid": {
        "type": "object",
        "description": "UNVERIFIED: the pay-by-link void response shape is not detailed in the sources.",
        "x-unverified": true,
        "additionalProperties": {}
      },
      "ReportingPage": {
        "type": "object",
        "description": "Reporting pagination envelope `{items[], total, page, size, hasMore}`; each list adds its `items`.",
        "properties": {
          "total": {
            "type": "integer"
          },
          "page": {
            "type": "integer",
            "examples": [
              0
            ]
          },
          "size": {
            "type": "integer",
            "examples": [
              5000
            ]
          },
          "hasMore": {
            "type": "boolean"
          }
        }
      },
      "ReportingOrdersPage": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ReportingPage"
          },
          {
            "type": "object",
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ReportingOrder"
                }
              }
            }
          }
        ]
      },
      "ReportingRefundsPage": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ReportingPage"
          },
          {
            "type": "object",
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ReportingRefund"
                }
              }
            }
          }
        ]
      },
      "ReportingPayoutsPage": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ReportingPage"
          },
          {
            "type": "object",
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ReportingPayout"
                }
              }
            }
          }
        ]
      },
      "ReportingDisputesPage": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ReportingPage"
          },
          {
            "type": "object",
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ReportingDispute"
                }
              }
            }
          }
        ]
      },
      "ReportingOrder": {
        "type": "object",
        "description": "One reporting order. Fields from the Items object of the Reporting Data Model\n(https://developers.scalapay.com/reference/items-object), spelling as published (including\n`transferID` and `transationDate`); SC-OAS's example also shows `status` (`authorized`).\nUNVERIFIED: the page does not say which fields are always present, so none is required.\n",
        "x-unverified": true,
        "properties": {
          "orderStatus": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/PaymentStatus"
          },
          "orderTokenLast4": {
            "type": "string",
            "description": "Last 4 characters of the order token."
          },
          "orderCreatedDate": {
            "type": "string",
            "description": "Order creation (ISO 8601)."
          },
          "type": {
            "type": "string",
            "description": "`online` or `offline`."
          },
          "product": {
            "type": "string",
            "description": "`pay-in-3`, `pay-in-4` or `later`."
          },
          "merchantReference": {
            "type": "string"
          },
          "captureStatus": {
            "$ref": "#/components/schemas/CaptureStatus"
          },
          "captureAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "transferID": {
            "type": "string"
          },
          "merchantPayoutToken": {
            "type": "string"
          },
          "transationDate": {
            "type": "string",
            "description": "When the transaction was sent (ISO 8601); the field name is spelt this way in the reference."
          },
          "grossAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "netAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "totalFeeAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "scalapayFeeAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "scalapayFeeTaxAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "otherFeeAmount": {
            "$ref": "#/components/schemas/Amount"
          },
          "otherFeeTaxAmount": {
            "$ref": "#/components/schemas/Amount"
          }
        }
      },
      "ReportingRefund": {
        "type": "object",
        "description": "UNVERIFIED: reporting refund item fields are not detailed in the sources.",
        "x-unverified": true,
        "additionalProperties": {}
      },
      "ReportingPayout": {
        "type": "object",
        "description": "UNVERIFIED: reporting payout item fields are not detailed in the sources.",
        "x-unverified": true,
        "additionalProperties": {}
      },
      "ReportingDispute": {
        "type": "object",
        "description": "UNVERIFIED: reporting dispute item fields are not detailed in the sources.",
        "x-unverified": true,
        "additionalProperties": {}
      },
      "OrderWebhookEventBase": {
        "type": "object",
        "description": "Fields always present in an order-status webhook. `status` is an open string: Scalapay\nsays the status list may grow, so receivers must accept unknown values (parse them with\nthis schema).\n",
        "required": [
          "totalAmount",
          "status",
          "orderToken",
          "merchantReference"
        ],
        "properties": {
          "totalAmount": {
            "type": "number",
            "description": "Order total as a JSON number (e.g. 40.7), NOT the `Amount` object used by the API.",
            "examples": [
              40.7
            ]
          },
          "status": {
            "type": "string",
            "description": "Order status (open string).",
            "examples": [
              "created",
              "authorized",
              "charged",
              "refunded",
              "expired"
            ]
          },
          "orderToken": {
            "type": "string"
          },
          "merchantReference": {
            "type": "string"
          }
        }
      },
      "OrderCreatedEvent": {
        "description": "Webhook payload for status `created`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/OrderWebhookEventBase"
          },
          {
            "type": "object",
            "required": [
              "status"
            ],
            "properties": {
              "status": {
                "type": "string",
                "const": "created"
              },
              "orderDetails": {
                "$ref": "#/components/schemas/OrderDetails"
              }
            }
          }
        ]
      },
      "OrderAuthorizedEvent": {
        "description": "Webhook payload for status `authorized`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/OrderWebhookEventBase"
          },
          {
            "type": "object",
            "required": [
              "status"
            ],
            "properties": {
              "status": {
                "type": "string",
                "const": "authorized"
              }
            }
          }
        ]
      },
      "OrderChargedEvent": {
        "description": "Webhook payload for status `charged`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/OrderWebhookEventBase"
          },
          {
            "type": "object",
            "required": [
              "status"
            ],
            "properties": {
              "status": {
                "type": "string",
                "const": "charged"
              }
            }
          }
        ]
      },
      "OrderRefundedEvent": {
        "description": "Webhook payload for status `refunded`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/OrderWebhookEventBase"
          },
          {
            "type": "object",
            "required": [
              "status"
            ],
            "properties": {
              "status": {
                "type": "string",
                "const": "refunded"
              },
              "orderDetails": {
                "$ref": "#/components/schemas/OrderDetails"
              }
            }
          }
        ]
      },
      "OrderExpiredEvent": {
        "description": "Webhook payload for status `expired`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/OrderWebhookEventBase"
          },
          {
            "type": "object",
            "required": [
              "status"
            ],
            "properties": {
              "status": {
                "type": "string",
                "const": "expired"
              }
            }
          }
        ]
      },
      "ScalapayWebhookEvent": {
        "description": "Any order-status webhook payload, discriminated by `status`. The status list may grow:\na payload whose `status` is none of the mapped values must be handled as\n`OrderWebhookEventBase` rather than rejected.\n",
        "oneOf": [
          {
            "$ref": "#/components/schemas/OrderCreatedEvent"
          },
          {
            "$ref": "#/components/schemas/OrderAuthorizedEvent"
          },
          {
            "$ref": "#/components/schemas/OrderChargedEvent"
          },
          {
            "$ref": "#/components/schemas/OrderRefundedEvent"
          },
          {
            "$ref": "#/components/schemas/OrderExpiredEvent"
          }
        ],
        "discriminator": {
          "propertyName": "status",
          "mapping": {
            "created": "#/components/schemas/OrderCreatedEvent",
            "authorized": "#/components/schemas/OrderAuthorizedEvent",
            "charged": "#/components/schemas/OrderChargedEvent",
            "refunded": "#/components/schemas/OrderRefundedEvent",
            "expired": "#/components/schemas/OrderExpiredEvent"
          }
        }
      }
    }
  }
};
