import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { writeFileAtomic } from './atomicWrite';
import { checkStorage, type StorageCheck } from './checkStorage';
import { hasErrnoCode } from './errno';
import { defaultFileLockOptions, type FileLockOptions, withFileLock } from './fileLock';
import { KeyedQueue } from './keyedQueue';
import { keyToFileName } from './keyToFileName';
import { decodeStoredItem, encodeStoredItem } from './storedItem';
import { StorageError } from './storageError';
import { mustMatch, throwFailures } from './writeSemantics';

export interface FileStorageOptions {
  /** Holds one JSON file per key; created on first write. */
  directory: string;
  /** Tuning for the per-key lock files that keep processes sharing the directory from colliding. */
  lock?: Partial<FileLockOptions>;
}

/**
 * Durable botbuilder `Storage` on the local disk, one file per key.
 *
 * Writes are atomic (temp file, fsync, rename) and follow the Storage eTag contract: every write
 * stores a fresh eTag; an item whose eTag is missing or `*` always overwrites; any other eTag must
 * match the stored one or that item is rejected with `etag_conflict` and left as it was. The check
 * and the write happen under a per-key in-process queue and a per-key lock file, so neither two
 * turns nor two processes sharing the directory can both win. Like MemoryStorage, an eTag on a key
 * that is not stored does not conflict, and items in one batch succeed or fail one by one.
 */
export class FileStorage implements Storage {
  private readonly directory: string;
  private readonly lockOptions: FileLockOptions;
  private readonly queue = new KeyedQueue();

  constructor(options: FileStorageOptions) {
    this.directory = resolve(options.directory);
    this.lockOptions = { ...defaultFileLockOptions, ...options.lock };
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found = await Promise.all(keys.map(async (key) => [key, await this.readItem(key)] as const));
    const items: StoreItems = {};
    for (const [key, item] of found) {
      if (item !== undefined) {
        items[key] = item;
      }
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const results = await Promise.allSettled(
      Object.entries(changes).map(([key, item]) => this.writeItem(key, item)),
    );
    throwFailures(results, 'written');
  }

  async delete(keys: string[]): Promise<void> {
    const results = await Promise.allSettled(
      keys.map((key) => this.exclusively(key, (file) => rm(file, { force: true }))),
    );
    throwFailures(results, 'deleted');
  }

  /** Readiness: can this process write, read back and delete in the directory right now? */
  ping(): Promise<StorageCheck> {
    return checkStorage(this);
  }

  private async readItem(key: string): Promise<StoreItem | undefined> {
    let text: string;
    try {
      text = await readFile(this.pathOf(key), 'utf8');
    } catch (error) {
      if (hasErrnoCode(error, 'ENOENT')) {
        return undefined;
      }
      throw error;
    }
    // Parsed afresh on every read, so callers always get their own copy.
    return decodeStoredItem(key, text);
  }

  private async writeItem(key: string, item: unknown): Promise<void> {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new TypeError(`Storage: the item for key "${key}" must be an object.`);
    }
    // Copied now, not when the queue gets to it, so later changes by the caller are not stored; the
    // JSON round trip also fails early on what cannot be stored.
    const change = JSON.parse(JSON.stringify(item)) as StoreItem;
    return this.exclusively(key, async (file) => {
      if (mustMatch(change.eTag)) {
        const stored = await this.readItem(key);
        if (stored !== undefined && stored.eTag !== change.eTag) {
          throw new StorageError({
            code: 'etag_conflict',
            key,
            message: `Storage: error writing "${key}" due to eTag conflict.`,
          });
        }
      }
      await writeFileAtomic(file, encodeStoredItem(key, { ...change, eTag: randomUUID() }));
    });
  }

  /** Runs `work` on the key's file while no other turn or process is changing that key. */
  private exclusively<T>(key: string, work: (file: string) => Promise<T>): Promise<T> {
    const file = this.pathOf(key);
    return this.queue.run(file, async () => {
      // Made on demand so a directory removed at runtime comes back rather than failing every write.
      await mkdir(this.directory, { recursive: true });
      return withFileLock(`${file}.lock`, this.lockOptions, () => work(file));
    });
  }

  private pathOf(key: string): string {
    return join(this.directory, keyToFileName(key));
  }
}
