/** Severity of a log line. */
export type LogLevel = "debug" | "info" | "warn" | "error";

/** Where a client writes its log lines; `console` fits. Fields never carry credentials. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const levels: readonly LogLevel[] = ["debug", "info", "warn", "error"];

/** A logger that drops lines below `level`; with no logger the client is silent. */
export function leveledLogger(logger: Logger | undefined, level: LogLevel = "info"): Logger | undefined {
  const threshold = levels.indexOf(level);
  return (
    logger &&
    (Object.fromEntries(
      levels.map((name, rank) => [
        name,
        (message: string, fields?: Record<string, unknown>) => {
          // An unknown level (-1) drops every line, like a level above "error" would.
          if (threshold >= 0 && rank >= threshold) logger[name](message, fields);
        },
      ]),
    ) as unknown as Logger)
  );
}
