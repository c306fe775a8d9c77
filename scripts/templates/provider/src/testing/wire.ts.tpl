// __Pascal__'s wire format in the emulator: the error envelope and the wording of what the kit refuses.
import { json, type Refusal, refusal, type SpecWireFormat } from "@payclients/testing";

/** An error answer in __Pascal__'s envelope `{ code, message }`. */
export function fail(status: number, code: string, message: string): Refusal {
  return refusal(json(status, { code, message }));
}

/** __Pascal__'s wording of what the kit refuses. */
export const __camel__Wire: SpecWireFormat = {
  invalidRequest: (issues) =>
    fail(
      400,
      "INVALID_REQUEST",
      issues.map((issue) => `${[issue.location, ...issue.field].join(".")} ${issue.message}`).join("; "),
    ),
  unauthorized: (request) =>
    request.path === "/oauth2/token"
      ? fail(401, "INVALID_CLIENT", "invalid client credentials")
      : fail(401, "UNAUTHORIZED", "missing, invalid or expired token"),
  unknownOperation: (request) => fail(404, "NOT_FOUND", `no route ${request.method} ${request.path}`),
};
