import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { jsonCopy } from './jsonCopy';
import { StorageError } from './storageError';
import { mustMatch, throwFailures } from './writeSemantics';

/**
 * `StorageKind=memory`: items held in this process and gone when it exits (one instance, tests,
 * the bench), under the same contract as the other stores (test/storage/storageContract.ts).
 *
 * It replaces botbuilder's MemoryStorage, which kept each item as JSON text: every read parsed it,
 * every write stringified it, and every eTag-checked write parsed the stored item again just to read
 * its eTag. Here an item is kept as a copy of the object, with its eTag beside it: a read or a write
 * is a `jsonCopy` (what JSON's round trip gives, without making and parsing the text), and an eTag
 * check is a comparison. A deleted key is forgotten (MemoryStorage kept every deleted key, as
 * undefined, for the life of the process), and a conflict is a `StorageError` as on the other stores.
 */
export class InProcessStorage implements Storage {
  private readonly items = new Map<string, StoreItem>();
  private issued = 0;

  /** How many items are held. */
  get size(): number {
    return this.items.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const stored = this.items.get(key);
      if (stored !== undefined) put(found, key, jsonCopy(stored));
    }
    return found;
  }

  /** Each item succeeds or fails on its own, as on the other stores; failures are thrown together. */
  async write(changes: StoreItems): Promise<void> {
    const results: PromiseSettledResult<void>[] = [];
    for (const [key, item] of Object.entries(changes)) {
      try {
        this.writeItem(key, item as StoreItem);
        results.push({ status: 'fulfilled', value: undefined });
      } catch (error) {
        results.push({ status: 'rejected', reason: error });
      }
    }
    throwFailures(results, 'written');
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  private writeItem(key: string, item: StoreItem): void {
    const stored = this.items.get(key);
    // CREATE_ONLY is never issued, so it conflicts with anything stored and creates what is not.
    if (stored !== undefined && mustMatch(item?.eTag) && item.eTag !== stored.eTag) {
      throw new StorageError({ code: 'etag_conflict', key, message: `Storage: error writing "${key}" due to eTag conflict.` });
    }
    // The item's own members, copied as JSON would (MemoryStorage's Object.assign, then stringify).
    const copy = jsonCopy(Object.assign({}, item)) as StoreItem;
    copy.eTag = String(++this.issued);
    this.items.set(key, copy);
  }
}

/** `items[key] = value`, also for a key such as `__proto__`, which plain assignment would not store. */
function put(items: StoreItems, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(items, key, { value, enumerable: true, writable: true, configurable: true });
  else items[key] = value;
}
