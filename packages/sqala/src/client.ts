import {
  type CommonClientOptions,
  ConfigurationError,
  createPayClient,
  createTokenClient,
  credentialExchange,
  type PayClient,
  requireCredential,
  validateBaseUrl,
} from "@payclients/auth-middleware";
import { name, version } from "../package.json";
import { decodeSqalaError } from "./errors";
import { operationTable } from "./generated/operations";
import type { paths } from "./generated/schema";

/** Sqala's core API (payments, recipients, withdrawals, the token endpoint); no sandbox host is documented. */
export const SQALA_BASE_URL = "https://api.sqala.tech/core/v1";

/** Sqala's Developer API, which serves the webhook delivery log. */
export const SQALA_DEVELOPER_BASE_URL = "https://api.sqala.tech/developer/v1";

/** The spec paths served by the Developer API (`/developer/v1`) rather than the core API. */
export const sqalaDeveloperPaths = ["/webhooks", "/webhooks/{id}", "/webhooks/{id}/attempts"] as const;

type DeveloperPath = (typeof sqalaDeveloperPaths)[number];

/** Core API paths callable through {@link SqalaClient}; the token endpoint is driven by the client itself. */
export type SqalaCorePaths = Omit<paths, DeveloperPath | "/access-tokens">;

/** Developer API paths callable through `SqalaClient.developer` ({@link SqalaClient}). */
export type SqalaDeveloperPaths = Pick<paths, DeveloperPath>;

/** A typed client of the Developer API (webhook delivery log), sharing the core client's token. */
export type SqalaDeveloperClient = PayClient<SqalaDeveloperPaths, typeof operationTable>;

/** A typed Sqala client: core API calls, plus `developer` for the webhook delivery log. */
export type SqalaClient = PayClient<SqalaCorePaths, typeof operationTable> & {
  /** The Developer API (`/webhooks`, …): a view of the same client, sharing its token and options. */
  readonly developer: SqalaDeveloperClient;
};

/** Options of {@link createSqalaClient}: the three portal credentials plus the common client options. */
export type SqalaClientOptions = CommonClientOptions & {
  /** App id from the developer portal (HTTP Basic user of the token exchange). */
  appId: string;
  /** App secret from the developer portal (HTTP Basic password of the token exchange). */
  appSecret: string;
  /** Refresh token from the developer portal, exchanged for access tokens. */
  refreshToken: string;
  /** Core API base URL, where `/access-tokens` also lives (default {@link SQALA_BASE_URL}). */
  baseUrl?: string;
  /**
   * Developer API base URL, on the same origin as `baseUrl` (default: `baseUrl` with its trailing `/core/v1`
   * replaced by `/developer/v1`).
   */
  developerBaseUrl?: string;
};

/**
 * Creates a Sqala client: `POST /access-tokens` with HTTP Basic appId:appSecret and `{refreshToken}`,
 * the Bearer token cached for its `expiresIn` and shared with `client.developer`; `code` as the
 * de-duplication key that makes a create safe to retry.
 */
export function createSqalaClient(options: SqalaClientOptions): SqalaClient {
  const appId = requireCredential("sqala", "appId", options?.appId);
  const appSecret = requireCredential("sqala", "appSecret", options.appSecret);
  const refreshToken = requireCredential("sqala", "refreshToken", options.refreshToken);
  const baseUrl = validateBaseUrl(options.baseUrl ?? SQALA_BASE_URL).href.replace(/\/+$/, "");
  const developerBaseUrl = validateBaseUrl(
    options.developerBaseUrl ?? developerBaseUrlFor(baseUrl),
    "developerBaseUrl",
  );
  if (developerBaseUrl.origin !== new URL(baseUrl).origin) {
    throw new ConfigurationError(
      `sqala: developerBaseUrl must be on the origin of baseUrl (${new URL(baseUrl).origin}), because one token serves both APIs and is only sent there`,
    );
  }

  const tokenClient = createTokenClient<paths>(baseUrl, options);
  const core = createPayClient<SqalaCorePaths, typeof operationTable>(
    {
      provider: "sqala",
      userAgent: `${name}/${version}`,
      baseUrl,
      token: credentialExchange({
        username: appId,
        password: appSecret,
        secrets: [refreshToken],
        send: (init) => tokenClient.POST("/access-tokens", { ...init, body: { refreshToken } }),
        read: (data) => ({ token: data.token, expiresInSeconds: data.expiresIn }),
      }),
      decodeError: decodeSqalaError,
      // The card vault is public (`security: []`: its `publicKey` query parameter alone); no idempotency header
      // exists, and a create carrying the caller's unique `code` is safe to resend where the spec says so.
      operations: operationTable,
      authenticationHint:
        "the Bearer token comes from POST /access-tokens; check appId, appSecret and refreshToken in the developer portal",
    },
    options,
  );
  // A view on the same origin: one token manager, so both APIs share a single token exchange.
  const developer = core.withBaseUrl<SqalaDeveloperPaths>(developerBaseUrl.href.replace(/\/+$/, ""));
  Object.defineProperty(core, "developer", { value: developer, enumerable: true });
  return core as SqalaClient;
}

function developerBaseUrlFor(baseUrl: string): string {
  return /\/core\/v1$/.test(baseUrl)
    ? baseUrl.replace(/\/core\/v1$/, "/developer/v1")
    : `${new URL(baseUrl).origin}/developer/v1`;
}
