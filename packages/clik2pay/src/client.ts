import {
  type CommonClientOptions,
  ConfigurationError,
  createPayClient,
  createTokenClient,
  type ErrorDecoder,
  type LimiterOptions,
  oauth2ClientCredentials,
  type PayClient,
  RequestLimiter,
  requireCredential,
  validateBaseUrl,
} from "@payclients/auth-middleware";
import { name, version } from "../package.json";
import { decodeClik2payError } from "./errors";
import { operationTable } from "./generated/operations";
import type { paths } from "./generated/schema";

/** Clik2pay's two origins per environment: the Auth API token endpoint and the API base URL. */
export const clik2payEnvironments = {
  sandbox: {
    baseUrl: "https://api.sandbox.clik2pay.com/open/v1",
    tokenUrl: "https://api-auth.sandbox.clik2pay.com/oauth2/token",
  },
  production: {
    baseUrl: "https://api.clik2pay.com/open/v1",
    tokenUrl: "https://api-auth.clik2pay.com/oauth2/token",
  },
} as const;

/** A named Clik2pay environment. */
export type Clik2payEnvironment = keyof typeof clik2payEnvironments;

/** The only documented OAuth2 scope. */
export const CLIK2PAY_DEFAULT_SCOPE = "payment_request/all";

/** The documented rate limits (10 requests per second, 5 in flight), the client's default limiter. */
export const clik2payRateLimits: Readonly<Required<LimiterOptions>> = Object.freeze({
  requestsPerSecond: 10,
  maxConcurrent: 5,
});

/** Options of {@link createClik2payClient}: the three per-environment credentials and where to send them. */
export type Clik2payClientOptions = CommonClientOptions & {
  /** Auth API username (HTTP Basic user of the token call). */
  username: string;
  /** Auth API password (HTTP Basic password of the token call). */
  password: string;
  /** API key, sent as `x-api-key` on every API call (never to the token endpoint). */
  apiKey: string;
  /** OAuth2 scope (default `payment_request/all`). */
  scope?: string;
  /** Selects both origins; required unless both `baseUrl` and `tokenUrl` are given. */
  environment?: Clik2payEnvironment;
  /** API base URL including `/open/v1` (overrides the environment's). */
  baseUrl?: string;
  /** Full token endpoint URL ending in `/oauth2/token` (overrides the environment's). */
  tokenUrl?: string;
};

/** A typed Clik2pay client. */
export type Clik2payClient = PayClient<paths, typeof operationTable>;

const tokenPath = "/oauth2/token";

/**
 * Creates a Clik2pay client: OAuth2 client credentials on the Auth origin, `x-api-key` plus the bearer token on
 * the API origin, the documented rate limits as default limiter, `merchantTransactionId` as de-duplication key.
 */
export function createClik2payClient(options: Clik2payClientOptions): Clik2payClient {
  const username = requireCredential("clik2pay", "username", options?.username);
  const password = requireCredential("clik2pay", "password", options.password);
  const apiKey = requireCredential("clik2pay", "apiKey", options.apiKey);
  const scope = options.scope ?? CLIK2PAY_DEFAULT_SCOPE;
  if (typeof scope !== "string" || scope.trim() === "") {
    throw new ConfigurationError("clik2pay: scope must be a non-empty string");
  }
  const { environment } = options;
  if (environment !== undefined && !Object.hasOwn(clik2payEnvironments, environment)) {
    throw new ConfigurationError(
      `clik2pay: unknown environment ${JSON.stringify(environment)} (use "sandbox" or "production")`,
    );
  }
  const defaults = environment === undefined ? undefined : clik2payEnvironments[environment];
  const baseUrl = options.baseUrl ?? defaults?.baseUrl;
  const tokenUrl = options.tokenUrl ?? defaults?.tokenUrl;
  if (baseUrl === undefined || tokenUrl === undefined) {
    throw new ConfigurationError(
      'clik2pay: pass environment ("sandbox" | "production"), or both baseUrl and tokenUrl',
    );
  }
  validateBaseUrl(baseUrl, "baseUrl");
  const token = validateBaseUrl(tokenUrl, "tokenUrl");
  const tokenPathname = token.pathname.replace(/\/+$/, "");
  if (!tokenPathname.endsWith(tokenPath) || token.search !== "" || token.hash !== "") {
    throw new ConfigurationError(
      `clik2pay: tokenUrl must be the full token endpoint URL ending in ${tokenPath}, e.g. ${clik2payEnvironments.sandbox.tokenUrl}`,
    );
  }
  const tokenBase = `${token.origin}${tokenPathname.slice(0, -tokenPath.length)}`;
  const tokenClient = createTokenClient<paths>(tokenBase, options);

  const where = environment ?? "the environment of these URLs";
  const hint = `Clik2pay username, password and API key are issued per environment (sandbox credentials do not work in production and vice versa); check they belong to ${where}`;
  const decodeError: ErrorDecoder = (context) => {
    const decoded = decodeClik2payError(context);
    // The transport adds the hint only to API 401s; a rejected token call and API Gateway's 403 for a key it
    // does not know need it too.
    const tokenRejected =
      context.source === "token" && (context.status === 401 || decoded?.code === "invalid_client");
    if (!tokenRejected && context.status !== 403) return decoded;
    const message = decoded?.message ?? (context.status === 403 ? "Forbidden" : "credentials rejected");
    return { ...decoded, message: `${message} (${hint})` };
  };

  return createPayClient<paths, typeof operationTable>(
    {
      provider: "clik2pay",
      userAgent: `${name}/${version}`,
      baseUrl,
      token: oauth2ClientCredentials({
        clientId: username,
        clientSecret: password,
        scope,
        send: ({ headers, signal, bodySerializer }) =>
          tokenClient.POST(tokenPath, {
            headers,
            signal,
            bodySerializer,
            body: { grant_type: "client_credentials", scope },
          }),
      }),
      secrets: [apiKey],
      authorize: (headers, accessToken) => {
        headers.set("x-api-key", apiKey);
        headers.set("Authorization", `Bearer ${accessToken}`);
      },
      decodeError,
      // `merchantTransactionId` de-duplicates the creates that take it (the spec's x-payclients-deduplication-field).
      operations: operationTable,
      authenticationHint: hint,
      defaultLimiter: () => new RequestLimiter(clik2payRateLimits),
      tokenNamespace: `${token.origin}${tokenPathname}`,
    },
    options,
  );
}
