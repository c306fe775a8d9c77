/** Severity of a log line. */
export type LogLevel = "debug" | "info" | "warn" | "error";

/** How much a client logs: a lowest {@link LogLevel}, or `"off"` for nothing. */
export type LogSetting = LogLevel | "off";

/**
 * Where a client writes its log lines, `(message, fields)`: `console` and winston loggers fit as they are; wrap
 * pino in {@link pinoLogger}. Fields never carry credentials.
 */
export interface Logger {
  /** Token events and other detail. */
  debug(message: string, fields?: Record<string, unknown>): void;
  /** One line per successful attempt. */
  info(message: string, fields?: Record<string, unknown>): void;
  /** A failed attempt (error status, timeout, connection error) or a failed token refresh. */
  warn(message: string, fields?: Record<string, unknown>): void;
  /** Not written by the client today; part of the shape console, pino and winston share. */
  error(message: string, fields?: Record<string, unknown>): void;
}

/** A pino-style logger: the fields object first, then the message (`logger.info(obj, msg)`). */
export interface FieldsFirstLogger {
  /** Token events and other detail. */
  debug(fields: Record<string, unknown>, message: string): void;
  /** One line per successful attempt. */
  info(fields: Record<string, unknown>, message: string): void;
  /** A failed attempt (error status, timeout, connection error) or a failed token refresh. */
  warn(fields: Record<string, unknown>, message: string): void;
  /** Not written by the client today; part of the shape console, pino and winston share. */
  error(fields: Record<string, unknown>, message: string): void;
}

const levels: readonly LogLevel[] = ["debug", "info", "warn", "error"];
const settings: readonly string[] = [...levels, "off"];

/** A {@link Logger} whose four methods call `write` with their level. */
function byLevel(
  write: (level: LogLevel, message: string, fields?: Record<string, unknown>) => void,
): Logger {
  return Object.fromEntries(
    levels.map((name) => [
      name,
      (message: string, fields?: Record<string, unknown>) => write(name, message, fields),
    ]),
  ) as unknown as Logger;
}

/**
 * Adapts pino (or any fields-first logger) to {@link Logger}: `logger: pinoLogger(pino())`. Passing pino as is
 * compiles (its `info(msg, ...args)` overload) but drops every field, so the order is swapped explicitly.
 */
export function pinoLogger(logger: FieldsFirstLogger): Logger {
  return byLevel((name, message, fields) => logger[name](fields ?? {}, message));
}

/** A logger that drops lines below `level`; with no logger the client is silent. */
export function leveledLogger(logger: Logger | undefined, level: LogSetting = "info"): Logger | undefined {
  const threshold = levels.indexOf(level as LogLevel);
  return (
    logger &&
    byLevel((name, message, fields) => {
      // "off" or an unknown level (-1) drops every line, like a level above "error" would.
      if (threshold >= 0 && levels.indexOf(name) >= threshold) logger[name](message, fields);
    })
  );
}

/** Not yet read: `undefined` is a valid answer (no variable, or a runtime without `process`). */
const unread = Symbol("unread");
let environmentSetting: LogSetting | undefined | typeof unread = unread;

/**
 * `PAYCLIENTS_LOG` (`debug`, `info`, `warn`, `error` or `off`), read once from `globalThis.process?.env`, where the
 * runtime has one (Node, Bun; Deno only with `--allow-env`); `undefined` where it has none or the value is unknown.
 */
export function environmentLogSetting(): LogSetting | undefined {
  if (environmentSetting !== unread) return environmentSetting;
  let value: string | undefined;
  try {
    // No `node:` import: web-standard runtimes (Workers, Deno without the permission) simply have no switch.
    // Stryker disable next-line OptionalChaining: equivalent; a runtime without process or env throws into the catch below, which also leaves no value
    value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
      ?.PAYCLIENTS_LOG;
  } catch {
    // A guarded env (Deno without --allow-env) throws on access: no switch then, `value` stays undefined.
  }
  const setting = value?.trim().toLowerCase();
  environmentSetting = setting && settings.includes(setting) ? (setting as LogSetting) : undefined;
  if (setting && environmentSetting === undefined)
    console.warn(
      `payclients: PAYCLIENTS_LOG=${JSON.stringify(value)} ignored; use one of ${settings.join(", ")}`,
    );
  return environmentSetting;
}

/**
 * The logger a client writes to: the `logger` option at the `logLevel` option, else at `PAYCLIENTS_LOG`, else
 * "info"; with `PAYCLIENTS_LOG` set and no `logger`, `console` (as openai-node does with `OPENAI_LOG`).
 */
export function resolveLogger(logger: Logger | undefined, level: LogSetting | undefined): Logger | undefined {
  const fromEnvironment = environmentLogSetting();
  return leveledLogger(logger ?? (fromEnvironment ? console : undefined), level ?? fromEnvironment ?? "info");
}
