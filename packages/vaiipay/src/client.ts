import {
  type CommonClientOptions,
  ConfigurationError,
  createPayClient,
  type IssuedToken,
  type PayClient,
  type ProviderDefinition,
  requireCredential,
  staticKey,
  type TokenStrategy,
  tokenCallback,
  validateBaseUrl,
} from "@payclients/auth-middleware";
import { name, version } from "../package.json";
import { decodeVaiiPayError } from "./errors";
import { operationTable } from "./generated/operations";
import type { paths } from "./generated/schema";
import { type VaiiPayClientPaths, vaiipayOperationAccess } from "./operations";

/** Length of a VaiiPay Client ID (documented: "a unique Client ID (32-character string)"). */
export const VAIIPAY_CLIENT_ID_LENGTH = 32;

/** Options of {@link createVaiiPayClient}: server-to-server calls with a scoped Client Token. */
export type VaiiPayClientOptions = CommonClientOptions & {
  /** Your deployment's API origin, e.g. `https://api.yourdomain.com` (white-label; the paths carry `/api/`). */
  baseUrl: string;
  /** Client Token (`PAYMENT_CLIENT_TOKEN`), sent as `Authorization: Bearer <clientToken>`. */
  clientToken: string;
  /** The application's 32-character Client ID (`PAYMENT_CLIENT_ID`), filled into checkout bodies that omit it. */
  clientId: string;
};

/** A dashboard OAuth2 access token, or a callback returning a fresh one (called again after a 401). */
export type VaiiPayAccessToken =
  | string
  | ((signal: AbortSignal) => string | IssuedToken | Promise<string | IssuedToken>);

/** Options of {@link createVaiiPayDashboardClient}: dashboard operations with an OAuth2 access token. */
export type VaiiPayDashboardClientOptions = CommonClientOptions & {
  /** Your deployment's API origin, e.g. `https://api.yourdomain.com` (white-label; the paths carry `/api/`). */
  baseUrl: string;
  /** OAuth2 access token, sent as `Authorization: Bearer <token>`; a callback is re-asked after a 401. */
  accessToken: VaiiPayAccessToken;
};

/** A typed VaiiPay client for Client Token operations (checkout, payments, instructions) and the public ones. */
export type VaiiPayClient = PayClient<VaiiPayClientPaths, typeof operationTable>;

/** A typed VaiiPay client for every operation, authenticated with a dashboard OAuth2 access token. */
export type VaiiPayDashboardClient = PayClient<paths, typeof operationTable>;

/**
 * Creates a VaiiPay client authenticated with a Client Token. It offers only the `client` and `public`
 * operations: a dashboard operation is a type error, and a ConfigurationError before any request if forced.
 */
export function createVaiiPayClient(options: VaiiPayClientOptions): VaiiPayClient {
  const baseUrl = vaiipayBaseUrl(options?.baseUrl);
  const clientToken = requireCredential("vaiipay", "clientToken", options.clientToken);
  const clientId = requireCredential("vaiipay", "clientId", options.clientId);
  if (clientId.length !== VAIIPAY_CLIENT_ID_LENGTH) {
    throw new ConfigurationError(
      `vaiipay: clientId must be the ${VAIIPAY_CLIENT_ID_LENGTH}-character Client ID of your payment application (got ${clientId.length} characters)`,
    );
  }
  return createPayClient<VaiiPayClientPaths, typeof operationTable>(
    {
      ...definition(baseUrl, staticKey(clientToken), "check the Client Token and that it has not expired"),
      prepareCall: (method, path, init) => {
        const access = vaiipayOperationAccess(method, path);
        if (access === undefined) {
          throw new ConfigurationError(
            `vaiipay: ${method} ${path} is not a Client Token or public operation of the VaiiPay API`,
          );
        }
        if (access.context === "dashboard") {
          throw new ConfigurationError(
            `vaiipay: ${method} ${path} is a dashboard operation and needs an OAuth2 access token; use createVaiiPayDashboardClient instead of a Client Token client`,
          );
        }
        return `${method} ${path}` === "POST /api/payment/checkout" ? withClientId(init, clientId) : init;
      },
    },
    withJsonAccept(options),
  );
}

/** Creates a VaiiPay client for dashboard operations (payment applications) with an OAuth2 access token. */
export function createVaiiPayDashboardClient(options: VaiiPayDashboardClientOptions): VaiiPayDashboardClient {
  const baseUrl = vaiipayBaseUrl(options?.baseUrl);
  const accessToken = options.accessToken;
  let strategy: TokenStrategy;
  if (typeof accessToken === "function") strategy = tokenCallback(accessToken);
  else strategy = staticKey(requireCredential("vaiipay", "accessToken", accessToken));
  return createPayClient<paths, typeof operationTable>(
    definition(baseUrl, strategy, "dashboard operations need a valid OAuth2 access token"),
    withJsonAccept(options),
  );
}

function vaiipayBaseUrl(value: unknown): string {
  const url = validateBaseUrl(value, "vaiipay: baseUrl");
  if (/\/api\/?$/.test(url.pathname)) {
    throw new ConfigurationError(
      `vaiipay: baseUrl must not end in /api (the operation paths already start with /api/); use ${url.origin}${url.pathname.replace(/\/api\/?$/, "")}`,
    );
  }
  return url.href;
}

function definition(
  baseUrl: string,
  token: TokenStrategy,
  authenticationHint: string,
): ProviderDefinition & { operations: typeof operationTable } {
  return {
    provider: "vaiipay",
    userAgent: `${name}/${version}`,
    baseUrl,
    token,
    decodeError: decodeVaiiPayError,
    // The public checkout endpoints (`security: []`) are protected by the signed checkout URL; no token goes there.
    operations: operationTable,
    authenticationHint,
  };
}

// The docs ask for `Accept: application/json` on every request (without it, Laravel-style servers redirect
// unauthenticated calls to a login page instead of answering 401).
function withJsonAccept<Options extends CommonClientOptions>(options: Options): Options {
  const headers = options.headers ?? {};
  if (Object.keys(headers).some((name) => name.toLowerCase() === "accept")) return options;
  return { ...options, headers: { Accept: "application/json", ...headers } };
}

function withClientId(init: Record<string, unknown>, clientId: string): Record<string, unknown> {
  const body = init.body;
  if (body === null || typeof body !== "object" || Array.isArray(body)) return init;
  const fields = body as Record<string, unknown>;
  // A body that names its application (clientId or siteId) is sent untouched.
  if (fields.clientId !== undefined || fields.siteId !== undefined) return init;
  return { ...init, body: { ...fields, clientId } };
}
