/** Severity of a log line. */
export type LogLevel = "debug" | "info" | "warn" | "error";

/** Where a client writes its log lines; `console` fits. Fields never carry credentials. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** A logger that drops lines below `level`; with no logger the client is silent. */
export function leveledLogger(logger: Logger | undefined, level: LogLevel = "info"): Logger | undefined {
  if (!logger) return undefined;
  const threshold = order[level];
  const line =
    (name: LogLevel) =>
    (message: string, fields?: Record<string, unknown>): void => {
      if (order[name] >= threshold) logger[name](message, fields);
    };
  return { debug: line("debug"), info: line("info"), warn: line("warn"), error: line("error") };
}
