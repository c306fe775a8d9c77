import {
  type CommonClientOptions,
  ConfigurationError,
  createPayClient,
  createTokenClient,
  type IssuedToken,
  loginExchange,
  type PayClient,
  requireCredential,
  selectBaseUrl,
  systemClock,
  validateBaseUrl,
} from "@payclients/auth-middleware";
import { name, version } from "../package.json";
import { decodeQoloError } from "./errors";
import { operationTable } from "./generated/operations";
import type { paths } from "./generated/schema";

/** Known Qolo API hosts; the production host is not published, pass it as `baseUrl`. */
export const qoloEnvironments = {
  development: "https://devapi.qolopay.com",
  "keybank-development": "https://qvapikeybank.qolopay.com",
} as const;

/** A named Qolo environment. */
export type QoloEnvironment = keyof typeof qoloEnvironments;

/** Documented lifetime of a Qolo access token: 12 hours. */
export const QOLO_TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

/** Options of {@link createQoloClient}: the login credentials and either an environment or a base URL. */
export type QoloClientOptions = CommonClientOptions & {
  /** Login id issued by Qolo (`loginid` of the login call). */
  loginId: string;
  /** API key issued by Qolo (`apikey` of the login call). */
  apiKey: string;
} & (
    | { environment: QoloEnvironment; baseUrl?: never }
    | {
        /** Host origin, e.g. your production host; request paths already carry `/api/v1`. */
        baseUrl: string;
        environment?: never;
      }
  );

/** A typed Qolo client. */
export type QoloClient = PayClient<paths, typeof operationTable>;

/**
 * Creates a Qolo client: one login per 12-hour token (refreshed before expiry, again after a 401),
 * `IdempotencyKey` on every creating POST, lenient error decoding.
 */
export function createQoloClient(options: QoloClientOptions): QoloClient {
  const loginId = requireCredential("qolo", "loginId", options?.loginId);
  const apiKey = requireCredential("qolo", "apiKey", options.apiKey);
  const baseUrl = resolveBaseUrl(options);
  const clock = options.clock ?? systemClock;
  const loginClient = createTokenClient<paths>(baseUrl, options);
  return createPayClient<paths, typeof operationTable>(
    {
      provider: "qolo",
      userAgent: `${name}/${version}`,
      baseUrl,
      token: loginExchange<unknown>({
        account: loginId,
        secrets: [apiKey],
        lifetimeSeconds: QOLO_TOKEN_LIFETIME_SECONDS,
        send: async (init) => {
          // The answer's shape is undocumented (JSON object, JSON string or plain text): read it as text.
          const result = await loginClient.POST("/api/v1/auth/login", {
            ...init,
            body: { loginid: loginId, apikey: apiKey },
            parseAs: "text",
          });
          return {
            response: result.response,
            data: result.data === undefined ? undefined : parseLenientJson(result.data),
            error: typeof result.error === "string" ? parseLenientJson(result.error) : result.error,
          };
        },
        read: (data) => readQoloLoginResponse(data, clock.now()),
      }),
      decodeError: decodeQoloError,
      // `IdempotencyKey` on the creating POSTs whose spec declares it.
      operations: operationTable,
      authenticationHint:
        "the access token was refused even after a fresh login; check that loginId and apiKey belong to this environment",
    },
    options,
  );
}

function resolveBaseUrl(options: QoloClientOptions): string {
  const selected = selectBaseUrl("qolo", qoloEnvironments, options);
  if (options.environment !== undefined) return selected;
  const url = validateBaseUrl(selected);
  if (/\/api(\/v\d+)?\/?$/.test(url.pathname)) {
    throw new ConfigurationError(
      `qolo: baseUrl must be the host origin (e.g. https://devapi.qolopay.com); request paths already start with /api/v1, got ${url.href}`,
    );
  }
  return selected;
}

function parseLenientJson(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === "") return text;
  try {
    return JSON.parse(trimmed);
  } catch {
    return text;
  }
}

const tokenFields = ["token", "access_token", "accessToken"] as const;
const lifetimeFields = ["expires_in", "expiresIn"] as const;
const expiryDateFields = ["expires_at", "expiresAt", "expiration"] as const;

/**
 * Reads a token from Qolo's (undocumented) login answer: `token` / `access_token` / `accessToken`, at the top
 * level or inside `data`, or the answer itself when it is a bare well-formed token; an `expires_in` (seconds) or
 * `expires_at` (date) is honoured but never beyond the documented 12 hours. Throws an `Error` naming the
 * fields it looked for when there is no token.
 */
export function readQoloLoginResponse(data: unknown, now: number = Date.now()): IssuedToken {
  if (typeof data === "string") {
    const token = bareToken(data);
    if (token !== undefined) return { token };
  } else if (isRecord(data)) {
    for (const candidate of [data, data.data]) {
      if (!isRecord(candidate)) continue;
      for (const field of tokenFields) {
        const token = typeof candidate[field] === "string" ? bareToken(candidate[field]) : undefined;
        if (token !== undefined) return { token, expiresInSeconds: lifetimeOf(data, candidate, now) };
      }
    }
  }
  const seen = isRecord(data) ? `an object with keys [${Object.keys(data).join(", ")}]` : describeValue(data);
  // A plain Error: the token manager wraps it in a TokenAcquisitionError carrying the login's real status,
  // so a well-formed 200 without a token is not retried like a transient failure.
  throw new Error(
    `the login answer carried no token (looked for token, access_token, accessToken at the top level and in data, or a bare string); got ${seen}`,
  );
}

// Only a well-formed bearer token (RFC 6750 `b64token`): a truncated JSON answer (`{"token":"…","expires_i`),
// read as text, must not pass for a token and be sent as `Bearer {"token":…`.
function bareToken(value: string): string | undefined {
  const token = value.trim().replace(/^Bearer\s+/i, "");
  return /^[\w.~+/-]+=*$/.test(token) ? token : undefined;
}

// A stated lifetime longer than the documented 12 hours is not trusted: an early login costs one call.
function lifetimeOf(root: Record<string, unknown>, holder: Record<string, unknown>, now: number): number {
  return Math.min(
    statedLifetime(holder, now) ?? statedLifetime(root, now) ?? QOLO_TOKEN_LIFETIME_SECONDS,
    QOLO_TOKEN_LIFETIME_SECONDS,
  );
}

function statedLifetime(source: Record<string, unknown>, now: number): number | undefined {
  for (const field of lifetimeFields) {
    const raw = source[field];
    const seconds = typeof raw === "number" || typeof raw === "string" ? Number(raw) : Number.NaN;
    if (raw !== "" && Number.isFinite(seconds) && seconds > 0) return seconds;
  }
  for (const field of expiryDateFields) {
    const raw = source[field];
    const at = typeof raw === "string" ? Date.parse(raw) : Number.NaN;
    if (Number.isFinite(at) && at > now) return (at - now) / 1000;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === undefined || value === "") return "an empty body";
  if (Array.isArray(value)) return "an array";
  if (typeof value !== "string") return `a ${typeof value}`;
  // Never the text itself: it may hold the token, or the start of it.
  return /^\s*["{[]/.test(value) ? "malformed or truncated JSON" : "a string that is not a token";
}
