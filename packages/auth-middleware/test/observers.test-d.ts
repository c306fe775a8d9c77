import type pino from "pino";
import { describe, expectTypeOf, it } from "vitest";
import type winston from "winston";
import type { CommonClientOptions, Logger, PayClientHooks, pinoLogger } from "../src/index";
import { openTelemetryHooks } from "../src/otel";

describe("observers fit the options as they are", () => {
  it("console and winston are loggers; pino is one through pinoLogger", () => {
    expectTypeOf(console).toMatchTypeOf<Logger>();
    expectTypeOf<winston.Logger>().toMatchTypeOf<Logger>();
    expectTypeOf<ReturnType<typeof pinoLogger>>().toEqualTypeOf<Logger>();
    expectTypeOf<pino.Logger>().toMatchTypeOf<Parameters<typeof pinoLogger>[0]>();
  });

  it("logLevel takes off; hooks take one observer or several, the OpenTelemetry ones included", () => {
    expectTypeOf<"off">().toMatchTypeOf<NonNullable<CommonClientOptions["logLevel"]>>();
    expectTypeOf<"verbose">().not.toMatchTypeOf<NonNullable<CommonClientOptions["logLevel"]>>();
    expectTypeOf(openTelemetryHooks()).toEqualTypeOf<PayClientHooks>();
    expectTypeOf([openTelemetryHooks(), {}]).toMatchTypeOf<NonNullable<CommonClientOptions["hooks"]>>();
  });

  it("every hook event carries the call; retry's reason is a status or an error", () => {
    type Retry = Parameters<NonNullable<PayClientHooks["retry"]>>[0];
    expectTypeOf<Retry["call"]["path"]>().toEqualTypeOf<string>();
    expectTypeOf<Parameters<NonNullable<PayClientHooks["request"]>>[0]["headers"]>().toEqualTypeOf<Headers>();
  });
});
