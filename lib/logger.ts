type Level = "debug" | "info" | "warn" | "error";

const order: Record<Level | "silent", number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 99,
};

function threshold() {
  const wanted = (process.env.LOG_LEVEL ?? "info") as keyof typeof order;
  return order[wanted] ?? order.info;
}

function write(level: Level, message: string, context?: Record<string, unknown>) {
  if (order[level] < threshold()) return;
  const stream = level === "error" || level === "warn" ? process.stderr : process.stdout;

  if (process.env.NODE_ENV === "production") {
    const entry = { level, time: new Date().toISOString(), message, ...context };
    stream.write(`${JSON.stringify(entry, errorReplacer)}\n`);
    return;
  }
  const detail = context ? ` ${JSON.stringify(context, errorReplacer)}` : "";
  stream.write(`${level.toUpperCase().padEnd(5)} ${message}${detail}\n`);
}

function errorReplacer(_key: string, value: unknown) {
  return value instanceof Error ? describeError(value) : value;
}

/**
 * What of an error may go to the log: a failed query's message carries its parameters
 * (phone numbers, hashes), so of those only names and codes are kept.
 */
export function describeError(error: Error): Record<string, unknown> {
  const cause = error.cause as { code?: string; constraint_name?: string; constraint?: string };
  const isQueryError = "params" in error || "query" in error;

  return {
    name: error.name,
    message: isQueryError ? "database query failed" : error.message,
    code: cause?.code,
    constraint: cause?.constraint_name ?? cause?.constraint,
    stack: isQueryError ? undefined : error.stack,
  };
}

/** Never pass passwords, ID numbers, phone numbers or file contents in the context. */
export const logger = {
  debug: (message: string, context?: Record<string, unknown>) => write("debug", message, context),
  info: (message: string, context?: Record<string, unknown>) => write("info", message, context),
  warn: (message: string, context?: Record<string, unknown>) => write("warn", message, context),
  error: (message: string, context?: Record<string, unknown>) => write("error", message, context),
};
