// Authorization by the spec's security requirement, for APIs whose schemes share one header (two kinds of bearer
// token): presence cannot tell which alternative a caller meant, so the provider says which schemes (and which
// scopes) the presented credential grants, and the operation's requirement decides.
import type { SpecOperation } from "./document";

/** A security scheme a presented credential satisfies, with the scopes (the requirement's roles) it grants. */
export interface SchemeGrant {
  /** Name of the scheme in `components.securitySchemes`. */
  scheme: string;
  scopes: readonly string[];
}

/**
 * Whether `grants` satisfy one alternative of the operation's security requirement: every scheme of it granted, with
 * every role it lists (`wildcard`, e.g. `*`, grants all). A public operation (`security: []`) is always satisfied.
 */
export function satisfiesSecurity(
  operation: Pick<SpecOperation, "security">,
  grants: readonly SchemeGrant[],
  { wildcard }: { wildcard?: string } = {},
): boolean {
  if (operation.security.length === 0) return true;
  return operation.security.some((alternative) =>
    Object.entries(alternative).every(([scheme, roles]) => {
      const granted = grants.find((grant) => grant.scheme === scheme);
      if (granted === undefined) return false;
      if (wildcard !== undefined && granted.scopes.includes(wildcard)) return true;
      return roles.every((role) => granted.scopes.includes(role));
    }),
  );
}
