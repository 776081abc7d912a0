import { redact } from '../privacy/redact';
import { redactValue } from '../privacy/redactValue';
import type { ErrorSink } from './logger';

/** One answered HTTP request, as the request-correlation handler saw it. */
export interface RequestRecord {
  readonly method: string;
  /** The route pattern (`/v3/directline/conversations/:conversationId/activities`) when one matched. */
  readonly route: string | undefined;
  /** The path as requested; the query string is never sent on. */
  readonly path: string;
  readonly status: number;
  readonly durationMs: number;
  readonly requestId: string;
}

/** Where request and exception telemetry goes (Application Insights when configured). */
export interface Telemetry extends ErrorSink {
  request(record: RequestRecord): void;
  /** Sends what is buffered; called on shutdown. */
  flush(): Promise<void>;
}

export interface RequestTelemetryItem {
  readonly name: string;
  readonly url: string;
  readonly duration: number;
  readonly resultCode: string;
  readonly success: boolean;
  readonly properties: Record<string, string>;
}

export interface ExceptionTelemetryItem {
  readonly name: string;
  readonly message: string;
  readonly properties: Record<string, string>;
}

/**
 * The telemetry processor: what of a request leaves the process. Named by its route pattern (so
 * ids do not make every request unique), the path without its query, every string redacted.
 */
export function requestTelemetry(record: RequestRecord): RequestTelemetryItem {
  const path = redact(record.path.split('?')[0] ?? '');
  return {
    name: redact(`${record.method} ${record.route ?? path}`),
    url: path,
    duration: record.durationMs,
    resultCode: String(record.status),
    success: record.status < 500,
    properties: { requestId: redact(record.requestId) },
  };
}

/** An error log line (already redacted by the logger) as exception telemetry; only ids and codes as properties. */
export function exceptionTelemetry(line: Record<string, unknown>): ExceptionTelemetryItem {
  const safe = redactValue(line, redact) as Record<string, unknown>;
  const err = (typeof safe.err === 'object' && safe.err !== null ? safe.err : {}) as Record<string, unknown>;
  const properties: Record<string, string> = {};
  for (const key of ['msg', 'requestId', 'conversationId', 'route', 'activityType'] as const)
    if (typeof safe[key] === 'string') properties[key] = safe[key] as string;
  if (typeof err.code === 'string') properties.code = err.code;
  return {
    name: typeof err.name === 'string' ? err.name : 'Error',
    message: typeof err.message === 'string' ? err.message : String(safe.msg ?? 'error'),
    properties,
  };
}
