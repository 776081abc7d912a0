import pino from 'pino';

export type Logger = pino.Logger;

export interface LoggerOptions {
  readonly level?: string;
}

/** Structured JSON logs. Callers log codes and ids, never what a person typed. */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino({
    level: options.level ?? 'info',
    base: undefined,
    redact: { paths: ['text', '*.text', 'authorization', '*.authorization', 'headers.authorization'], censor: '[redacted]' },
  });
}
