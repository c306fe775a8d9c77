import {
  type CommonClientOptions,
  createPayClient,
  createTokenClient,
  oauth2ClientCredentials,
  type PayClient,
  requireCredential,
  selectBaseUrl,
} from "@payclients/auth-middleware";
import { decode__Pascal__Error } from "./errors";
import type { paths } from "./generated/schema";

/** __Pascal__ API base URLs per environment (placeholders until the provider's are known). */
export const __camel__Environments = {
  sandbox: "https://sandbox.__name__.example",
  production: "https://api.__name__.example",
} as const;

/** A named __Pascal__ environment. */
export type __Pascal__Environment = keyof typeof __camel__Environments;

/** Options of {@link create__Pascal__Client}. */
export type __Pascal__ClientOptions = CommonClientOptions & {
  clientId: string;
  clientSecret: string;
} & ({ environment: __Pascal__Environment; baseUrl?: never } | { baseUrl: string; environment?: never });

/** A typed __Pascal__ client. */
export type __Pascal__Client = PayClient<paths>;

/** Creates the __Pascal__ client: OAuth2 client credentials, bearer token on every call. */
export function create__Pascal__Client(options: __Pascal__ClientOptions): __Pascal__Client {
  const clientId = requireCredential("__name__", "clientId", options?.clientId);
  const clientSecret = requireCredential("__name__", "clientSecret", options.clientSecret);
  const baseUrl = selectBaseUrl("__name__", __camel__Environments, options);
  // The token call goes through the same `fetch` option and redirect policy as API calls.
  const tokenClient = createTokenClient<paths>(baseUrl, options);
  return createPayClient<paths>(
    {
      provider: "__name__",
      baseUrl,
      token: oauth2ClientCredentials({
        clientId,
        clientSecret,
        send: (init) => tokenClient.POST("/oauth2/token", init),
      }),
      decodeError: decode__Pascal__Error,
    },
    options,
  );
}
