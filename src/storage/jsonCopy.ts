/** Deeper than this, the copy leaves it to JSON (which throws on a cycle, as before). */
const MAX_DEPTH = 64;

/** Signals a value the fast copy does not handle; the caller falls back to a JSON round trip. */
const UNHANDLED = Symbol('unhandled');

/**
 * `JSON.parse(JSON.stringify(value))`, without making and parsing the text: the same result for
 * plain data (objects, arrays, strings, finite numbers, booleans, null, Dates and undefined object
 * members). Anything else (class instances, `toJSON`, functions, non-finite numbers, holes, very
 * deep values) takes the JSON round trip itself, so the result is always what JSON would give.
 */
export function jsonCopy<T>(value: T): unknown {
  const copied = copy(value, 0);
  return copied === UNHANDLED ? JSON.parse(JSON.stringify(value)) : copied;
}

function copy(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // JSON writes -0 as 0; NaN and the infinities as null (left to JSON).
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : UNHANDLED;
    case 'object':
      break;
    default:
      return UNHANDLED;
  }
  if (value === null) return null;
  if (depth > MAX_DEPTH) return UNHANDLED;
  if (value instanceof Date) return Number.isFinite(value.getTime()) && !Object.hasOwn(value, 'toJSON') ? value.toISOString() : UNHANDLED;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return UNHANDLED;
      const item = copy(value[i], depth + 1);
      if (item === UNHANDLED) return UNHANDLED;
      out[i] = item;
    }
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if ((proto !== Object.prototype && proto !== null) || 'toJSON' in value) return UNHANDLED;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__') return UNHANDLED;
    const member = (value as Record<string, unknown>)[key];
    if (member === undefined) continue;
    const item = copy(member, depth + 1);
    if (item === UNHANDLED) return UNHANDLED;
    out[key] = item;
  }
  return out;
}
