// This file is generated: do not edit it by hand.
// Source: specs/qolo.yaml. Regenerate with `pnpm generate` (scripts/generate.ts).

import type { OpenApiDocument } from "@payclients/testing";

/** specs/qolo.yaml as data: what the emulator validates requests and answers against (`./testing` only). */
export const openapiDocument: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Qolo API (payclients model)",
    "version": "1.0.0",
    "description": "Hand-written model of the Qolo \"Platform API\" (also white-labelled for KeyBank).\n\n**Sources.** `providers/qolo.md` (research fact sheet: getting-started page QO-GS,\nRedoc reference QO-REF, platform guide QO-GUIDE, webhook pages QO-WH) and\n`provider-docs/qolo.txt` (provider docs excerpt: error codes, `IdempotencyKey`,\nversioning, webhooks). The provider API version is `v1`; the reference documents paths\nas `/api/{version}/...` and this model fixes `version` to `v1` in every path.\n\n**Marker convention.** Anything the sources do not state (fact sheet markers [I], [C],\nNOT FOUND) is modelled leniently and carries `x-unverified: true` plus a description\nsaying exactly what is unknown. Everything else is documented.\n\n**Environments.** Only development hosts are documented: `https://devapi.qolopay.com`\n(Qolo development) and `https://qvapikeybank.qolopay.com` (KeyBank-branded development).\nThe `https://` scheme is assumed (the pages give bare host names).\n**The production host is unknown (NOT FOUND in any source)**: clients must take it as a\nconfigured base URL; it is deliberately not listed in `servers`.\n\n**Authentication.** `POST /api/v1/auth/login` with `loginid` + `apikey` returns an access\ntoken valid for 12 hours; send it as `Authorization: Bearer <token>` on every other call.\nA missing or expired token gives 401; log in again then (do not log in on every call).\n\n**Forward compatibility.** Qolo adds response fields without a version change. The client\npasses unknown fields through at run time, but the schemas are closed (no\n`additionalProperties`), so the generated types reject misspelt fields; only shapes that are\nNOT FOUND are modelled as free-form maps (`additionalProperties: {}`, x-unverified).\n",
    "contact": {
      "name": "Qolo developer portal",
      "url": "https://devdocs.qolopay.com/developer-portal/qolo-apiplatform/gettingstarted"
    }
  },
  "servers": [
    {
      "url": "https://devapi.qolopay.com",
      "description": "development"
    },
    {
      "url": "https://qvapikeybank.qolopay.com",
      "description": "keybank-development"
    }
  ],
  "security": [
    {
      "BearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "Auth",
      "description": "Access-token login (token valid 12 hours)."
    },
    {
      "name": "Cards",
      "description": "Card issuing, status changes, activation and PIN."
    },
    {
      "name": "Transfers",
      "description": "Money movement (account/card/partner transfers, ACH, RTP, wire, check, card push/pull, FX via quote)."
    },
    {
      "name": "Persons",
      "description": "Card holders (persons) and KYC. createPerson is documented; the other paths are unverified."
    },
    {
      "name": "Wallets",
      "description": "Wallets of a person. Paths are unverified."
    },
    {
      "name": "Accounts",
      "description": "Accounts inside a wallet (createAccount is documented)."
    },
    {
      "name": "Instruments",
      "description": "Outside instruments (external bank accounts and cards). Paths are unverified."
    },
    {
      "name": "Transactions",
      "description": "Transaction search and lookup. The lookup path is documented; the search path is unverified."
    },
    {
      "name": "Notifications",
      "description": "Webhook subscriptions (\"notifications\"), one set per program."
    },
    {
      "name": "Webhooks",
      "description": "Events Qolo POSTs to a subscribed URL, signed with `x-qolo-signature`."
    }
  ],
  "paths": {
    "/api/v1/auth/login": {
      "post": {
        "operationId": "login",
        "externalDocs": {
          "url": "https://devdocs.qolopay.com/developer-portal/qolo-apiplatform/gettingstarted"
        },
        "summary": "Log in and obtain an access token",
        "description": "Exchanges `loginid` + `apikey` for an access token that is valid for **12 hours** and\nreusable; pass it as `Authorization: Bearer <token>`. Path and field names are\ndocumented (QO-GS). The POST method and the JSON envelope of the request are inferred.\nThe response shape is NOT FOUND (see `LoginResponse`).\n",
        "tags": [
          "Auth"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/LoginRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Access token issued (valid 12 hours). Status 200 follows the documented rule\n\"200 for POST that does not result in creation\"; the body shape is unknown.\n",
            "x-unverified": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LoginResponse"
                }
              },
              "text/plain": {
                "schema": {
                  "type": "string",
                  "description": "The bare token as plain text (possible shape, unverified)."
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
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
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
    "/api/v1/cards": {
      "post": {
        "operationId": "createCard",
        "externalDocs": {
          "url": "https://devdocs.qolopay.com/openapi/qoloreference/operation/CreateCard"
        },
        "summary": "Create a card",
        "description": "Creates a card in a program (`program_guid` required). If no existing person is\nreferenced (`person.person_guid`), the person, wallet and account are created too;\n`wallet_guid` selects an existing wallet of an existing person. New cards start in\nstatus `PENDING` and must be activated. Source: QO-REF CreateCard.\n",
        "tags": [
          "Cards"
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
                "$ref": "#/components/schemas/CreateCardRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created card.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Card"
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
            "description": "\"Program not found\" (the program_guid does not exist). Error body shape unknown, see QoloError.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/QoloError"
                }
              }
            }
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
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
    "/api/v1/cards/{card_proxy}/status": {
      "parameters": [
        {
          "$ref": "#/components/parameters/CardProxy"
        }
      ],
      "post": {
        "operationId": "statusCard",
        "externalDocs": {
          "url": "https://keybankdocs.qolopay.com/openapi/qoloreference/operation/StatusCard"
        },
        "summary": "Change the status of a card",
        "description": "Sets the card status (e.g. suspend, report lost/stolen, close). `override_status`\n(default false) is ignored when activating. Returns the card. Source: QO-REF StatusCard.\nDocumented transition: new cards start in `PENDING` and must be activated (`ACTIVE`).\nOther allowed transitions are not documented.\n",
        "tags": [
          "Cards"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CardStatusChangeRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The card after the status change.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Card"
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
            "description": "\"Card not found\" (no card with this card_proxy). Error body shape unknown, see QoloError.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/QoloError"
                }
              }
            }
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
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
    "/api/v1/cards/{card_proxy}/activate": {
      "parameters": [
        {
          "$ref": "#/components/parameters/CardProxy"
        }
      ],
      "post": {
        "operationId": "activateCard",
        "summary": "Activate a card (unverified path)",
        "description": "UNVERIFIED. The platform guide names the operation ActivateCard; its method, path,\nrequest fields and response are NOT FOUND. Modelled as `POST .../cards/{card_proxy}/activate`\nwith an open request body. Alternatively a card can be set to `ACTIVE` with `statusCard`.\n",
        "x-unverified": true,
        "tags": [
          "Cards"
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UnverifiedRequestBody"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/UnverifiedOk"
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
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
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
    "/api/v1/cards/{card_proxy}/pin": {
      "parameters": [
        {
          "$ref": "#/components/parameters/CardProxy"
        }
      ],
      "get": {
        "operationId": "getPin",
        "summary": "Get the PIN of a card (unverified path)",
        "description": "UNVERIFIED. The platform guide names the operation GetPIN; its method, path and\nresponse are NOT FOUND. Modelled as `GET .../cards/{card_proxy}/pin`.\n",
        "x-unverified": true,
        "tags": [
          "Cards"
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/UnverifiedOk"
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
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      },
      "post": {
        "operationId": "setPin",
        "summary": "Set the PIN of a card (unverified path)",
        "description": "UNVERIFIED. The platform guide names the operation SetPIN; its method, path, request\nfields and response are NOT FOUND. Modelled as `POST .../cards/{card_proxy}/pin` with\nan open request body (not a creating POST, so no IdempotencyKey).\n",
        "x-unverified": true,
        "tags": [
          "Cards"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UnverifiedRequestBody"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/UnverifiedOk"
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
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
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
    "/api/v1/transfers": {
      "post": {
        "operationId": "createTransfer",
        "externalDocs": {
          "url": "https://devdocs.qolopay.com/openapi/qoloreference/operation/CreateTransfer"
        },
        "summary": "Create a transfer",
        "description": "Moves money: account to account, partner to card, ACH, RTP, wire, check, card\npush/pull; FX via a quote (`quote_reference` / `quoteoutput`). Request fields are\ndocumented (QO-REF CreateTransfer). UNVERIFIED: the path `/api/v1/transfers` is\ninferred from the resource pattern, the success status (201) is inferred from the\n\"201 for creation\" rule, and the response body (\"the newly created transfer\") has no\ndocumented fields.\n",
        "x-unverified": true,
        "tags": [
          "Transfers"
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
                "$ref": "#/components/schemas/CreateTransferRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The newly created transfer (fields not documented).",
            "x-unverified": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Transfer"
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
            "description": "\"Account not found\" (a source/destination does not exist). Error body shape unknown, see QoloError.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/QoloError"
                }
              }
            }
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
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
    "/api/v1/persons": {
      "post": {
        "operationId": "createPerson",
        "externalDocs": {
          "url": "https://devdocs.qolopay.com/openapi/qoloreference/operation/CreatePerson"
        },
        "summary": "Create a person",
        "description": "Creates a person (user or company), optionally with an account (and a prepaid card\nwhere the program allows it). Path, method and body are documented [S]: `POST\n/api/{version}/persons` with `program_guid` and `person_details` (a `PersonDTO`)\nrequired, plus `create_account`, `account_currencies`, `account_type` and\n`account_name`. Documented responses: 201 (the Person), 400, 401, 404 (Program not\nfound), 500.\n\nUNVERIFIED: the response body; the reference page's Person schema was only partly\nseen, so the response keeps the `Person` model below.\n",
        "tags": [
          "Persons"
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
                "$ref": "#/components/schemas/CreatePersonRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created person (response schema only partly seen).",
            "x-unverified": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Person"
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
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
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
    "/api/v1/persons/{person_guid}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PersonGuid"
        }
      ],
      "put": {
        "operationId": "updatePerson",
        "summary": "Update a person (unverified path)",
        "description": "UNVERIFIED path and method. The reference page\n(https://devdocs.qolopay.com/openapi/qoloreference/operation/UpdatePerson) documents the\nbody as a `PersonDTO` (modelled) but lists only `version` as a path parameter, with\n`person_guid` in the body, so the real path is probably `/api/{version}/persons`; the\nmethod and path line were not seen in the stored copy. Kept as\n`PUT /api/v1/persons/{person_guid}` until they can be checked.\n",
        "x-unverified": true,
        "tags": [
          "Persons"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PersonDTO"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated person (shape not documented).",
            "x-unverified": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Person"
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
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
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
    "/api/v1/persons/{person_guid}/kyc": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PersonGuid"
        }
      ],
      "post": {
        "operationId": "performKyc",
        "summary": "Run KYC for a person (unverified path)",
        "description": "UNVERIFIED. The platform guide names the operation PerformKYC; its method, path,\nrequest fields and response are NOT FOUND. Modelled as\n`POST /api/v1/persons/{person_guid}/kyc` with an open body. The resulting\n`person_status` values are documented (see `PersonStatus`).\n",
        "x-unverified": true,
        "tags": [
          "Persons"
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UnverifiedRequestBody"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/UnverifiedOk"
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
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
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
    "/api/v1/wallets": {
      "post": {
        "operationId": "createWallet",
        "summary": "Create a wallet (unverified path)",
        "description": "UNVERIFIED. The platform guide names the operation CreateWallet; its path, request\nfields and response are NOT FOUND. Modelled as `POST /api/v1/wallets` with an open body.\n",
        "x-unverified": true,
        "tags": [
          "Wallets"
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
                "$ref": "#/components/schemas/UnverifiedRequestBody"
              }
            }
          }
        },
        "responses": {
          "201": {
            "$ref": "#/components/responses/UnverifiedCreated"
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
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
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
    "/api/v1/wallets/search": {
      "post": {
        "operationId": "searchWallet",
        "summary": "Search wallets (unverified path)",
        "description": "UNVERIFIED. The platform guide names the operation SearchWallet; its method, path,\nfilters and response are NOT FOUND. Modelled as `POST /api/v1/wallets/search` with an\nopen filter body (it may in reality be a GET with query parameters). Pagination is NOT FOUND.\n",
        "x-unverified": true,
        "tags": [
          "Wallets"
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UnverifiedRequestBody"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Search result (shape not documented; may be an object or an array).",
            "x-unverified": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UnverifiedSearchResult"
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
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
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
    "/api/v1/accounts": {
      "post": {
        "operationId": "createAccount",
        "externalDocs": {
          "url": "https://devdocs.qolopay.com/openapi/qoloreference/operation/CreateAccount"
        },
        "summary": "Create an account",
        "description": "Creates an account in a wallet. Path, method and body are documented [S]: `POST\n/api/{version}/accounts` with `account_currencies` (ISO-3 codes), `wallet_guid`,\n`wallet_id`, `person_guid`, `account_type`, `account_name`, `account_limit`; no field\nis marked required. Documented responses: 201 (the Account), 400, 401, 404 (Wallet not\nfound), 500.\n\nUNVERIFIED: the response body; the reference's Account schema was only partly seen\n(`account_guid`, `wallet_guid`, `account_currency`, `account_name`, `account_type`,\n`available_balance`, `ledger_balance`, ...), so it stays a free-form object.\n",
        "tags": [
          "Accounts"
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
                "$ref": "#/components/schemas/CreateAccountRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "$ref": "#/components/responses/UnverifiedCreated"
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
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
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
    "/api/v1/instruments": {
      "post": {
        "operationId": "createInstrument",
        "summary": "Create an outside instrument (unverified path)",
        "description": "UNVERIFIED path and response. The platform guide names the operation CreateInstrument\nand documents `instrument_type` (`BANKDDA` = US bank account, `CARD`) with the details\nin `account_details`; the path and the other fields are NOT FOUND. Modelled as\n`POST /api/v1/instruments`.\n",
        "x-unverified": true,
        "tags": [
          "Instruments"
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
                "$ref": "#/components/schemas/CreateInstrumentRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "$ref": "#/components/responses/UnverifiedCreated"
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
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
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
    "/api/v1/transactions/search": {
      "post": {
        "operationId": "searchTransaction",
        "summary": "Search transactions (unverified path)",
        "externalDocs": {
          "url": "https://devdocs.qolopay.com/openapi/qoloreference/operation/SearchTransaction"
        },
        "description": "The reference documents a JSON request body (so a body-carrying method) with filters\n`limit` (default 100), `start_index`, `person_guid`, `account_guid`, `wallet_guid`,\n`wallet_id`, `card_proxy`, `card_number`, `start_date`/`end_date`\n(\"yyyy-MM-dd HH:mm:ss\"), `txn_description`, `txn_amount_from`/`txn_amount_to`,\n`request_code`, `txn_days`, `mask_account_number`, `reference_number`, `txn_amount`,\n`txn_type` (`C`/`D`), `acceptor_id`, `txn_status` (array), and more.\n\nUNVERIFIED: the path line and the rest of the filter list were cut off in the stored\ncopy, so the body stays a free-form object (a closed type would reject the filters not\nseen); the response shape is NOT FOUND.\n",
        "x-unverified": true,
        "tags": [
          "Transactions"
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UnverifiedRequestBody"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Search result (shape not documented; may be an object or an array).",
            "x-unverified": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UnverifiedSearchResult"
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
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
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
    "/api/v1/transactions/{transaction_guid}": {
      "parameters": [
        {
          "name": "transaction_guid",
          "in": "path",
          "required": true,
          "description": "Transaction identifier. UNVERIFIED name and format (assumed a GUID like the other Qolo identifiers).",
          "x-unverified": true,
          "schema": {
            "type": "string"
          }
        }
      ],
      "get": {
        "operationId": "getTransactionById",
        "summary": "Get a transaction",
        "description": "Path and method documented: `GET /api/{version}/transactions/{txn_guid}`\n(https://keybankdocs.qolopay.com/openapi/qoloreference/operation/GetTransactionById;\nthe path parameter's name does not reach the wire). Documented responses: 200, 400,\n401, 403, 404 (Transaction not found), 500.\n\nUNVERIFIED: the response body (a large Transaction object with card-auth and dispute\ndetails, only partly seen) stays a free-form object; 403 is not modelled separately\n(it surfaces as the generic API error).\n",
        "x-unverified": true,
        "tags": [
          "Transactions"
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/UnverifiedOk"
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
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
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
    "/api/v1/notifications": {
      "get": {
        "operationId": "listNotifications",
        "summary": "List webhook subscriptions (unverified path)",
        "description": "UNVERIFIED. A list operation for webhook subscriptions exists per the fact sheet, but\nits name, path, filters and response are NOT FOUND. Modelled as `GET /api/v1/notifications`.\n",
        "x-unverified": true,
        "tags": [
          "Notifications"
        ],
        "responses": {
          "200": {
            "description": "Subscriptions (shape not documented; may be an object or an array).",
            "x-unverified": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UnverifiedSearchResult"
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
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      },
      "post": {
        "operationId": "createNotification",
        "summary": "Subscribe to webhooks (unverified path)",
        "description": "UNVERIFIED path, method and response. A create operation for webhook subscriptions\nexists; its fields are assumed to equal the documented UpdateNotificationById fields.\nOn subscribe Qolo pings `url` and activates the subscription only if it answers\nsuccessfully within 5 s; otherwise it stays inactive and Qolo must be contacted.\n",
        "x-unverified": true,
        "tags": [
          "Notifications"
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
                "$ref": "#/components/schemas/NotificationRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created subscription (shape not documented).",
            "x-unverified": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Notification"
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
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
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
    "/api/v1/notifications/{notification_guid}": {
      "parameters": [
        {
          "name": "notification_guid",
          "in": "path",
          "required": true,
          "description": "Webhook subscription identifier (documented for UpdateNotificationById).",
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "put": {
        "operationId": "updateNotificationById",
        "externalDocs": {
          "url": "https://devdocs.qolopay.com/openapi/qoloreference/operation/UpdateNotificationById"
        },
        "summary": "Update a webhook subscription",
        "description": "Updates a webhook subscription of a program. Request fields are documented (QO-REF\nUpdateNotificationById). UNVERIFIED: the PUT method, the path and the response body\nare inferred / NOT FOUND.\n",
        "x-unverified": true,
        "tags": [
          "Notifications"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/NotificationRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated subscription (shape not documented).",
            "x-unverified": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Notification"
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
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      },
      "delete": {
        "operationId": "deleteNotificationById",
        "summary": "Delete a webhook subscription (unverified path)",
        "description": "UNVERIFIED. A delete operation for webhook subscriptions exists; its name, method,\npath and response are NOT FOUND. Modelled as `DELETE /api/v1/notifications/{notification_guid}`.\n",
        "x-unverified": true,
        "tags": [
          "Notifications"
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/UnverifiedOk"
          },
          "204": {
            "description": "Deleted, no body (alternative success status; unverified).",
            "x-unverified": true
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
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
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
  "components": {
    "securitySchemes": {
      "BearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "Access token from `login`, sent as `Authorization: Bearer <token>`. Valid 12 hours and\nreusable; a missing or expired token gives 401 (log in again). The token format\n(JWT or opaque) is not documented.\n"
      }
    },
    "parameters": {
      "IdempotencyKey": {
        "name": "IdempotencyKey",
        "in": "header",
        "x-payclients-idempotency": true,
        "required": false,
        "description": "Unique ID for safely retrying a POST that creates a resource (documented in the\nprovider docs excerpt, e.g. for `/api/v1/cards`). The server stores it \"for a period\nof time\" and does not create the resource twice. The retention period and the replay\nresponse are NOT FOUND; the fact sheet notes the header is unconfirmed outside the excerpt.\n`x-payclients-idempotency: true` marks it as the idempotency header under Qolo's own name\n(the standard name is `Idempotency-Key`); see CONTRIBUTING.md, \"Spec extensions\".\n",
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      "QoloSignature": {
        "name": "x-qolo-signature",
        "in": "header",
        "required": true,
        "description": "Hex-encoded HMAC-SHA256 of the raw request body, keyed with the subscription's\n`secret`. Recompute over the exact received bytes and compare in constant time.\nNo timestamp is documented (no replay window). Custom headers configured in the\nsubscription's `headers` field are sent as well.\n",
        "schema": {
          "type": "string",
          "pattern": "^[0-9a-fA-F]{64}$"
        }
      },
      "CardProxy": {
        "name": "card_proxy",
        "in": "path",
        "required": true,
        "description": "Card proxy number (the card identifier used in card paths).",
        "schema": {
          "type": "string"
        }
      },
      "PersonGuid": {
        "name": "person_guid",
        "in": "path",
        "required": true,
        "description": "Person identifier (`person_guid`, a UUID).",
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      }
    },
    "responses": {
      "WebhookAck": {
        "description": "Acknowledge receipt. Qolo expects HTTP 200 within 5 s; otherwise it retries up to 6\ntimes at varying intervals. The response body is ignored.\n"
      },
      "BadRequest": {
        "description": "400 Bad Request - request has errors, mostly field validation errors. Body shape unknown (see QoloError).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/QoloError"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "401 Unauthorized - no, invalid or expired access token (for `login`: presumably invalid\ncredentials, unverified). Log in again and retry once. Body shape unknown (see QoloError).\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/QoloError"
            }
          }
        }
      },
      "NotFound": {
        "description": "404 Not Found - resource with the given ID does not exist. Body shape unknown (see QoloError).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/QoloError"
            }
          }
        }
      },
      "MethodNotAllowed": {
        "description": "405 Method Not Allowed - the HTTP method is not allowed for this API access token. Body shape unknown (see QoloError).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/QoloError"
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "415 Unsupported Media Type. Body shape unknown (see QoloError).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/QoloError"
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "429 Too Many Requests - rejected by the API gateway due to rate limiting. The limits,\nany rate-limit / Retry-After headers and the body shape are NOT FOUND (see QoloError).\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/QoloError"
            }
          }
        }
      },
      "InternalServerError": {
        "description": "500 Internal Server Error (listed per operation in the reference). Body shape unknown (see QoloError).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/QoloError"
            }
          }
        }
      },
      "UnverifiedOk": {
        "description": "Success (200 per the documented status rule for GET/PUT/non-creating POST). The response body is NOT FOUND.",
        "x-unverified": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/UnverifiedObject"
            }
          }
        }
      },
      "UnverifiedCreated": {
        "description": "Created (201 per the documented status rule for creating POSTs). The response body is NOT FOUND.",
        "x-unverified": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/UnverifiedObject"
            }
          }
        }
      }
    },
    "schemas": {
      "QoloError": {
        "description": "Error body. UNVERIFIED: the error body shape is NOT FOUND (the getting-started \"Error\"\nsection only lists status codes; the archived copy is cut off). Modelled as any JSON\nobject, or a bare JSON string. The body may also be empty or non-JSON (e.g. a gateway\npage for 429); decoders must rely on the HTTP status. Documented 404 messages:\n\"Program not found\", \"Card not found\", \"Account not found\" (location in the body unknown).\n",
        "x-unverified": true,
        "oneOf": [
          {
            "type": "object",
            "additionalProperties": {}
          },
          {
            "type": "string"
          }
        ]
      },
      "LoginRequest": {
        "type": "object",
        "description": "Login credentials (field names documented; the JSON envelope is inferred).",
        "required": [
          "loginid",
          "apikey"
        ],
        "properties": {
          "loginid": {
            "type": "string",
            "description": "Login ID issued by Qolo."
          },
          "apikey": {
            "type": "string",
            "description": "API key issued by Qolo."
          }
        }
      },
      "LoginResponse": {
        "description": "UNVERIFIED: the login response shape is NOT FOUND. Accepted leniently as either an\nobject carrying the token under one of the likely names (`token`, `access_token`,\n`accessToken`, or the same inside `data`) with an optional expiry, or a bare JSON\nstring holding the token. The token is documented to be valid 12 hours whatever the\nexpiry field says. Capture a real response to tighten this.\n",
        "x-unverified": true,
        "oneOf": [
          {
            "$ref": "#/components/schemas/LoginResponseObject"
          },
          {
            "type": "string",
            "description": "The bare token as a JSON string (possible shape, unverified)."
          }
        ]
      },
      "LoginResponseObject": {
        "type": "object",
        "description": "Object form of the login response; all field names are guesses (unverified).",
        "x-unverified": true,
        "properties": {
          "token": {
            "type": "string"
          },
          "access_token": {
            "type": "string"
          },
          "accessToken": {
            "type": "string"
          },
          "token_type": {
            "type": "string"
          },
          "expires_in": {
            "type": [
              "integer",
              "string"
            ],
            "description": "Possible lifetime in seconds (documented lifetime is 12 hours)."
          },
          "expiresIn": {
            "type": [
              "integer",
              "string"
            ]
          },
          "expires_at": {
            "type": "string"
          },
          "expiration": {
            "type": "string"
          },
          "data": {
            "type": "object",
            "properties": {
              "token": {
                "type": "string"
              },
              "access_token": {
                "type": "string"
              },
              "accessToken": {
                "type": "string"
              },
              "expires_in": {
                "type": [
                  "integer",
                  "string"
                ]
              },
              "expiresIn": {
                "type": [
                  "integer",
                  "string"
                ]
              }
            }
          }
        }
      },
      "CardStatus": {
        "type": "string",
        "description": "Card status (closed list documented for StatusCard). New cards start in `PENDING`\nand must be activated (`ACTIVE`). FCLOSED and FORGET are undocumented beyond their names.\n",
        "enum": [
          "ACTIVE",
          "SUSPEND",
          "LOST",
          "STOLEN",
          "CLOSED",
          "FCLOSED",
          "PENDING",
          "DAMAGED",
          "FORGET"
        ]
      },
      "CardStatusChangeRequest": {
        "type": "object",
        "description": "StatusCard request body (documented). No field is documented as required; `status` is presumably needed.",
        "properties": {
          "status": {
            "$ref": "#/components/schemas/CardStatus"
          },
          "reason_code": {
            "type": [
              "string",
              "null"
            ],
            "description": "Reason code for the change."
          },
          "reason_description": {
            "type": [
              "string",
              "null"
            ],
            "description": "Free-text reason."
          },
          "override_status": {
            "type": "boolean",
            "description": "Override the current status (ignored on activation). Documented default false; the\n`default` keyword is left out on purpose because generators then make the field required.\n"
          }
        }
      },
      "CreateCardRequest": {
        "type": "object",
        "description": "CreateCard request body (documented; only `program_guid` is required).",
        "required": [
          "program_guid"
        ],
        "properties": {
          "program_guid": {
            "type": "string",
            "format": "uuid",
            "description": "Program the card is issued in."
          },
          "person": {
            "$ref": "#/components/schemas/PersonDTO"
          },
          "wallet_guid": {
            "type": "string",
            "format": "uuid",
            "description": "Existing wallet (for an existing person)."
          },
          "months_until_expire": {
            "type": "integer",
            "format": "int64",
            "description": "Card validity in months."
          },
          "fulfillment": {
            "$ref": "#/components/schemas/CardFulfillment"
          },
          "wallet_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "account_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "inventory_manager_guid": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "revenue_account_guid": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          }
        }
      },
      "CardFulfillment": {
        "type": "object",
        "description": "Card fulfillment options (CardFulfillment). UNVERIFIED - its fields are NOT FOUND; any object is accepted.",
        "x-unverified": true,
        "additionalProperties": {}
      },
      "Card": {
        "type": "object",
        "description": "Card (fields from the StatusCard response sample). Which fields are always present\nand which may be null is not documented, so none is required and most are nullable.\n",
        "properties": {
          "card_number": {
            "type": [
              "string",
              "null"
            ]
          },
          "card_proxy": {
            "type": "string",
            "description": "Card proxy number (identifier used in card paths)."
          },
          "mask_card_pan": {
            "type": [
              "string",
              "null"
            ],
            "description": "Masked PAN."
          },
          "wallet_guid": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "issuance_type": {
            "type": [
              "string",
              "null"
            ],
            "description": "Issuance type, open string (example FULL; the full list is not documented).",
            "examples": [
              "FULL"
            ]
          },
          "card_condition": {
            "type": [
              "string",
              "null"
            ],
            "description": "Card condition, open string (example ORIGINAL; the full list is not documented).",
            "examples": [
              "ORIGINAL"
            ]
          },
          "card_status": {
            "$ref": "#/components/schemas/CardStatus"
          },
          "activation_method": {
            "type": [
              "string",
              "null"
            ],
            "description": "Activation method, open string (example ONLOAD; the full list is not documented).",
            "examples": [
              "ONLOAD"
            ]
          },
          "expiration_date": {
            "type": [
              "string",
              "null"
            ],
            "description": "Expiration date as in the sample (\"2212\"; looks like YYMM, inferred).",
            "examples": [
              "2212"
            ]
          },
          "logical_expiration_date": {
            "type": [
              "string",
              "null"
            ],
            "description": "Logical expiration date (format not documented)."
          },
          "person_card_status": {
            "type": [
              "string",
              "null"
            ],
            "description": "Person-level card status (values not documented)."
          },
          "card_tracking_detail": {
            "$ref": "#/components/schemas/CardTrackingDetail"
          },
          "sys_utcinserted": {
            "type": [
              "string",
              "null"
            ],
            "description": "Creation timestamp, UTC (exact format not documented)."
          },
          "sys_utcupdated": {
            "type": [
              "string",
              "null"
            ],
            "description": "Last-update timestamp, UTC (exact format not documented)."
          }
        }
      },
      "CardTrackingDetail": {
        "type": [
          "object",
          "null"
        ],
        "description": "Card fulfillment tracking (field names from the sample; types not documented).",
        "properties": {
          "fulfillment_house_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "card_requested": {
            "description": "Type not documented (may be a timestamp or a flag)."
          },
          "card_shipment_date": {
            "type": [
              "string",
              "null"
            ]
          },
          "card_delivery_method": {
            "type": [
              "string",
              "null"
            ]
          },
          "card_delivery_tracking_number": {
            "type": [
              "string",
              "null"
            ]
          },
          "card_package_name": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "PersonDTO": {
        "type": "object",
        "description": "Person (PersonDTO of CreateCard, CreatePerson and UpdatePerson). Field names documented; no\nfield is documented as required. The reference types the person fields as \"string or\nnull\" with names limited to 32 characters\n(https://devdocs.qolopay.com/openapi/qoloreference/operation/UpdatePerson).\n",
        "properties": {
          "person_guid": {
            "type": "string",
            "format": "uuid",
            "description": "Existing person; when omitted, CreateCard creates the person, wallet and account."
          },
          "birth_date": {
            "type": [
              "string",
              "null"
            ],
            "format": "date",
            "description": "Birth date, \"YYYY-MM-DD\"."
          },
          "email": {
            "type": [
              "string",
              "null"
            ]
          },
          "first_name": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 32,
            "description": "Mandatory for an INDIVIDUAL when no `person_guid` is given."
          },
          "last_name": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 32,
            "description": "Mandatory when no `person_guid` is given; a CORPORATE person's business name."
          },
          "mobile_number": {
            "type": [
              "string",
              "null"
            ],
            "description": "Mobile number with country code, e.g. \"+1…\"."
          },
          "middle_name": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 32
          },
          "identifications": {
            "type": [
              "array",
              "null"
            ],
            "description": "Identification documents (needed for electronic or manual KYC).",
            "items": {
              "$ref": "#/components/schemas/PersonIdentification"
            }
          },
          "additional_data": {
            "type": [
              "object",
              "null"
            ],
            "description": "Free-form key-value data about the person (documented as a map of strings).",
            "additionalProperties": {
              "type": "string"
            }
          },
          "home_number": {
            "type": [
              "string",
              "null"
            ]
          },
          "office_number": {
            "type": [
              "string",
              "null"
            ]
          },
          "nationality": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 3,
            "description": "ISO 3-letter country code."
          },
          "ip_address": {
            "type": [
              "string",
              "null"
            ]
          },
          "contact_type": {
            "type": [
              "string",
              "null"
            ],
            "description": "Person contact type, e.g. `INVENTORYMANAGER` for a bulk-card inventory location (https://devdocs.qolopay.com/docs/card)."
          },
          "title": {
            "type": [
              "string",
              "null"
            ]
          },
          "base_address": {
            "$ref": "#/components/schemas/BaseAddress"
          },
          "mailing_address": {
            "$ref": "#/components/schemas/BaseAddress"
          },
          "billing_address": {
            "$ref": "#/components/schemas/BaseAddress"
          },
          "client_reference_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "Your own reference for the person."
          },
          "address_lat": {
            "type": [
              "number",
              "string",
              "null"
            ],
            "description": "Address latitude (type not documented)."
          },
          "address_lon": {
            "type": [
              "number",
              "string",
              "null"
            ],
            "description": "Address longitude (type not documented)."
          },
          "ledger_balance": {
            "type": [
              "number",
              "string",
              "null"
            ],
            "description": "Ledger balance (type and meaning not documented)."
          }
        }
      },
      "PersonIdentification": {
        "type": "object",
        "description": "PersonIdentificationDTO (https://devdocs.qolopay.com/openapi/qoloreference/operation/UpdatePerson).",
        "properties": {
          "govt_id_type": {
            "type": "string",
            "description": "Type of government id, e.g. `NOTPROVIDED` (full list NOT FOUND)."
          },
          "govt_id_number": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "BaseAddress": {
        "type": "object",
        "description": "Postal address (AddressDTO).",
        "properties": {
          "address_line1": {
            "type": "string"
          },
          "address_line2": {
            "type": [
              "string",
              "null"
            ]
          },
          "city": {
            "type": "string"
          },
          "state": {
            "type": "string"
          },
          "postal_code": {
            "type": "string"
          },
          "country": {
            "type": "string",
            "description": "Country code as in the docs example (\"USA\", ISO 3166 alpha-3 style).",
            "examples": [
              "USA"
            ]
          }
        }
      },
      "PersonStatus": {
        "description": "Person (KYC) status from the platform guide: `CLEARED` (full access); `INCOMPLETE`,\n`UNVERIFIED`, `ANONYMOUS` (limited); `SANCTIONED`, `PEP`, `NEGLIST` (restricted).\nOpen string: the guide is prose, not a closed reference enum.\n",
        "anyOf": [
          {
            "type": "string",
            "enum": [
              "CLEARED",
              "INCOMPLETE",
              "UNVERIFIED",
              "ANONYMOUS",
              "SANCTIONED",
              "PEP",
              "NEGLIST"
            ]
          },
          {
            "type": "string"
          }
        ]
      },
      "Person": {
        "description": "Person as returned by the API. UNVERIFIED: the response shape is NOT FOUND; assumed\nto carry the PersonDTO fields plus `person_status`.\n",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/PersonDTO"
          },
          {
            "type": "object",
            "properties": {
              "person_status": {
                "$ref": "#/components/schemas/PersonStatus"
              }
            }
          }
        ]
      },
      "CreatePersonRequest": {
        "type": "object",
        "description": "CreatePerson body [S] (https://devdocs.qolopay.com/openapi/qoloreference/operation/CreatePerson).",
        "required": [
          "person_details",
          "program_guid"
        ],
        "properties": {
          "create_account": {
            "type": "boolean",
            "description": "Create an account for the person; then `account_currencies` and `account_name` must be given."
          },
          "person_details": {
            "$ref": "#/components/schemas/PersonDTO"
          },
          "account_currencies": {
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "string"
            },
            "description": "Currencies of the account to create (only when `create_account` is true)."
          },
          "program_guid": {
            "type": "string",
            "format": "uuid"
          },
          "account_type": {
            "$ref": "#/components/schemas/AccountType"
          },
          "account_name": {
            "type": [
              "string",
              "null"
            ],
            "description": "Name of the account to create (required by the API when `create_account` is true)."
          }
        }
      },
      "AccountType": {
        "type": "string",
        "description": "Account type [S] (CreatePerson / CreateAccount reference). Program level: PROGFUND,\nREVENUE, COLLECTION, PROG_DISBURSE, EXCEPTION, WRITEOFF, SUSPENSE; user accounts:\nGENERAL, PRINCIPAL, SECURE, CREDIT, ADVANCE, CHECK, USERDEFINED.\n",
        "enum": [
          "GENERAL",
          "PROGFUND",
          "CHECK",
          "REVENUE",
          "COLLECTION",
          "PRINCIPAL",
          "SECURE",
          "CREDIT",
          "USERDEFINED",
          "ADVANCE",
          "PROG_DISBURSE",
          "EXCEPTION",
          "WRITEOFF",
          "SUSPENSE"
        ]
      },
      "CreateAccountRequest": {
        "type": "object",
        "description": "CreateAccount body [S] (https://devdocs.qolopay.com/openapi/qoloreference/operation/CreateAccount); no field is marked required.",
        "properties": {
          "account_currencies": {
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "string",
              "pattern": "^[A-Z]{3}$"
            },
            "description": "Currencies of the account, ISO-3 codes (e.g. \"USD\")."
          },
          "wallet_guid": {
            "type": "string",
            "format": "uuid"
          },
          "wallet_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "Platform-generated id of the wallet."
          },
          "person_guid": {
            "type": "string",
            "format": "uuid"
          },
          "account_type": {
            "$ref": "#/components/schemas/AccountType"
          },
          "account_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "account_limit": {
            "type": [
              "integer",
              "null"
            ],
            "format": "int32",
            "description": "Maximum limit; only for ADVANCE programs and accounts."
          }
        }
      },
      "CreateInstrumentRequest": {
        "type": "object",
        "description": "Outside instrument (https://devdocs.qolopay.com/reference/createinstrument). Documented:\n`instrument_type` (BANKDDA needs `account_number` and `routing_number`; IBAN the IBAN in\n`account_number` and the SWIFT/BIC in `bank_identifier`; BBAN `account_number`,\n`bank_identifier` and routing info in `routing_number`) and a required `account_details`.\nUNVERIFIED: the reference also requires a person id (uuid) and a country (ISO-3), plus a\nsecond required enum, but their JSON names were not legible in the stored copy, so\nthey are not modelled; the fields inside `account_details` stay a free-form map.\n",
        "x-unverified": true,
        "required": [
          "instrument_type",
          "account_details"
        ],
        "properties": {
          "instrument_type": {
            "type": "string",
            "enum": [
              "BANKDDA",
              "CARD",
              "IBAN",
              "BBAN"
            ],
            "description": "BANKDDA = US bank account (DDA), CARD = card, IBAN / BBAN = international bank account."
          },
          "account_details": {
            "type": "object",
            "description": "Instrument details (documented names include `account_number`, `routing_number`, `bank_identifier`; the full list is NOT FOUND).",
            "x-unverified": true,
            "additionalProperties": {}
          }
        }
      },
      "ChannelType": {
        "type": "string",
        "description": "Transfer channel (documented enum of CreateTransfer).",
        "enum": [
          "NotSet",
          "ACH",
          "SameDayACH",
          "RTP",
          "Wire",
          "ManualWire",
          "CrossBorder"
        ]
      },
      "TransferType": {
        "type": "string",
        "description": "Transfer type (documented enum of CreateTransfer).",
        "enum": [
          "UNKNOWN",
          "CARDTOCARD",
          "PARTNERTOCARD",
          "CARDTOPARTNER",
          "PARTNERTOPARTNER",
          "ACCOUNTTOACCOUNT",
          "ACCOUNTTOBANK",
          "BANKTOACCOUNT",
          "CHECKLOAD",
          "CHECKUNLOAD",
          "CARDTOPARTNER_UNLOADTOZERO",
          "CCDCTOACCOUNT",
          "ACCOUNTTOCCDC",
          "ACCOUNTTOBANKREALTIME",
          "BANKTOACCOUNTREQUESTREALTIME",
          "ACCOUNTTOCHECK",
          "PARTNERTOCHECK"
        ]
      },
      "TransferDetail": {
        "type": "object",
        "description": "Transfer source or destination; set the identifier(s) that fit the transfer type.",
        "properties": {
          "account_guid": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "wallet_guid": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "wallet_id": {
            "type": [
              "string",
              "integer",
              "null"
            ],
            "description": "Wallet ID (type not documented)."
          },
          "card_proxy": {
            "type": [
              "string",
              "null"
            ]
          },
          "outside_instrument_guid": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          }
        }
      },
      "CreateTransferRequest": {
        "type": "object",
        "description": "CreateTransfer request body (documented fields). Money: `amount` and\n`destination_amount` are JSON numbers (documented as double), presumably in major\ncurrency units (not stated). A scheduled-date field (\"yyyy-MM-dd\", maker-checker\nonly) exists but its name is NOT FOUND, so it is not modelled: the body stays closed so\ntypos in money-moving calls fail to compile (send the field with a type assertion once\nits name is known).\n",
        "required": [
          "client_reference_id",
          "transfer_type",
          "amount",
          "currency",
          "source",
          "destination"
        ],
        "properties": {
          "client_reference_id": {
            "type": "string",
            "minLength": 1,
            "description": "Your unique reference for the transfer."
          },
          "channel_type": {
            "$ref": "#/components/schemas/ChannelType"
          },
          "transfer_type": {
            "$ref": "#/components/schemas/TransferType"
          },
          "amount": {
            "type": "number",
            "format": "double",
            "exclusiveMinimum": 0,
            "description": "Amount as a decimal number (double). Positive: the lower bound is inferred (a transfer\nmoves money one way, from `source` to `destination`); the reference states no range.\n"
          },
          "currency": {
            "type": "string",
            "minLength": 3,
            "maxLength": 3,
            "pattern": "^[A-Z]{3}$",
            "description": "3-letter currency code. Upper-case letters as in ISO 4217 (the reference gives the length; the\nletter case is inferred from the ISO-3 codes CreateAccount documents, e.g. \"USD\").\n"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 128,
            "description": "Description, at most 128 characters (an older docs copy says 48)."
          },
          "source": {
            "$ref": "#/components/schemas/TransferDetail"
          },
          "destination": {
            "$ref": "#/components/schemas/TransferDetail"
          },
          "quote_reference": {
            "type": [
              "string",
              "null"
            ],
            "description": "Reference of an FX quote."
          },
          "quoteoutput": {
            "$ref": "#/components/schemas/QuoteResponse"
          },
          "destination_amount": {
            "type": [
              "number",
              "null"
            ],
            "description": "Amount in the destination currency (FX), decimal number."
          },
          "destination_currency": {
            "type": [
              "string",
              "null"
            ],
            "description": "Destination currency (FX), 3-letter code."
          },
          "memo_code": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 64
          },
          "verification_code": {
            "type": [
              "string",
              "null"
            ],
            "description": "Documented as unused."
          },
          "eft_info": {
            "type": [
              "object",
              "null"
            ],
            "description": "EFT details (fields NOT FOUND).",
            "x-unverified": true,
            "additionalProperties": {}
          },
          "check_info": {
            "type": [
              "object",
              "null"
            ],
            "description": "Check details (fields NOT FOUND).",
            "x-unverified": true,
            "additionalProperties": {}
          },
          "acquiring_info": {
            "type": [
              "object",
              "null"
            ],
            "description": "Acquiring details (fields NOT FOUND).",
            "x-unverified": true,
            "additionalProperties": {}
          }
        }
      },
      "QuoteResponse": {
        "type": [
          "object",
          "null"
        ],
        "description": "FX quote output (QuoteResponse). `source`, `destination`, `fees[]` and\n`conversionDetails` are named; their inner types (except the fee fields) are NOT FOUND.\n",
        "properties": {
          "source": {
            "description": "Quote source side (shape not documented).",
            "x-unverified": true
          },
          "destination": {
            "description": "Quote destination side (shape not documented).",
            "x-unverified": true
          },
          "fees": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "amount": {
                  "type": "number"
                },
                "currency": {
                  "type": "string"
                }
              }
            }
          },
          "conversionDetails": {
            "description": "Conversion details (shape not documented).",
            "x-unverified": true
          }
        }
      },
      "Transfer": {
        "type": "object",
        "description": "The newly created transfer. UNVERIFIED - its fields are NOT FOUND; any object is accepted.",
        "x-unverified": true,
        "additionalProperties": {}
      },
      "QoloEventType": {
        "type": "string",
        "description": "Webhook event type a subscription listens to (documented enum of UpdateNotificationById; `all` = every event).",
        "enum": [
          "all",
          "card.created",
          "card.activated",
          "card.status",
          "card.pin.changed",
          "card.replaced",
          "card.fulfilment",
          "person.created",
          "person.verification.success",
          "person.updated",
          "company.created",
          "company.updated",
          "wallet.created",
          "account.created",
          "account.activated",
          "account.closed",
          "account.status",
          "account.instrument.created",
          "outside.instrument.created",
          "outside.instrument.updated",
          "auth.approved",
          "auth.reversed",
          "auth.refunded",
          "auth.declined",
          "bankeft.credit.received",
          "bankeft.credit.reversed",
          "bankeft.credit.returned",
          "bankeft.debit.received",
          "bankeft.debit.reversed",
          "bankeft.debit.returned",
          "transfer.success",
          "check.cleared",
          "payment.success",
          "payment.failure",
          "realtimepayment"
        ]
      },
      "NotificationRequest": {
        "type": "object",
        "description": "Webhook subscription fields (documented for UpdateNotificationById: https://devdocs.qolopay.com/openapi/qoloreference/operation/UpdateNotificationById). The reference marks `program_guid`, `url` and `event_type` required; `secret` is \"string or null\" and not required (the fact sheet listed it as required). Without a secret the deliveries cannot be verified, so send one.",
        "required": [
          "program_guid",
          "url",
          "event_type"
        ],
        "properties": {
          "notification_guid": {
            "type": "string",
            "format": "uuid"
          },
          "program_guid": {
            "type": "string",
            "format": "uuid",
            "description": "Program the subscription belongs to (subscriptions are per program)."
          },
          "url": {
            "type": "string",
            "format": "uri",
            "pattern": "^https://",
            "description": "HTTPS endpoint Qolo POSTs events to (\"Webhooks are delivered via HTTPS POST to a configured\nURL\", provider-docs/qolo.txt and https://devdocs.qolopay.com/docs/webhooks-intro).\n"
          },
          "headers": {
            "type": [
              "string",
              "null"
            ],
            "description": "Extra custom headers Qolo adds to deliveries (string; encoding not documented)."
          },
          "secret": {
            "type": [
              "string",
              "null"
            ],
            "description": "Secret used to sign deliveries (`x-qolo-signature` = hex HMAC-SHA256 of the raw payload)."
          },
          "active": {
            "type": [
              "boolean",
              "null"
            ]
          },
          "event_type": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/QoloEventType"
            }
          }
        }
      },
      "Notification": {
        "type": "object",
        "description": "A webhook subscription as returned. UNVERIFIED - the response shape is NOT FOUND; assumed to echo the request fields.",
        "x-unverified": true,
        "properties": {
          "notification_guid": {
            "type": "string",
            "format": "uuid"
          },
          "program_guid": {
            "type": "string",
            "format": "uuid"
          },
          "url": {
            "type": "string"
          },
          "headers": {
            "type": [
              "string",
              "null"
            ]
          },
          "secret": {
            "type": [
              "string",
              "null"
            ]
          },
          "active": {
            "type": [
              "boolean",
              "null"
            ]
          },
          "event_type": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "UnverifiedRequestBody": {
        "type": "object",
        "description": "UNVERIFIED - the request fields of this operation are NOT FOUND; any JSON object is sent as given.",
        "x-unverified": true,
        "additionalProperties": {}
      },
      "UnverifiedObject": {
        "type": "object",
        "description": "UNVERIFIED - the response body of this operation is NOT FOUND; any JSON object is accepted.",
        "x-unverified": true,
        "additionalProperties": {}
      },
      "UnverifiedSearchResult": {
        "description": "UNVERIFIED - search/list result shape and pagination are NOT FOUND; accepted as an object or an array.",
        "x-unverified": true,
        "oneOf": [
          {
            "type": "object",
            "additionalProperties": {}
          },
          {
            "type": "array",
            "items": {}
          }
        ]
      },
      "QoloWebhookPayload": {
        "type": "object",
        "description": "Body of a webhook delivery. UNVERIFIED: the payload JSON shape is NOT FOUND (no field\nnames, no event-type discriminator documented). Any JSON object is accepted; verify the\nsignature over the raw bytes before parsing.\n",
        "x-unverified": true,
        "additionalProperties": {}
      },
      "CardCreatedEvent": {
        "description": "Payload of the `card.created` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "CardActivatedEvent": {
        "description": "Payload of the `card.activated` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "CardStatusEvent": {
        "description": "Payload of the `card.status` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "CardPinChangedEvent": {
        "description": "Payload of the `card.pin.changed` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "CardReplacedEvent": {
        "description": "Payload of the `card.replaced` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "CardFulfilmentEvent": {
        "description": "Payload of the `card.fulfilment` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "PersonCreatedEvent": {
        "description": "Payload of the `person.created` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "PersonVerificationSuccessEvent": {
        "description": "Payload of the `person.verification.success` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "PersonUpdatedEvent": {
        "description": "Payload of the `person.updated` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "CompanyCreatedEvent": {
        "description": "Payload of the `company.created` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "CompanyUpdatedEvent": {
        "description": "Payload of the `company.updated` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "WalletCreatedEvent": {
        "description": "Payload of the `wallet.created` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "AccountCreatedEvent": {
        "description": "Payload of the `account.created` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "AccountActivatedEvent": {
        "description": "Payload of the `account.activated` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "AccountClosedEvent": {
        "description": "Payload of the `account.closed` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "AccountStatusEvent": {
        "description": "Payload of the `account.status` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "AccountInstrumentCreatedEvent": {
        "description": "Payload of the `account.instrument.created` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "OutsideInstrumentCreatedEvent": {
        "description": "Payload of the `outside.instrument.created` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "OutsideInstrumentUpdatedEvent": {
        "description": "Payload of the `outside.instrument.updated` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "AuthApprovedEvent": {
        "description": "Payload of the `auth.approved` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "AuthReversedEvent": {
        "description": "Payload of the `auth.reversed` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "AuthRefundedEvent": {
        "description": "Payload of the `auth.refunded` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "AuthDeclinedEvent": {
        "description": "Payload of the `auth.declined` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "BankEftCreditReceivedEvent": {
        "description": "Payload of the `bankeft.credit.received` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "BankEftCreditReversedEvent": {
        "description": "Payload of the `bankeft.credit.reversed` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "BankEftCreditReturnedEvent": {
        "description": "Payload of the `bankeft.credit.returned` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "BankEftDebitReceivedEvent": {
        "description": "Payload of the `bankeft.debit.received` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "BankEftDebitReversedEvent": {
        "description": "Payload of the `bankeft.debit.reversed` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "BankEftDebitReturnedEvent": {
        "description": "Payload of the `bankeft.debit.returned` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "TransferSuccessEvent": {
        "description": "Payload of the `transfer.success` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "CheckClearedEvent": {
        "description": "Payload of the `check.cleared` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "PaymentSuccessEvent": {
        "description": "Payload of the `payment.success` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "PaymentFailureEvent": {
        "description": "Payload of the `payment.failure` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "RealTimePaymentEvent": {
        "description": "Payload of the `realtimepayment` event. UNVERIFIED - shape NOT FOUND (see QoloWebhookPayload).",
        "x-unverified": true,
        "allOf": [
          {
            "$ref": "#/components/schemas/QoloWebhookPayload"
          }
        ]
      },
      "QoloWebhookEvent": {
        "description": "Any Qolo webhook payload. UNVERIFIED: the payload shape and any discriminator field are\nNOT FOUND, so this is a plain union (anyOf) without a discriminator; the event type of a\ndelivery cannot be read from a documented field.\n",
        "x-unverified": true,
        "anyOf": [
          {
            "$ref": "#/components/schemas/CardCreatedEvent"
          },
          {
            "$ref": "#/components/schemas/CardActivatedEvent"
          },
          {
            "$ref": "#/components/schemas/CardStatusEvent"
          },
          {
            "$ref": "#/components/schemas/CardPinChangedEvent"
          },
          {
            "$ref": "#/components/schemas/CardReplacedEvent"
          },
          {
            "$ref": "#/components/schemas/CardFulfilmentEvent"
          },
          {
            "$ref": "#/components/schemas/PersonCreatedEvent"
          },
          {
            "$ref": "#/components/schemas/PersonVerificationSuccessEvent"
          },
          {
            "$ref": "#/components/schemas/PersonUpdatedEvent"
          },
          {
            "$ref": "#/components/schemas/CompanyCreatedEvent"
          },
          {
            "$ref": "#/components/schemas/CompanyUpdatedEvent"
          },
          {
            "$ref": "#/components/schemas/WalletCreatedEvent"
          },
          {
            "$ref": "#/components/schemas/AccountCreatedEvent"
          },
          {
            "$ref": "#/components/schemas/AccountActivatedEvent"
          },
          {
            "$ref": "#/components/schemas/AccountClosedEvent"
          },
          {
            "$ref": "#/components/schemas/AccountStatusEvent"
          },
          {
            "$ref": "#/components/schemas/AccountInstrumentCreatedEvent"
          },
          {
            "$ref": "#/components/schemas/OutsideInstrumentCreatedEvent"
          },
          {
            "$ref": "#/components/schemas/OutsideInstrumentUpdatedEvent"
          },
          {
            "$ref": "#/components/schemas/AuthApprovedEvent"
          },
          {
            "$ref": "#/components/schemas/AuthReversedEvent"
          },
          {
            "$ref": "#/components/schemas/AuthRefundedEvent"
          },
          {
            "$ref": "#/components/schemas/AuthDeclinedEvent"
          },
          {
            "$ref": "#/components/schemas/BankEftCreditReceivedEvent"
          },
          {
            "$ref": "#/components/schemas/BankEftCreditReversedEvent"
          },
          {
            "$ref": "#/components/schemas/BankEftCreditReturnedEvent"
          },
          {
            "$ref": "#/components/schemas/BankEftDebitReceivedEvent"
          },
          {
            "$ref": "#/components/schemas/BankEftDebitReversedEvent"
          },
          {
            "$ref": "#/components/schemas/BankEftDebitReturnedEvent"
          },
          {
            "$ref": "#/components/schemas/TransferSuccessEvent"
          },
          {
            "$ref": "#/components/schemas/CheckClearedEvent"
          },
          {
            "$ref": "#/components/schemas/PaymentSuccessEvent"
          },
          {
            "$ref": "#/components/schemas/PaymentFailureEvent"
          },
          {
            "$ref": "#/components/schemas/RealTimePaymentEvent"
          }
        ]
      }
    }
  },
  "webhooks": {
    "card.created": {
      "post": {
        "operationId": "cardCreatedWebhook",
        "summary": "card.created event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `card.created` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CardCreatedEvent"
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
    "card.activated": {
      "post": {
        "operationId": "cardActivatedWebhook",
        "summary": "card.activated event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `card.activated` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CardActivatedEvent"
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
    "card.status": {
      "post": {
        "operationId": "cardStatusWebhook",
        "summary": "card.status event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `card.status` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CardStatusEvent"
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
    "card.pin.changed": {
      "post": {
        "operationId": "cardPinChangedWebhook",
        "summary": "card.pin.changed event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `card.pin.changed` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CardPinChangedEvent"
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
    "card.replaced": {
      "post": {
        "operationId": "cardReplacedWebhook",
        "summary": "card.replaced event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `card.replaced` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CardReplacedEvent"
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
    "card.fulfilment": {
      "post": {
        "operationId": "cardFulfilmentWebhook",
        "summary": "card.fulfilment event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `card.fulfilment` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CardFulfilmentEvent"
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
    "person.created": {
      "post": {
        "operationId": "personCreatedWebhook",
        "summary": "person.created event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `person.created` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PersonCreatedEvent"
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
    "person.verification.success": {
      "post": {
        "operationId": "personVerificationSuccessWebhook",
        "summary": "person.verification.success event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `person.verification.success` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PersonVerificationSuccessEvent"
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
    "person.updated": {
      "post": {
        "operationId": "personUpdatedWebhook",
        "summary": "person.updated event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `person.updated` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PersonUpdatedEvent"
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
    "company.created": {
      "post": {
        "operationId": "companyCreatedWebhook",
        "summary": "company.created event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `company.created` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CompanyCreatedEvent"
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
    "company.updated": {
      "post": {
        "operationId": "companyUpdatedWebhook",
        "summary": "company.updated event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `company.updated` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CompanyUpdatedEvent"
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
    "wallet.created": {
      "post": {
        "operationId": "walletCreatedWebhook",
        "summary": "wallet.created event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `wallet.created` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WalletCreatedEvent"
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
    "account.created": {
      "post": {
        "operationId": "accountCreatedWebhook",
        "summary": "account.created event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `account.created` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccountCreatedEvent"
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
    "account.activated": {
      "post": {
        "operationId": "accountActivatedWebhook",
        "summary": "account.activated event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `account.activated` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccountActivatedEvent"
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
    "account.closed": {
      "post": {
        "operationId": "accountClosedWebhook",
        "summary": "account.closed event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `account.closed` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccountClosedEvent"
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
    "account.status": {
      "post": {
        "operationId": "accountStatusWebhook",
        "summary": "account.status event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `account.status` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccountStatusEvent"
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
    "account.instrument.created": {
      "post": {
        "operationId": "accountInstrumentCreatedWebhook",
        "summary": "account.instrument.created event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `account.instrument.created` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccountInstrumentCreatedEvent"
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
    "outside.instrument.created": {
      "post": {
        "operationId": "outsideInstrumentCreatedWebhook",
        "summary": "outside.instrument.created event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `outside.instrument.created` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OutsideInstrumentCreatedEvent"
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
    "outside.instrument.updated": {
      "post": {
        "operationId": "outsideInstrumentUpdatedWebhook",
        "summary": "outside.instrument.updated event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `outside.instrument.updated` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OutsideInstrumentUpdatedEvent"
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
    "auth.approved": {
      "post": {
        "operationId": "authApprovedWebhook",
        "summary": "auth.approved event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `auth.approved` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AuthApprovedEvent"
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
    "auth.reversed": {
      "post": {
        "operationId": "authReversedWebhook",
        "summary": "auth.reversed event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `auth.reversed` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AuthReversedEvent"
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
    "auth.refunded": {
      "post": {
        "operationId": "authRefundedWebhook",
        "summary": "auth.refunded event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `auth.refunded` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AuthRefundedEvent"
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
    "auth.declined": {
      "post": {
        "operationId": "authDeclinedWebhook",
        "summary": "auth.declined event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `auth.declined` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AuthDeclinedEvent"
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
    "bankeft.credit.received": {
      "post": {
        "operationId": "bankEftCreditReceivedWebhook",
        "summary": "bankeft.credit.received event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `bankeft.credit.received` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BankEftCreditReceivedEvent"
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
    "bankeft.credit.reversed": {
      "post": {
        "operationId": "bankEftCreditReversedWebhook",
        "summary": "bankeft.credit.reversed event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `bankeft.credit.reversed` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BankEftCreditReversedEvent"
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
    "bankeft.credit.returned": {
      "post": {
        "operationId": "bankEftCreditReturnedWebhook",
        "summary": "bankeft.credit.returned event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `bankeft.credit.returned` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BankEftCreditReturnedEvent"
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
    "bankeft.debit.received": {
      "post": {
        "operationId": "bankEftDebitReceivedWebhook",
        "summary": "bankeft.debit.received event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `bankeft.debit.received` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BankEftDebitReceivedEvent"
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
    "bankeft.debit.reversed": {
      "post": {
        "operationId": "bankEftDebitReversedWebhook",
        "summary": "bankeft.debit.reversed event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `bankeft.debit.reversed` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BankEftDebitReversedEvent"
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
    "bankeft.debit.returned": {
      "post": {
        "operationId": "bankEftDebitReturnedWebhook",
        "summary": "bankeft.debit.returned event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `bankeft.debit.returned` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BankEftDebitReturnedEvent"
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
    "transfer.success": {
      "post": {
        "operationId": "transferSuccessWebhook",
        "summary": "transfer.success event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `transfer.success` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TransferSuccessEvent"
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
    "check.cleared": {
      "post": {
        "operationId": "checkClearedWebhook",
        "summary": "check.cleared event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `check.cleared` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CheckClearedEvent"
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
    "payment.success": {
      "post": {
        "operationId": "paymentSuccessWebhook",
        "summary": "payment.success event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `payment.success` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PaymentSuccessEvent"
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
    "payment.failure": {
      "post": {
        "operationId": "paymentFailureWebhook",
        "summary": "payment.failure event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `payment.failure` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PaymentFailureEvent"
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
    "realtimepayment": {
      "post": {
        "operationId": "realTimePaymentWebhook",
        "summary": "realtimepayment event",
        "description": "Qolo POSTs this event (HTTPS) to subscriptions whose `event_type` contains `realtimepayment` or `all`.\nVerify `x-qolo-signature`, then answer 200 within 5 s (otherwise up to 6 retries).\nPayload shape UNVERIFIED.\n",
        "x-unverified": true,
        "tags": [
          "Webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/QoloSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RealTimePaymentEvent"
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
  }
};
