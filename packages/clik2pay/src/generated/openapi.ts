// This file is generated: do not edit it by hand.
// Source: specs/clik2pay.yaml. Regenerate with `pnpm generate` (scripts/generate.ts).

import type { OpenApiDocument } from "@payclients/testing";

/** specs/clik2pay.yaml as data: what the emulator validates requests and answers against (`./testing` only). */
export const openapiDocument: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Clik2pay API (payclients model)",
    "version": "v1",
    "description": "Hand-written model of the Clik2pay APIs (Canada; Interac e-Transfer\nRequest Money via the Payment Requests API and Interac e-Transfer Send Money\nvia the Payments API), plus the OAuth2 token endpoint of the Auth API and\nthe webhooks Clik2pay posts to the merchant.\n\n**Sources.** `shared/providers/clik2pay.md` (research fact sheet, section 2)\nand `shared/provider-docs/clik2pay.txt` (excerpt of\nhttps://docs.clik2pay.com/docs/preparation-prerequisites-1). Fact-sheet\nmarkers: [S] a source states it, [C] seen only in third-party integration\ncode, [I] inferred, [?] sources disagree, NOT FOUND = no source. Anything\nthat is not [S] is modelled leniently and carries `x-unverified: true`\nwith a description of what exactly is unknown.\n\n**Origins.** Two origins per environment: the Auth API\n(`https://api-auth[.sandbox].clik2pay.com`, path `/oauth2/token`, see the\npath-level `servers` override) and the API\n(`https://api[.sandbox].clik2pay.com/open/v1`, top-level `servers`).\nCredentials (username, password, API key) are separate per environment.\n\n**Authentication.** Obtain an access token with HTTP Basic\n(`username:password` issued by Clik2pay), form body\n`grant_type=client_credentials&scope=payment_request/all`; it lasts 3600 s.\nEvery API call sends BOTH `x-api-key: {API Key}` and\n`Authorization: Bearer {access_token}` [S]. Whether the Payments API needs a\ndifferent scope is NOT FOUND (only `payment_request/all` is documented).\n\n**Money.** Amounts are JSON numbers (double) in Canadian dollars with\ndecimals (e.g. `25.5` = CAD 25.50), NOT integer minor units.\n\n**Rate limits** [S] (https://docs.clik2pay.com/reference/rate-limits):\n10 requests per second and at most 5 concurrent (in-flight) requests;\nexceeding either returns HTTP 429 (429 is also returned when the maximum\npayment limit is exceeded). Clik2pay may change the limits. No rate-limit\nor Retry-After headers are documented.\n\n**Idempotency.** No idempotency header is documented.\n`merchantTransactionId` (6-32 chars) must be unique across a merchant's\ntransactions [S]; use it as the de-duplication key when retrying creates [I]. The\ncreates that take it carry `x-payclients-deduplication-field: merchantTransactionId`\n(see CONTRIBUTING.md, \"Spec extensions\"), so the client resends them only when it is set.\n\n**Pagination.** NOT FOUND: no list endpoint is documented.\n\n**Not modelled.** A \"Batch Submit Payment Request\" API is mentioned in the\ndocs (https://docs.clik2pay.com/docs/batch-payment-requests) but its path,\nmethod and body are NOT FOUND. Webhook registration has no API (the URL is\ngiven to Clik2pay during integration testing).\n",
    "contact": {
      "name": "Clik2pay developer documentation",
      "url": "https://docs.clik2pay.com/"
    }
  },
  "servers": [
    {
      "url": "https://api.sandbox.clik2pay.com/open/v1",
      "description": "sandbox",
      "x-unverified": true,
      "x-unverified-description": "The sandbox API base is seen only in third-party integration code [C] (Odoo module, Laravel config); the docs' resource-URL table was missing from the archived copy."
    },
    {
      "url": "https://api.clik2pay.com/open/v1",
      "description": "production"
    }
  ],
  "security": [
    {
      "ApiKeyAuth": [],
      "BearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "Auth",
      "description": "OAuth2 client-credentials token endpoint of the Clik2pay Auth API (separate origin)."
    },
    {
      "name": "Payment Requests",
      "description": "Interac e-Transfer Request Money - create, retrieve and cancel payment requests."
    },
    {
      "name": "Refunds",
      "description": "Full or partial refunds of PAID or SETTLED payment requests."
    },
    {
      "name": "Payments",
      "description": "Interac e-Transfer Send Money (refunds, payouts, reimbursements)."
    },
    {
      "name": "Webhooks",
      "description": "Events Clik2pay POSTs to the merchant's HTTPS endpoint (port 443). No signature scheme exists; Clik2pay sends an HTTP Basic Authorization header with credentials agreed with Clik2pay, and posts from documented source IPs."
    }
  ],
  "paths": {
    "/oauth2/token": {
      "servers": [
        {
          "url": "https://api-auth.sandbox.clik2pay.com",
          "description": "sandbox",
          "x-unverified": true,
          "x-unverified-description": "Auth origin seen only in third-party integration code [C] (Odoo `_clik2pay_get_token_url`, PHP portal, Laravel config); the docs' \"Auth API - Resource URLs\" table was empty in the archived copy."
        },
        {
          "url": "https://api-auth.clik2pay.com",
          "description": "production",
          "x-unverified": true,
          "x-unverified-description": "Auth origin seen only in third-party integration code [C] (Odoo `_clik2pay_get_token_url`, PHP portal, Laravel config); the docs' \"Auth API - Resource URLs\" table was empty in the archived copy."
        }
      ],
      "post": {
        "operationId": "getOAuth2Token",
        "externalDocs": {
          "url": "https://docs.clik2pay.com/docs/preparation-prerequisites-1"
        },
        "summary": "Create an OAuth2 bearer access token",
        "description": "Client-credentials grant [S]. Authenticate with HTTP Basic\n`base64(username:password)` (credentials issued by Clik2pay per\nenvironment), body `application/x-www-form-urlencoded` with\n`grant_type=client_credentials&scope=payment_request/all`. The token is a\nJWT valid for one hour (`expires_in: 3600`). Server-to-server only.\n\n**Unverified:** the Auth origins (`https://api-auth[.sandbox].clik2pay.com`)\ncome only from third-party integration code [C] (the docs' resource-URL\ntable was empty in the archived copy). The success status (200) is\ninferred from the sample response [I]. The Auth API's error statuses and\nbodies are not documented separately; the API-wide statuses 400, 401\nand 500 are assumed here, with an RFC 6749 error body for 400 and 401\n(see `OAuth2Error`) [I]. One third-party integration sends\n`client_id`/`client_secret` in the form body instead of Basic [C]; the\ndocs say Basic, which is what is modelled.\n",
        "x-unverified": true,
        "tags": [
          "Auth"
        ],
        "security": [
          {
            "BasicAuth": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/OAuth2TokenRequest"
              },
              "example": {
                "grant_type": "client_credentials",
                "scope": "payment_request/all"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Access token issued.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OAuth2TokenResponse"
                },
                "example": {
                  "access_token": "eyJraWRjOiJra3Q4a29jb3BEUHdraWdPMlwvYVlcL2hzRTliOXhLM",
                  "expires_in": 3600,
                  "token_type": "Bearer"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/TokenBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/TokenUnauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/payment-requests": {
      "post": {
        "operationId": "createPaymentRequest",
        "x-payclients-deduplication-field": "merchantTransactionId",
        "externalDocs": {
          "url": "https://docs.clik2pay.com/reference/post-v1-merchants-merchantid-payment-requests"
        },
        "summary": "Create a payment request (Interac Request Money)",
        "description": "Creates a payment request and returns it with its unique id (the docs\ncall it the `paymentRequestId`; integration code reads it from `id`\n[C]). Documented responses: 201, 400, 401, 403, 429, 500 [S]\n(https://docs.clik2pay.com/reference/post-v1-merchants-merchantid-payment-requests).\n\n**Idempotency / de-duplication:** no idempotency header exists. Send a\n`merchantTransactionId` (6-32 chars), which must be unique across the\nmerchant's transactions [S]; reuse the same value when retrying a\ncreate so Clik2pay can reject duplicates [I].\n\n`type=FLEX` requests send `amount: null` and an amount range in\n`flexDetails`.\n",
        "tags": [
          "Payment Requests"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreatePaymentRequestRequest"
              },
              "example": {
                "merchantTransactionId": "ORDER-100042",
                "amount": 25.5,
                "type": "ECOMM",
                "deliveryMode": "EMAIL",
                "payer": {
                  "name": "Jane Doe",
                  "email": "jane@example.com",
                  "mobileNumber": "4165550123",
                  "preferredLanguage": "en"
                },
                "displayMessage": "Order 100042"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Payment request created.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentRequest"
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
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/payment-requests/{paymentRequestId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentRequestId"
        }
      ],
      "get": {
        "operationId": "getPaymentRequest",
        "summary": "Retrieve a payment request and its status",
        "description": "Returns the payment request including its `status`. Recommended before fulfilling an order after a webhook (wait for `PAID`) [I].\n\n**Unverified:** The operation is used by third-party code [C] (Odoo \"get_payment_request_status\" by payment request id) but the exact path `GET /payment-requests/{paymentRequestId}` is inferred [I]; the 200 status and the response schema are not documented. Error statuses are the API-wide list from https://docs.clik2pay.com/reference/errors.\n",
        "x-unverified": true,
        "tags": [
          "Payment Requests"
        ],
        "responses": {
          "200": {
            "description": "The payment request.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentRequest"
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
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/payment-requests/{paymentRequestId}/cancellation": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentRequestId"
        }
      ],
      "post": {
        "operationId": "cancelPaymentRequest",
        "summary": "Cancel a payment request",
        "description": "Cancels a payment request that has not been paid. The feature is documented [S] (https://docs.clik2pay.com/docs/overview, \"Cancel a Payment Request\"); which statuses may be cancelled is not documented (presumably pending ones: CREATED, SCHEDULED, ACTIVE) [I]. No request body has been seen.\n\n**Unverified:** Path seen only in third-party code [C] (PHP portal `cancelLink`), POST method from the Odoo module [C]. The success status code is unknown (modelled as any 2XX) and the response body is unknown; Odoo reads `event.status == \"CANCELLED\"` from it [C].\n",
        "x-unverified": true,
        "tags": [
          "Payment Requests"
        ],
        "responses": {
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "2XX": {
            "description": "Payment request cancelled (exact status code unknown).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentRequestCancellation"
                }
              }
            }
          }
        }
      }
    },
    "/payment-requests/{paymentRequestId}/refunds": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentRequestId"
        }
      ],
      "post": {
        "operationId": "createPaymentRequestRefund",
        "externalDocs": {
          "url": "https://docs.clik2pay.com/docs/refunds-1"
        },
        "summary": "Refund a paid payment request (full or partial)",
        "description": "Refunds a payment request fully or partially. Only payment requests in status `PAID` or `SETTLED` can be refunded [S] (https://docs.clik2pay.com/docs/refunds-1). The refund is sent to the `recipient` by Interac e-Transfer. No idempotency header exists.\n\n**Unverified:** Path, method and body seen only in third-party code [C] (Odoo `_send_refund_request`); the success status code (modelled as any 2XX) and the response schema (Odoo reads `id` and `status`) are not documented.\n",
        "x-unverified": true,
        "tags": [
          "Refunds"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateRefundRequest"
              },
              "example": {
                "amount": 10,
                "recipient": {
                  "email": "jane@example.com",
                  "mobileNumber": "4165550123"
                }
              }
            }
          }
        },
        "responses": {
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "2XX": {
            "description": "Refund created (exact status code unknown).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Refund"
                }
              }
            }
          }
        }
      }
    },
    "/payment-requests/{paymentRequestId}/refunds/{refundId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentRequestId"
        },
        {
          "$ref": "#/components/parameters/RefundId"
        }
      ],
      "get": {
        "operationId": "getPaymentRequestRefund",
        "summary": "Retrieve a refund and its status",
        "x-unverified": true,
        "description": "Third-party code [C] (Odoo) fetches the refund status with both ids, but the exact path is inferred [I]; the 200 status and the response schema are not documented.",
        "tags": [
          "Refunds"
        ],
        "responses": {
          "200": {
            "description": "The refund.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Refund"
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
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/payments": {
      "post": {
        "operationId": "createPayment",
        "x-payclients-deduplication-field": "merchantTransactionId",
        "externalDocs": {
          "url": "https://docs.clik2pay.com/reference/post-v1-payments-1"
        },
        "summary": "Create a payment (Interac Send Money)",
        "description": "Sends money to a recipient by Interac e-Transfer (refund, payout,\nreimbursement) and returns the payment with its id (the docs call it the\n`paymentId`). Documented responses: 201, 400, 401, 403, 429, 500 [S]\n(https://docs.clik2pay.com/reference/post-v1-payments-1).\n\n**Idempotency / de-duplication:** no idempotency header exists.\n`merchantTransactionId` (6-32 chars) must be unique across the\nmerchant's transactions [S]; reuse the same value when retrying [I].\n",
        "tags": [
          "Payments"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreatePaymentRequest"
              },
              "example": {
                "merchantTransactionId": "PAYOUT-000123",
                "amount": 42.1,
                "recipient": {
                  "email": "jane@example.com",
                  "mobileNumber": "4165550123"
                },
                "displayMessage": "Reimbursement for order 100042",
                "expiryDays": 30
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Payment created.",
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
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    }
  },
  "webhooks": {
    "PAYMENT-COMPLETED": {
      "x-source-ips": {
        "sandbox": [
          "99.79.143.93",
          "3.96.21.104",
          "52.60.117.97"
        ],
        "production": [
          "3.99.39.224",
          "3.96.30.80",
          "52.60.229.252"
        ]
      },
      "post": {
        "operationId": "paymentCompletedWebhook",
        "summary": "A payment request was paid, or a refund was accepted",
        "description": "Sent when the payer successfully completed the transaction (payment request\n`PAID`) or when a refund has been `ACCEPTED` [S].\n\nSource: https://docs.clik2pay.com/docs/webhook-listener and\nhttps://docs.clik2pay.com/docs/integration-steps.\n\n**Verification:** no HMAC/signature scheme exists. Clik2pay sends an HTTP\nBasic `Authorization` header; the endpoint must \"accept a basic authorization\nheader\" [S] and the credentials are agreed with Clik2pay during integration\n[I]. Compare it in constant time. Allow-list the source IPs (also in\n`x-source-ips`): sandbox `99.79.143.93`, `3.96.21.104`, `52.60.117.97`;\nproduction `3.99.39.224`, `3.96.30.80`, `52.60.229.252` (one revision of the\ndocs page shows `52.6.229.252` instead of `52.60.229.252` [?]). Before\nfulfilling, re-fetch the payment request and check for `PAID` [I].\n\n**Body:** the docs example wraps the event in a JSON array (`[ {...} ]`)\nwhile integration code parses a single object [?]; accept both. The endpoint\nis registered with Clik2pay during integration testing (no API), must be\nHTTPS on port 443; separate test and production URLs are recommended.\nClik2pay has built-in retries; the retry schedule is NOT FOUND. Answer 200\nto acknowledge.\n",
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookAuthorization"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/PaymentCompletedEvent"
                  },
                  {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                      "$ref": "#/components/schemas/PaymentCompletedEvent"
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Event received."
          }
        }
      }
    },
    "PAYMENT-FAILED": {
      "x-source-ips": {
        "sandbox": [
          "99.79.143.93",
          "3.96.21.104",
          "52.60.117.97"
        ],
        "production": [
          "3.99.39.224",
          "3.96.30.80",
          "52.60.229.252"
        ]
      },
      "post": {
        "operationId": "paymentFailedWebhook",
        "summary": "A payment failed",
        "description": "Sent when a payment fails [S].\n\nSource: https://docs.clik2pay.com/docs/webhook-listener and\nhttps://docs.clik2pay.com/docs/integration-steps.\n\n**Verification:** no HMAC/signature scheme exists. Clik2pay sends an HTTP\nBasic `Authorization` header; the endpoint must \"accept a basic authorization\nheader\" [S] and the credentials are agreed with Clik2pay during integration\n[I]. Compare it in constant time. Allow-list the source IPs (also in\n`x-source-ips`): sandbox `99.79.143.93`, `3.96.21.104`, `52.60.117.97`;\nproduction `3.99.39.224`, `3.96.30.80`, `52.60.229.252` (one revision of the\ndocs page shows `52.6.229.252` instead of `52.60.229.252` [?]). Before\nfulfilling, re-fetch the payment request and check for `PAID` [I].\n\n**Body:** the docs example wraps the event in a JSON array (`[ {...} ]`)\nwhile integration code parses a single object [?]; accept both. The endpoint\nis registered with Clik2pay during integration testing (no API), must be\nHTTPS on port 443; separate test and production URLs are recommended.\nClik2pay has built-in retries; the retry schedule is NOT FOUND. Answer 200\nto acknowledge.\n",
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookAuthorization"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/PaymentFailedEvent"
                  },
                  {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                      "$ref": "#/components/schemas/PaymentFailedEvent"
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Event received."
          }
        }
      }
    },
    "PAYMENT-LINK-FOLLOWED": {
      "x-source-ips": {
        "sandbox": [
          "99.79.143.93",
          "3.96.21.104",
          "52.60.117.97"
        ],
        "production": [
          "3.99.39.224",
          "3.96.30.80",
          "52.60.229.252"
        ]
      },
      "post": {
        "operationId": "paymentLinkFollowedWebhook",
        "summary": "The payer scanned the QR code or opened the short link",
        "description": "Sent when the payer scans the QR code or opens the short URL of a payment\nrequest (e.g. `EBILL` requests) [S].\n\nSource: https://docs.clik2pay.com/docs/webhook-listener and\nhttps://docs.clik2pay.com/docs/integration-steps.\n\n**Verification:** no HMAC/signature scheme exists. Clik2pay sends an HTTP\nBasic `Authorization` header; the endpoint must \"accept a basic authorization\nheader\" [S] and the credentials are agreed with Clik2pay during integration\n[I]. Compare it in constant time. Allow-list the source IPs (also in\n`x-source-ips`): sandbox `99.79.143.93`, `3.96.21.104`, `52.60.117.97`;\nproduction `3.99.39.224`, `3.96.30.80`, `52.60.229.252` (one revision of the\ndocs page shows `52.6.229.252` instead of `52.60.229.252` [?]). Before\nfulfilling, re-fetch the payment request and check for `PAID` [I].\n\n**Body:** the docs example wraps the event in a JSON array (`[ {...} ]`)\nwhile integration code parses a single object [?]; accept both. The endpoint\nis registered with Clik2pay during integration testing (no API), must be\nHTTPS on port 443; separate test and production URLs are recommended.\nClik2pay has built-in retries; the retry schedule is NOT FOUND. Answer 200\nto acknowledge.\n",
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookAuthorization"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/PaymentLinkFollowedEvent"
                  },
                  {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                      "$ref": "#/components/schemas/PaymentLinkFollowedEvent"
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Event received."
          }
        }
      }
    },
    "PAYMENT-PROCESSING": {
      "x-source-ips": {
        "sandbox": [
          "99.79.143.93",
          "3.96.21.104",
          "52.60.117.97"
        ],
        "production": [
          "3.99.39.224",
          "3.96.30.80",
          "52.60.229.252"
        ]
      },
      "post": {
        "operationId": "paymentProcessingWebhook",
        "summary": "A payment is processing",
        "description": "Sent when a payment is being processed; listed only in the newest revision\nof the webhook page [S].\n\nSource: https://docs.clik2pay.com/docs/webhook-listener and\nhttps://docs.clik2pay.com/docs/integration-steps.\n\n**Verification:** no HMAC/signature scheme exists. Clik2pay sends an HTTP\nBasic `Authorization` header; the endpoint must \"accept a basic authorization\nheader\" [S] and the credentials are agreed with Clik2pay during integration\n[I]. Compare it in constant time. Allow-list the source IPs (also in\n`x-source-ips`): sandbox `99.79.143.93`, `3.96.21.104`, `52.60.117.97`;\nproduction `3.99.39.224`, `3.96.30.80`, `52.60.229.252` (one revision of the\ndocs page shows `52.6.229.252` instead of `52.60.229.252` [?]). Before\nfulfilling, re-fetch the payment request and check for `PAID` [I].\n\n**Body:** the docs example wraps the event in a JSON array (`[ {...} ]`)\nwhile integration code parses a single object [?]; accept both. The endpoint\nis registered with Clik2pay during integration testing (no API), must be\nHTTPS on port 443; separate test and production URLs are recommended.\nClik2pay has built-in retries; the retry schedule is NOT FOUND. Answer 200\nto acknowledge.\n",
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookAuthorization"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/PaymentProcessingEvent"
                  },
                  {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                      "$ref": "#/components/schemas/PaymentProcessingEvent"
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Event received."
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "BasicAuth": {
        "type": "http",
        "scheme": "basic",
        "description": "Token endpoint only: `Authorization: Basic base64(username:password)` with the username and password issued by Clik2pay (per environment)."
      },
      "ApiKeyAuth": {
        "type": "apiKey",
        "in": "header",
        "name": "x-api-key",
        "description": "API key issued by Clik2pay (per environment). Required together with BearerAuth."
      },
      "BearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "`Authorization: Bearer {access_token}` from `POST /oauth2/token` (valid 3600 s). Required together with ApiKeyAuth."
      }
    },
    "parameters": {
      "PaymentRequestId": {
        "name": "paymentRequestId",
        "in": "path",
        "required": true,
        "description": "Payment request id (UUID, the `id` of the payment request).",
        "schema": {
          "type": "string"
        }
      },
      "RefundId": {
        "name": "refundId",
        "in": "path",
        "required": true,
        "description": "Refund id (the `id` returned when the refund was created).",
        "schema": {
          "type": "string"
        }
      },
      "WebhookAuthorization": {
        "name": "Authorization",
        "in": "header",
        "required": true,
        "description": "`Basic base64(username:password)` with the credentials agreed between the merchant and Clik2pay for webhook delivery. This is the only authentication of webhook calls (no signature exists).",
        "schema": {
          "type": "string",
          "pattern": "^Basic .+$"
        }
      }
    },
    "responses": {
      "TokenBadRequest": {
        "description": "The token request was rejected (400): unsupported grant type, invalid or missing scope, malformed form body. Body assumed to be the OAuth2 error of RFC 6749 section 5.2 [I].",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/OAuth2Error"
            }
          }
        }
      },
      "TokenUnauthorized": {
        "description": "The Basic credentials were rejected (401), e.g. wrong username or password, or credentials of the other environment. Body assumed to be the OAuth2 error of RFC 6749 section 5.2 [I].",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/OAuth2Error"
            }
          }
        }
      },
      "BadRequest": {
        "description": "Malformed query or JSON body (400).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Clik2payError"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Unknown, expired or missing token / credentials (401).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Clik2payError"
            }
          }
        }
      },
      "Forbidden": {
        "description": "No permission for this resource or action (403).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Clik2payError"
            }
          }
        }
      },
      "NotFound": {
        "description": "Resource not found (404).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Clik2payError"
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limit exceeded (10 requests/second or 5 concurrent requests), or the maximum payment limit exceeded (429). No Retry-After header is documented.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Clik2payError"
            }
          }
        }
      },
      "InternalServerError": {
        "description": "Internal error on Clik2pay's side (500).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Clik2payError"
            }
          }
        }
      }
    },
    "schemas": {
      "Clik2payError": {
        "type": "object",
        "description": "Error body. The shape is NOT FOUND in the docs (https://docs.clik2pay.com/reference/errors documents only the status codes). Modelled as an open object; the properties below are hints, not guarantees.\n\n**Unverified:** Error body shape not documented. Third-party code (Odoo) reads a `detail` key [C, weak]; `message` is an inference [I]. Decoders must also tolerate non-JSON or other shapes.\n",
        "x-unverified": true,
        "properties": {
          "detail": {
            "description": "Error detail; read by third-party code [C]. Type unknown (usually a string)."
          },
          "message": {
            "type": "string",
            "description": "Error message [I]."
          }
        }
      },
      "OAuth2Error": {
        "type": "object",
        "description": "Error body of the token endpoint.\n\n**Unverified:** not documented. The Auth API's `/oauth2/token` path and\n`resource/scope` scope format follow the OAuth2 conventions, so the RFC\n6749 section 5.2 body (`error`, `error_description`) is assumed [I];\ndecoders also accept the API's error shapes.\n",
        "x-unverified": true,
        "properties": {
          "error": {
            "type": "string",
            "description": "OAuth2 error code, e.g. `invalid_client`, `invalid_scope`, `unsupported_grant_type`.",
            "examples": [
              "invalid_client"
            ]
          },
          "error_description": {
            "type": "string"
          }
        }
      },
      "OAuth2TokenRequest": {
        "type": "object",
        "required": [
          "grant_type",
          "scope"
        ],
        "properties": {
          "grant_type": {
            "type": "string",
            "const": "client_credentials"
          },
          "scope": {
            "type": "string",
            "description": "Requested scope. Only `payment_request/all` is documented (it is documented for the Payment Requests API; whether the Payments API needs another scope is NOT FOUND).",
            "examples": [
              "payment_request/all"
            ]
          }
        }
      },
      "OAuth2TokenResponse": {
        "type": "object",
        "required": [
          "access_token",
          "expires_in",
          "token_type"
        ],
        "properties": {
          "access_token": {
            "type": "string",
            "description": "JWT bearer access token."
          },
          "expires_in": {
            "type": "integer",
            "description": "Lifetime in seconds (documented as 3600).",
            "examples": [
              3600
            ]
          },
          "token_type": {
            "type": "string",
            "examples": [
              "Bearer"
            ]
          }
        }
      },
      "Amount": {
        "type": "number",
        "format": "double",
        "description": "Amount in Canadian dollars as a decimal JSON number (e.g. 25.5), not minor units."
      },
      "PaymentRequestType": {
        "description": "Payment request type (open string in responses). Documented values [S]: `ECOMM` (web checkout), `MOBIL` (deprecated), `EBILL` (links sent by email, SMS or QR code), `SMART` (read-only; reusable links), `FLEX` (amount range, see `flexDetails`).",
        "type": "string",
        "examples": [
          "ECOMM",
          "MOBIL",
          "EBILL",
          "SMART",
          "FLEX"
        ]
      },
      "DeliveryMode": {
        "type": "string",
        "enum": [
          "SMS",
          "EMAIL",
          "NONE"
        ],
        "description": "How the payer is notified of the payment request [S]."
      },
      "PaymentRequestStatus": {
        "type": "string",
        "description": "Payment request status (open string). Values seen in integration code [C]: `CREATED`, `SCHEDULED`, `ACTIVE`, `PAID`, `SETTLED`, `FAILED`, `CANCELLED`. The docs' Transactions page groups portal labels as Pending (Created, Activated, Email Sent, Scheduled, SMS Sent), Paid (Paid, Refunded, Settled) and Closed (Cancelled, Failed) [S]; the API strings for Email Sent, SMS Sent and Refunded, and whether `EXPIRED` exists, are unknown [?].",
        "examples": [
          "CREATED",
          "SCHEDULED",
          "ACTIVE",
          "PAID",
          "SETTLED",
          "FAILED",
          "CANCELLED"
        ]
      },
      "RefundStatus": {
        "type": "string",
        "description": "Refund status (open string). Values seen in integration code [C]: `CREATED`, `READY`, `ACTIVE`, `PAID`, `SETTLED`, `CANCELLED`; the webhook docs say a refund is `ACCEPTED` [S].",
        "examples": [
          "CREATED",
          "READY",
          "ACTIVE",
          "PAID",
          "SETTLED",
          "CANCELLED",
          "ACCEPTED"
        ]
      },
      "MerchantTransactionId": {
        "type": "string",
        "minLength": 6,
        "maxLength": 32,
        "description": "Merchant's own reference; must be unique across the merchant's transactions [S]. It is the de-duplication key (no idempotency header exists)."
      },
      "Merchant": {
        "type": "object",
        "description": "The merchant that owns the request. Responses show `{id, name}` [C].",
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          }
        }
      },
      "Payer": {
        "type": "object",
        "description": "The payer of a payment request (required on create [S]). Field names are from integration code [C]; the API's required payer fields are not documented (the portal guide requires a name plus at least one of mobile number or email [S, portal]).\n\n**Unverified:** Payer field names and their required-ness are seen only in third-party code [C].\n",
        "x-unverified": true,
        "properties": {
          "name": {
            "type": "string"
          },
          "email": {
            "type": "string",
            "format": "email"
          },
          "mobileNumber": {
            "type": "string",
            "pattern": "^[0-9]{10}$",
            "description": "10-digit Canadian mobile number without `+1` (integration code strips the prefix) [C]; the pattern is that format, not a documented rule of the API.",
            "examples": [
              "4165550123"
            ]
          },
          "preferredLanguage": {
            "type": "string",
            "description": "Notification language [C]; known values `en`, `fr` (open string).",
            "examples": [
              "en",
              "fr"
            ]
          },
          "merchantAccountId": {
            "type": "string",
            "description": "Merchant-side account id of the payer [C]."
          }
        }
      },
      "FlexDetails": {
        "type": "object",
        "description": "\"Amount Range\" of a `FLEX` payment request [S]; required when `type=FLEX`. Field names from integration code [C]. Amounts in CAD.\n\n**Unverified:** The field names `requested`, `minimum`, `maximum` are seen only in third-party code [C].\n",
        "x-unverified": true,
        "properties": {
          "requested": {
            "$ref": "#/components/schemas/Amount"
          },
          "minimum": {
            "$ref": "#/components/schemas/Amount"
          },
          "maximum": {
            "$ref": "#/components/schemas/Amount"
          }
        }
      },
      "PaymentRequestCreateCommon": {
        "type": "object",
        "description": "Fields common to every create-payment-request body.",
        "required": [
          "payer"
        ],
        "properties": {
          "merchantTransactionId": {
            "$ref": "#/components/schemas/MerchantTransactionId"
          },
          "status": {
            "type": "string",
            "readOnly": true,
            "description": "Listed in the documented body schema (string, no values given); presumably read-only and ignored on create [I]."
          },
          "deliveryDate": {
            "type": "string",
            "format": "date",
            "description": "When the request is delivered to the payer (scheduled payment requests) [S]."
          },
          "deliveryMode": {
            "$ref": "#/components/schemas/DeliveryMode"
          },
          "merchant": {
            "$ref": "#/components/schemas/Merchant"
          },
          "payer": {
            "$ref": "#/components/schemas/Payer"
          },
          "dueDate": {
            "type": "string",
            "format": "date",
            "description": "Due date (ISO 8601), informational only [S]."
          },
          "displayMessage": {
            "type": "string",
            "minLength": 3,
            "maxLength": 250,
            "description": "Message shown to the payer [C]. Limits 3-250 are documented for the Payments API [S] and assumed here [I]."
          },
          "invoiceNumber": {
            "type": "string",
            "maxLength": 50,
            "description": "Invoice number [C]; max 50 as documented for the Payments API [S], assumed here [I]."
          },
          "businessUnit": {
            "type": "string",
            "maxLength": 50,
            "description": "Business unit [C]; max 50 as documented for the Payments API [S], assumed here [I]."
          }
        }
      },
      "CreateFixedAmountPaymentRequest": {
        "title": "Fixed-amount payment request",
        "allOf": [
          {
            "$ref": "#/components/schemas/PaymentRequestCreateCommon"
          },
          {
            "type": "object",
            "required": [
              "amount",
              "type"
            ],
            "properties": {
              "amount": {
                "$ref": "#/components/schemas/Amount",
                "minimum": 0.01,
                "maximum": 10000,
                "description": "Amount in CAD (decimal number), 0.01-10000 [S]."
              },
              "type": {
                "type": "string",
                "enum": [
                  "ECOMM",
                  "MOBIL",
                  "EBILL"
                ],
                "description": "`ECOMM` web checkout, `EBILL` links sent by email/SMS/QR code, `MOBIL` deprecated. (`SMART` is read-only and cannot be created; `FLEX` uses the flex variant.)"
              }
            }
          }
        ]
      },
      "CreateFlexPaymentRequest": {
        "title": "FLEX (amount range) payment request",
        "allOf": [
          {
            "$ref": "#/components/schemas/PaymentRequestCreateCommon"
          },
          {
            "type": "object",
            "required": [
              "amount",
              "type",
              "flexDetails"
            ],
            "properties": {
              "amount": {
                "type": [
                  "number",
                  "null"
                ],
                "description": "Must be `null` for `FLEX` [S]; the range is in `flexDetails`. Declared as number-or-null rather than `null` alone because openapi-fetch's request-body typing drops properties whose only type is `null`, which would make FLEX bodies impossible to type."
              },
              "type": {
                "type": "string",
                "const": "FLEX"
              },
              "flexDetails": {
                "$ref": "#/components/schemas/FlexDetails"
              }
            }
          }
        ]
      },
      "CreatePaymentRequestRequest": {
        "description": "Body of `POST /payment-requests` [S]. The archived docs page was cut off after `dueDate`, so further optional fields may exist; only the fields seen are typed (closed), and an expiry field is NOT FOUND.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/CreateFixedAmountPaymentRequest"
          },
          {
            "$ref": "#/components/schemas/CreateFlexPaymentRequest"
          }
        ]
      },
      "PaymentRequest": {
        "type": "object",
        "description": "A payment request as returned by the API.\n\n**Unverified:** The response schema is NOT FOUND in the docs; the fields below come from third-party integration code [C] and the create body. The JSON name of the QR-code link field is unknown.\n`id` is required: the create \"Returns a unique {paymentRequestId}\"\n(https://docs.clik2pay.com/reference/post-v1-merchants-merchantid-payment-requests) and\nevery later call is addressed by it. No other field is documented as always present.\n",
        "x-unverified": true,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Payment request id (the docs' `paymentRequestId`), always returned."
          },
          "merchantTransactionId": {
            "type": "string"
          },
          "invoiceNumber": {
            "type": "string"
          },
          "amount": {
            "description": "Amount in CAD (decimal number); `null` for `FLEX`.",
            "type": [
              "number",
              "null"
            ],
            "format": "double"
          },
          "type": {
            "$ref": "#/components/schemas/PaymentRequestType"
          },
          "status": {
            "$ref": "#/components/schemas/PaymentRequestStatus"
          },
          "deliveryMode": {
            "type": "string",
            "description": "`SMS`, `EMAIL` or `NONE` (open string in responses).",
            "examples": [
              "SMS",
              "EMAIL",
              "NONE"
            ]
          },
          "deliveryDate": {
            "type": "string",
            "format": "date"
          },
          "dueDate": {
            "type": "string",
            "format": "date"
          },
          "merchant": {
            "$ref": "#/components/schemas/Merchant"
          },
          "payer": {
            "$ref": "#/components/schemas/Payer"
          },
          "flexDetails": {
            "$ref": "#/components/schemas/FlexDetails"
          },
          "displayMessage": {
            "type": "string"
          },
          "businessUnit": {
            "type": "string"
          },
          "paymentLink": {
            "type": "string",
            "format": "uri",
            "description": "Payment link for the payer [S feature, C name]."
          },
          "shortCode": {
            "type": "string",
            "description": "Clik2pay short payment code [S feature, C name]."
          },
          "shortLink": {
            "type": "string",
            "format": "uri",
            "description": "Short link, possibly absent [C]; one integration builds `https://pay.clik2pay.com/r/{shortCode}` when it is missing [I]."
          },
          "createdBy": {
            "description": "Creator of the request [C]; type unknown."
          },
          "paymentMethod": {
            "description": "Payment method [C]; type unknown."
          }
        }
      },
      "PaymentRequestCancellation": {
        "type": "object",
        "description": "Response of a cancellation.\n\n**Unverified:** Response body NOT FOUND; Odoo reads `event.status` and expects `CANCELLED` [C].\n",
        "x-unverified": true,
        "properties": {
          "event": {
            "type": "object",
            "properties": {
              "status": {
                "type": "string",
                "examples": [
                  "CANCELLED"
                ]
              }
            }
          }
        }
      },
      "RefundRecipient": {
        "type": "object",
        "description": "Recipient of the refund e-Transfer [C].",
        "properties": {
          "email": {
            "type": "string",
            "format": "email"
          },
          "mobileNumber": {
            "type": "string",
            "pattern": "^[0-9]{10}$",
            "description": "10-digit mobile number without `+1` [C]; the pattern is that format, not a documented rule of the API."
          }
        }
      },
      "CreateRefundRequest": {
        "type": "object",
        "description": "Body of a refund [C] (Odoo `_send_refund_request`).\n\n**Unverified:** Body fields seen only in third-party code [C]; limits (e.g. maximum = remaining paid amount) are not documented.\n",
        "x-unverified": true,
        "required": [
          "amount",
          "recipient"
        ],
        "properties": {
          "amount": {
            "$ref": "#/components/schemas/Amount",
            "minimum": 0.01,
            "description": "Refund amount in CAD (decimal number); full or partial [S]."
          },
          "recipient": {
            "$ref": "#/components/schemas/RefundRecipient"
          }
        }
      },
      "Refund": {
        "type": "object",
        "description": "A refund of a payment request.\n\n**Unverified:** Response schema NOT FOUND; Odoo reads `id` and `status` [C]. `id` is\nrequired because the refund status call (`GET …/refunds/{refundId}`) is addressed by it.\n",
        "x-unverified": true,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Refund id."
          },
          "status": {
            "$ref": "#/components/schemas/RefundStatus"
          }
        }
      },
      "PaymentRecipient": {
        "type": "object",
        "description": "Recipient of a Send Money payment [S]; both `email` and `mobileNumber` are required. Other recipient fields (e.g. `name`) are not documented.",
        "required": [
          "email",
          "mobileNumber"
        ],
        "properties": {
          "email": {
            "type": "string",
            "format": "email"
          },
          "mobileNumber": {
            "type": "string",
            "pattern": "^[0-9]{10}$",
            "description": "10-digit mobile number without `+1` [C]; the pattern is that format, not a documented rule of the API."
          }
        }
      },
      "CreatePaymentRequest": {
        "type": "object",
        "description": "Body of `POST /payments` (Interac Send Money) [S].",
        "required": [
          "amount",
          "recipient"
        ],
        "properties": {
          "merchantTransactionId": {
            "$ref": "#/components/schemas/MerchantTransactionId"
          },
          "amount": {
            "$ref": "#/components/schemas/Amount",
            "minimum": 0.01,
            "description": "Amount in CAD (decimal number), at least 0.01 [S]; maximum not documented."
          },
          "status": {
            "type": "string",
            "readOnly": true,
            "description": "Listed in the documented body schema; presumably read-only [I]."
          },
          "merchant": {
            "$ref": "#/components/schemas/Merchant"
          },
          "recipient": {
            "$ref": "#/components/schemas/PaymentRecipient"
          },
          "displayMessage": {
            "type": "string",
            "minLength": 3,
            "maxLength": 250,
            "description": "Shown on Interac's gateway page [S]."
          },
          "invoiceNumber": {
            "type": "string",
            "maxLength": 50
          },
          "businessUnit": {
            "type": "string",
            "maxLength": 50
          },
          "expiryDays": {
            "type": "integer",
            "minimum": 1,
            "maximum": 365,
            "description": "Days until the e-Transfer expires [S]."
          }
        }
      },
      "Payment": {
        "type": "object",
        "description": "A Send Money payment as returned by the API.\n\n**Unverified:** Response schema NOT FOUND beyond the payment id (the docs call it `paymentId`; the JSON key is assumed to be `id` like payment requests [I]). Other fields probably echo the create body [I].\nThe id is always returned: the create \"Returns a unique {paymentId}\"\n(https://docs.clik2pay.com/reference/post-v1-payments-1).\n",
        "x-unverified": true,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Payment id (the docs' `paymentId`) [I key name]."
          },
          "merchantTransactionId": {
            "type": "string"
          },
          "amount": {
            "$ref": "#/components/schemas/Amount"
          },
          "status": {
            "type": "string",
            "description": "Payment status (open string; values not documented)."
          }
        }
      },
      "WebhookEventBase": {
        "type": "object",
        "description": "Fields common to every webhook event [S] (https://docs.clik2pay.com/docs/webhook-listener).",
        "required": [
          "eventType"
        ],
        "properties": {
          "eventType": {
            "type": "string"
          },
          "message": {
            "type": "string",
            "description": "Human-readable message, e.g. \"The payer successfully completed the transaction.\""
          },
          "resourceType": {
            "type": "string",
            "description": "Kind of `resource`. The docs table says enum [Payment Requests API, Payments API] but the example value is `payment-request` [?]; open string.",
            "examples": [
              "payment-request"
            ]
          },
          "resource": {
            "description": "The full payment-request or payment object (for a refund event, possibly the refund) [S]; lenient.",
            "anyOf": [
              {
                "$ref": "#/components/schemas/PaymentRequest"
              },
              {
                "$ref": "#/components/schemas/Payment"
              },
              {
                "$ref": "#/components/schemas/Refund"
              }
            ]
          }
        }
      },
      "PaymentCompletedEvent": {
        "description": "`PAYMENT-COMPLETED`: payment request PAID, or a refund ACCEPTED [S].",
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEventBase"
          },
          {
            "type": "object",
            "required": [
              "eventType"
            ],
            "properties": {
              "eventType": {
                "type": "string",
                "const": "PAYMENT-COMPLETED"
              }
            }
          }
        ]
      },
      "PaymentFailedEvent": {
        "description": "`PAYMENT-FAILED`: the payment failed [S].",
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEventBase"
          },
          {
            "type": "object",
            "required": [
              "eventType"
            ],
            "properties": {
              "eventType": {
                "type": "string",
                "const": "PAYMENT-FAILED"
              }
            }
          }
        ]
      },
      "PaymentLinkFollowedEvent": {
        "description": "`PAYMENT-LINK-FOLLOWED`: the QR code was scanned or the short URL opened [S].",
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEventBase"
          },
          {
            "type": "object",
            "required": [
              "eventType"
            ],
            "properties": {
              "eventType": {
                "type": "string",
                "const": "PAYMENT-LINK-FOLLOWED"
              }
            }
          }
        ]
      },
      "PaymentProcessingEvent": {
        "description": "`PAYMENT-PROCESSING`: the payment is processing (newest docs revision) [S].",
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEventBase"
          },
          {
            "type": "object",
            "required": [
              "eventType"
            ],
            "properties": {
              "eventType": {
                "type": "string",
                "const": "PAYMENT-PROCESSING"
              }
            }
          }
        ]
      },
      "Clik2payWebhookEvent": {
        "description": "Any Clik2pay webhook event, discriminated by `eventType`. A delivery body is either one event or a JSON array wrapping it (see Clik2payWebhookBody).",
        "oneOf": [
          {
            "$ref": "#/components/schemas/PaymentCompletedEvent"
          },
          {
            "$ref": "#/components/schemas/PaymentFailedEvent"
          },
          {
            "$ref": "#/components/schemas/PaymentLinkFollowedEvent"
          },
          {
            "$ref": "#/components/schemas/PaymentProcessingEvent"
          }
        ],
        "discriminator": {
          "propertyName": "eventType",
          "mapping": {
            "PAYMENT-COMPLETED": "#/components/schemas/PaymentCompletedEvent",
            "PAYMENT-FAILED": "#/components/schemas/PaymentFailedEvent",
            "PAYMENT-LINK-FOLLOWED": "#/components/schemas/PaymentLinkFollowedEvent",
            "PAYMENT-PROCESSING": "#/components/schemas/PaymentProcessingEvent"
          }
        }
      },
      "Clik2payWebhookBody": {
        "description": "Raw webhook delivery body: a single event object, or a JSON array wrapping it (docs example) [?]. Accept both.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/Clik2payWebhookEvent"
          },
          {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/Clik2payWebhookEvent"
            }
          }
        ]
      }
    }
  }
};
