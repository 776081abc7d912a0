import assert from 'node:assert/strict';
import type { Storage, StoreItem } from 'botbuilder';
import { CREATE_ONLY } from '../../src/storage/createOnly';
import { StorageError } from '../../src/storage/storageError';

export interface StorageFixture {
  storage: Storage;
  cleanup: () => Promise<void>;
  /** For stores on a file system: paths written anywhere except the store's own directory. */
  filesOutside?: () => Promise<string[]>;
}

/** Keys a channel or a careless caller could produce; each must round-trip as itself. */
const awkwardKeys = [
  'emulator/conversations/a:1Bc-DEF|livechat',
  'a/b',
  'a\\b',
  '../x',
  '../../etc/passwd',
  '..',
  '.',
  'a\0b',
  'emoji 😀',
  'lone surrogate \ud800',
  'Key',
  'key',
  '_002f',
  'con',
  'x'.repeat(300),
  `${'x'.repeat(299)}y`,
];

/**
 * The behaviour every `Storage` the bot can be configured with must share. Run it once per
 * implementation: `describeStorageContract('name', async () => ({ storage, cleanup }))`.
 */
export function describeStorageContract(name: string, makeStorage: () => Promise<StorageFixture>): void {
  describe(`${name} storage contract`, () => {
    let fixture: StorageFixture;
    let storage: Storage;

    beforeEach(async () => {
      fixture = await makeStorage();
      storage = fixture.storage;
    });

    afterEach(async () => {
      await fixture.cleanup();
    });

    it('reads back nested objects as they were written', async () => {
      const profile = {
        name: 'Ailsa',
        visits: 3,
        consent: false,
        callback: null,
        topics: ['helpline', { id: 'opening-hours', score: 0.92 }],
        handoff: { queue: { position: 2, notes: ['first', 'second'] } },
        text: 'Dumfries & Galloway — “quotes” 😀',
      };
      await storage.write({ 'users/1': profile });

      const items = await storage.read(['users/1']);

      assert.deepEqual(withoutETag(items['users/1']), profile);
    });

    it('omits keys that are not stored', async () => {
      await storage.write({ present: { value: 1 } });

      const items = await storage.read(['present', 'absent']);

      assert.deepEqual(Object.keys(items), ['present']);
      assert.deepEqual(await storage.read([]), {});
    });

    it('writes several items in one call', async () => {
      await storage.write({ one: { n: 1 }, two: { n: 2 }, three: { n: 3 } });

      const items = await storage.read(['one', 'two', 'three']);

      assert.deepEqual(
        Object.fromEntries(Object.entries(items).map(([key, item]) => [key, withoutETag(item)])),
        { one: { n: 1 }, two: { n: 2 }, three: { n: 3 } },
      );
    });

    it('gives every write a fresh eTag', async () => {
      await storage.write({ counter: { n: 1 } });
      const first = await readOne(storage, 'counter');
      await storage.write({ counter: { ...first, n: 2 } });
      const second = await readOne(storage, 'counter');

      assert.equal(typeof first.eTag, 'string');
      assert.notEqual(first.eTag, '');
      assert.equal(typeof second.eTag, 'string');
      assert.notEqual(second.eTag, first.eTag);
      assert.equal(second.n, 2);
    });

    it('rejects a write with a stale eTag and keeps the stored value', async () => {
      await storage.write({ session: { owner: 'original' } });
      const stale = await readOne(storage, 'session');
      await storage.write({ session: { ...stale, owner: 'first writer' } });

      await assert.rejects(storage.write({ session: { ...stale, owner: 'second writer' } }));

      assert.equal((await readOne(storage, 'session')).owner, 'first writer');
    });

    // MemoryStorage's rule, kept by every store (Blob and Cosmos DB need ContractStorage for it): an
    // eTag only guards an item that is stored. A stale claim on a deleted item therefore recreates it.
    it('treats an eTag on a key that is not stored as a plain write', async () => {
      await storage.write({ ticket: { state: 'waiting' } });
      const seen = await readOne(storage, 'ticket');
      await storage.delete(['ticket']);

      await storage.write({ ticket: { ...seen, state: 'claimed' } });

      assert.equal((await readOne(storage, 'ticket')).state, 'claimed');
    });

    it('overwrites whatever is stored when the eTag is "*" or absent', async () => {
      await storage.write({ settings: { theme: 'light' } });
      await storage.write({ settings: { theme: 'dark', eTag: '*' } });
      assert.equal((await readOne(storage, 'settings')).theme, 'dark');

      await storage.write({ settings: { theme: 'contrast' } });
      assert.equal((await readOne(storage, 'settings')).theme, 'contrast');
    });

    it('lets exactly one of 20 concurrent writers with the same eTag win', async () => {
      await storage.write({ ticket: { claimedBy: null } });
      const seen = await readOne(storage, 'ticket');

      const attempts = await Promise.allSettled(
        Array.from({ length: 20 }, (_, writer) => storage.write({ ticket: { ...seen, claimedBy: writer } })),
      );

      const winners = attempts.flatMap((attempt, writer) => (attempt.status === 'fulfilled' ? [writer] : []));
      assert.equal(winners.length, 1, `expected one winner, got ${winners.length}`);
      assert.equal((await readOne(storage, 'ticket')).claimedBy, winners[0]);
    });

    it('creates an item written with CREATE_ONLY when the key is not stored, and again after a delete', async () => {
      await storage.write({ 'index/shard-1': { ids: ['c1'], eTag: CREATE_ONLY } });

      const created = await readOne(storage, 'index/shard-1');
      assert.deepEqual(withoutETag(created), { ids: ['c1'] });
      assert.equal(typeof created.eTag, 'string');
      assert.notEqual(created.eTag, CREATE_ONLY);
      await storage.write({ 'index/shard-1': { ...created, ids: ['c1', 'c2'] } });
      assert.deepEqual((await readOne(storage, 'index/shard-1')).ids, ['c1', 'c2']);

      await storage.delete(['index/shard-1']);
      await storage.write({ 'index/shard-1': { ids: ['c3'], eTag: CREATE_ONLY } });
      assert.deepEqual((await readOne(storage, 'index/shard-1')).ids, ['c3']);
    });

    it('refuses CREATE_ONLY on a stored key with the eTag-conflict error and keeps the stored item', async () => {
      await storage.write({ 'unanswered/2026-03-01': { questions: ['first'] } });
      const before = await readOne(storage, 'unanswered/2026-03-01');

      await assert.rejects(
        storage.write({ 'unanswered/2026-03-01': { questions: ['second'], eTag: CREATE_ONLY } }),
        isETagConflictError,
      );

      assert.deepEqual(await readOne(storage, 'unanswered/2026-03-01'), before);
    });

    it('lets exactly one of 20 concurrent CREATE_ONLY writers of a new key win', async () => {
      const attempts = await Promise.allSettled(
        Array.from({ length: 20 }, (_, writer) => storage.write({ 'handoff/queue': { createdBy: writer, eTag: CREATE_ONLY } })),
      );

      const winners = attempts.flatMap((attempt, writer) => (attempt.status === 'fulfilled' ? [writer] : []));
      assert.equal(winners.length, 1, `expected one winner, got ${winners.length}`);
      for (const attempt of attempts) {
        if (attempt.status === 'rejected') assert.ok(isETagConflictError(attempt.reason), String(attempt.reason));
      }
      assert.equal((await readOne(storage, 'handoff/queue')).createdBy, winners[0]);
    });

    it('deletes items, and deleting a missing key is fine', async () => {
      await storage.write({ keep: { n: 1 }, drop: { n: 2 } });

      await storage.delete(['drop', 'never-written']);

      assert.deepEqual(Object.keys(await storage.read(['keep', 'drop'])), ['keep']);
      await storage.write({ drop: { n: 3 } });
      assert.equal((await readOne(storage, 'drop')).n, 3);
    });

    it('keeps awkward keys apart and round-trips them', async () => {
      await storage.write(Object.fromEntries(awkwardKeys.map((key, index) => [key, { index }])));

      const items = await storage.read(awkwardKeys);

      assert.deepEqual(
        awkwardKeys.map((key) => items[key]?.index),
        awkwardKeys.map((_, index) => index),
      );
      await storage.delete(awkwardKeys);
      assert.deepEqual(await storage.read(awkwardKeys), {});
    });

    it('never writes outside its own directory, whatever the key', async () => {
      await storage.write(Object.fromEntries(awkwardKeys.map((key) => [key, { key }])));

      assert.deepEqual((await fixture.filesOutside?.()) ?? [], []);
    });

    it('hands out copies, so changing an object never changes what is stored', async () => {
      const written = { list: [1, 2], nested: { flag: true } };
      const writing = storage.write({ copy: written });
      written.list.push(3); // before the write has finished…
      await writing;
      written.nested.flag = false; // …and after

      const read = await readOne(storage, 'copy');
      read.list.push(4);
      read.nested.flag = false;

      assert.deepEqual(withoutETag(await readOne(storage, 'copy')), { list: [1, 2], nested: { flag: true } });
    });
  });
}

/** Our stores throw StorageError `etag_conflict`; botbuilder's MemoryStorage a plain Error saying so. */
function isETagConflictError(error: unknown): boolean {
  if (error instanceof StorageError) return error.code === 'etag_conflict';
  return error instanceof Error && /due to eTag conflict\.$/.test(error.message);
}

async function readOne(storage: Storage, key: string): Promise<StoreItem> {
  const item = (await storage.read([key]))[key] as StoreItem | undefined;
  assert.ok(item, `expected "${key}" to be stored`);
  return item;
}

function withoutETag(item: StoreItem | undefined): object | undefined {
  if (item === undefined) {
    return undefined;
  }
  const { eTag: _eTag, ...rest } = item;
  return rest;
}
