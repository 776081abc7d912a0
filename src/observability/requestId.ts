import { randomUUID } from 'node:crypto';
import { redact } from '../privacy/redact';

/** Ids from load balancers and clients: UUIDs, trace ids, `abc.123:4`. Anything else is replaced. */
const SANE = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The caller's `x-request-id` when it looks like an id (and carries nothing personal-looking),
 * otherwise a fresh UUID. Header values can be arrays (repeated headers): the first counts.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  if (value !== undefined && SANE.test(value) && redact(value) === value) return value;
  return randomUUID();
}
