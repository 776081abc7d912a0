import pino from 'pino';

export type Logger = pino.Logger;

export interface LoggerOptions {
  readonly level?: string;
  /** Where the JSON lines go; standard output unless a test captures them. */
  readonly destination?: pino.DestinationStream;
}

/** Structured JSON logs. Callers log codes and ids, never what a person typed. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level ?? 'info',
    base: undefined,
    redact: { paths: ['text', '*.text', 'authorization', '*.authorization', 'headers.authorization'], censor: '[redacted]' },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
