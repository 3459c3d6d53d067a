/**
 * Structured JSON logs, one line per event. Callers pass ids, counts and
 * outcomes only: never message text, phone numbers, names or answers (a test
 * runs whole conversations and scans the captured output for them).
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Where log lines go; tests capture them. */
export type LogSink = (line: string) => void;

let sink: LogSink = (line) => process.stdout.write(`${line}\n`);

/** Writes one raw line to the current sink (metrics use it). */
export function emitLine(line: string): void {
  sink(line);
}

export function setLogSink(next: LogSink): LogSink {
  const previous = sink;
  sink = next;
  return previous;
}

export function createLogger(service: string, level: LogLevel = 'info'): Logger {
  const write = (at: LogLevel, message: string, fields: LogFields = {}) => {
    if (ORDER[at] < ORDER[level]) return;
    sink(JSON.stringify({ level: at, time: new Date().toISOString(), service, message, ...fields }));
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}

/** An error's name and code, never its message (SDK messages can echo request data). */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error) {
    return { errorName: error.name, errorCode: String((error as { code?: unknown }).code ?? '') || undefined };
  }
  return { errorName: typeof error };
}
