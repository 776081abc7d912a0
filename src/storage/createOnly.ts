import type { Storage } from 'botbuilder';
import { isETagConflict } from './etagConflict';

/**
 * The eTag that means "create only": write the item only if nothing is stored under its key, and
 * otherwise fail as a stale eTag does (`StorageError` `etag_conflict` on our stores, botbuilder's
 * "eTag conflict" error on its MemoryStorage). No store ever issues it (memory stores count in digits,
 * FileStorage issues UUIDs, Blob and Cosmos DB quoted strings), so stores that compare eTags get this
 * rule for free: nothing stored, nothing to mismatch; something stored, never a match.
 *
 * Atomic on memory, file (under the key's lock) and blob (`If-None-Match: *`). On Cosmos DB it is
 * still a check followed by an overwrite (see createCosmosStorage).
 */
export const CREATE_ONLY = 'create-only:never-issued';

export function isCreateOnly(eTag: unknown): boolean {
  return eTag === CREATE_ONLY;
}

/**
 * Stores `item` under `key` unless something already is: an empty document several instances may
 * create at once, where whichever got there first (and perhaps already added to it) must be kept.
 */
export async function createIfAbsent<T>(storage: Storage, key: string, item: T): Promise<void> {
  try {
    await storage.write({ [key]: Object.assign({}, item, { eTag: CREATE_ONLY }) });
  } catch (error) {
    if (!isETagConflict(error)) throw error;
  }
}
