// This file is generated: do not edit it by hand.
// Source: specs/sqala.yaml. Regenerate with `pnpm generate` (scripts/generate.ts).

import type { OpenApiDocument } from "@payclients/testing";

/** specs/sqala.yaml as data: what the emulator validates requests and answers against (`./testing` only). */
export const openapiDocument: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Sqala API (payclients model)",
    "version": "1.2",
    "summary": "Sqala (Brazil) payments API - Pix, ITP, boleto, bank transfers, cards, recipients, withdrawals, webhooks.",
    "description": "Hand-written model of the Sqala API (https://api.sqala.tech), for the payclients\n`@payclients/sqala` package.\n\n**Sources.** `providers/sqala.md` (the payclients fact sheet) and `provider-docs/sqala.txt`\n(an excerpt of Sqala's authentication guide). The fact sheet in turn cites SQ-DOCS (a readme.io\nexport of Sqala's docs, version v1.2 - hence `info.version`; the URL base path is `/v1`) and\nSQ-OAS (a third-party generated OpenAPI file derived from Sqala's reference).\n\n**Markers.** Everything the fact sheet marks as inferred ([I]), seen only in third-party code\n([C]), disputed ([?]) or NOT FOUND is modelled leniently and carries `x-unverified: true` with a\ndescription of what exactly is unknown. Everything else is stated by a source.\n\n**Conventions.**\n- Amounts are integers in BRL cents (100 = 1 BRL). While testing, amounts are capped at 1.99 BRL\n  (199 cents); no separate sandbox host is documented (NOT FOUND).\n- Creates answer HTTP 200 (not 201).\n- There is no idempotency header. The optional, unique `code` field on creates (\"your unique\n  identifier for the object\", max 36 chars) is the de-duplication key: re-using a `code` fails\n  with `CODE_ALREADY_EXISTS`, and an identical pending transaction fails with\n  `DUPLICATE_TRASACTION_DETECTED` (sic). The creates documented to take `code` carry\n  `x-payclients-deduplication-field: code`, from which the client learns that a create with a\n  `code` is safe to resend (CONTRIBUTING.md, \"Spec extensions\").\n- Lists are cursor-paginated: `limit` (1-50), `before`, `after`; responses are\n  `{data: [...], paging: {before, after}}`. Each list carries `x-payclients-pagination`, which\n  tells the shared `listAll` to follow `paging.after`.\n- Webhooks carry their signature in the body field `signature` (not in a header): lowercase hex\n  HMAC-SHA256 of `JSON.stringify(data)`, keyed with the endpoint secret.\n",
    "contact": {
      "name": "Sqala",
      "url": "https://developer.sqala.tech"
    }
  },
  "servers": [
    {
      "url": "https://api.sqala.tech/core/v1",
      "description": "production"
    }
  ],
  "tags": [
    {
      "name": "Authentication",
      "description": "Exchange the app credentials (HTTP Basic APP_ID:APP_SECRET) and refresh token for a Bearer access token."
    },
    {
      "name": "Pix",
      "description": "Pix QR-code (\"copia e cola\") payments."
    },
    {
      "name": "ITP",
      "description": "Open Finance payment initiation (ITP) payments; the payer is redirected to `url`."
    },
    {
      "name": "Boleto",
      "description": "Boleto payments."
    },
    {
      "name": "Bank transfers",
      "description": "Incoming bank transfer (TED) payments. Read-only; there is no create endpoint."
    },
    {
      "name": "Cards",
      "description": "Card tokenization (card vault) and credit-card payments. Only partly documented."
    },
    {
      "name": "Recipients",
      "description": "Recipients - split targets and payout targets."
    },
    {
      "name": "Bank accounts",
      "description": "Bank accounts of a recipient."
    },
    {
      "name": "Withdrawals",
      "description": "Payouts (withdrawals) to a Pix key, a bank account (TED) or a Pix QR code."
    },
    {
      "name": "Dict",
      "description": "Pix DICT look-ups (decode a Pix QR code before paying it)."
    },
    {
      "name": "Balance",
      "description": "Recipient balance and balance transactions."
    },
    {
      "name": "Webhook log",
      "description": "Webhook delivery log on the Developer API (`https://api.sqala.tech/developer/v1`)."
    },
    {
      "name": "Webhook events",
      "description": "Events Sqala POSTs to your webhook endpoints (registered in the developer portal)."
    }
  ],
  "security": [
    {
      "BearerAuth": []
    }
  ],
  "paths": {
    "/access-tokens": {
      "post": {
        "operationId": "createAccessToken",
        "externalDocs": {
          "url": "https://sqala.readme.io/reference/tokens"
        },
        "summary": "Create an access token",
        "description": "Exchanges the app credentials and the refresh token (all three issued in the developer\nportal, https://developer.sqala.tech/apps/endpoints) for a Bearer access token. The request\nis authenticated with HTTP Basic: user = APP_ID, password = APP_SECRET. The returned token\n(an RS256 JWT in the example) is valid for `expiresIn` seconds (3600 in the docs; no minimum is documented) and is sent as\n`Authorization: Bearer <token>` on every other core operation.\n",
        "tags": [
          "Authentication"
        ],
        "security": [
          {
            "BasicAuth": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateAccessTokenRequest"
              },
              "example": {
                "refreshToken": "YOUR_REFRESH_TOKEN"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The access token.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccessToken"
                },
                "example": {
                  "token": "eyJraWQiOiJwb1NPeDI0VHRmbDZCYjdaZ3RcL296WGpqUzMrTVlkYTNScXdON1dVSXJkbz0iLCJhbGciOiJSUzI1NiJ9.e30.signature",
                  "expiresIn": 3600,
                  "type": "Bearer"
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
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/pix-qrcode-payments": {
      "post": {
        "operationId": "createPixQrCodePayment",
        "x-payclients-deduplication-field": "code",
        "summary": "Create a Pix QR-code payment",
        "description": "Creates a Pix charge and returns its EMV \"copia e cola\" `payload` (render the QR image\nyourself; no image URL is returned). The minimal body is `{\"amount\": 990}`.\n\nIdempotency: Sqala has no idempotency header. Send a unique `code` - it is the de-duplication\nkey: a repeated `code` fails with `CODE_ALREADY_EXISTS`, an identical pending transaction with\n`DUPLICATE_TRASACTION_DETECTED`.\n",
        "tags": [
          "Pix"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreatePixQrCodePaymentRequest"
              },
              "example": {
                "amount": 990
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created Pix QR-code payment (creates answer 200).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PixQrCodePayment"
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
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "get": {
        "operationId": "listPixQrCodePayments",
        "x-payclients-pagination": {
          "style": "cursor",
          "items": "data",
          "pageSize": "limit",
          "cursor": "after",
          "next": "paging.after"
        },
        "summary": "List Pix QR-code payments",
        "tags": [
          "Pix"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/After"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of Pix QR-code payments.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PixQrCodePaymentList"
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
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/pix-qrcode-payments/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The Pix QR-code payment id (UUID).",
          "schema": {
            "$ref": "#/components/schemas/Id"
          }
        }
      ],
      "get": {
        "operationId": "getPixQrCodePayment",
        "summary": "Retrieve a Pix QR-code payment",
        "tags": [
          "Pix"
        ],
        "responses": {
          "200": {
            "description": "The Pix QR-code payment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PixQrCodePayment"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/itp-payments": {
      "post": {
        "operationId": "createItpPayment",
        "x-payclients-deduplication-field": "code",
        "summary": "Create an ITP payment",
        "description": "Creates an Open Finance payment initiation (ITP). Redirect the payer to the returned `url`.\n\nIdempotency: Sqala has no idempotency header. Send a unique `code` - it is the de-duplication\nkey: a repeated `code` fails with `CODE_ALREADY_EXISTS`, an identical pending transaction with\n`DUPLICATE_TRASACTION_DETECTED`.\n",
        "tags": [
          "ITP"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateItpPaymentRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created ITP payment (creates answer 200).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ItpPayment"
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
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "get": {
        "operationId": "listItpPayments",
        "x-payclients-pagination": {
          "style": "cursor",
          "items": "data",
          "pageSize": "limit",
          "cursor": "after",
          "next": "paging.after"
        },
        "summary": "List ITP payments",
        "tags": [
          "ITP"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/After"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of ITP payments.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ItpPaymentList"
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
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/itp-payments/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The ITP payment id (UUID).",
          "schema": {
            "$ref": "#/components/schemas/Id"
          }
        }
      ],
      "get": {
        "operationId": "getItpPayment",
        "summary": "Retrieve an ITP payment",
        "tags": [
          "ITP"
        ],
        "responses": {
          "200": {
            "description": "The ITP payment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ItpPayment"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/boleto-payments": {
      "post": {
        "operationId": "createBoletoPayment",
        "summary": "Create a boleto payment",
        "description": "Creates a boleto. The docs show a sample body (`amount`, `payer`, `description`, `expiresIn`)\nbut do not say which fields are required.\n\nIdempotency: Sqala has no idempotency header. On the other creates the unique `code` field is\nthe de-duplication key (`CODE_ALREADY_EXISTS` on reuse); the boleto docs do not show `code`\nin the request, so whether it is accepted here is unverified.\n",
        "x-unverified": true,
        "tags": [
          "Boleto"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateBoletoPaymentRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created boleto (creates answer 200).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BoletoPayment"
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
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "get": {
        "operationId": "listBoletoPayments",
        "x-payclients-pagination": {
          "style": "cursor",
          "items": "data",
          "pageSize": "limit",
          "cursor": "after",
          "next": "paging.after"
        },
        "summary": "List boleto payments",
        "description": "The docs have a \"List all Boletos\" page but give no path; this path (and the cursor\npagination) is inferred from the other payment resources.\n",
        "x-unverified": true,
        "tags": [
          "Boleto"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/After"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of boletos.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BoletoPaymentList"
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
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/boleto-payments/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The boleto id (UUID).",
          "schema": {
            "$ref": "#/components/schemas/Id"
          }
        }
      ],
      "get": {
        "operationId": "getBoletoPayment",
        "summary": "Retrieve a boleto payment",
        "description": "The docs have a \"Retrieve a Boleto\" page but give no path; this path is inferred from the\nother payment resources.\n",
        "x-unverified": true,
        "tags": [
          "Boleto"
        ],
        "responses": {
          "200": {
            "description": "The boleto.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BoletoPayment"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/bank-transfer-payments": {
      "get": {
        "operationId": "listBankTransferPayments",
        "x-payclients-pagination": {
          "style": "cursor",
          "items": "data",
          "pageSize": "limit",
          "cursor": "after",
          "next": "paging.after"
        },
        "summary": "List incoming bank-transfer payments",
        "description": "SQ-OAS types `limit` as a string on this operation; it is modelled as an integer (the wire form is identical).",
        "tags": [
          "Bank transfers"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/After"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of bank-transfer payments.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BankTransferPaymentList"
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
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/bank-transfer-payments/{bankTransferId}": {
      "parameters": [
        {
          "name": "bankTransferId",
          "in": "path",
          "required": true,
          "description": "The bank-transfer payment id (UUID).",
          "schema": {
            "$ref": "#/components/schemas/Id"
          }
        }
      ],
      "get": {
        "operationId": "getBankTransferPayment",
        "summary": "Retrieve an incoming bank-transfer payment",
        "tags": [
          "Bank transfers"
        ],
        "responses": {
          "200": {
            "description": "The bank-transfer payment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BankTransferPayment"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/card-vaults": {
      "post": {
        "operationId": "createCardVault",
        "summary": "Tokenize a card (card vault)",
        "description": "Tokenizes card data, normally from the browser. Authenticated with the `publicKey` query\nparameter only - no Bearer token. Returns `{token}`, used as `cardToken` in\n`createCreditCardPayment`.\n\nOnly partly documented: the docs sample shows `expYear` and `cvv` among the card fields; the\nrest of the body (presumably the card number, holder name and expiry month), the field\ntypes, and the response status are not visible.\n",
        "x-unverified": true,
        "tags": [
          "Cards"
        ],
        "security": [],
        "parameters": [
          {
            "name": "publicKey",
            "in": "query",
            "required": true,
            "description": "Your public key (from the developer portal).",
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateCardVaultRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The card token. The status code is assumed (creates answer 200 elsewhere).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CardVault"
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
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/credit-card-payments": {
      "post": {
        "operationId": "createCreditCardPayment",
        "summary": "Create a credit-card payment",
        "description": "Charges a tokenized card (`cardToken` from `createCardVault`). The request fields come from a\ndocs sample; which of them are required is not documented. Capture, refund, list and\nretrieve pages exist in the docs but their paths are NOT FOUND, so they are not modelled.\n\nIdempotency: Sqala has no idempotency header. On the other creates the unique `code` field is\nthe de-duplication key (`CODE_ALREADY_EXISTS` on reuse); the card sample does not send\n`code` (the response has one), so whether it is accepted here is unverified.\n",
        "x-unverified": true,
        "tags": [
          "Cards"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateCreditCardPaymentRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The card payment (creates answer 200).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreditCardPayment"
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
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/recipients": {
      "post": {
        "operationId": "createRecipient",
        "x-payclients-deduplication-field": "code",
        "summary": "Create a recipient",
        "description": "Creates a recipient (a split target or a payout target).\n\nIdempotency: Sqala has no idempotency header. Send a unique `code` - it is the de-duplication\nkey: a repeated `code` fails with `CODE_ALREADY_EXISTS`.\n",
        "tags": [
          "Recipients"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateRecipientRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created recipient (creates answer 200).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Recipient"
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
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "get": {
        "operationId": "listRecipients",
        "x-payclients-pagination": {
          "style": "cursor",
          "items": "data",
          "pageSize": "limit",
          "cursor": "after",
          "next": "paging.after"
        },
        "summary": "List recipients",
        "tags": [
          "Recipients"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/After"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of recipients.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RecipientList"
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
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/recipients/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The recipient id (UUID).",
          "schema": {
            "$ref": "#/components/schemas/Id"
          }
        }
      ],
      "get": {
        "operationId": "getRecipient",
        "summary": "Retrieve a recipient",
        "tags": [
          "Recipients"
        ],
        "responses": {
          "200": {
            "description": "The recipient.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Recipient"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "operationId": "updateRecipient",
        "summary": "Update a recipient",
        "description": "The operation is documented (SQ-OAS) but its request body is not; it is modelled leniently as the create fields, all optional.",
        "x-unverified": true,
        "tags": [
          "Recipients"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateRecipientRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated recipient.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Recipient"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/recipients/{recipientId}/bank-accounts": {
      "parameters": [
        {
          "$ref": "#/components/parameters/RecipientId"
        }
      ],
      "post": {
        "operationId": "createBankAccount",
        "summary": "Create a bank account",
        "description": "Adds a bank account to a recipient.\n\nIdempotency: Sqala has no idempotency header. On the other creates the unique `code` field is\nthe de-duplication key (`CODE_ALREADY_EXISTS` on reuse); the bank-account object has a `code`\nbut the create documentation does not list it, so whether it is accepted here is unverified.\n",
        "tags": [
          "Bank accounts"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateBankAccountRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created bank account (creates answer 200).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BankAccount"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "get": {
        "operationId": "listBankAccounts",
        "x-payclients-pagination": {
          "style": "cursor",
          "items": "data",
          "pageSize": "limit",
          "cursor": "after",
          "next": "paging.after"
        },
        "summary": "List bank accounts",
        "description": "Answers the list envelope. SQ-OAS lists no query parameters for this list; the general\npagination rules (`limit`/`before`/`after` on every list, `paging` in every envelope) are\nassumed to apply, since the response carries `paging` and a second page is otherwise\nunreachable.\n",
        "x-unverified": true,
        "tags": [
          "Bank accounts"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/After"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of bank accounts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BankAccountList"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/recipients/{recipientId}/bank-accounts/{bankAccountId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/RecipientId"
        },
        {
          "name": "bankAccountId",
          "in": "path",
          "required": true,
          "description": "The bank account id (UUID).",
          "schema": {
            "$ref": "#/components/schemas/Id"
          }
        }
      ],
      "get": {
        "operationId": "getBankAccount",
        "summary": "Retrieve a bank account",
        "tags": [
          "Bank accounts"
        ],
        "responses": {
          "200": {
            "description": "The bank account.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BankAccount"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "deleteBankAccount",
        "summary": "Delete a bank account",
        "description": "Deletes the bank account and answers the (deleted) bank-account object.",
        "tags": [
          "Bank accounts"
        ],
        "responses": {
          "200": {
            "description": "The deleted bank account (`status` `DELETED`, `deletedAt` set).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BankAccount"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/recipients/{recipientId}/withdrawals": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WithdrawalRecipientId"
        }
      ],
      "post": {
        "operationId": "createWithdrawal",
        "x-payclients-deduplication-field": "code",
        "externalDocs": {
          "url": "https://sqala.readme.io/reference/withdrawal"
        },
        "summary": "Create a withdrawal",
        "description": "Pays out from the recipient's balance (`recipientId` = `DEFAULT` for your own organization):\n- `method: STANDARD` - bank transfer (TED) to `bankAccountId` (required for STANDARD per\n  SQ-OAS) or to an inline `bankAccount`;\n- `method: PIX` - to `pixKey` (required for PIX); with `expectedHolderTaxId` the withdrawal\n  fails if the key owner's taxId differs;\n- `method: PIX_QRCODE` (unverified: shown only in the guide) - pays `pixQrcode` with the\n  `hash` obtained from `getDictBarcode`.\n\nPath: the guide samples POST to `/recipients/DEFAULT/withdrawal` (singular); SQ-OAS uses the\nplural `/withdrawals`, which is modelled here.\n\nIdempotency: Sqala has no idempotency header. Send a unique `code` - it is the de-duplication\nkey: a repeated `code` fails with `CODE_ALREADY_EXISTS`, an identical pending transaction with\n`DUPLICATE_TRASACTION_DETECTED`.\n",
        "tags": [
          "Withdrawals"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateWithdrawalRequest"
              },
              "examples": {
                "pix": {
                  "summary": "Pix-key payout from your own balance",
                  "value": {
                    "amount": 100,
                    "method": "PIX",
                    "pixKey": "someone@example.com",
                    "code": "payout-0001"
                  }
                },
                "standard": {
                  "summary": "TED payout to a registered bank account",
                  "value": {
                    "amount": 100,
                    "method": "STANDARD",
                    "bankAccountId": "0b4c7a0e-8d2f-4d0a-9a53-3f6c2b1f7e11"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created withdrawal (creates answer 200).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Withdrawal"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "get": {
        "operationId": "listWithdrawals",
        "x-payclients-pagination": {
          "style": "cursor",
          "items": "data",
          "pageSize": "limit",
          "cursor": "after",
          "next": "paging.after"
        },
        "externalDocs": {
          "url": "https://sqala.readme.io/reference/the-withdrawal-object"
        },
        "summary": "List withdrawals",
        "description": "SQ-OAS types `limit` as a string on this operation; it is modelled as an integer (the wire form is identical).",
        "tags": [
          "Withdrawals"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/After"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of withdrawals.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WithdrawalList"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/recipients/{recipientId}/withdrawals/{withdrawalId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WithdrawalRecipientId"
        },
        {
          "name": "withdrawalId",
          "in": "path",
          "required": true,
          "description": "The withdrawal id (UUID).",
          "schema": {
            "$ref": "#/components/schemas/Id"
          }
        }
      ],
      "get": {
        "operationId": "getWithdrawal",
        "externalDocs": {
          "url": "https://sqala.readme.io/reference/the-withdrawal-object"
        },
        "summary": "Retrieve a withdrawal",
        "tags": [
          "Withdrawals"
        ],
        "responses": {
          "200": {
            "description": "The withdrawal.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Withdrawal"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/dict/barcode": {
      "get": {
        "operationId": "getDictBarcode",
        "summary": "Decode a Pix QR code (DICT look-up)",
        "description": "Decodes a Pix QR code (\"Get qrcode data from dict\") before paying it with a `PIX_QRCODE`\nwithdrawal. The guide uses the `amount` and `hash` fields of the response; the full response\nschema is NOT FOUND.\n",
        "x-unverified": true,
        "tags": [
          "Dict"
        ],
        "parameters": [
          {
            "name": "qrcode",
            "in": "query",
            "required": true,
            "description": "The EMV (\"copia e cola\") payload of the Pix QR code.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The decoded QR-code data (schema only partly known).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DictBarcode"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/recipients/{recipientId}/balance": {
      "parameters": [
        {
          "$ref": "#/components/parameters/RecipientId"
        }
      ],
      "get": {
        "operationId": "getBalance",
        "summary": "Retrieve the balance",
        "description": "Returns the recipient's balance. The response schema is NOT FOUND (the SQ-OAS example is\n`{}`). Whether `recipientId` = `DEFAULT` works here as it does for withdrawals is not documented.\n",
        "x-unverified": true,
        "tags": [
          "Balance"
        ],
        "responses": {
          "200": {
            "description": "The balance (schema NOT FOUND).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Balance"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/recipients/{recipientId}/transactions": {
      "parameters": [
        {
          "$ref": "#/components/parameters/RecipientId"
        }
      ],
      "get": {
        "operationId": "listBalanceTransactions",
        "x-payclients-pagination": {
          "style": "cursor",
          "items": "data",
          "pageSize": "limit",
          "cursor": "after",
          "next": "paging.after"
        },
        "summary": "List balance transactions",
        "description": "Lists the recipient's balance transactions. SQ-OAS types `limit` as a string (default \"10\");\nit is modelled as an integer (the wire form is identical). The response schema is NOT FOUND:\nthe `{data, paging}` envelope is assumed from the general pagination rules and the items are\nopen objects.\n",
        "x-unverified": true,
        "tags": [
          "Balance"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/After"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of balance transactions (item schema NOT FOUND).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BalanceTransactionList"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/webhooks": {
      "servers": [
        {
          "url": "https://api.sqala.tech/developer/v1",
          "description": "production"
        }
      ],
      "get": {
        "operationId": "listWebhookLogs",
        "x-payclients-pagination": {
          "style": "cursor",
          "items": "data",
          "pageSize": "limit",
          "cursor": "after",
          "next": "paging.after"
        },
        "summary": "List the webhook delivery log",
        "description": "Lists delivered and pending webhooks (Developer API). Authentication on the Developer API is\nnot documented by SQ-DOCS: SQ-OAS declares HTTP Basic for every operation (a generator\nartefact), so the Bearer token of the core API is assumed.\n",
        "x-unverified": true,
        "tags": [
          "Webhook log"
        ],
        "parameters": [
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "Filter by delivery status.",
            "schema": {
              "$ref": "#/components/schemas/WebhookStatus"
            }
          },
          {
            "name": "event",
            "in": "query",
            "required": false,
            "description": "Filter by event name, e.g. `payment.paid`.",
            "schema": {
              "type": "string",
              "examples": [
                "payment.paid"
              ]
            }
          },
          {
            "name": "endpointId",
            "in": "query",
            "required": false,
            "description": "Filter by webhook endpoint id.",
            "schema": {
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/After"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of webhook log entries.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookLogList"
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
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/webhooks/{id}": {
      "servers": [
        {
          "url": "https://api.sqala.tech/developer/v1",
          "description": "production"
        }
      ],
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The webhook id (UUID).",
          "schema": {
            "$ref": "#/components/schemas/Id"
          }
        }
      ],
      "get": {
        "operationId": "getWebhookLog",
        "summary": "Retrieve a webhook log entry",
        "description": "Developer API. Authentication is assumed to be the core Bearer token (see `listWebhookLogs`).",
        "x-unverified": true,
        "tags": [
          "Webhook log"
        ],
        "responses": {
          "200": {
            "description": "The webhook log entry.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookLog"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/webhooks/{id}/attempts": {
      "servers": [
        {
          "url": "https://api.sqala.tech/developer/v1",
          "description": "production"
        }
      ],
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The webhook id (UUID).",
          "schema": {
            "$ref": "#/components/schemas/Id"
          }
        }
      ],
      "post": {
        "operationId": "resendWebhookLog",
        "summary": "Re-send a webhook",
        "description": "Queues a new delivery attempt of the webhook (no request body) and answers the webhook log\nentry. Developer API; authentication is assumed to be the core Bearer token (see\n`listWebhookLogs`).\n",
        "x-unverified": true,
        "tags": [
          "Webhook log"
        ],
        "responses": {
          "200": {
            "description": "The webhook log entry.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookLog"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    }
  },
  "webhooks": {
    "payment.paid": {
      "post": {
        "operationId": "paymentPaidWebhook",
        "summary": "payment.paid",
        "description": "A payment was paid. No headers are documented; the signature is the body field `signature`.",
        "tags": [
          "Webhook events"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PaymentPaidEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Acknowledge receipt with a 2xx (the docs sample replies 200)."
          }
        }
      }
    },
    "payment.failed": {
      "post": {
        "operationId": "paymentFailedWebhook",
        "summary": "payment.failed",
        "description": "A payment failed. No headers are documented; the signature is the body field `signature`.",
        "tags": [
          "Webhook events"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PaymentFailedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Acknowledge receipt with a 2xx (the docs sample replies 200)."
          }
        }
      }
    },
    "withdrawal.created": {
      "post": {
        "operationId": "withdrawalCreatedWebhook",
        "summary": "withdrawal.created",
        "description": "Despite its name, the docs describe this event as \"the withdrawal was paid\". No headers are\ndocumented; the signature is the body field `signature`.\n",
        "tags": [
          "Webhook events"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WithdrawalCreatedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Acknowledge receipt with a 2xx (the docs sample replies 200)."
          }
        }
      }
    },
    "withdrawal.failed": {
      "post": {
        "operationId": "withdrawalFailedWebhook",
        "summary": "withdrawal.failed",
        "description": "A withdrawal failed. No headers are documented; the signature is the body field `signature`.",
        "tags": [
          "Webhook events"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WithdrawalFailedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Acknowledge receipt with a 2xx (the docs sample replies 200)."
          }
        }
      }
    },
    "transaction.created": {
      "post": {
        "operationId": "transactionCreatedWebhook",
        "summary": "transaction.created",
        "description": "Appears only in the signature-validation example; its meaning and `data` schema are not documented.",
        "x-unverified": true,
        "tags": [
          "Webhook events"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TransactionCreatedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Acknowledge receipt with a 2xx (the docs sample replies 200)."
          }
        }
      }
    },
    "subscription.activated": {
      "post": {
        "operationId": "subscriptionActivatedWebhook",
        "summary": "subscription.activated",
        "description": "Billing event (a subscription was activated). The subscription `data` schema is not documented.",
        "tags": [
          "Webhook events"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SubscriptionActivatedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Acknowledge receipt with a 2xx (the docs sample replies 200)."
          }
        }
      }
    },
    "subscription.canceled": {
      "post": {
        "operationId": "subscriptionCanceledWebhook",
        "summary": "subscription.canceled",
        "description": "Billing event (a subscription was canceled). The subscription `data` schema is not documented.",
        "tags": [
          "Webhook events"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SubscriptionCanceledEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Acknowledge receipt with a 2xx (the docs sample replies 200)."
          }
        }
      }
    },
    "subscription.completed": {
      "post": {
        "operationId": "subscriptionCompletedWebhook",
        "summary": "subscription.completed",
        "description": "Billing event (a subscription was completed). The subscription `data` schema is not documented.",
        "tags": [
          "Webhook events"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SubscriptionCompletedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Acknowledge receipt with a 2xx (the docs sample replies 200)."
          }
        }
      }
    },
    "subscription.renewed": {
      "post": {
        "operationId": "subscriptionRenewedWebhook",
        "summary": "subscription.renewed",
        "description": "Billing event (a subscription was renewed). The subscription `data` schema is not documented.",
        "tags": [
          "Webhook events"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SubscriptionRenewedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Acknowledge receipt with a 2xx (the docs sample replies 200)."
          }
        }
      }
    },
    "subscription.charge.pending": {
      "post": {
        "operationId": "subscriptionChargePendingWebhook",
        "summary": "subscription.charge.pending",
        "description": "Billing event (a subscription charge is pending). The `data` schema is not documented.",
        "tags": [
          "Webhook events"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SubscriptionChargePendingEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Acknowledge receipt with a 2xx (the docs sample replies 200)."
          }
        }
      }
    },
    "subscription.charge.failed": {
      "post": {
        "operationId": "subscriptionChargeFailedWebhook",
        "summary": "subscription.charge.failed",
        "description": "Billing event (a subscription charge failed). The `data` schema is not documented.",
        "tags": [
          "Webhook events"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SubscriptionChargeFailedEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Acknowledge receipt with a 2xx (the docs sample replies 200)."
          }
        }
      }
    },
    "subscription.charge.scheduled": {
      "post": {
        "operationId": "subscriptionChargeScheduledWebhook",
        "summary": "subscription.charge.scheduled",
        "description": "Billing event (a subscription charge was scheduled). The `data` schema is not documented.",
        "tags": [
          "Webhook events"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SubscriptionChargeScheduledEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Acknowledge receipt with a 2xx (the docs sample replies 200)."
          }
        }
      }
    },
    "subscription.charge.paid": {
      "post": {
        "operationId": "subscriptionChargePaidWebhook",
        "summary": "subscription.charge.paid",
        "description": "Billing event (a subscription charge was paid). The `data` schema is not documented.",
        "tags": [
          "Webhook events"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SubscriptionChargePaidEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Acknowledge receipt with a 2xx (the docs sample replies 200)."
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
        "description": "Token endpoint only: HTTP Basic with user = APP_ID and password = APP_SECRET (from the developer portal)."
      },
      "BearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "`Authorization: Bearer <token>` with the token from `createAccessToken` (valid `expiresIn` seconds)."
      }
    },
    "parameters": {
      "Limit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Page size, 1-50 (default 10).",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 50,
          "default": 10
        }
      },
      "Before": {
        "name": "before",
        "in": "query",
        "required": false,
        "description": "Cursor - return the page before this one (`paging.before` of a previous response). Opaque string.",
        "schema": {
          "type": "string"
        }
      },
      "After": {
        "name": "after",
        "in": "query",
        "required": false,
        "description": "Cursor - return the page after this one (`paging.after` of a previous response). Opaque string (base64 in the example).",
        "schema": {
          "type": "string"
        }
      },
      "RecipientId": {
        "name": "recipientId",
        "in": "path",
        "required": true,
        "description": "The recipient id (UUID).",
        "schema": {
          "type": "string"
        }
      },
      "WithdrawalRecipientId": {
        "name": "recipientId",
        "in": "path",
        "required": true,
        "description": "The recipient id (UUID), or `DEFAULT` for your own organization.",
        "schema": {
          "type": "string",
          "examples": [
            "DEFAULT"
          ]
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "Client error. SQ-OAS documents error responses as 400 with the `SqalaError` body, e.g.\n`INVALID_BODY` for a failed body validation. The HTTP status of the other error codes is not\ndocumented.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SqalaError"
            },
            "example": {
              "code": "INVALID_BODY",
              "message": "Invalid body, check 'errors' property for more info.",
              "errors": [
                "amount must be a positive number"
              ]
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing or invalid credentials (Basic on the token endpoint, Bearer elsewhere). The docs only\nsay unauthenticated calls fail; the status (401) and the body are assumed.\n",
        "x-unverified": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SqalaError"
            }
          }
        }
      },
      "NotFound": {
        "description": "The object does not exist (`OBJECT_NOT_FOUND`). The 404 status is inferred; it is not documented.",
        "x-unverified": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SqalaError"
            }
          }
        }
      },
      "ServerError": {
        "description": "Server error (5xx), e.g. `INTERNAL_ERROR`, `SERVICE_NOT_AVAILABLE`. The exact statuses per code are not documented.",
        "x-unverified": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SqalaError"
            }
          }
        }
      }
    },
    "schemas": {
      "SqalaError": {
        "type": "object",
        "description": "Sqala's error body `{code, message, errors}`. `errors` lists validation messages (e.g. for\n`INVALID_BODY`); whether it is present on every error is not documented.\n",
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "code": {
            "$ref": "#/components/schemas/SqalaErrorCode"
          },
          "message": {
            "type": "string"
          },
          "errors": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "SqalaErrorCode": {
        "description": "Error code (open string: the documented codes below, but the list may grow). Spelling is\nexactly as documented, including `BACEN_COMMUNIOCATION_FAILED` and\n`DUPLICATE_TRASACTION_DETECTED` (sic).\n",
        "anyOf": [
          {
            "type": "string",
            "enum": [
              "CODE_ALREADY_EXISTS",
              "OBJECT_NOT_FOUND",
              "INVALID_BODY",
              "INTERNAL_ERROR",
              "SERVICE_NOT_AVAILABLE",
              "BANK_COMMUNICATION_FAILED",
              "BACEN_COMMUNIOCATION_FAILED",
              "PIX_KEY_NOT_FOUND",
              "RECIPIENT_ACCOUNT_BLOCKED",
              "RECIPIENT_USER_ACCOUNT_CLOSED",
              "INSUFFICIENT_BALANCE",
              "LIMIT_EXCEED_FOR_THE_TRANSACTION",
              "TRANSACTION_TYPE_NOT_SUPPORTED",
              "REQUEST_TIMEOUT",
              "TRANSACTION_INTERRUPTED",
              "INVALID_RECIPIENT_BANK_ACCOUNT_TYPE",
              "DUPLICATE_TRASACTION_DETECTED",
              "RECIPIENT_BANK_RESTRICTED"
            ]
          },
          {
            "type": "string"
          }
        ]
      },
      "Id": {
        "type": "string",
        "description": "Object id, a 36-character UUID string.",
        "maxLength": 36
      },
      "Code": {
        "type": "string",
        "maxLength": 36,
        "description": "Your unique identifier for the object. It is Sqala's de-duplication key (there is no\nidempotency header): creating a second object with the same `code` fails with\n`CODE_ALREADY_EXISTS`.\n"
      },
      "Amount": {
        "type": "integer",
        "description": "Amount in BRL cents (integer minor units; 100 = 1 BRL)."
      },
      "PositiveAmount": {
        "type": "integer",
        "exclusiveMinimum": 0,
        "description": "Amount in BRL cents (integer minor units; 100 = 1 BRL); must be positive (`exclusiveMinimum: 0`,\nas the documented validation error words it: \"amount must be a positive number\", SQ-OAS 400 example).\nCapped at 199 cents (1.99 BRL) when testing.\n"
      },
      "Timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "ISO-8601 UTC timestamp, e.g. `2022-06-06T11:48:21Z` (sometimes with milliseconds)."
      },
      "NullableTimestamp": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "ISO-8601 UTC timestamp, or null while the event has not happened."
      },
      "Paging": {
        "type": "object",
        "description": "Cursors of the current page; pass them as `before` / `after`. Null when there is no page in that direction.",
        "required": [
          "before",
          "after"
        ],
        "properties": {
          "before": {
            "type": [
              "string",
              "null"
            ]
          },
          "after": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "Metadata": {
        "description": "Metadata. The documented request shape is an array of `{name, value}` (max 50 entries; do\nnot store sensitive data). The recipient, bank-account and withdrawal response examples show\na plain `{\"KEY\": \"VALUE\"}` map instead, so both shapes are accepted.\n",
        "oneOf": [
          {
            "$ref": "#/components/schemas/MetadataList"
          },
          {
            "$ref": "#/components/schemas/MetadataMap"
          }
        ]
      },
      "NullableMetadata": {
        "description": "Metadata on a response object: `null` when none was set. The withdrawal example on\nhttps://sqala.readme.io/reference/withdrawal returns `\"metadata\": null` inside `bankAccount`,\nand real withdrawal responses carry `null` on `recipient.metadata` too; no page says the other\nobjects never do, so every response object's metadata is nullable.\n",
        "anyOf": [
          {
            "$ref": "#/components/schemas/Metadata"
          },
          {
            "type": "null"
          }
        ]
      },
      "MetadataList": {
        "type": "array",
        "maxItems": 50,
        "items": {
          "$ref": "#/components/schemas/MetadataEntry"
        }
      },
      "MetadataEntry": {
        "type": "object",
        "description": "One metadata entry. The published reference (the readme.io export's `Core API/metadata.md`,\nand SQ-OAS) lists `name` (max 40) and `value` (max 500) without marking either required, so\nneither is here.\n",
        "properties": {
          "name": {
            "type": "string",
            "maxLength": 40
          },
          "value": {
            "type": "string",
            "maxLength": 500
          }
        }
      },
      "MetadataMap": {
        "type": "object",
        "description": "Metadata as a plain key/value map (seen in response examples).",
        "additionalProperties": {
          "type": "string"
        }
      },
      "Payer": {
        "type": "object",
        "description": "The payer. `taxId` is a CPF (individual) or CNPJ (company), digits only in the examples.",
        "properties": {
          "name": {
            "type": "string",
            "maxLength": 128
          },
          "taxId": {
            "type": "string",
            "maxLength": 14
          }
        }
      },
      "SplitItem": {
        "type": "object",
        "description": "One split of the payment to a recipient.",
        "required": [
          "value",
          "recipientId"
        ],
        "properties": {
          "value": {
            "type": "integer",
            "exclusiveMinimum": 0,
            "description": "Amount in BRL cents (integer minor units), > 0."
          },
          "recipientId": {
            "type": "string",
            "maxLength": 36
          }
        }
      },
      "PaymentStatus": {
        "description": "Status of Pix, ITP and boleto payments: `CREATED`, `PROCESSED` (not final), `ERROR`, `PAID`,\n`FAILED` (final). The object pages list these five; the prose also mentions `EXPIRED`, which\nis unverified. Modelled as an open string.\n",
        "anyOf": [
          {
            "type": "string",
            "enum": [
              "CREATED",
              "PROCESSED",
              "ERROR",
              "PAID",
              "FAILED"
            ]
          },
          {
            "type": "string",
            "const": "EXPIRED",
            "x-unverified": true,
            "description": "Mentioned only in prose, missing from the status table."
          },
          {
            "type": "string"
          }
        ]
      },
      "CreateAccessTokenRequest": {
        "type": "object",
        "required": [
          "refreshToken"
        ],
        "properties": {
          "refreshToken": {
            "type": "string",
            "description": "The refresh token issued in the developer portal."
          }
        }
      },
      "AccessToken": {
        "type": "object",
        "required": [
          "token",
          "expiresIn",
          "type"
        ],
        "properties": {
          "token": {
            "type": "string",
            "maxLength": 2048,
            "description": "The access token (an RS256 JWT in the example)."
          },
          "expiresIn": {
            "type": "integer",
            "description": "Lifetime of the token in seconds. The reference documents no minimum; access tokens\n\"expire after 1 hour (3600 seconds)\" (https://sqala.readme.io/reference/tokens), and the\nexample shows 3600. Clients must honour the value returned, whatever it is.\n"
          },
          "type": {
            "type": "string",
            "description": "Token type; `Bearer` is the documented value.",
            "examples": [
              "Bearer"
            ]
          }
        }
      },
      "CreatePixQrCodePaymentRequest": {
        "type": "object",
        "required": [
          "amount"
        ],
        "properties": {
          "amount": {
            "$ref": "#/components/schemas/PositiveAmount"
          },
          "code": {
            "$ref": "#/components/schemas/Code"
          },
          "payer": {
            "$ref": "#/components/schemas/Payer"
          },
          "split": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SplitItem"
            }
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          }
        }
      },
      "PixQrCodePayment": {
        "type": "object",
        "description": "A Pix QR-code payment.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "code": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 36
          },
          "type": {
            "type": "string",
            "description": "QR-code type (open string; `STATIC` in the example, the list is not documented).",
            "examples": [
              "STATIC"
            ]
          },
          "amount": {
            "$ref": "#/components/schemas/Amount"
          },
          "paidAmount": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Amount paid in BRL cents (integer minor units); null until paid."
          },
          "payload": {
            "type": "string",
            "maxLength": 256,
            "description": "The EMV \"copia e cola\" payload; render the QR image from it."
          },
          "source": {
            "description": "The payer's bank account (documented, but never shown in an example).",
            "anyOf": [
              {
                "$ref": "#/components/schemas/BankAccount"
              },
              {
                "type": "null"
              }
            ]
          },
          "payer": {
            "description": "Null when the charge was created without a payer (nullability not documented; lenient).",
            "anyOf": [
              {
                "$ref": "#/components/schemas/Payer"
              },
              {
                "type": "null"
              }
            ]
          },
          "split": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SplitItem"
            }
          },
          "status": {
            "$ref": "#/components/schemas/PaymentStatus"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "processedAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "paidAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "failedAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "expiresAt": {
            "x-unverified": true,
            "description": "Expiry timestamp. Appears only in an example, not in the object's field list.",
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "metadata": {
            "$ref": "#/components/schemas/NullableMetadata"
          }
        }
      },
      "PixQrCodePaymentList": {
        "type": "object",
        "required": [
          "data",
          "paging"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PixQrCodePayment"
            }
          },
          "paging": {
            "$ref": "#/components/schemas/Paging"
          }
        }
      },
      "CreateItpPaymentRequest": {
        "type": "object",
        "required": [
          "amount",
          "payer"
        ],
        "properties": {
          "amount": {
            "$ref": "#/components/schemas/PositiveAmount"
          },
          "payer": {
            "$ref": "#/components/schemas/Payer"
          },
          "code": {
            "$ref": "#/components/schemas/Code"
          },
          "split": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SplitItem"
            }
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          }
        }
      },
      "ItpPayment": {
        "description": "An ITP (Open Finance payment initiation) payment - the Pix object's fields plus `url`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/PixQrCodePayment"
          },
          {
            "type": "object",
            "properties": {
              "url": {
                "type": "string",
                "format": "uri",
                "description": "Where to redirect the payer to authorize the payment."
              }
            }
          }
        ]
      },
      "ItpPaymentList": {
        "type": "object",
        "required": [
          "data",
          "paging"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ItpPayment"
            }
          },
          "paging": {
            "$ref": "#/components/schemas/Paging"
          }
        }
      },
      "CreateBoletoPaymentRequest": {
        "type": "object",
        "x-unverified": true,
        "description": "Fields from the docs sample (`amount`, `payer`, `description`, `expiresIn`); which are\nrequired is not documented. `amount` and `payer` are required here as the fact sheet infers\nthem ([I] in providers/sqala.md: a boleto is issued for an amount to a named payer). `code`,\n`split` and `metadata` are not shown for boletos and are assumed by analogy with the other\npayments.\n",
        "required": [
          "amount",
          "payer"
        ],
        "properties": {
          "amount": {
            "$ref": "#/components/schemas/PositiveAmount"
          },
          "payer": {
            "$ref": "#/components/schemas/Payer"
          },
          "description": {
            "type": "string",
            "maxLength": 128
          },
          "expiresIn": {
            "type": "integer",
            "description": "Time until expiry; `3` in the sample. The unit is not documented (presumably days).",
            "x-unverified": true
          },
          "code": {
            "$ref": "#/components/schemas/Code"
          },
          "split": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SplitItem"
            }
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          }
        }
      },
      "BoletoPayment": {
        "type": "object",
        "description": "A boleto payment. Documented fields: `barcode`, `pdf`, `description`, `expiresIn`, `payer`,\n`split`, `status` and timestamps. `id`, `code`, `amount`, `paidAmount`, `metadata` and the\nexact timestamp names are assumed from the other payment objects.\n",
        "x-unverified": true,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "code": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 36
          },
          "amount": {
            "$ref": "#/components/schemas/Amount"
          },
          "paidAmount": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Amount paid in BRL cents; null until paid."
          },
          "barcode": {
            "type": "string",
            "maxLength": 64
          },
          "pdf": {
            "type": "string",
            "format": "uri",
            "description": "URL of the boleto PDF."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 128,
            "description": "Null when the boleto was created without one (nullability not documented; lenient)."
          },
          "expiresIn": {
            "type": "integer",
            "description": "Time until expiry (unit not documented, presumably days)."
          },
          "payer": {
            "description": "Null when the charge was created without a payer (nullability not documented; lenient).",
            "anyOf": [
              {
                "$ref": "#/components/schemas/Payer"
              },
              {
                "type": "null"
              }
            ]
          },
          "split": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SplitItem"
            }
          },
          "status": {
            "$ref": "#/components/schemas/PaymentStatus"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "processedAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "paidAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "failedAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "metadata": {
            "$ref": "#/components/schemas/NullableMetadata"
          }
        }
      },
      "BoletoPaymentList": {
        "type": "object",
        "required": [
          "data",
          "paging"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/BoletoPayment"
            }
          },
          "paging": {
            "$ref": "#/components/schemas/Paging"
          }
        }
      },
      "BankTransferParty": {
        "type": "object",
        "description": "Source or destination account of a bank transfer.",
        "properties": {
          "bankName": {
            "type": "string"
          },
          "branchNumber": {
            "type": "string"
          },
          "accountNumber": {
            "type": "string"
          }
        }
      },
      "BankTransferStatus": {
        "type": "string",
        "description": "`CREATED`, `PROCESSED`, `PAID`, `REFUNDED`, `ERROR` (not final for bank transfers), `FAILED`.\n",
        "enum": [
          "CREATED",
          "PROCESSED",
          "PAID",
          "REFUNDED",
          "ERROR",
          "FAILED"
        ]
      },
      "BankTransferPayment": {
        "type": "object",
        "description": "An incoming bank transfer (TED).",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "code": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 36
          },
          "transactionId": {
            "type": "string",
            "description": "The transfer's end-to-end id (a Pix/SPB E2E id in the example)."
          },
          "amount": {
            "$ref": "#/components/schemas/Amount"
          },
          "paidAmount": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Amount paid in BRL cents; null until paid."
          },
          "method": {
            "type": "string",
            "description": "Payment method; `BANK_TRANSFER`.",
            "examples": [
              "BANK_TRANSFER"
            ]
          },
          "source": {
            "$ref": "#/components/schemas/BankTransferParty"
          },
          "destination": {
            "$ref": "#/components/schemas/BankTransferParty"
          },
          "payer": {
            "description": "Null when the charge was created without a payer (nullability not documented; lenient).",
            "anyOf": [
              {
                "$ref": "#/components/schemas/Payer"
              },
              {
                "type": "null"
              }
            ]
          },
          "split": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SplitItem"
            }
          },
          "status": {
            "$ref": "#/components/schemas/BankTransferStatus"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "processedAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "paidAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "failedAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "metadata": {
            "$ref": "#/components/schemas/NullableMetadata"
          }
        }
      },
      "BankTransferPaymentList": {
        "type": "object",
        "required": [
          "data",
          "paging"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/BankTransferPayment"
            }
          },
          "paging": {
            "$ref": "#/components/schemas/Paging"
          }
        }
      },
      "CreateCardVaultRequest": {
        "type": "object",
        "x-unverified": true,
        "description": "Card data to tokenize. Only `expYear` and `cvv` are visible in the docs sample; the other\nfields and all types are not documented. `number`, `holderName` and `expMonth` are assumed\n(a card cannot be tokenized without its number); the types are closed to these five fields so\na misspelt one fails to compile.\n",
        "properties": {
          "number": {
            "type": "string",
            "x-unverified": true,
            "description": "Card number (assumed; not visible in the docs sample)."
          },
          "holderName": {
            "type": "string",
            "x-unverified": true,
            "description": "Name on the card (assumed; not visible in the docs sample)."
          },
          "expMonth": {
            "type": [
              "string",
              "integer"
            ],
            "x-unverified": true,
            "description": "Card expiry month (assumed; not visible in the docs sample)."
          },
          "expYear": {
            "type": [
              "string",
              "integer"
            ],
            "description": "Card expiry year (type not documented)."
          },
          "cvv": {
            "type": "string",
            "description": "Card security code."
          }
        }
      },
      "CardVault": {
        "type": "object",
        "required": [
          "token"
        ],
        "properties": {
          "token": {
            "type": "string",
            "description": "Card token; pass it as `cardToken` to `createCreditCardPayment`."
          }
        }
      },
      "CardPayerAddress": {
        "type": "object",
        "properties": {
          "street": {
            "type": "string"
          },
          "number": {
            "type": "string"
          },
          "neighborhood": {
            "type": "string"
          },
          "city": {
            "type": "string"
          },
          "state": {
            "type": "string"
          },
          "country": {
            "type": "string"
          },
          "postalCode": {
            "type": "string"
          }
        }
      },
      "CardPayer": {
        "description": "The payer of a card payment - `Payer` plus contact and address (fields from the docs sample).",
        "allOf": [
          {
            "$ref": "#/components/schemas/Payer"
          },
          {
            "type": "object",
            "properties": {
              "email": {
                "type": "string",
                "format": "email"
              },
              "mobile": {
                "type": "string"
              },
              "address": {
                "$ref": "#/components/schemas/CardPayerAddress"
              }
            }
          }
        ]
      },
      "CreateCreditCardPaymentRequest": {
        "type": "object",
        "x-unverified": true,
        "description": "Fields from the docs sample; which are required is not documented. `amount` and `cardToken`\nare required here by inference (a charge needs an amount and the card `createCardVault`\ntokenized). `code` is not in the sample.\n",
        "required": [
          "amount",
          "cardToken"
        ],
        "properties": {
          "amount": {
            "$ref": "#/components/schemas/PositiveAmount"
          },
          "installments": {
            "type": "integer",
            "minimum": 1,
            "description": "Number of installments."
          },
          "operation": {
            "type": "string",
            "description": "Card operation (open string; `AUTH_AND_CAPTURE` is the only value seen).",
            "examples": [
              "AUTH_AND_CAPTURE"
            ]
          },
          "payer": {
            "$ref": "#/components/schemas/CardPayer"
          },
          "antifraudToken": {
            "type": "string"
          },
          "cardToken": {
            "type": "string",
            "description": "The `token` returned by `createCardVault`."
          },
          "code": {
            "$ref": "#/components/schemas/Code"
          }
        }
      },
      "CardDetails": {
        "type": "object",
        "description": "The card of a payment. Which fields may be null is not documented; those the card vault may lack are nullable.",
        "x-unverified": true,
        "properties": {
          "firstSixDigits": {
            "type": "string"
          },
          "lastFourDigits": {
            "type": "string"
          },
          "holderName": {
            "type": [
              "string",
              "null"
            ]
          },
          "brand": {
            "type": "string"
          },
          "expMonth": {
            "type": [
              "string",
              "integer",
              "null"
            ]
          },
          "expYear": {
            "type": [
              "string",
              "integer",
              "null"
            ]
          }
        }
      },
      "CreditCardPayment": {
        "type": "object",
        "description": "A credit-card payment (fields from the docs sample; types and the status list are not documented).",
        "x-unverified": true,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "code": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 36
          },
          "method": {
            "type": "string",
            "description": "Payment method; `CREDIT_CARD`.",
            "examples": [
              "CREDIT_CARD"
            ]
          },
          "amount": {
            "$ref": "#/components/schemas/Amount"
          },
          "paidAmount": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Amount paid in BRL cents."
          },
          "installments": {
            "type": "integer"
          },
          "softDescriptor": {
            "type": [
              "string",
              "null"
            ]
          },
          "authCode": {
            "type": [
              "string",
              "null"
            ]
          },
          "transactionId": {
            "type": [
              "string",
              "null"
            ]
          },
          "payer": {
            "description": "Null when the charge was created without a payer (nullability not documented; lenient).",
            "anyOf": [
              {
                "$ref": "#/components/schemas/CardPayer"
              },
              {
                "type": "null"
              }
            ]
          },
          "card": {
            "$ref": "#/components/schemas/CardDetails"
          },
          "status": {
            "type": "string",
            "description": "Payment status (open string; the card status list is not documented)."
          },
          "refundReason": {
            "type": [
              "string",
              "null"
            ]
          },
          "refundedAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          }
        }
      },
      "PartyType": {
        "type": "string",
        "description": "`INDIVIDUAL` (CPF) or `COMPANY` (CNPJ).",
        "enum": [
          "INDIVIDUAL",
          "COMPANY"
        ]
      },
      "ObjectStatus": {
        "type": "string",
        "description": "Status of recipients and bank accounts.",
        "enum": [
          "ACTIVE",
          "DELETED"
        ]
      },
      "CreateRecipientRequest": {
        "type": "object",
        "required": [
          "name",
          "taxId",
          "type"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "taxId": {
            "type": "string",
            "description": "CPF or CNPJ."
          },
          "type": {
            "$ref": "#/components/schemas/PartyType"
          },
          "code": {
            "$ref": "#/components/schemas/Code"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          }
        }
      },
      "UpdateRecipientRequest": {
        "type": "object",
        "x-unverified": true,
        "description": "Not documented; assumed to take the create fields, all optional.",
        "properties": {
          "name": {
            "type": "string"
          },
          "taxId": {
            "type": "string"
          },
          "type": {
            "$ref": "#/components/schemas/PartyType"
          },
          "code": {
            "$ref": "#/components/schemas/Code"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          }
        }
      },
      "Recipient": {
        "type": "object",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "code": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 36
          },
          "name": {
            "type": "string"
          },
          "taxId": {
            "type": "string"
          },
          "type": {
            "$ref": "#/components/schemas/PartyType"
          },
          "status": {
            "$ref": "#/components/schemas/ObjectStatus"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updatedAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "deletedAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "metadata": {
            "$ref": "#/components/schemas/NullableMetadata"
          }
        }
      },
      "RecipientList": {
        "type": "object",
        "required": [
          "data",
          "paging"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Recipient"
            }
          },
          "paging": {
            "$ref": "#/components/schemas/Paging"
          }
        }
      },
      "BankAccountType": {
        "type": "string",
        "enum": [
          "CHECKING",
          "SAVINGS"
        ]
      },
      "BankAccountInput": {
        "type": "object",
        "description": "Bank account details (used to register an account, or inline in a STANDARD withdrawal).",
        "required": [
          "holderName",
          "holderTaxId",
          "holderType",
          "branchNumber",
          "accountNumber",
          "bankId"
        ],
        "properties": {
          "type": {
            "$ref": "#/components/schemas/BankAccountType"
          },
          "holderName": {
            "type": "string"
          },
          "holderTaxId": {
            "type": "string",
            "description": "CPF or CNPJ of the holder."
          },
          "holderType": {
            "$ref": "#/components/schemas/PartyType"
          },
          "branchNumber": {
            "type": "string"
          },
          "accountNumber": {
            "type": "string"
          },
          "bankId": {
            "type": "string",
            "description": "The bank's ISPB code, e.g. `60701190`.",
            "examples": [
              "60701190"
            ]
          }
        }
      },
      "CreateBankAccountRequest": {
        "description": "`BankAccountInput`, plus `code` and `metadata`, which the bank-account object carries but the\ncreate documentation does not list (unverified).\n",
        "allOf": [
          {
            "$ref": "#/components/schemas/BankAccountInput"
          },
          {
            "type": "object",
            "x-unverified": true,
            "description": "`code` and `metadata` are not listed for this create; assumed from the bank-account object.",
            "properties": {
              "code": {
                "$ref": "#/components/schemas/Code"
              },
              "metadata": {
                "$ref": "#/components/schemas/Metadata"
              }
            }
          }
        ]
      },
      "BankAccount": {
        "type": "object",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "code": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 36
          },
          "type": {
            "$ref": "#/components/schemas/BankAccountType"
          },
          "holderName": {
            "type": "string"
          },
          "holderTaxId": {
            "type": "string"
          },
          "holderType": {
            "$ref": "#/components/schemas/PartyType"
          },
          "branchNumber": {
            "type": "string"
          },
          "accountNumber": {
            "type": "string"
          },
          "bankId": {
            "type": "string",
            "description": "ISPB code."
          },
          "status": {
            "$ref": "#/components/schemas/ObjectStatus"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updatedAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "deletedAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "metadata": {
            "$ref": "#/components/schemas/NullableMetadata"
          }
        }
      },
      "BankAccountList": {
        "type": "object",
        "required": [
          "data",
          "paging"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/BankAccount"
            }
          },
          "paging": {
            "$ref": "#/components/schemas/Paging"
          }
        }
      },
      "WithdrawalMethod": {
        "description": "`STANDARD` (bank transfer / TED) or `PIX` (to a Pix key): the enum of the withdrawal object\nin the reference (https://sqala.readme.io/reference/the-withdrawal-object) and SQ-OAS.\n`PIX_QRCODE` is kept, x-unverified, because the provider's own withdrawal guide\n(https://sqala.readme.io/reference/withdrawal, \"PIX QRCode\") sends `method: 'PIX_QRCODE'` with\n`pixQrcode` and `hash`; the reference enum leaves it out, so it may be rejected.\n",
        "anyOf": [
          {
            "type": "string",
            "enum": [
              "STANDARD",
              "PIX"
            ]
          },
          {
            "type": "string",
            "const": "PIX_QRCODE",
            "x-unverified": true,
            "description": "Shown only in the withdrawal guide (https://sqala.readme.io/reference/withdrawal); missing\nfrom the object page and the SQ-OAS enum, so the sources disagree.\n"
          }
        ]
      },
      "WithdrawalStatus": {
        "type": "string",
        "description": "Not final: `PENDING_APPROVAL`, `APPROVED`, `PROCESSED`, `CREATED`. Final: `REJECTED`,\n`REFUNDED`, `FAILED`, `PAID`. The order of transitions is not documented.\n",
        "enum": [
          "PENDING_APPROVAL",
          "APPROVED",
          "PROCESSED",
          "CREATED",
          "REJECTED",
          "REFUNDED",
          "FAILED",
          "PAID"
        ]
      },
      "CreateWithdrawalRequest": {
        "type": "object",
        "description": "Conditional requirements: `pixKey` for `PIX`; `bankAccountId` (required for `STANDARD` per\nSQ-OAS) or an inline `bankAccount` for `STANDARD`; `pixQrcode` and `hash` for `PIX_QRCODE`\n(unverified).\n",
        "required": [
          "amount",
          "method"
        ],
        "properties": {
          "amount": {
            "$ref": "#/components/schemas/PositiveAmount"
          },
          "method": {
            "$ref": "#/components/schemas/WithdrawalMethod"
          },
          "pixKey": {
            "type": "string",
            "description": "Destination Pix key; required when `method` is `PIX`."
          },
          "expectedHolderTaxId": {
            "type": "string",
            "maxLength": 14,
            "description": "If the Pix key owner's taxId differs from this value, the withdrawal fails."
          },
          "bankAccountId": {
            "type": "string",
            "description": "A registered bank account of the recipient; required when `method` is `STANDARD` (SQ-OAS)."
          },
          "bankAccount": {
            "$ref": "#/components/schemas/BankAccountInput"
          },
          "pixQrcode": {
            "type": "string",
            "x-unverified": true,
            "description": "The EMV payload to pay, for `PIX_QRCODE` (shown only in the guide)."
          },
          "hash": {
            "type": "string",
            "x-unverified": true,
            "description": "The `hash` from `getDictBarcode`, for `PIX_QRCODE` (shown only in the guide)."
          },
          "code": {
            "$ref": "#/components/schemas/Code"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          }
        }
      },
      "Withdrawal": {
        "type": "object",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "code": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 36
          },
          "amount": {
            "$ref": "#/components/schemas/Amount"
          },
          "method": {
            "$ref": "#/components/schemas/WithdrawalMethod"
          },
          "status": {
            "$ref": "#/components/schemas/WithdrawalStatus"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "approvedAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "rejectedAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "processedAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "paidAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "failedAt": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "failedReason": {
            "type": [
              "string",
              "null"
            ]
          },
          "pixKey": {
            "type": [
              "string",
              "null"
            ]
          },
          "expectedHolderTaxId": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 14
          },
          "recipientId": {
            "type": "string"
          },
          "bankAccount": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/BankAccount"
              },
              {
                "type": "null"
              }
            ]
          },
          "recipient": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/Recipient"
              },
              {
                "type": "null"
              }
            ]
          },
          "metadata": {
            "$ref": "#/components/schemas/NullableMetadata"
          }
        }
      },
      "WithdrawalList": {
        "type": "object",
        "required": [
          "data",
          "paging"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Withdrawal"
            }
          },
          "paging": {
            "$ref": "#/components/schemas/Paging"
          }
        }
      },
      "DictBarcode": {
        "type": "object",
        "x-unverified": true,
        "description": "Decoded Pix QR code. Only `amount` and `hash` are known (used by the withdrawal guide); the full schema is NOT FOUND.",
        "properties": {
          "amount": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Amount in BRL cents (assumed, like every other Sqala amount); null for a QR code without an amount (assumed)."
          },
          "hash": {
            "type": "string",
            "description": "Pass as `hash` in a `PIX_QRCODE` withdrawal."
          }
        }
      },
      "Balance": {
        "type": "object",
        "x-unverified": true,
        "description": "Recipient balance. Schema NOT FOUND (the SQ-OAS example is `{}`).",
        "additionalProperties": {}
      },
      "BalanceTransaction": {
        "type": "object",
        "x-unverified": true,
        "description": "A balance transaction. Schema NOT FOUND.",
        "additionalProperties": {}
      },
      "BalanceTransactionList": {
        "type": "object",
        "x-unverified": true,
        "description": "Assumed list envelope (the response schema is NOT FOUND).",
        "required": [
          "data",
          "paging"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/BalanceTransaction"
            }
          },
          "paging": {
            "$ref": "#/components/schemas/Paging"
          }
        }
      },
      "WebhookStatus": {
        "description": "Delivery status: `PENDING` (retries remain), `DELIVERED`, `FAILED` (all retries used up), per\nthe docs; SQ-OAS's list filter also has `QUEUED`. Open string.\n",
        "anyOf": [
          {
            "type": "string",
            "enum": [
              "PENDING",
              "QUEUED",
              "DELIVERED",
              "FAILED"
            ]
          },
          {
            "type": "string"
          }
        ]
      },
      "WebhookObjectRef": {
        "type": "object",
        "description": "The resource the event is about.",
        "properties": {
          "id": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "description": "Resource type (open string). Seen - `BankTransferPayment`, `Transaction`, `Subscription`.",
            "examples": [
              "BankTransferPayment",
              "Transaction",
              "Subscription"
            ]
          }
        }
      },
      "WebhookEnvelope": {
        "type": "object",
        "description": "Body Sqala POSTs to a webhook endpoint. Verify it by computing HMAC-SHA256 over\n`JSON.stringify(data)` (every field of `data`, nulls included, compact, original key order)\nkeyed with the endpoint secret (64 chars, from the developer portal), and comparing the\nlowercase hex digest with `signature` in constant time.\n",
        "required": [
          "id",
          "event",
          "object",
          "signature",
          "data"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The webhook id (see `getWebhookLog`)."
          },
          "event": {
            "type": "string",
            "description": "Event name, e.g. `payment.paid`."
          },
          "object": {
            "$ref": "#/components/schemas/WebhookObjectRef"
          },
          "signature": {
            "type": "string",
            "pattern": "^[0-9a-f]{64}$",
            "description": "Lowercase hex HMAC-SHA256 of `JSON.stringify(data)`, keyed with the endpoint secret."
          },
          "data": {
            "description": "The resource; each event schema below types it (left untyped here so it does not reopen them)."
          }
        }
      },
      "PaymentEventData": {
        "description": "The payment resource. The example shows a bank-transfer payment (`object.type`\n`BankTransferPayment`); which other payment objects arrive here is not documented.\n",
        "x-unverified": true,
        "anyOf": [
          {
            "$ref": "#/components/schemas/BankTransferPayment"
          },
          {
            "$ref": "#/components/schemas/PixQrCodePayment"
          },
          {
            "$ref": "#/components/schemas/ItpPayment"
          },
          {
            "$ref": "#/components/schemas/BoletoPayment"
          },
          {
            "$ref": "#/components/schemas/CreditCardPayment"
          }
        ]
      },
      "PaymentPaidEvent": {
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEnvelope"
          },
          {
            "type": "object",
            "required": [
              "event",
              "data"
            ],
            "properties": {
              "event": {
                "type": "string",
                "const": "payment.paid"
              },
              "data": {
                "$ref": "#/components/schemas/PaymentEventData"
              }
            }
          }
        ]
      },
      "PaymentFailedEvent": {
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEnvelope"
          },
          {
            "type": "object",
            "required": [
              "event",
              "data"
            ],
            "properties": {
              "event": {
                "type": "string",
                "const": "payment.failed"
              },
              "data": {
                "$ref": "#/components/schemas/PaymentEventData"
              }
            }
          }
        ]
      },
      "WithdrawalCreatedEvent": {
        "description": "Documented as \"the withdrawal was paid\" despite the name.",
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEnvelope"
          },
          {
            "type": "object",
            "required": [
              "event",
              "data"
            ],
            "properties": {
              "event": {
                "type": "string",
                "const": "withdrawal.created"
              },
              "data": {
                "$ref": "#/components/schemas/Withdrawal"
              }
            }
          }
        ]
      },
      "WithdrawalFailedEvent": {
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEnvelope"
          },
          {
            "type": "object",
            "required": [
              "event",
              "data"
            ],
            "properties": {
              "event": {
                "type": "string",
                "const": "withdrawal.failed"
              },
              "data": {
                "$ref": "#/components/schemas/Withdrawal"
              }
            }
          }
        ]
      },
      "TransactionCreatedEvent": {
        "x-unverified": true,
        "description": "Appears only in the signature-validation example (`object.type` `Transaction`); the `data` schema is not documented.",
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEnvelope"
          },
          {
            "type": "object",
            "required": [
              "event",
              "data"
            ],
            "properties": {
              "event": {
                "type": "string",
                "const": "transaction.created"
              },
              "data": {
                "type": "object",
                "additionalProperties": {}
              }
            }
          }
        ]
      },
      "SubscriptionEventData": {
        "type": "object",
        "x-unverified": true,
        "description": "The subscription resource (`object.type` `Subscription`). Its schema is not documented.",
        "additionalProperties": {}
      },
      "SubscriptionActivatedEvent": {
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEnvelope"
          },
          {
            "type": "object",
            "required": [
              "event",
              "data"
            ],
            "properties": {
              "event": {
                "type": "string",
                "const": "subscription.activated"
              },
              "data": {
                "$ref": "#/components/schemas/SubscriptionEventData"
              }
            }
          }
        ]
      },
      "SubscriptionCanceledEvent": {
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEnvelope"
          },
          {
            "type": "object",
            "required": [
              "event",
              "data"
            ],
            "properties": {
              "event": {
                "type": "string",
                "const": "subscription.canceled"
              },
              "data": {
                "$ref": "#/components/schemas/SubscriptionEventData"
              }
            }
          }
        ]
      },
      "SubscriptionCompletedEvent": {
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEnvelope"
          },
          {
            "type": "object",
            "required": [
              "event",
              "data"
            ],
            "properties": {
              "event": {
                "type": "string",
                "const": "subscription.completed"
              },
              "data": {
                "$ref": "#/components/schemas/SubscriptionEventData"
              }
            }
          }
        ]
      },
      "SubscriptionRenewedEvent": {
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEnvelope"
          },
          {
            "type": "object",
            "required": [
              "event",
              "data"
            ],
            "properties": {
              "event": {
                "type": "string",
                "const": "subscription.renewed"
              },
              "data": {
                "$ref": "#/components/schemas/SubscriptionEventData"
              }
            }
          }
        ]
      },
      "SubscriptionChargePendingEvent": {
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEnvelope"
          },
          {
            "type": "object",
            "required": [
              "event",
              "data"
            ],
            "properties": {
              "event": {
                "type": "string",
                "const": "subscription.charge.pending"
              },
              "data": {
                "$ref": "#/components/schemas/SubscriptionEventData"
              }
            }
          }
        ]
      },
      "SubscriptionChargeFailedEvent": {
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEnvelope"
          },
          {
            "type": "object",
            "required": [
              "event",
              "data"
            ],
            "properties": {
              "event": {
                "type": "string",
                "const": "subscription.charge.failed"
              },
              "data": {
                "$ref": "#/components/schemas/SubscriptionEventData"
              }
            }
          }
        ]
      },
      "SubscriptionChargeScheduledEvent": {
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEnvelope"
          },
          {
            "type": "object",
            "required": [
              "event",
              "data"
            ],
            "properties": {
              "event": {
                "type": "string",
                "const": "subscription.charge.scheduled"
              },
              "data": {
                "$ref": "#/components/schemas/SubscriptionEventData"
              }
            }
          }
        ]
      },
      "SubscriptionChargePaidEvent": {
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEnvelope"
          },
          {
            "type": "object",
            "required": [
              "event",
              "data"
            ],
            "properties": {
              "event": {
                "type": "string",
                "const": "subscription.charge.paid"
              },
              "data": {
                "$ref": "#/components/schemas/SubscriptionEventData"
              }
            }
          }
        ]
      },
      "SqalaWebhookEvent": {
        "description": "Any documented webhook event, discriminated by `event`.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/PaymentPaidEvent"
          },
          {
            "$ref": "#/components/schemas/PaymentFailedEvent"
          },
          {
            "$ref": "#/components/schemas/WithdrawalCreatedEvent"
          },
          {
            "$ref": "#/components/schemas/WithdrawalFailedEvent"
          },
          {
            "$ref": "#/components/schemas/TransactionCreatedEvent"
          },
          {
            "$ref": "#/components/schemas/SubscriptionActivatedEvent"
          },
          {
            "$ref": "#/components/schemas/SubscriptionCanceledEvent"
          },
          {
            "$ref": "#/components/schemas/SubscriptionCompletedEvent"
          },
          {
            "$ref": "#/components/schemas/SubscriptionRenewedEvent"
          },
          {
            "$ref": "#/components/schemas/SubscriptionChargePendingEvent"
          },
          {
            "$ref": "#/components/schemas/SubscriptionChargeFailedEvent"
          },
          {
            "$ref": "#/components/schemas/SubscriptionChargeScheduledEvent"
          },
          {
            "$ref": "#/components/schemas/SubscriptionChargePaidEvent"
          }
        ],
        "discriminator": {
          "propertyName": "event",
          "mapping": {
            "payment.paid": "#/components/schemas/PaymentPaidEvent",
            "payment.failed": "#/components/schemas/PaymentFailedEvent",
            "withdrawal.created": "#/components/schemas/WithdrawalCreatedEvent",
            "withdrawal.failed": "#/components/schemas/WithdrawalFailedEvent",
            "transaction.created": "#/components/schemas/TransactionCreatedEvent",
            "subscription.activated": "#/components/schemas/SubscriptionActivatedEvent",
            "subscription.canceled": "#/components/schemas/SubscriptionCanceledEvent",
            "subscription.completed": "#/components/schemas/SubscriptionCompletedEvent",
            "subscription.renewed": "#/components/schemas/SubscriptionRenewedEvent",
            "subscription.charge.pending": "#/components/schemas/SubscriptionChargePendingEvent",
            "subscription.charge.failed": "#/components/schemas/SubscriptionChargeFailedEvent",
            "subscription.charge.scheduled": "#/components/schemas/SubscriptionChargeScheduledEvent",
            "subscription.charge.paid": "#/components/schemas/SubscriptionChargePaidEvent"
          }
        }
      },
      "WebhookDeliveryResponse": {
        "type": "object",
        "description": "One delivery attempt.",
        "properties": {
          "code": {
            "type": "integer",
            "description": "HTTP status your endpoint answered."
          },
          "time": {
            "type": "number",
            "description": "Response time in milliseconds."
          },
          "at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "WebhookLog": {
        "description": "A webhook log entry - the delivery body plus delivery state.",
        "allOf": [
          {
            "$ref": "#/components/schemas/WebhookEnvelope"
          },
          {
            "type": "object",
            "properties": {
              "status": {
                "$ref": "#/components/schemas/WebhookStatus"
              },
              "responses": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/WebhookDeliveryResponse"
                }
              },
              "createdAt": {
                "$ref": "#/components/schemas/Timestamp"
              },
              "queuedAt": {
                "$ref": "#/components/schemas/NullableTimestamp"
              },
              "deliveredAt": {
                "$ref": "#/components/schemas/NullableTimestamp"
              },
              "failedAt": {
                "$ref": "#/components/schemas/NullableTimestamp"
              },
              "lastAttemptAt": {
                "$ref": "#/components/schemas/NullableTimestamp"
              },
              "nextAttemptAt": {
                "$ref": "#/components/schemas/NullableTimestamp"
              },
              "endpointId": {
                "type": "string"
              },
              "organizationId": {
                "type": "string"
              }
            }
          }
        ]
      },
      "WebhookLogList": {
        "type": "object",
        "required": [
          "data",
          "paging"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookLog"
            }
          },
          "paging": {
            "$ref": "#/components/schemas/Paging"
          }
        }
      }
    }
  }
};
