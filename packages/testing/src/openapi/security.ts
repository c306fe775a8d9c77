import type { OpenApiDocument, SpecOperation } from "./document";

/** A credential found on a request for one of the operation's security schemes. */
export interface PresentedCredential {
  /** Name of the scheme in `components.securitySchemes`. */
  scheme: string;
  /** The bearer token, the API key's value, or the base64 of a Basic header. */
  value: string;
}

type SchemeNode = { type?: string; scheme?: string; in?: string; name?: string };

/**
 * The credentials a request presents for its operation's security requirement: the first alternative whose every
 * scheme is present. `[]` for a public operation; `undefined` when no alternative is satisfied (missing credentials).
 */
export function presentedCredentials(
  document: OpenApiDocument,
  operation: SpecOperation,
  headers: Record<string, string>,
  query: URLSearchParams,
): PresentedCredential[] | undefined {
  if (operation.security.length === 0) return [];
  const schemes = (document.components?.securitySchemes ?? {}) as Record<string, SchemeNode>;
  for (const alternative of operation.security) {
    const found: PresentedCredential[] = [];
    for (const name of Object.keys(alternative)) {
      const value = readCredential(schemes[name], headers, query);
      if (value === undefined) break;
      found.push({ scheme: name, value });
    }
    if (found.length === Object.keys(alternative).length) return found;
  }
  return undefined;
}

function readCredential(
  scheme: SchemeNode | undefined,
  headers: Record<string, string>,
  query: URLSearchParams,
): string | undefined {
  if (scheme === undefined) return undefined;
  if (scheme.type === "apiKey") {
    const name = String(scheme.name ?? "");
    if (scheme.in === "query") return query.get(name) ?? undefined;
    if (scheme.in === "cookie") return cookie(headers.cookie, name);
    return headers[name.toLowerCase()];
  }
  // http bearer, oauth2 and openIdConnect all send `Authorization: Bearer <token>`; http basic sends `Basic <b64>`.
  const wanted = scheme.type === "http" && scheme.scheme?.toLowerCase() === "basic" ? "basic" : "bearer";
  const match = /^(\S+)\s+(\S+)\s*$/.exec(headers.authorization ?? "");
  return match?.[1]?.toLowerCase() === wanted ? match[2] : undefined;
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}
