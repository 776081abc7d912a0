import type { Redactor } from './redact';

export interface RedactValueOptions {
  /** Deeper than this, a value is replaced by a marker rather than walked (hostile nesting). */
  readonly maxDepth?: number;
}

/**
 * A copy of a JSON-like value with every string redacted (keys stay: they are ours, not the
 * person's). Used for activity attachments, card values and telemetry properties. `__proto__` and
 * other inherited keys are never copied.
 */
export function redactValue(value: unknown, redactor: Redactor, options: RedactValueOptions = {}): unknown {
  return walk(value, redactor, options.maxDepth ?? 32);
}

function walk(value: unknown, redactor: Redactor, depth: number): unknown {
  if (typeof value === 'string') return redactor(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  if (depth <= 0) return '[TOO-DEEP]';
  if (Array.isArray(value)) return value.map((item) => walk(item, redactor, depth - 1));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__') continue;
    copy[key] = walk((value as Record<string, unknown>)[key], redactor, depth - 1);
  }
  return copy;
}
