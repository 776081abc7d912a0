import { StorageError } from './storageError';

/**
 * Storage implementations report a lost eTag race differently: ours with `etag_conflict`,
 * botbuilder's MemoryStorage only in the message, the Azure ones with HTTP 412.
 */
export function isETagConflict(error: unknown): boolean {
  if (error instanceof StorageError) return error.code === 'etag_conflict';
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { statusCode?: unknown; code?: unknown; message?: unknown };
  return e.statusCode === 412 || e.code === 412 || (typeof e.message === 'string' && /etag conflict/i.test(e.message));
}
