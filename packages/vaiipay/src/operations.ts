import type { operations, paths } from "./generated/schema";

/** Who may call an operation (the spec's `x-auth-context`). */
export type VaiiPayAuthContext = "client" | "dashboard" | "public";

/** A Client Token permission scope; `*` grants every scope. */
export type VaiiPayScope = "payments.create" | "payments.get" | "payments.user-instructions.get" | "*";

/** Access rule of one operation: its auth context and the Client Token scope it needs (`x-required-scope`). */
export interface VaiiPayOperationAccess {
  readonly operationId: keyof operations;
  readonly context: VaiiPayAuthContext;
  /** `null` where no Client Token scope applies (public and dashboard operations). */
  readonly scope: Exclude<VaiiPayScope, "*"> | null;
}

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** `"<METHOD> <path template>"` of every operation in the spec, e.g. `"GET /api/payment/{paymentId}"`. */
export type VaiiPayOperationKey = {
  [Path in keyof paths & string]: {
    [Method in HttpMethod]: paths[Path][Method] extends undefined ? never : `${Uppercase<Method>} ${Path}`;
  }[HttpMethod];
}[keyof paths & string];

/**
 * Every operation's auth context and scope, as in `specs/vaiipay.yaml` (`x-auth-context`, `x-required-scope`).
 * `satisfies` keeps it complete against the generated paths; a test keeps it equal to the spec's extensions.
 */
export const vaiipayOperations = {
  "POST /api/payment/checkout": {
    operationId: "createCheckout",
    context: "client",
    scope: "payments.create",
  },
  "GET /api/payment/{paymentId}": { operationId: "getPayment", context: "client", scope: "payments.get" },
  "GET /api/payment/{paymentId}/provider/{provider}/method/{method}": {
    operationId: "getUserInstructions",
    context: "client",
    scope: "payments.user-instructions.get",
  },
  "GET /api/checkout/payment/{paymentId}/provider/{provider}/method/{method}": {
    operationId: "getCheckoutUserInstructions",
    context: "public",
    scope: null,
  },
  "GET /api/checkout/{paymentId}/payment-methods": {
    operationId: "listCheckoutPaymentMethods",
    context: "public",
    scope: null,
  },
  "GET /api/payment-applications": {
    operationId: "listPaymentApplications",
    context: "dashboard",
    scope: null,
  },
  "POST /api/payment-applications": {
    operationId: "createPaymentApplication",
    context: "dashboard",
    scope: null,
  },
  "GET /api/payment-applications/{id}": {
    operationId: "getPaymentApplication",
    context: "dashboard",
    scope: null,
  },
} as const satisfies Record<VaiiPayOperationKey, VaiiPayOperationAccess>;

/** The access rule of `method` + path template, or `undefined` for anything the spec does not define. */
export function vaiipayOperationAccess(method: string, path: string): VaiiPayOperationAccess | undefined {
  const key = `${method.toUpperCase()} ${path}`;
  return Object.hasOwn(vaiipayOperations, key) ? vaiipayOperations[key as VaiiPayOperationKey] : undefined;
}

/** Whether an operation is one of the public checkout endpoints, sent without credentials (`x-auth-context: public`). */
export function isPublicVaiiPayOperation(method: string, path: string): boolean {
  return vaiipayOperationAccess(method, path)?.context === "public";
}

type OperationTable = typeof vaiipayOperations;

type KeysOfContext<Context extends VaiiPayAuthContext> = {
  [Key in keyof OperationTable]: OperationTable[Key]["context"] extends Context ? Key : never;
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
