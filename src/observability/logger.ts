import pino from 'pino';
import { redact } from '../privacy/redact';
import { redactValue } from '../privacy/redactValue';
import { currentLogContext } from './logContext';

export type Logger = pino.Logger;

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/** Receives every error-level line, already redacted (Application Insights exceptions). */
export interface ErrorSink {
  error(line: Record<string, unknown>): void;
}

export interface LoggerOptions {
  readonly level?: LogLevel;
  /** Where the JSON lines go; standard output unless a test captures them. */
  readonly destination?: pino.DestinationStream;
  readonly errorSink?: ErrorSink;
}

/** A whole value shaped like the UUIDs this service generates for request and conversation ids. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An id is not personal data: a UUID whose groups happen to be all digits (one generated id in about
 * forty) would otherwise be logged as `[NUMBER]-…` and no longer match its request.
 */
function redactUnlessId(text: string): string {
  return UUID.test(text) ? text : redact(text);
}

/**
 * Structured JSON logs. Callers log codes and ids, never what a person typed; every line also
 * carries the request and conversation ids of the work it was written for (see logContext.ts),
 * and every string in it passes through the personal-data redactor, in case an id, an error
 * message or a route quotes something a person wrote.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level ?? 'info',
    base: undefined,
    redact: { paths: ['text', '*.text', 'authorization', '*.authorization', 'headers.authorization'], censor: '[redacted]' },
    mixin: () => ({ ...currentLogContext() }),
    formatters: { log: (object) => redactValue(object, redactUnlessId) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? redact(arg) : arg)) as Parameters<typeof method>);
      },
    },
  };
  const out = options.destination ?? pino.destination(1);
  if (options.errorSink === undefined) return pino(settings, out);
  const sink = options.errorSink;
  const toSink: pino.DestinationStream = {
    write: (line: string) => {
      try {
        sink.error(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // A telemetry problem must never break logging.
      }
    },
  };
  return pino(settings, pino.multistream([{ stream: out, level: settings.level as pino.Level }, { stream: toSink, level: 'error' }]));
}
