import assert from 'node:assert/strict';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import fc from 'fast-check';
import { InProcessStorage } from '../../src/storage/inProcessStorage';
import { StorageError } from '../../src/storage/storageError';
import { anyValue, oddValue, outcome } from './jsonLikeValues';

/** `item` written under `key` and read back, without the eTag (each store issues its own). */
async function readBack(storage: Storage, key: string, item: unknown): Promise<unknown> {
  await storage.write({ [key]: item } as StoreItems);
  const { eTag: _eTag, ...rest } = (await storage.read([key]))[key] as Record<string, unknown>;
  return rest;
}

describe('in-process storage (StorageKind=memory)', () => {
  it('reads back what botbuilder MemoryStorage (JSON text) read back, for any item', async () => {
    const item = fc.dictionary(fc.string(), fc.oneof(anyValue, oddValue, fc.array(fc.oneof(anyValue, oddValue))));
    const ours = new InProcessStorage();
    const theirs = new MemoryStorage();
    let run = 0;
    await fc.assert(
      // A key of its own each run (none stored yet); `__proto__` has its own test below.
      fc.asyncProperty(fc.string(), item, async (name, value) => {
        const key = `${name}#${run++}`;
        assert.deepStrictEqual(await outcome(() => readBack(ours, key, value)), await outcome(() => readBack(theirs, key, value)));
      }),
      { numRuns: 1500 },
    );
  });

  it('refuses a stale eTag with StorageError etag_conflict, as the file store does, and still writes the rest of the batch', async () => {
    const storage = new InProcessStorage();
    await storage.write({ a: { n: 1 } });
    const { eTag } = (await storage.read(['a'])).a as { eTag: string };
    await storage.write({ a: { n: 2, eTag } });

    const failed = await storage.write({ a: { n: 3, eTag }, b: { n: 1 } }).then(
      () => undefined,
      (error: unknown) => error,
    );

    assert.ok(failed instanceof StorageError && failed.code === 'etag_conflict' && failed.key === 'a', String(failed));
    const items = await storage.read(['a', 'b']);
    assert.equal(items.a?.n, 2);
    assert.equal(items.b?.n, 1);
  });

  it('forgets deleted keys (MemoryStorage kept each one for the life of the process)', async () => {
    const storage = new InProcessStorage();
    for (let i = 0; i < 1000; i++) await storage.write({ [`emulator/conversations/c${i}/`]: { i } });
    await storage.delete(Array.from({ length: 1000 }, (_, i) => `emulator/conversations/c${i}/`));

    assert.equal(storage.size, 0);
    assert.deepEqual(await storage.read(['emulator/conversations/c1/']), {});
  });

  it('keeps a key named __proto__ as an item, not as the prototype of what it reads back', async () => {
    const storage = new InProcessStorage();
    await storage.write(JSON.parse('{"__proto__": {"polluted": true}}') as StoreItems);

    const items = await storage.read(['__proto__', 'other']);

    assert.deepEqual(Object.keys(items), ['__proto__']);
    assert.equal((Object.getOwnPropertyDescriptor(items, '__proto__')?.value as { polluted?: boolean }).polluted, true);
    assert.equal(Object.getPrototypeOf(items), Object.prototype);
    assert.equal(({} as { polluted?: boolean }).polluted, undefined);
  });
});
