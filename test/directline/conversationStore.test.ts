import assert from 'node:assert/strict';
import { MemoryStorage, type Storage } from 'botbuilder';
import { activitiesSince, type LoggedActivity, readPlan } from '../../src/directline/activityLogPages';
import { ConversationStore } from '../../src/directline/conversationStore';
import { FileStorage } from '../../src/storage/fileStorage';
import { StorageWithHeldWrite } from '../storage/storageWithHeldWrite';
import { makeTempDirectory, type TempDirectory } from '../storage/tempDirectory';

const MINUTE = 60_000;
const PAGE = 20;
const pageKey = (id: string, page: number) => `directline/conversation/${id}/page/${page}`;
const watermarkOf = (activity: { id: string }) => Number(activity.id.split('|')[1]);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** Appends `count` messages one after another, texts `m<watermark>` when the log started empty. */
async function appendMany(store: ConversationStore, id: string, count: number, offset = 0): Promise<void> {
  for (let i = 0; i < count; i++) await store.append(id, { type: 'message', text: `m${offset + i}` });
}

/**
 * Storage that, once armed, lets the next page write through and then fails every write of the
 * conversation document: an instance that died between the two.
 */
class DiesAfterPageWrite implements Storage {
  armed = false;
  private dead = false;
  constructor(
    private readonly inner: Storage,
    private readonly headKey: string,
  ) {}
  read(keys: string[]) {
    return this.inner.read(keys);
  }
  async write(changes: Record<string, unknown>) {
    if (this.dead && this.headKey in changes) throw new Error('instance died');
    await this.inner.write(changes);
    if (this.armed && Object.keys(changes).some((key) => key.includes('/page/'))) this.dead = true;
  }
  delete(keys: string[]) {
    return this.inner.delete(keys);
  }
}

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

    it('moves full pages out of the conversation document and reads back from any watermark', async () => {
      const store = new ConversationStore({ storage, maxOpen: 10 });
      await store.create({ id: 'c1', userId: 'u1', expiresAt: Date.now() + 10 * MINUTE });
      await appendMany(store, 'c1', 3 * PAGE + 7);

      const head = (await storage.read(['directline/conversation/c1']))['directline/conversation/c1'];
      assert.equal((head?.activities as unknown[]).length, 7, 'the conversation document keeps only the newest, unfilled page');
      const pages = await storage.read(range(0, 4).map((page) => pageKey('c1', page)));
      assert.deepEqual(Object.keys(pages).sort(), [0, 1, 2].map((page) => pageKey('c1', page)).sort());

      const texts = async (watermark: number) => {
        const page = await store.since('c1', watermark);
        assert.equal(page?.watermark, 3 * PAGE + 7);
        assert.deepEqual(page?.activities.map(watermarkOf), range(Math.min(watermark, 3 * PAGE + 7), 3 * PAGE + 7));
        return page?.activities.map((a) => a.text);
      };
      assert.deepEqual(await texts(0), range(0, 67).map((i) => `m${i}`));
      assert.deepEqual(await texts(27), range(27, 67).map((i) => `m${i}`), 'from the middle of a page');
      assert.deepEqual(await texts(40), range(40, 67).map((i) => `m${i}`), 'from a page boundary');
      assert.deepEqual(await texts(60), range(60, 67).map((i) => `m${i}`), 'from the head alone');
      assert.deepEqual(await texts(67), [], 'up to date');
      assert.deepEqual(await texts(500), [], 'beyond the end');
      const ids = (await store.since('c1', 0))?.activities.map((a) => a.id);
      assert.equal(ids?.[45], 'c1|0000045');
    });

    it('keeps the newest 200 activities and deletes older pages', async () => {
      const store = new ConversationStore({ storage, maxOpen: 10 });
      await store.create({ id: 'c1', userId: 'u1', expiresAt: Date.now() + 10 * MINUTE });
      await appendMany(store, 'c1', 245);
      const page = await store.since('c1', 0);
      assert.equal(page?.watermark, 245);
      assert.deepEqual(page?.activities.map(watermarkOf), range(45, 245), 'a client far behind gets what is still kept');
      assert.deepEqual(page?.activities.map((a) => a.text), range(45, 245).map((i) => `m${i}`));
      assert.deepEqual((await store.since('c1', 44))?.activities.map(watermarkOf), range(45, 245));
      assert.deepEqual((await store.since('c1', 130))?.activities.map(watermarkOf), range(130, 245));
      const stored = await storage.read(range(0, 13).map((p) => pageKey('c1', p)));
      assert.deepEqual(Object.keys(stored).sort(), range(2, 12).map((p) => pageKey('c1', p)).sort(), 'pages wholly older than the 200 are deleted');
    });

    it('logs every activity once, with consecutive watermarks, when two instances append across pages at once and a third polls', async () => {
      const [a, b, reader] = [0, 1, 2].map(() => new ConversationStore({ storage, maxOpen: 10 })) as [ConversationStore, ConversationStore, ConversationStore];
      await a.create({ id: 'c1', userId: 'u1', expiresAt: Date.now() + 10 * MINUTE });
      const total = 3 * PAGE + 5;
      let done = false;
      const seen: string[] = [];
      const poll = (async () => {
        let watermark = 0;
        while (!done) {
          const page = await reader.since('c1', watermark);
          seen.push(...(page?.activities.map((x) => x.id) ?? []));
          watermark = page?.watermark ?? watermark;
          await new Promise((resolve) => setImmediate(resolve));
        }
        const rest = await reader.since('c1', watermark);
        seen.push(...(rest?.activities.map((x) => x.id) ?? []));
      })();
      // Two at a time, one on each instance, so their reads and eTag'd writes interleave.
      for (let i = 0; i < total; i += 2) {
        await Promise.all([a.append('c1', { type: 'message', text: `m${i}` }), ...(i + 1 < total ? [b.append('c1', { type: 'message', text: `m${i + 1}` })] : [])]);
      }
      done = true;
      await poll;

      const all = (await b.since('c1', 0))?.activities ?? [];
      assert.deepEqual(all.map(watermarkOf), range(0, total));
      assert.deepEqual(all.map((x) => x.text).sort(), range(0, total).map((i) => `m${i}`).sort(), 'each exactly once');
      assert.deepEqual(seen, all.map((x) => x.id), 'the poller saw every activity once, in order, with no gap');
    });

    it('leaves a whole log if an instance dies after writing a page but before the conversation document', async () => {
      const dying = new DiesAfterPageWrite(storage, 'directline/conversation/c1');
      const store = new ConversationStore({ storage: dying, maxOpen: 10 });
      await store.create({ id: 'c1', userId: 'u1', expiresAt: Date.now() + 10 * MINUTE });
      await appendMany(store, 'c1', PAGE - 1);
      dying.armed = true;
      assert.ok(await store.append('c1', { type: 'message', text: `m${PAGE - 1}` }), 'the activity that fills the page is logged');
      // Another instance carries on over the same storage.
      const other = new ConversationStore({ storage, maxOpen: 10 });
      assert.ok((await storage.read([pageKey('c1', 0)]))[pageKey('c1', 0)], 'the page was written');
      assert.equal(((await storage.read(['directline/conversation/c1']))['directline/conversation/c1']?.activities as unknown[]).length, PAGE, 'the document still holds it');
      assert.deepEqual((await other.since('c1', 0))?.activities.map(watermarkOf), range(0, PAGE), 'read once, not twice');

      await appendMany(other, 'c1', 3, PAGE);
      assert.equal(((await storage.read(['directline/conversation/c1']))['directline/conversation/c1']?.activities as unknown[]).length, 3, 'moved out by the next append');
      assert.deepEqual((await other.since('c1', 0))?.activities.map((x) => x.text), range(0, PAGE + 3).map((i) => `m${i}`));
    });

    it('deletes every page of an expired conversation with it', async () => {
      let now = Date.now();
      const store = new ConversationStore({ storage, maxOpen: 5, now: () => now });
      await store.create({ id: 'old', userId: 'u1', expiresAt: now + MINUTE });
      await appendMany(store, 'old', 2 * PAGE + 3);
      await store.create({ id: 'kept', userId: 'u2', expiresAt: now + 10 * MINUTE });
      await appendMany(store, 'kept', PAGE + 1);
      assert.equal(Object.keys(await storage.read(range(0, 3).map((p) => pageKey('old', p)))).length, 2);

      now += 3 * MINUTE;
      await store.create({ id: 'new', userId: 'u3', expiresAt: now + 10 * MINUTE });
      assert.equal(await store.get('old'), undefined);
      assert.deepEqual(await storage.read(range(0, 3).map((p) => pageKey('old', p))), {}, 'what was typed is not kept');
      assert.deepEqual((await store.since('kept', 0))?.activities.map(watermarkOf), range(0, PAGE + 1), 'other conversations untouched');
    });

    it('still deletes an expired conversation if the instance sweeping it dies before deleting', async () => {
      let now = Date.now();
      const store = new ConversationStore({ storage, maxOpen: 5, now: () => now });
      await store.create({ id: 'old', userId: 'u1', expiresAt: now + MINUTE });
      await appendMany(store, 'old', PAGE + 3);
      now += 3 * MINUTE;
      // An instance that dies when it comes to delete the conversation's documents.
      const dying: Storage = { read: (keys) => storage.read(keys), write: (changes) => storage.write(changes), delete: () => Promise.reject(new Error('instance died')) };
      await assert.rejects(new ConversationStore({ storage: dying, maxOpen: 5, now: () => now }).create({ id: 'c2', userId: 'u2', expiresAt: now + MINUTE }));

      await store.create({ id: 'c3', userId: 'u3', expiresAt: now + MINUTE });
      assert.equal(await store.get('old'), undefined);
      assert.deepEqual(await storage.read([pageKey('old', 0), 'directline/conversation/old']), {}, 'what was typed is not kept');
    });

    it('deletes a page written just before an instance died, though the conversation document still holds it', async () => {
      let now = Date.now();
      const dying = new DiesAfterPageWrite(storage, 'directline/conversation/c1');
      const store = new ConversationStore({ storage: dying, maxOpen: 5, now: () => now });
      await store.create({ id: 'c1', userId: 'u1', expiresAt: now + MINUTE });
      await appendMany(store, 'c1', PAGE - 1);
      dying.armed = true;
      await store.append('c1', { type: 'message', text: `m${PAGE - 1}` });
      assert.ok((await storage.read([pageKey('c1', 0)]))[pageKey('c1', 0)], 'the page was written');

      // The visitor leaves: no later append moves the page out. Another instance sweeps.
      now += 3 * MINUTE;
      await new ConversationStore({ storage, maxOpen: 5, now: () => now }).create({ id: 'c2', userId: 'u2', expiresAt: now + MINUTE });
      assert.equal(await store.get('c1'), undefined);
      assert.deepEqual(await storage.read([pageKey('c1', 0)]), {}, 'what was typed is not kept');
    });

    it('leaves no page behind when the conversation is swept while a reply to it is filling a page', async () => {
      let now = Date.now();
      // The reply is read 10 s after c1 expired; the sweeping instance runs 3 minutes on.
      let replyNow = now;
      const held = new StorageWithHeldWrite(storage, pageKey('c1', 0));
      const replying = new ConversationStore({ storage: held, maxOpen: 5, now: () => replyNow });
      await replying.create({ id: 'c1', userId: 'u1', expiresAt: now + MINUTE });
      await appendMany(replying, 'c1', PAGE - 1);
      replyNow = now + MINUTE + 10_000;
      now += 3 * MINUTE;
      // A late bot reply fills page 0; its page write is paused while another instance sweeps c1.
      held.hold();
      const reply = replying.append('c1', { type: 'message', text: 'late reply' });
      await held.writeWaiting;
      await new ConversationStore({ storage, maxOpen: 5, now: () => now }).create({ id: 'c2', userId: 'u2', expiresAt: now + MINUTE });
      assert.equal(await replying.get('c1'), undefined, 'swept');
      held.release();
      await reply;
      assert.deepEqual(await storage.read([pageKey('c1', 0)]), {}, 'what was typed is not kept');
    });

    it('leaves no page behind when a reply fills a page between the sweep reading the conversation and deleting it', async () => {
      let now = Date.now();
      // The reply is read 10 s after c1 expired; the sweeping instance runs 3 minutes on.
      let replyNow = now;
      const replying = new ConversationStore({ storage, maxOpen: 5, now: () => replyNow });
      await replying.create({ id: 'c1', userId: 'u1', expiresAt: now + MINUTE });
      await appendMany(replying, 'c1', PAGE - 1);
      replyNow = now + MINUTE + 10_000;
      now += 3 * MINUTE;
      // The sweeping instance has read c1 (19 activities) and is paused before deleting it.
      let release!: () => void;
      let deleting!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const paused = new Promise<void>((resolve) => (deleting = resolve));
      const sweeping: Storage = {
        read: (keys) => storage.read(keys),
        write: (changes) => storage.write(changes),
        delete: async (keys) => {
          if (keys.includes('directline/conversation/c1')) {
            deleting();
            await gate;
          }
          return storage.delete(keys);
        },
      };
      const sweep = new ConversationStore({ storage: sweeping, maxOpen: 5, now: () => now }).create({ id: 'c2', userId: 'u2', expiresAt: now + MINUTE });
      await paused;
      await replying.append('c1', { type: 'message', text: 'late reply' });
      assert.ok((await storage.read([pageKey('c1', 0)]))[pageKey('c1', 0)], 'the reply moved page 0 out');
      release();
      await sweep;
      assert.equal(await replying.get('c1'), undefined, 'swept');
      assert.deepEqual(await storage.read([pageKey('c1', 0)]), {}, 'what was typed is not kept');
    });

    it('does not store again a conversation swept while a late reply to it was being written', async () => {
      let now = Date.now();
      const held = new StorageWithHeldWrite(storage, 'directline/conversation/c1');
      const replying = new ConversationStore({ storage: held, maxOpen: 5, now: () => now });
      await replying.create({ id: 'c1', userId: 'u1', expiresAt: now + MINUTE });
      await appendMany(replying, 'c1', 3);
      now += 3 * MINUTE;
      // A late reply (an agent answering a visitor who has left) has read c1 and is about to write it
      // when another instance sweeps c1: the write, under an eTag of a key no longer stored, would store
      // c1 again, listed in no index, so no sweep would ever delete what the visitor typed.
      held.hold();
      const reply = replying.append('c1', { type: 'message', text: 'late reply' });
      await Promise.race([held.writeWaiting, reply]);
      await new ConversationStore({ storage, maxOpen: 5, now: () => now }).create({ id: 'c2', userId: 'u2', expiresAt: now + MINUTE });
      held.release();
      await reply;
      assert.deepEqual(await storage.read(['directline/conversation/c1']), {}, 'what was typed is not kept');
    });

    it("reads and appends to an earlier version's single-document log", async () => {
      const legacyActivities = range(50, 250).map((w) => ({ type: 'message', id: `old|${String(w).padStart(7, '0')}`, text: `m${w}` }));
      await storage.write({
        'directline/conversation/old': { id: 'old', userId: 'u0', createdAt: Date.now(), expiresAt: Date.now() + 10 * MINUTE, started: true, nextWatermark: 250, activities: legacyActivities },
        'directline/conversation/short': { id: 'short', userId: 'u1', createdAt: Date.now(), expiresAt: Date.now() + 10 * MINUTE, started: true, nextWatermark: 3, activities: legacyActivities.slice(0, 3).map((x, i) => ({ ...x, id: `short|000000${i}` })) },
      });
      const store = new ConversationStore({ storage, maxOpen: 10 });
      assert.deepEqual((await store.since('old', 0))?.activities.map(watermarkOf), range(50, 250));
      assert.deepEqual((await store.since('old', 237))?.activities.map(watermarkOf), range(237, 250));

      assert.deepEqual(await store.append('old', { type: 'message', text: 'm250' }), { id: 'old|0000250', watermark: 250 });
      await appendMany(store, 'old', 30, 251);
      const all = await store.since('old', 0);
      assert.equal(all?.watermark, 281);
      assert.deepEqual(all?.activities.map(watermarkOf), range(81, 281));
      assert.deepEqual(all?.activities.map((x) => x.text), range(81, 281).map((i) => `m${i}`));
      assert.deepEqual((await store.since('old', 199))?.activities.map(watermarkOf), range(199, 281));
      assert.ok(((await storage.read(['directline/conversation/old']))['directline/conversation/old']?.activities as unknown[]).length <= PAGE, 'converted to pages');

      await appendMany(store, 'short', PAGE + 2, 3);
      assert.deepEqual((await store.since('short', 1))?.activities.map(watermarkOf), range(1, PAGE + 5));
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

describe('Direct Line activity log pages', () => {
  const logged = (from: number, to: number): LoggedActivity[] => range(from, to).map((w) => ({ id: `c|${String(w).padStart(7, '0')}` }));

  it('takes from pages only what comes before the head, so nothing is given twice', () => {
    // A page written from a head that still holds it (an instance died before rewriting the head).
    const head = { nextWatermark: 45, activities: logged(37, 45), pagesFrom: 1 };
    const plan = readPlan(head, 30);
    assert.deepEqual(plan, { from: 30, pages: [1] });
    assert.deepEqual(activitiesSince(head, plan.from, [{ first: 20, activities: logged(20, 40) }]).map(watermarkOf), range(30, 45));
  });

  it('gives only the unbroken run that ends at the head when an older page is gone', () => {
    const head = { nextWatermark: 65, activities: logged(60, 65), pagesFrom: 0 };
    const plan = readPlan(head, 0);
    assert.deepEqual(plan.pages, [0, 1, 2]);
    const since = (pages: Parameters<typeof activitiesSince>[2]) => activitiesSince(head, plan.from, pages).map(watermarkOf);
    assert.deepEqual(since([undefined, { first: 20, activities: logged(20, 40) }, { first: 40, activities: logged(40, 60) }]), range(20, 65));
    assert.deepEqual(since([{ first: 0, activities: logged(0, 20) }, undefined, { first: 40, activities: logged(40, 60) }]), range(40, 65), 'never a gap');
    assert.deepEqual(since([{ first: 0, activities: logged(0, 20) }, { first: 20, activities: logged(20, 40) }, undefined]), range(60, 65));
    assert.deepEqual(since([{ first: 0, activities: logged(0, 20) }, { first: 25, activities: logged(25, 40) }, { first: 40, activities: logged(40, 60) }]), range(25, 65));
  });

  it('reads no page for a poll that is up to date, or for a single-document log of an earlier version', () => {
    assert.deepEqual(readPlan({ nextWatermark: 65, activities: logged(60, 65), pagesFrom: 0 }, 62).pages, []);
    assert.deepEqual(readPlan({ nextWatermark: 250, activities: logged(50, 250) }, 0), { from: 50, pages: [] });
  });
});
