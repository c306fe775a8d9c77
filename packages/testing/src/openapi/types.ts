// Types that bind route handlers to the `paths` openapi-typescript generates: an operation key names a path and
// method of the spec, the request carries its typed body and parameters, and a handler's success answers must have
// a status and JSON body the spec declares for that operation, or the emulator does not compile.
import type { EmulatorResponse } from "../responses";
import type { EmulatorRequest } from "../server";

/** The lower-case HTTP methods an OpenAPI path item holds. */
export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** Every `"METHOD /path"` of a generated `paths` type, e.g. `"POST /v2/orders"`. */
export type OperationKey<Paths> = {
  [P in keyof Paths & string]: {
    [M in keyof Paths[P] & HttpMethod]-?: [NonNullable<Paths[P][M]>] extends [never]
      ? never
      : `${Uppercase<M>} ${P}`;
  }[keyof Paths[P] & HttpMethod];
}[keyof Paths & string];

/** The generated operation type behind an operation key. */
export type OperationAt<Paths, Key extends string> = Key extends `${infer Method} ${infer Path}`
  ? Path extends keyof Paths
    ? Lowercase<Method> extends keyof Paths[Path]
      ? NonNullable<Paths[Path][Lowercase<Method>]>
      : never
    : never
  : never;

/** The JSON media type's schema of a request body or response (`undefined` without content). */
export type JsonContent<Node> = Node extends { content: infer Content }
  ? Content extends Record<string, unknown>
    ? {
        [Type in keyof Content]: Type extends `application/${string}json${string}` ? Content[Type] : never;
      }[keyof Content]
    : never
  : undefined;

/** The JSON request body an operation takes (`undefined` when it takes none). */
export type RequestBodyOf<Operation> = Operation extends { requestBody?: infer Body }
  ? JsonContent<NonNullable<Body>>
  : undefined;

/** An operation's parameters in one location (`path`, `query`, `header`), or an empty record. */
export type ParametersIn<Operation, Location extends string> = Operation extends {
  parameters: infer Parameters;
}
  ? Location extends keyof Parameters
    ? [NonNullable<Parameters[Location]>] extends [never]
      ? Record<string, never>
      : NonNullable<Parameters[Location]>
    : Record<string, never>
  : Record<string, never>;

/** A request the kit validated against its operation: typed body and parameters, coerced to the spec's types. */
export interface SpecRequest<Operation> extends EmulatorRequest {
  /** The parsed JSON body (valid against the spec, or absent when the operation allows no body). */
  body: RequestBodyOf<Operation>;
  /** Path, query and header parameters, as the spec types them (query `"5"` arrives as `5`). */
  input: {
    path: ParametersIn<Operation, "path">;
    query: ParametersIn<Operation, "query">;
    header: ParametersIn<Operation, "header">;
  };
}

/** The statuses a range of an OpenAPI `responses` key covers: `"2XX"` is 200–299, as a number. */
export type RangeStatus<Key> = Key extends `${1 | 2 | 3 | 4 | 5}XX` ? number : never;

/**
 * A success (or any declared) answer of an operation: a declared status and its JSON body, checked at compile time.
 * A range key (`"2XX"`, when the spec knows no exact code) takes any status; the run-time check keeps it in range.
 */
export type SpecReply<Operation> = Operation extends { responses: infer Responses }
  ? {
      [Status in keyof Responses]: Status extends number
        ? { status: Status; body: JsonContent<Responses[Status]>; headers?: Record<string, string> }
        : [RangeStatus<Status>] extends [never]
          ? never
          : {
              status: RangeStatus<Status>;
              body: JsonContent<Responses[Status]>;
              headers?: Record<string, string>;
            };
    }[keyof Responses]
  : never;

/** Marks a {@link Refusal} at run time, so a JSON string body is never mistaken for one. */
export const refusalMark: unique symbol = Symbol("payclients.refusal");

/**
 * An answer built by the provider's wire format (its error envelope, `json(401, "Unauthorized")`), marked with
 * {@link refusal}: the escape from {@link SpecReply}'s typing, still checked against the spec at run time.
 */
export type Refusal = EmulatorResponse & { readonly [refusalMark]: true };

/** Marks a provider-built answer (an error envelope) as a handler's {@link Refusal}. */
export function refusal(response: EmulatorResponse): Refusal {
  return { ...response, [refusalMark]: true };
}

/** Handles one operation of the spec; only reached by requests the spec accepts. */
export type SpecHandler<Operation> = (
  request: SpecRequest<Operation>,
) => SpecReply<Operation> | Refusal | Promise<SpecReply<Operation> | Refusal>;

/** Whether a value is a {@link Refusal} (e.g. what a state transition answered instead of a record). */
export function isRefusal(value: unknown): value is Refusal {
  return typeof value === "object" && value !== null && refusalMark in value;
}
