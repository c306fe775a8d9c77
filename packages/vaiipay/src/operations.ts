import { operationFacts } from "@payclients/auth-middleware";
import { operationTable } from "./generated/operations";
import type { operations, paths } from "./generated/schema";

type OperationTable = typeof operationTable;

/** Who may call an operation (the spec's `x-payclients-auth-context`). */
export type VaiiPayAuthContext = OperationTable[keyof OperationTable]["authContext"];

/** A Client Token permission scope (a role of the spec's `ClientTokenAuth` requirements); `*` grants every scope. */
export type VaiiPayScope = ScopesOf<OperationTable[keyof OperationTable]> | "*";

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

type ScopesOf<Facts> = Facts extends { scopes: readonly (infer Scope)[] } ? Scope : never;

/** Access rule of one operation: its auth context and the Client Token scope it needs. */
export interface VaiiPayOperationAccess {
  readonly context: VaiiPayAuthContext;
  /** `null` where no Client Token scope applies (public and dashboard operations). */
  readonly scope: Exclude<VaiiPayScope, "*"> | null;
}

/** `"<METHOD> <path template>"` of every operation in the spec, e.g. `"GET /api/payment/{paymentId}"`. */
export type VaiiPayOperationKey = keyof OperationTable;

export { operationTable as vaiipayOperations } from "./generated/operations";

/** The access rule of `method` + path template, or `undefined` for anything the spec does not define. */
export function vaiipayOperationAccess(method: string, path: string): VaiiPayOperationAccess | undefined {
  const facts = operationFacts(operationTable, method, path) as
    | OperationTable[VaiiPayOperationKey]
    | undefined;
  if (facts === undefined) return undefined;
  return { context: facts.authContext, scope: "scopes" in facts ? facts.scopes[0] : null };
}

/** Whether an operation is one of the public checkout endpoints, sent without credentials (`security: []`). */
export function isPublicVaiiPayOperation(method: string, path: string): boolean {
  return operationFacts(operationTable, method, path)?.public === true;
}

type KeysOfContext<Context extends VaiiPayAuthContext> = {
  [Key in keyof OperationTable]: OperationTable[Key]["authContext"] extends Context ? Key : never;
}[keyof OperationTable];

type MethodKeyOf<Path extends string, Method> = Method extends HttpMethod
  ? `${Uppercase<Method>} ${Path}`
  : never;

// Methods outside `Allowed` become `?: never`, which is how the generated types spell "no such operation".
type RestrictPaths<Allowed extends string> = {
  [Path in keyof paths & string as Extract<Allowed, `${string} ${Path}`> extends never ? never : Path]: {
    [Key in keyof paths[Path] as MethodKeyOf<Path, Key> extends never
      ? Key
      : MethodKeyOf<Path, Key> extends Allowed
        ? Key
        : never]: paths[Path][Key];
  } & {
    [Key in HttpMethod as MethodKeyOf<Path, Key> extends Allowed ? never : Key]?: never;
  };
};

type CheckoutPath = "/api/payment/checkout";

type CheckoutBody = operations["createCheckout"]["requestBody"]["content"]["application/json"];

// Distributes over the spec's `clientId | siteId` union: only the clientId member loses its requirement.
type WithOptionalClientId<Body> = Body extends { clientId: string }
  ? Omit<Body, "clientId"> & { clientId?: string }
  : Body;

type ClientContextPaths = RestrictPaths<KeysOfContext<"client" | "public">>;

/**
 * The operations a Client Token client may call: `client` and `public` ones (no dashboard operations). The
 * checkout body is the spec's, except that `clientId` may be left out: the client fills in its own.
 */
export type VaiiPayClientPaths = {
  [Path in keyof ClientContextPaths]: Path extends CheckoutPath
    ? Omit<ClientContextPaths[Path], "post"> & {
        post: Omit<paths[CheckoutPath]["post"], "requestBody"> & {
          requestBody: { content: { "application/json": WithOptionalClientId<CheckoutBody> } };
        };
      }
    : ClientContextPaths[Path];
};
