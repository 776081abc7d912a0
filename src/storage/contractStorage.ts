import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { isCreateOnly } from './createOnly';
import { keyToFileName } from './keyToFileName';
import { StorageError } from './storageError';
import { mustMatch, throwFailures } from './writeSemantics';

export interface ContractStorageOptions {
  /** The cloud store that does the I/O (BlobsStorage, CosmosDbPartitionedStorage). */
  inner: Storage;
  /** Recognises the inner store's "that eTag does not match" failure, which each SDK reports its own way. */
  isConflict: (error: unknown) => boolean;
  /**
   * Writes `item` (no eTag) under the inner store's `name` only if nothing is stored there, in one
   * atomic step of the cloud service: 'exists' when something was. Without it, `CREATE_ONLY` on a
   * missing key falls back to the check-then-overwrite below.
   */
  createOnly?: (name: string, item: StoreItem) => Promise<'created' | 'exists'>;
}

/**
 * Makes a botbuilder cloud `Storage` keep the contract that InProcessStorage and FileStorage keep
 * (test/storage/storageContract.ts), where the cloud stores on their own do not:
 *
 * - Keys: BlobsStorage merges `a/b`, `a//b` and `/a/b`, merges keys that share their first 1024
 *   encoded characters, and throws on `.`, `..` and lone surrogates. Every key goes in as the same
 *   safe, one-to-one, length-capped name the file store uses (`[a-z0-9_~.-]`, at most ~160 characters,
 *   which also fits Cosmos DB's id rules).
 * - Copies: BlobsStorage serialises an item only after an await, so a caller changing the object
 *   straight after `write()` changed what was stored. Items are copied when `write` is called.
 * - eTags: an eTag on a key that is not stored does not conflict (MemoryStorage's rule; Blob and
 *   Cosmos reject it). Conflicts become `StorageError` `etag_conflict`, one per item. `CREATE_ONLY`
 *   goes to the `createOnly` hook when the store has one (blob), so it is atomic there.
 *
 * The compare-and-swap itself stays the inner store's (If-Match), so of several writers holding the
 * same eTag of a stored item exactly one wins, across processes and instances.
 */
export class ContractStorage implements Storage {
  readonly inner: Storage;
  private readonly isConflict: (error: unknown) => boolean;
  private readonly createOnly: ContractStorageOptions['createOnly'];

  constructor(options: ContractStorageOptions) {
    this.inner = options.inner;
    this.isConflict = options.isConflict;
    this.createOnly = options.createOnly;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) {
      return {};
    }
    const stored = await this.inner.read(keys.map(keyToFileName));
    const items: StoreItems = {};
    for (const key of keys) {
      const item = stored[keyToFileName(key)] as StoreItem | undefined;
      if (item !== undefined) {
        items[key] = item;
      }
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    // Copied before the first await, so later changes by the caller are never stored.
    const copies = Object.entries(changes).map(([key, item]) => [key, copyItem(key, item)] as const);
    const results = await Promise.allSettled(copies.map(([key, item]) => this.writeItem(key, item)));
    throwFailures(results, 'written');
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) {
      await this.inner.delete([...new Set(keys.map(keyToFileName))]);
    }
  }

  private async writeItem(key: string, item: StoreItem): Promise<void> {
    const name = keyToFileName(key);
    if (isCreateOnly(item.eTag) && this.createOnly !== undefined) {
      const { eTag: _eTag, ...content } = item;
      if ((await this.createOnly(name, content)) === 'exists') throw conflict(key);
      return;
    }
    try {
      await this.inner.write({ [name]: item });
    } catch (error) {
      if (!this.isConflict(error)) {
        throw error;
      }
      if (mustMatch(item.eTag) && !(await this.isStored(name))) {
        // The inner store refused an eTag on a missing key; the contract says that writes it. With a
        // createOnly hook (blob) that is a create, so an item another instance created since the
        // check is kept (this write conflicts). Without one (Cosmos DB) it is not atomic with the
        // check: two writers that both find the key missing can both get here, and the later one wins.
        if (this.createOnly !== undefined) {
          const { eTag: _eTag, ...content } = item;
          if ((await this.createOnly(name, content)) === 'exists') throw conflict(key, error);
          return;
        }
        await this.inner.write({ [name]: { ...item, eTag: '*' } });
        return;
      }
      throw conflict(key, error);
    }
  }

  private async isStored(name: string): Promise<boolean> {
    return name in (await this.inner.read([name]));
  }
}

function conflict(key: string, cause?: unknown): StorageError {
  return new StorageError({
    code: 'etag_conflict',
    key,
    message: `Storage: error writing "${key}" due to eTag conflict.`,
    cause,
  });
}

function copyItem(key: string, item: unknown): StoreItem {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new TypeError(`Storage: the item for key "${key}" must be an object.`);
  }
  return JSON.parse(JSON.stringify(item)) as StoreItem;
}
