import type { EmulatorResponse } from "./responses";
import type { EmulatorRequest } from "./server";

/** Handles one matched route; `request.params` holds the path template's values. */
export type RouteHandler = (request: EmulatorRequest) => EmulatorResponse | Promise<EmulatorResponse>;

interface Route {
  method: string;
  segments: string[];
  literalCount: number;
  handler: RouteHandler;
}

/** A method + OpenAPI-style path template table (`/v2/payments/{token}`); literal segments win over parameters. */
export class RouteTable {
  readonly #routes: Route[] = [];

  /** Adds a route; registering the same method and template again replaces the handler. */
  add(method: string, template: string, handler: RouteHandler): void {
    const segments = splitPath(template);
    const shape = shapeOf(segments);
    const existing = this.#routes.findIndex(
      (route) => route.method === method.toUpperCase() && shapeOf(route.segments) === shape,
    );
    if (existing !== -1) this.#routes.splice(existing, 1);
    const literalCount = segments.filter((segment) => !isParameter(segment)).length;
    this.#routes.push({ method: method.toUpperCase(), segments, literalCount, handler });
    this.#routes.sort((left, right) => right.literalCount - left.literalCount);
  }

  match(method: string, path: string): { handler: RouteHandler; params: Record<string, string> } | undefined {
    const actual = splitPath(path);
    for (const route of this.#routes) {
      if (route.method !== method || route.segments.length !== actual.length) continue;
      const params: Record<string, string> = {};
      const matched = route.segments.every((segment, index) => {
        const value = actual[index] ?? "";
        if (isParameter(segment)) {
          params[segment.slice(1, -1)] = decodeURIComponent(value);
          return value.length > 0;
        }
        return segment === value;
      });
      if (matched) return { handler: route.handler, params };
    }
    return undefined;
  }
}

function splitPath(path: string): string[] {
  return path.split("/").filter((segment) => segment.length > 0);
}

// Templates that differ only in parameter names match the same requests.
function shapeOf(segments: string[]): string {
  return segments.map((segment) => (isParameter(segment) ? "{}" : segment)).join("/");
}

function isParameter(segment: string): boolean {
  return segment.startsWith("{") && segment.endsWith("}");
}
