import assert from 'node:assert/strict';
import { MemoryStorage, type Storage } from 'botbuilder';
import { ConversationStore } from '../../src/directline/conversationStore';
import { FileStorage } from '../../src/storage/fileStorage';
import { makeTempDirectory, type TempDirectory } from '../storage/tempDirectory';

const MINUTE = 60_000;

const kinds: [name: string, make: (dir: TempDirectory) => Storage][] = [
  ['memory', () => new MemoryStorage()],
  ['file', (dir) => new FileStorage({ directory: dir.path })],
];

for (const [kind, make] of kinds) {
  describe(`Direct Line conversation store over ${kind} storage`, () => {
    let dir: TempDirectory;
    let storage: Storage;
    beforeEach(async () => {
      dir = await makeTempDirectory();
      storage = make(dir);
    });
    afterEach(() => dir.cleanup());

    it('gives every activity its own id and watermark when two instances append at once', async () => {
      // Two stores over one Storage stand for two instances: only eTags keep them from overwriting each other.
      const [a, b] = [new ConversationStore({ storage, maxOpen: 10 }), new ConversationStore({ storage, maxOpen: 10 })];
      await a.create({ id: 'c1', userId: 'u1', expiresAt: Date.now() + 10 * MINUTE });
      const appended = await Promise.all(
        Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? a : b).append('c1', { type: 'message', text: `m${i}` })),
      );
      assert.equal(new Set(appended.map((x) => x?.id)).size, 12);
      const page = await a.since('c1', 0);
      assert.equal(page?.activities.length, 12);
      assert.equal(page?.watermark, 12);
      assert.deepEqual([...new Set(page?.activities.map((x) => x.text))].length, 12);
      assert.equal((await b.since('c1', 10))?.activities.length, 2, 'a watermark returns only what came after it');
    });

    it('counts only unexpired conversations against the cap, and deletes expired ones with what was said', async () => {
      let now = Date.now();
      const store = new ConversationStore({ storage, maxOpen: 2, now: () => now });
      await store.create({ id: 'old', userId: 'u1', expiresAt: now + MINUTE });
      await store.append('old', { type: 'message', text: 'my name is Ann' });
      await store.create({ id: 'new', userId: 'u2', expiresAt: now + 10 * MINUTE });
      const full = await store.create({ id: 'third', userId: 'u3', expiresAt: now + 10 * MINUTE });
      assert.equal(full.kind, 'full');

      now += 3 * MINUTE;
      assert.equal((await store.create({ id: 'third', userId: 'u3', expiresAt: now + 10 * MINUTE })).kind, 'created');
      assert.equal(await store.get('old'), undefined, 'the expired conversation and its log are gone');
      assert.ok(await store.get('new'));
    });

    it('lists open conversations in shards, so a new one rewrites a short list, and still caps them all', async () => {
      const store = new ConversationStore({ storage, maxOpen: 40 });
      const expiresAt = Date.now() + 10 * MINUTE;
      for (let i = 0; i < 40; i++) assert.equal((await store.create({ id: `conv-${i}`, userId: `u${i}`, expiresAt })).kind, 'created');
      assert.equal((await store.create({ id: 'one-too-many', userId: 'u', expiresAt })).kind, 'full');
      const shards = await storage.read(Array.from({ length: 16 }, (_, shard) => `directline/index/${shard}`));
      const sizes = Object.values(shards).map((index) => Object.keys(index.conversations as object).length);
      assert.equal(sizes.reduce((a, b) => a + b, 0), 40);
      assert.ok(Math.max(...sizes) < 20, `one index document lists ${Math.max(...sizes)} of 40`);
    });

    it('counts, extends and sweeps conversations listed in the unsharded index of an earlier version', async () => {
      let now = Date.now();
      await storage.write({ 'directline/index': { conversations: { older: now + MINUTE } } });
      const store = new ConversationStore({ storage, maxOpen: 2, now: () => now });
      await storage.write({ 'directline/conversation/older': { id: 'older', userId: 'u0', createdAt: now, expiresAt: now + MINUTE, started: true, nextWatermark: 0, activities: [] } });
      await store.append('older', { type: 'message', text: 'my number is in here' });
      await store.create({ id: 'newer', userId: 'u1', expiresAt: now + 10 * MINUTE });
      assert.equal((await store.create({ id: 'third', userId: 'u2', expiresAt: now + 10 * MINUTE })).kind, 'full', 'the older conversation still counts');

      await store.extend('older', now + 4 * MINUTE);
      assert.deepEqual((await storage.read(['directline/index']))['directline/index']?.conversations, { older: now + 4 * MINUTE });
      const shards = await storage.read(Array.from({ length: 16 }, (_, shard) => `directline/index/${shard}`));
      assert.ok(!Object.values(shards).some((index) => 'older' in (index.conversations as object)), 'not listed twice');
      now += 2.5 * MINUTE;
      assert.equal((await store.create({ id: 'third', userId: 'u2', expiresAt: now + 10 * MINUTE })).kind, 'full', 'extended where it is listed');
      now += 4 * MINUTE; // past the new expiry and the sweep's minute of grace
      assert.equal((await store.create({ id: 'third', userId: 'u2', expiresAt: now + 10 * MINUTE })).kind, 'created');
      assert.equal(await store.get('older'), undefined, 'swept with what was said');
      assert.deepEqual((await storage.read(['directline/index']))['directline/index']?.conversations, {});
    });
  });
}
