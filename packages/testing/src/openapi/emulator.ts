// An emulator served from its OpenAPI document: requests reach a handler only if the spec defines their operation and
// they satisfy it (credentials present, parameters and body valid); answers are checked against the declared
// responses when `validateResponses` is on. Providers supply the handlers, their credential checks and their wording.

import { IdempotencyLedger } from "../idempotency";
import { type EmulatorResponse, json } from "../responses";
import {
  createEmulatorServer,
  type EmulatorRequest,
  type EmulatorServer,
  type EmulatorServerOptions,
} from "../server";
import { type OpenApiDocument, type SpecOperation, specOperations, withFallbackResponses } from "./document";
import { type PresentedCredential, presentedCredentials } from "./security";
import type { OperationAt, OperationKey, Refusal, SpecHandler, SpecReply, SpecRequest } from "./types";
import { refusalMark } from "./types";
import { type SpecIssue, validateRequest, validateResponse } from "./validation";

/** An answer that broke the spec's declared responses: recorded, and answered 500 instead. */
export interface SpecViolation {
  /** `"POST /v2/orders"`. */
  operation: string;
  status: number;
  /** What is wrong, e.g. `/token must be string (#/properties/token/type)`. */
  problems: string[];
}

/** How a provider words what the kit refuses: its error envelope, its status codes. */
export interface SpecWireFormat {
  /** The answer to a request that breaks its operation's spec (400 with the provider's validation envelope). */
  invalidRequest(issues: SpecIssue[], request: EmulatorRequest): EmulatorResponse;
  /** The answer to missing or rejected credentials (401 with the provider's body). */
  unauthorized(request: EmulatorRequest, reason: "missing" | "rejected"): EmulatorResponse;
  /** The answer to a path or method the spec does not define (default: 404 JSON). */
  unknownOperation?(request: EmulatorRequest): EmulatorResponse;
}

/** Options of {@link createSpecEmulator}. */
export interface SpecEmulatorOptions extends Omit<EmulatorServerOptions, "notFound"> {
  /** The provider's spec, as `pnpm generate` emits it (`src/generated/openapi.ts`). */
  document: OpenApiDocument;
  wire: SpecWireFormat;
  /**
   * Accepts a presented credential, per security scheme name (`ApiKeyAuth`: compare with the emulator's key). A scheme
   * without a check accepts any present credential; presence itself is the spec's, checked by the kit.
   */
  credentials?: Readonly<Record<string, (value: string, request: EmulatorRequest) => boolean>>;
  /**
   * Checks every handler answer against the operation's declared responses (default: on under a test runner, i.e.
   * `NODE_ENV=test` or `VITEST` set). A mismatch is answered 500 naming the problem and recorded in `violations`.
   */
  validateResponses?: boolean;
  /**
   * Statuses the provider answers on operations whose spec does not list them, each with the component response it
   * is checked against: `{ "422": "#/components/responses/UnprocessableEntity" }`. Say why in a comment.
   */
  fallbackResponses?: Readonly<Record<string, string>>;
  /**
   * Replays the first answer per idempotency key on every operation whose generated operation table names an
   * idempotency header (`operationTable` of `src/generated/operations.ts`).
   */
  idempotency?: {
    table: Readonly<Record<string, { readonly idempotency?: string; readonly [fact: string]: unknown }>>;
    /** Headers added to a replayed answer (e.g. `Request-Idempotency: true`). */
    replayHeaders?: Record<string, string>;
    /** The answer to a reused key with a different request (the provider's conflict). */
    mismatch?: () => EmulatorResponse;
  };
}

/** Per-operation choices of {@link SpecEmulator.handle}. */
export interface HandleOptions {
  /**
   * Why an empty body is accepted although the spec requires one (a documented leniency of the real API, e.g. an
   * SDK that sends none); the handler then sees `body: undefined`.
   */
  acceptsEmptyBody?: string;
  /** Wraps the handler (after credentials and validation), e.g. an idempotency ledger. */
  wrap?: (
    next: (request: EmulatorRequest) => Promise<EmulatorResponse>,
  ) => (request: EmulatorRequest) => Promise<EmulatorResponse>;
}

/** An emulator whose routes are the operations of an OpenAPI document, typed by its generated `paths`. */
export interface SpecEmulator<Paths> {
  readonly server: EmulatorServer;
  /** Every operation of the document. */
  readonly operations: readonly SpecOperation[];
  /** Answers that broke the spec's declared responses, oldest first (the harness fails the test on any). */
  readonly violations: SpecViolation[];
  /** Registers the handler of one operation of the spec; an operation the spec lacks fails to compile and throws. */
  handle<Key extends OperationKey<Paths>>(
    key: Key,
    handler: SpecHandler<OperationAt<Paths, Key>>,
    options?: HandleOptions,
  ): SpecEmulator<Paths>;
  /** Operation keys that have a handler. */
  handled(): string[];
}

const underTestRunner = () => process.env.NODE_ENV === "test" || process.env.VITEST !== undefined;

/** Starts an emulator that serves exactly the operations of `document`, validating requests (and answers) by it. */
export async function createSpecEmulator<Paths>(options: SpecEmulatorOptions): Promise<SpecEmulator<Paths>> {
  const {
    document,
    wire,
    credentials = {},
    validateResponses = underTestRunner(),
    fallbackResponses = {},
    idempotency,
    ...serverOptions
  } = options;
  const operations = withFallbackResponses(document, specOperations(document), fallbackResponses);
  const ledger = new IdempotencyLedger();
  const violations: SpecViolation[] = [];
  const handled = new Set<string>();
  const server = await createEmulatorServer({
    ...serverOptions,
    notFound: (request) =>
      wire.unknownOperation?.(request) ??
      json(404, { error: `no operation ${request.method} ${request.path}` }),
  });

  function authenticate(operation: SpecOperation, request: EmulatorRequest): EmulatorResponse | undefined {
    const presented = presentedCredentials(document, operation, request.headers, request.query);
    if (presented === undefined) return wire.unauthorized(request, "missing");
    const rejected = presented.some((credential: PresentedCredential) => {
      const check = credentials[credential.scheme];
      return check !== undefined && !check(credential.value, request);
    });
    return rejected ? wire.unauthorized(request, "rejected") : undefined;
  }

  function conform(operation: SpecOperation, response: EmulatorResponse): EmulatorResponse {
    if (!validateResponses) return response;
    const body = response.body === undefined ? undefined : Buffer.from(response.body).toString("utf8");
    const problems = validateResponse(document, operation, response.status, body, contentTypeOf(response));
    if (problems.length === 0) return response;
    violations.push({ operation: operation.key, status: response.status, problems });
    return json(500, {
      error: "emulator answer does not match the spec",
      operation: operation.key,
      status: response.status,
      problems,
    });
  }

  // The fingerprint includes method and path: a key reused on another operation counts as a different request.
  // Answers below 500 (4xx included) are replayed, as with most idempotency schemes.
  function idempotent(
    operation: SpecOperation,
    next: (request: EmulatorRequest) => Promise<EmulatorResponse>,
  ): (request: EmulatorRequest) => Promise<EmulatorResponse> {
    const header = idempotency?.table[operation.key]?.idempotency?.toLowerCase();
    if (header === undefined || idempotency === undefined) return next;
    const { replayHeaders = {}, mismatch } = idempotency;
    return (request) =>
      ledger.run(
        request.headers[header],
        `${request.method} ${request.path}\n${request.text()}`,
        () => next(request),
        {
          replayHeaders,
          ...(mismatch ? { mismatch } : {}),
        },
      );
  }

  // Until a provider handles it, an operation the spec defines answers 501 (after credentials and validation), so
  // "not emulated" never reads as "no such path".
  for (const operation of operations) {
    server.route(operation.method, operation.path, (request) => {
      const denied = authenticate(operation, request);
      if (denied) return denied;
      const { issues } = validateRequest(document, operation, request);
      if (issues.length > 0) return wire.invalidRequest(issues, request);
      return json(501, { error: `${operation.key} is in the spec but not emulated` });
    });
  }

  const emulator: SpecEmulator<Paths> = {
    server,
    operations,
    violations,
    handle(key, handler, handleOptions = {}) {
      const operation = operations.find((candidate) => candidate.key === key);
      if (!operation) throw new Error(`${key} is not an operation of the spec`);
      const run = async (request: EmulatorRequest): Promise<EmulatorResponse> =>
        toResponse(await handler(request as SpecRequest<OperationAt<Paths, typeof key>>));
      const keyed = idempotent(operation, run);
      const wrapped = handleOptions.wrap ? handleOptions.wrap(keyed) : keyed;
      handled.add(key);
      server.route(operation.method, operation.path, async (request) => {
        const denied = authenticate(operation, request);
        if (denied) return conform(operation, denied);
        const { issues, input } = validateRequest(document, operation, request, {
          emptyBodyAllowed: handleOptions.acceptsEmptyBody !== undefined,
        });
        if (issues.length > 0) return conform(operation, wire.invalidRequest(issues, request));
        Object.assign(request, { body: input.body, input });
        return conform(operation, await wrapped(request));
      });
      return emulator;
    },
    handled: () => [...handled],
  };
  return emulator;
}

function contentTypeOf(response: EmulatorResponse): string | undefined {
  const headers = response.headers ?? {};
  const name = Object.keys(headers).find((header) => header.toLowerCase() === "content-type");
  return name === undefined ? undefined : headers[name];
}

function toResponse(reply: SpecReply<unknown> | Refusal): EmulatorResponse {
  if (refusalMark in (reply as object)) {
    const { [refusalMark]: _mark, ...response } = reply as Refusal;
    return response;
  }
  const {
    status,
    body,
    headers = {},
  } = reply as { status: number; body: unknown; headers?: Record<string, string> };
  return body === undefined ? { status, headers } : json(status, body, headers);
}
