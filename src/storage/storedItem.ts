import type { StoreItem } from 'botbuilder';
import { z } from 'zod';
import { StorageError } from './storageError';

/**
 * What one file holds. The key is kept beside the item so a file is self-describing (long keys are
 * hashed into their file names) and so a mix-up between name and content is caught on read.
 */
const storedFileSchema = z.object({
  key: z.string(),
  item: z.object({ eTag: z.string() }).passthrough(),
});

export function encodeStoredItem(key: string, item: StoreItem): string {
  return JSON.stringify({ key, item });
}

/** Parses a file's text; anything unexpected is a `corrupt_item` error naming the key. */
export function decodeStoredItem(key: string, text: string): StoreItem {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw corrupt(key, 'is not valid JSON', cause);
  }
  const parsed = storedFileSchema.safeParse(json);
  if (!parsed.success) {
    throw corrupt(key, 'does not have the stored item shape', parsed.error);
  }
  if (parsed.data.key !== key) {
    throw corrupt(key, `holds the item for a different key "${parsed.data.key}"`);
  }
  return parsed.data.item;
}

function corrupt(key: string, problem: string, cause?: unknown): StorageError {
  return new StorageError({
    code: 'corrupt_item',
    key,
    message: `Storage: the stored item for key "${key}" ${problem}; write it with eTag "*" to replace it.`,
    cause,
  });
}
