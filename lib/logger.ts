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
  if (value instanceof Error)
    return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

/** Never pass passwords, ID numbers, phone numbers or file contents in the context. */
export const logger = {
  debug: (message: string, context?: Record<string, unknown>) => write("debug", message, context),
  info: (message: string, context?: Record<string, unknown>) => write("info", message, context),
  warn: (message: string, context?: Record<string, unknown>) => write("warn", message, context),
  error: (message: string, context?: Record<string, unknown>) => write("error", message, context),
};
