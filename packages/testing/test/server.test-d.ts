import { describe, expectTypeOf, it } from "vitest";
import {
  createEmulatorServer,
  type EmulatorResponse,
  type EmulatorServer,
  type JournalEntry,
  json,
  type RouteHandler,
} from "../src/index";

describe("emulator kit types", () => {
  it("route handlers return a response, sync or async", () => {
    expectTypeOf<RouteHandler>().returns.toEqualTypeOf<EmulatorResponse | Promise<EmulatorResponse>>();
    const server = {} as EmulatorServer;
    expectTypeOf(server.route("GET", "/x", () => json(200, {}))).toEqualTypeOf<EmulatorServer>();
    // @ts-expect-error a handler must answer with an EmulatorResponse, not a bare body
    server.route("GET", "/x", () => ({ ok: true }));
  });

  it("the journal is typed and the server starts asynchronously", () => {
    expectTypeOf(createEmulatorServer).returns.resolves.toEqualTypeOf<EmulatorServer>();
    expectTypeOf<EmulatorServer["requests"]>().returns.toEqualTypeOf<JournalEntry[]>();
    expectTypeOf<EmulatorServer["failNext"]>().parameter(0).toEqualTypeOf<number>();
  });
});
