// VaiiPay's wire format in the emulator: the `{ message }` error body, and the kit's validation issues worded as
// Laravel words them ("The currency code field is required.") in a 422 `{ message, errors }` (the 422 body is inferred:
// VaiiPay documents only 401 and 403).
import {
  bodyFieldOrder,
  type EmulatorRequest,
  type EmulatorResponse,
  inFieldOrder,
  json,
  type Refusal,
  refusal,
  type SpecIssue,
  type SpecWireFormat,
} from "@payclients/testing";
import { openapiDocument } from "../generated/openapi";

/** The emulator's error body: `{ message }`, plus a Laravel-style `errors` map for validation failures (inferred). */
export function vaiipayErrorBody(
  message: string,
  errors?: Record<string, string[]>,
): { message: string; errors?: Record<string, string[]> } {
  return errors === undefined ? { message } : { message, errors };
}

/** An error answer in VaiiPay's body. */
export function fail(status: number, message: string): Refusal {
  return refusal(json(status, vaiipayErrorBody(message)));
}

/** Laravel's 422: the first message (with how many more) and every field's messages. */
export function unprocessable(errors: Record<string, string[]>): Refusal {
  const messages = Object.values(errors).flat();
  const first = messages[0] ?? "The given data was invalid.";
  const more = messages.length - 1;
  const message = more > 0 ? `${first} (and ${more} more error${more === 1 ? "" : "s"})` : first;
  return refusal(json(422, vaiipayErrorBody(message, errors)));
}

/** One Laravel message for `field` ("The client id field is required."). */
export function fieldMessage(field: string, rule: string): string {
  return `The ${human(field)} ${rule}.`;
}

/** Laravel's message for a value outside the allowed ones ("The selected client id is invalid."). */
export function selectedInvalid(field: string): string {
  return `The selected ${human(field)} is invalid.`;
}

// Laravel shows attribute names snake-cased with spaces: currencyCode → "currency code".
function human(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

/** Laravel's 404 for a path no route matches (a path parameter breaking its route constraint included). */
export function routeNotFound(request: EmulatorRequest): EmulatorResponse {
  return json(404, vaiipayErrorBody(`The route ${request.path.slice(1)} could not be found.`));
}

// Laravel reports in the order of its rules, taken to be the order the spec declares the fields in.
const fieldOrder = bodyFieldOrder(openapiDocument);

/** The kit's issues as Laravel's field map, in the spec's field order, one message per field and rule. */
export function laravelErrors(found: readonly SpecIssue[]): Record<string, string[]> {
  const issues = inFieldOrder(found, fieldOrder);
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => {
    const messages = errors[field] ?? [];
    if (!messages.includes(message)) errors[field] = [...messages, message];
  };
  const missing = new Set(issues.filter((issue) => issue.keyword === "required").map(nameOf));
  for (const issue of issues) {
    if (
      issue.location === "body" &&
      (issue.keyword === "parse" || (issue.keyword === "type" && issue.field.length === 0))
    ) {
      add("body", "The request body must be a JSON object.");
      continue;
    }
    const worded = wording(issue, missing);
    if (worded !== undefined) add(worded.field, worded.message);
  }
  // Only the oneOf's own issue is left when a checkout names both clientId and siteId (both branches match).
  if (Object.keys(errors).length === 0 && issues.some((issue) => issue.keyword === "oneOf")) {
    add("clientId", "The client id field prohibits site id from being present.");
  }
  return errors;
}

// A checkout names its application by `clientId` or `siteId` (the spec's oneOf): a body with neither breaks both
// branches, which Laravel words as its `required_without` rule; a body with one of them only the other branch's
// `required`, which is no error at all. The oneOf issue itself repeats the branches' issues.
const alternatives: Readonly<Record<string, string>> = { clientId: "siteId", siteId: "clientId" };

function wording(
  issue: SpecIssue,
  missing: ReadonlySet<string>,
): { field: string; message: string } | undefined {
  const { keyword, params } = issue;
  const field = nameOf(issue);
  const say = (rule: string, on = field) => ({ field: on, message: fieldMessage(on, rule) });
  if (keyword === "oneOf" || keyword === "anyOf" || keyword === "if") return undefined;
  const other = alternatives[field];
  if (keyword === "required" && other !== undefined) {
    const neither = missing.has(other) && field === "clientId";
    return neither ? say(`field is required when ${human(other)} is not present`) : undefined;
  }
  switch (keyword) {
    case "required":
      return say("field is required");
    case "type": {
      // An array item of the wrong type: Laravel's `array` rule words it on the array.
      const arrayField = /\.\d+$/.test(field) ? field.replace(/\.\d+$/, "") : undefined;
      if (arrayField !== undefined) return say(`field must be an array of ${params.type}s`, arrayField);
      return say(typeRule(String(params.type)));
    }
    case "enum":
    case "const":
      return { field, message: selectedInvalid(field) };
    case "minLength":
      return say(`field must be at least ${params.limit} characters`);
    case "maxLength":
      return say(`field must not be greater than ${params.limit} characters`);
    case "minimum":
      return say(`field must be at least ${params.limit}`);
    case "maximum":
      return say(`field must not be greater than ${params.limit}`);
    case "format":
      return say(`field must be ${formatRule(String(params.format))}`);
    default:
      return say("field format is invalid");
  }
}

function nameOf(issue: SpecIssue): string {
  return issue.field.join(".");
}

function typeRule(type: string): string {
  if (type === "boolean") return "field must be true or false";
  return `field must be ${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

function formatRule(format: string): string {
  if (format === "uri") return "a valid URL";
  if (format === "uuid") return "a valid UUID";
  if (format === "date-time" || format === "date") return "a valid date";
  return `a valid ${format}`;
}

/** VaiiPay's wording of what the kit refuses: 401 Unauthenticated, Laravel's 422 and 404s. */
export const vaiipayWire: SpecWireFormat = {
  invalidRequest(issues, request) {
    // Laravel checks path parameters as route constraints: a request breaking one matches no route.
    if (issues.some((issue) => issue.location === "path")) return routeNotFound(request);
    return unprocessable(laravelErrors(issues));
  },
  unauthorized: () => json(401, vaiipayErrorBody("Unauthenticated")),
  unknownOperation: routeNotFound,
};
