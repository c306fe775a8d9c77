// Qolo's wire format in the emulator: the `{message, errors?}` error envelope (Qolo's real error body is undocumented),
// the wording of validation issues, the 401s of the token check, 415 for bodies not sent as JSON.
import {
  type EmulatorRequest,
  json,
  nonJsonBodyType,
  type Refusal,
  refusal,
  type SpecIssue,
  type SpecWireFormat,
} from "@payclients/testing";

/** One field problem of a 400 "Validation failed". */
export interface QoloFieldError {
  field: string;
  message: string;
}

/** The emulator's error body `{message, errors?}`; Qolo's real error shape is undocumented. */
export function qoloErrorBody(
  message: string,
  errors?: QoloFieldError[],
): { message: string; errors?: QoloFieldError[] } {
  return errors === undefined || errors.length === 0 ? { message } : { message, errors };
}

/** An error answer in the emulator's envelope. */
export function fail(status: number, message: string, errors?: QoloFieldError[]): Refusal {
  return refusal(json(status, qoloErrorBody(message, errors)));
}

/** A 400 "Validation failed" listing every field problem. */
export function invalidFields(errors: QoloFieldError[]): Refusal {
  return fail(400, "Validation failed", errors);
}

/** Qolo documents 415 Unsupported Media Type: the API takes JSON bodies only. */
export function unsupportedType(contentType: string): Refusal {
  return fail(415, `Unsupported Media Type: ${contentType || "none"}; send application/json`);
}

/** The kit's issue as the emulator words it: `{field: "person_details.birth_date", message: "must be a GUID"}`. */
export function qoloIssue(issue: SpecIssue): QoloFieldError {
  const path =
    issue.keyword === "additionalProperties"
      ? [...issue.field, String(issue.params.additionalProperty)]
      : issue.field;
  return { field: fieldName(path), message: wording(issue) };
}

/** `["event_type", "0"]` → `event_type[0]`; `["person", "email"]` → `person.email`; `[]` → `body`. */
function fieldName(path: string[]): string {
  if (path.length === 0) return "body";
  return path.reduce(
    (name, segment, index) =>
      /^\d+$/.test(segment) ? `${name}[${segment}]` : index === 0 ? segment : `${name}.${segment}`,
    "",
  );
}

// Spec patterns in words; a pattern missing here is quoted.
const patternWording: Readonly<Record<string, string>> = {
  "^[A-Z]{3}$": "must be a 3-letter code",
  "^https://": "must be an https:// URL",
};

const formatWording: Readonly<Record<string, string>> = {
  uuid: "must be a GUID",
  date: "must be a date in the format YYYY-MM-DD",
  uri: "must be a URL",
};

function wording({ keyword, params, message }: SpecIssue): string {
  const limit = params.limit;
  switch (keyword) {
    case "required":
      return "is required";
    case "type": {
      // Ajv joins a nullable type as "string,null": name the non-null one.
      const type = String(params.type).split(",")[0] ?? "value";
      return `must be ${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
    }
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).join(", ")}`;
    case "format":
      return formatWording[String(params.format)] ?? `must be a valid ${String(params.format)}`;
    case "pattern":
      return patternWording[String(params.pattern)] ?? `must match ${String(params.pattern)}`;
    case "minLength":
      return limit === 1 ? "must not be empty" : `must be at least ${limit} characters`;
    case "maxLength":
      return `must be at most ${limit} characters`;
    case "exclusiveMinimum":
      return `must be greater than ${limit}`;
    case "minimum":
      return `must be at least ${limit}`;
    case "maximum":
      return `must be at most ${limit}`;
    case "additionalProperties":
      return "is not allowed";
    default:
      return message;
  }
}

/** One problem per field, the first found (a value can break several keywords at once, e.g. length and pattern). */
function firstPerField(errors: QoloFieldError[]): QoloFieldError[] {
  const seen = new Set<string>();
  return errors.filter((error) => !seen.has(error.field) && seen.add(error.field));
}

/**
 * The emulator's wording of what the kit refuses. `expired(request)` tells an expired token from a missing or unknown
 * one (Qolo documents 401 for both; the emulator says which).
 */
export function qoloWire(expired: (request: EmulatorRequest) => boolean): SpecWireFormat {
  return {
    invalidRequest: (issues, request) => {
      const type = nonJsonBodyType(request);
      if (type !== undefined) return unsupportedType(type);
      if (issues.some((issue) => issue.keyword === "parse"))
        return fail(400, "The request body is not valid JSON");
      return invalidFields(firstPerField(issues.map(qoloIssue)));
    },
    unauthorized: (request, reason) =>
      fail(
        401,
        reason === "rejected" && expired(request)
          ? "Access token expired"
          : "Invalid or missing access token",
      ),
    unknownOperation: (request) => fail(404, `No route for ${request.method} ${request.path}`),
  };
}
