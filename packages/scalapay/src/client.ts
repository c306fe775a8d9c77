import {
  type CommonClientOptions,
  createPayClient,
  type PayClient,
  requireCredential,
  selectBaseUrl,
  staticKey,
} from "@payclients/auth-middleware";
import { name, version } from "../package.json";
import { decodeScalapayError } from "./errors";
import { operationTable } from "./generated/operations";
import type { paths } from "./generated/schema";

/** Scalapay API hosts per environment. */
export const scalapayEnvironments = {
  sandbox: "https://integration.api.scalapay.com",
  production: "https://api.scalapay.com",
} as const;

/** A named Scalapay environment. */
export type ScalapayEnvironment = keyof typeof scalapayEnvironments;

/** Scalapay's public sandbox key (published in its API simulator docs); works only against the sandbox. */
export const SCALAPAY_SANDBOX_API_KEY = "qhtfs87hjnc12kkos";

/** Options of {@link createScalapayClient}: the API key and either an environment or a base URL. */
export type ScalapayClientOptions = CommonClientOptions & {
  /** Secret API key, sent as `Authorization: Bearer <apiKey>`. */
  apiKey: string;
  /** Device key for the in-store and pay-by-link endpoints (default: `apiKey`). */
  instoreApiKey?: string;
} & ({ environment: ScalapayEnvironment; baseUrl?: never } | { baseUrl: string; environment?: never });

/** A typed Scalapay client. */
export type ScalapayClient = PayClient<paths, typeof operationTable>;

/** Creates a Scalapay client: static bearer key, Scalapay error envelope, `Idempotency-Key` on the online POSTs. */
export function createScalapayClient(options: ScalapayClientOptions): ScalapayClient {
  const apiKey = requireCredential("scalapay", "apiKey", options?.apiKey);
  const instoreApiKey = options.instoreApiKey ?? apiKey;
  const baseUrl = selectBaseUrl("scalapay", scalapayEnvironments, options);
  return createPayClient<paths, typeof operationTable>(
    {
      provider: "scalapay",
      userAgent: `${name}/${version}`,
      baseUrl,
      token: staticKey(apiKey),
      secrets: [instoreApiKey],
      decodeError: decodeScalapayError,
      authorize: (headers, token, path) =>
        headers.set("Authorization", `Bearer ${path.includes("/instore/") ? instoreApiKey : token}`),
      // `Idempotency-Key` on the online POSTs whose spec declares it; other POSTs are not resent after a possible delivery.
      operations: operationTable,
      authenticationHint:
        "sandbox and production Scalapay keys are different; check the key matches the environment",
    },
    options,
  );
}
