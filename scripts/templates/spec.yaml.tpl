openapi: 3.1.0
info:
  title: __Pascal__ API (payclients model)
  version: 1.0.0
  description: |
    Scaffolded by `pnpm new-provider __name__`. Replace every placeholder with what the provider documents and mark
    anything undocumented with `x-unverified: true` and a description.
servers:
  - url: https://sandbox.__name__.example
    description: sandbox
  - url: https://api.__name__.example
    description: production
tags:
  - name: Authentication
    description: Token endpoint (placeholder OAuth2 client credentials).
  - name: Payments
    description: Payments (placeholder resource).
security:
  - BearerAuth: []
paths:
  /oauth2/token:
    post:
      operationId: getAccessToken
      summary: Exchange client credentials for an access token
      tags: [Authentication]
      x-unverified: true
      description: Placeholder token endpoint; replace with the provider's documented one.
      security:
        - BasicAuth: []
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [grant_type]
              properties:
                grant_type:
                  type: string
                  const: client_credentials
                scope:
                  type: string
      responses:
        "200":
          description: Access token.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/AccessToken"
        "400":
          $ref: "#/components/responses/BadRequest"
        "401":
          $ref: "#/components/responses/Unauthorized"
  /payments:
    post:
      operationId: createPayment
      summary: Create a payment
      tags: [Payments]
      parameters:
        # A header parameter named Idempotency-Key is what the generated operation table reads as the operation's
        # idempotency header (see CONTRIBUTING.md, "Spec extensions", for the other facts it reads).
        - $ref: "#/components/parameters/IdempotencyKey"
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/CreatePaymentRequest"
      responses:
        "200":
          description: The created payment.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Payment"
        "400":
          $ref: "#/components/responses/BadRequest"
        "401":
          $ref: "#/components/responses/Unauthorized"
  /payments/{id}:
    get:
      operationId: getPayment
      summary: Get a payment
      tags: [Payments]
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: string
      responses:
        "200":
          description: The payment.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Payment"
        "401":
          $ref: "#/components/responses/Unauthorized"
        "404":
          $ref: "#/components/responses/NotFound"
webhooks:
  payment.paid:
    post:
      operationId: paymentPaidWebhook
      summary: A payment was paid
      tags: [Payments]
      security: []
      parameters:
        - name: x-__name__-signature
          in: header
          required: true
          description: Placeholder scheme — hex HMAC-SHA256 of the raw body keyed with the webhook secret.
          schema:
            type: string
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/__Pascal__WebhookEvent"
      responses:
        "200":
          description: Acknowledged.
components:
  parameters:
    IdempotencyKey:
      name: Idempotency-Key
      in: header
      required: false
      description: Unique key that makes a create safe to retry.
      schema:
        type: string
  securitySchemes:
    BasicAuth:
      type: http
      scheme: basic
    BearerAuth:
      type: http
      scheme: bearer
  schemas:
    AccessToken:
      type: object
      required: [access_token]
      properties:
        access_token:
          type: string
        expires_in:
          type: integer
          description: Lifetime in seconds.
        token_type:
          type: string
    CreatePaymentRequest:
      type: object
      required: [amount, currency]
      properties:
        amount:
          type: integer
          minimum: 1
          description: Amount in minor units.
        currency:
          type: string
          minLength: 3
          maxLength: 3
        reference:
          type: string
    Payment:
      type: object
      required: [id, amount, currency, status]
      properties:
        id:
          type: string
        amount:
          type: integer
        currency:
          type: string
        status:
          type: string
          description: Open string; known values `PENDING`, `PAID`.
          examples: [PENDING, PAID]
        reference:
          type: string
    __Pascal__Error:
      type: object
      properties:
        code:
          type: string
        message:
          type: string
    __Pascal__WebhookEvent:
      type: object
      required: [event, data]
      properties:
        event:
          type: string
          examples: [payment.paid]
        data:
          $ref: "#/components/schemas/Payment"
  responses:
    BadRequest:
      description: Invalid request.
      content:
        application/json:
          schema:
            $ref: "#/components/schemas/__Pascal__Error"
    Unauthorized:
      description: Missing, invalid or expired credentials.
      content:
        application/json:
          schema:
            $ref: "#/components/schemas/__Pascal__Error"
    NotFound:
      description: No such resource.
      content:
        application/json:
          schema:
            $ref: "#/components/schemas/__Pascal__Error"
