import { ConfigurationError } from "@payclients/auth-middleware";

/** The parts of a signed checkout URL that the public checkout endpoints need. */
export interface VaiiPayCheckoutLink {
  paymentId: string;
  /** Query for `GET /api/checkout/payment/{paymentId}/provider/{provider}/method/{method}` (inferred, unverified). */
  query: { expires?: number; signature?: string };
}

/**
 * Splits a `checkoutUrl` (`https://<host>/checkout/{paymentId}?expires=<unix>&signature=<hmac>`) into the
 * payment id and the `expires`/`signature` query that a custom checkout page passes to the public endpoints.
 */
export function parseVaiiPayCheckoutUrl(checkoutUrl: string): VaiiPayCheckoutLink {
  let url: URL;
  try {
    url = new URL(checkoutUrl);
  } catch {
    throw new ConfigurationError(`vaiipay: not a checkout URL: ${JSON.stringify(checkoutUrl)}`);
  }
  const match = /\/checkout\/([^/]+)\/?$/.exec(url.pathname);
  if (!match?.[1]) {
    throw new ConfigurationError(
      `vaiipay: a checkout URL ends in /checkout/{paymentId}; got ${url.pathname}`,
    );
  }
  const query: VaiiPayCheckoutLink["query"] = {};
  const expires = url.searchParams.get("expires");
  if (expires !== null && /^\d+$/.test(expires)) query.expires = Number(expires);
  const signature = url.searchParams.get("signature");
  if (signature) query.signature = signature;
  return { paymentId: decodeURIComponent(match[1]), query };
}
