import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Activity, MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { createStorage } from '../../src/storage/createStorage';
import { StorageTranscriptStore } from '../../src/transcripts/storageTranscriptStore';
import { TranscriptRetention } from '../../src/transcripts/transcriptRetention';
import { createLogger } from '../../src/observability/logger';
import { StorageWithHeldWrite } from '../storage/storageWithHeldWrite';
import { makeTempDirectory, type TempDirectory } from '../storage/tempDirectory';
import { type RunningAzurite, startAzurite } from '../support/azurite';

const DAY = 86_400_000;
const START = Date.parse('2026-03-01T10:00:00Z');

/** A clock the test moves by hand. */
function manualClock() {
  let now = START;
  return { now: () => new Date(now), advanceDays: (days: number) => (now += days * DAY) };
}

let nextId = 0;
function activity(conversationId: string, text: string, channelId = 'directline'): Activity {
  return {
    type: 'message',
    id: `a${++nextId}`,
    channelId,
    conversation: { id: conversationId },
    from: { id: 'visitor', role: 'user' },
    recipient: { id: 'bot', role: 'bot' },
    timestamp: new Date(),
    text,
  } as Activity;
}

const silent = createLogger({ level: 'silent' });

async function texts(store: StorageTranscriptStore, conversationId: string, channelId = 'directline'): Promise<string[]> {
  return (await store.getTranscriptActivities(channelId, conversationId)).items.map((a) => a.text ?? '');
}

/**
 * A Storage that, once armed, holds writes of one key until that key has been read `reads` times:
 * two writers that both read it before either writes, deterministically.
 */
class StorageWhereReadsMeet implements Storage {
  private seen = 0;
  private armed = false;
  private release!: () => void;
  private readonly met = new Promise<void>((resolve) => {
    this.release = resolve;
  });

  constructor(
    private readonly inner: Storage,
    private readonly key: string,
    private readonly reads: number,
  ) {}

  arm(): void {
    this.armed = true;
  }

  async read(keys: string[]) {
    const items = await this.inner.read(keys);
    if (this.armed && keys.includes(this.key) && ++this.seen >= this.reads) this.release();
    return items;
  }

  async write(changes: StoreItems) {
    if (this.armed && this.key in changes) await this.met;
    return this.inner.write(changes);
  }

  delete(keys: string[]) {
    return this.inner.delete(keys);
  }
}

/** The same behaviour on every Storage a transcript store can sit on. */
function describeTranscriptStore(name: string, makeStorage: () => Promise<Storage>): void {
  describe(`transcript store on ${name}`, () => {
    it('keeps each conversation apart, in order, even when one id is a prefix of another', async () => {
      const store = new StorageTranscriptStore({ storage: await makeStorage() });
      for (const [conv, text] of [['c1', 'one'], ['c10', 'ten'], ['c1', 'two'], ['c1', 'three']] as const) void store.logActivity(activity(conv, text));
      await store.flush();

      assert.deepEqual(await texts(store, 'c1'), ['one', 'two', 'three']);
      assert.deepEqual(await texts(store, 'c10'), ['ten']);
      const read = (await store.getTranscriptActivities('directline', 'c1')).items[0];
      assert.ok(read?.timestamp instanceof Date);

      await store.deleteTranscript('directline', 'c1');
      assert.deepEqual(await texts(store, 'c1'), []);
      assert.deepEqual(await texts(store, 'c10'), ['ten']);
    });

    it('lists each conversation once, per channel', async () => {
      const store = new StorageTranscriptStore({ storage: await makeStorage(), pageSize: 2 });
      for (const [conv, channel] of [['x', 'directline'], ['y', 'directline'], ['x', 'directline'], ['z', 'directline'], ['t', 'msteams']] as const)
        await store.logActivity(activity(conv, 'hi', channel));

      const ids: string[] = [];
      let token: string | undefined;
      do {
        const page = await store.listTranscripts('directline', token);
        ids.push(...page.items.map((i) => i.id));
        token = page.continuationToken || undefined;
      } while (token);
      assert.deepEqual(ids.sort(), ['x', 'y', 'z']);
      assert.deepEqual((await store.listTranscripts('msteams')).items.map((i) => i.id), ['t']);
    });

    it('loses no activity when two instances append to one conversation at once', async () => {
      const storage = await makeStorage();
      const [a, b] = [new StorageTranscriptStore({ storage }), new StorageTranscriptStore({ storage })];
      await a.logActivity(activity('shared', 'first'));
      const writes = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).logActivity(activity('shared', `m${i}`)));
      await Promise.all(writes);
      const stored = await texts(a, 'shared');
      assert.equal(stored.length, 11);
      assert.deepEqual(new Set(stored), new Set(['first', ...Array.from({ length: 10 }, (_, i) => `m${i}`)]));
    });

    it('keeps the order when two instances take turns appending to one conversation', async () => {
      // Each instance's idea of the transcript falls behind the pages the other one adds.
      const storage = await makeStorage();
      const [a, b] = [new StorageTranscriptStore({ storage, activitiesPerDocument: 2 }), new StorageTranscriptStore({ storage, activitiesPerDocument: 2 })];
      const sent = Array.from({ length: 9 }, (_, i) => `m${i}`);
      for (const [i, text] of sent.entries()) await (i % 3 === 0 ? b : a).logActivity(activity('turns', text));
      assert.deepEqual(await texts(a, 'turns'), sent);
      assert.deepEqual(await texts(b, 'turns'), sent);
    });

    it('starts the transcript again when another instance deleted it since this one last appended', async () => {
      const storage = await makeStorage();
      const [a, b] = [new StorageTranscriptStore({ storage }), new StorageTranscriptStore({ storage })];
      await a.logActivity(activity('restarted', 'before'));
      await b.deleteTranscript('directline', 'restarted');
      await a.logActivity(activity('restarted', 'after'));
      assert.deepEqual(await texts(b, 'restarted'), ['after']);
      assert.deepEqual((await b.listTranscripts('directline')).items.map((t) => t.id), ['restarted']);
    });

    it('loses no activity when two instances take the same next page at once', async () => {
      // Both instances read the head before either moves it on: one write of it conflicts and is redone.
      const inner = await makeStorage();
      const head = 'transcript/directline/race';
      const storage = new StorageWhereReadsMeet(inner, head, 4);
      const [a, b] = [new StorageTranscriptStore({ storage, activitiesPerDocument: 2 }), new StorageTranscriptStore({ storage, activitiesPerDocument: 2 })];
      await a.logActivity(activity('race', 'm0'));
      await a.logActivity(activity('race', 'm1'));
      storage.arm();
      await Promise.all([a.logActivity(activity('race', 'from a')), b.logActivity(activity('race', 'from b'))]);
      const stored = await texts(a, 'race');
      assert.deepEqual(stored.slice(0, 2), ['m0', 'm1']);
      assert.deepEqual(new Set(stored.slice(2)), new Set(['from a', 'from b']));
      assert.equal(stored.length, 4);
    });

    it('reads a page taken but never written (its writer stopped) as nothing, and goes on after it', async () => {
      const storage = await makeStorage();
      const store = new StorageTranscriptStore({ storage });
      await store.logActivity(activity('stopped', 'm0'));
      const headKey = 'transcript/directline/stopped';
      const { eTag: _eTag, ...head } = (await storage.read([headKey]))[headKey] as { pages: number; count: number; eTag?: string };
      await storage.write({ [headKey]: { ...head, pages: head.pages + 1, count: head.count + 1 } });
      await store.logActivity(activity('stopped', 'm1'));
      assert.deepEqual(await texts(new StorageTranscriptStore({ storage }), 'stopped'), ['m0', 'm1']);
    });

    it('leaves no page behind when the transcript is deleted while an append is on its way', async () => {
      // The append has read the head and is about to write its page when another instance deletes it.
      const inner = await makeStorage();
      const page0 = 'transcript-page/directline/gone/0';
      const storage = new StorageWithHeldWrite(inner, 'transcript-page/directline/gone/1');
      const [a, b] = [new StorageTranscriptStore({ storage }), new StorageTranscriptStore({ storage: inner })];
      await a.logActivity(activity('gone', 'kept until deleted'));
      storage.hold();
      const late = a.logActivity(activity('gone', 'late'));
      await storage.writeWaiting;
      await b.deleteTranscript('directline', 'gone');
      storage.release();
      await late;
      assert.deepEqual(await texts(b, 'gone'), []);
      assert.deepEqual(await inner.read([page0, 'transcript-page/directline/gone/1', 'transcript/directline/gone']), {});
    });

    it('leaves nothing unlisted when a quiet conversation speaks again while the purge deletes it', async () => {
      // The append has read the head and is about to list a new page on it when another instance
      // purges the transcript: the head write then stores it again, and it must be in a day index.
      const clock = manualClock();
      const inner = await makeStorage();
      const head = 'transcript/directline/quiet';
      const storage = new StorageWithHeldWrite(inner, head);
      const speaking = new StorageTranscriptStore({ storage, now: clock.now, activitiesPerDocument: 1 });
      const purging = new StorageTranscriptStore({ storage: inner, now: clock.now, activitiesPerDocument: 1 });
      await speaking.logActivity(activity('quiet', 'day 0'));
      clock.advanceDays(31);
      storage.hold();
      const late = speaking.logActivity(activity('quiet', 'day 31'));
      await storage.writeWaiting;
      await purging.prepareDays();
      assert.deepEqual(await purging.purgeOlderThan(new Date(clock.now().getTime() - 30 * DAY)), { deleted: 1, kept: 0 });
      storage.release();
      await late;
      const listed = (await purging.listTranscripts('directline')).items.map((t) => t.id);
      const stored = Object.keys(await inner.read([head, 'transcript-page/directline/quiet/0', 'transcript-page/directline/quiet/1']));
      assert.ok(stored.length === 0 || listed.includes('quiet'), `stored ${stored.join(', ')} but listed ${listed.join(', ')}`);
    });

    it('deletes transcripts once they are older than the retention, and keeps newer or still-active ones', async () => {
      const clock = manualClock();
      const storage = await makeStorage();
      const store = new StorageTranscriptStore({ storage, now: clock.now });
      const retention = new TranscriptRetention({ store, retentionDays: 30, logger: silent, now: clock.now });
      await store.logActivity(activity('old', 'day 0'));
      await store.logActivity(activity('active', 'day 0'));
      clock.advanceDays(20);
      await store.logActivity(activity('newer', 'day 20'));
      await store.logActivity(activity('active', 'day 20'));

      clock.advanceDays(11); // day 31
      assert.deepEqual(await retention.runOnce(), { deleted: 1, kept: 0 });
      assert.deepEqual(await texts(store, 'old'), []);
      assert.deepEqual(await texts(store, 'newer'), ['day 20']);
      assert.deepEqual(await texts(store, 'active'), ['day 0', 'day 20']);

      clock.advanceDays(21); // day 52: both last written on day 20
      assert.deepEqual(await retention.runOnce(), { deleted: 2, kept: 0 });
      assert.deepEqual(await texts(store, 'newer'), []);
      assert.deepEqual(await texts(store, 'active'), []);
      assert.deepEqual((await store.listTranscripts('directline')).items, []);
      assert.deepEqual(await retention.runOnce(), { deleted: 0, kept: 0 });
    });

    it('tells onExpired which conversations it deletes, before deleting them; a failure keeps them for the next day', async () => {
      const clock = manualClock();
      const storage = await makeStorage();
      const told: string[][] = [];
      let failing = true;
      const store = new StorageTranscriptStore({
        storage,
        now: clock.now,
        onExpired: async (conversations) => {
          told.push(conversations.map((c) => `${c.channelId}/${c.conversationId}`));
          if (failing) throw new Error('state store unavailable');
        },
      });
      await store.logActivity(activity('old', 'day 0'));
      await store.logActivity(activity('teams-old', 'day 0', 'msteams'));
      clock.advanceDays(20);
      await store.logActivity(activity('newer', 'day 20'));
      clock.advanceDays(11);

      const kept = await store.purgeOlderThan(new Date(clock.now().getTime() - 30 * DAY));
      assert.deepEqual([kept.deleted, kept.kept, [...(kept.keptConversations ?? [])].sort()], [0, 2, ['directline/old', 'msteams/teams-old']]);
      assert.deepEqual(await texts(store, 'old'), ['day 0'], 'kept while its state could not be deleted');
      failing = false;
      clock.advanceDays(1);
      assert.deepEqual(await store.purgeOlderThan(new Date(clock.now().getTime() - 30 * DAY)), { deleted: 2, kept: 0 });
      assert.deepEqual(told.map((t) => [...t].sort()).at(-1), ['directline/old', 'msteams/teams-old']);
      assert.deepEqual(await texts(store, 'old'), []);
      assert.deepEqual(await texts(store, 'teams-old'), []);
      assert.deepEqual(await texts(store, 'newer'), ['day 20']);
    });

    it('a conversation whose state cannot be deleted does not hold up the others', async () => {
      const clock = manualClock();
      const storage = await makeStorage();
      const store = new StorageTranscriptStore({
        storage,
        now: clock.now,
        onExpired: async (conversations) => {
          if (conversations.some((c) => c.conversationId === 'stuck')) throw new Error('cannot delete this key');
        },
      });
      const retention = new TranscriptRetention({ store, retentionDays: 30, logger: silent, now: clock.now });
      await store.logActivity(activity('stuck', 'day 0'));
      await store.logActivity(activity('old', 'day 0'));
      clock.advanceDays(1);
      await store.logActivity(activity('next-day', 'day 1'));

      clock.advanceDays(31); // day 32: all three past the retention
      const first = await retention.runOnce();
      assert.deepEqual([first.deleted, first.kept, first.keptConversations], [2, 1, ['directline/stuck']], 'named, so an operator can find it');
      assert.match((first.keptBecause as Error).message, /cannot delete this key/);
      assert.deepEqual(await texts(store, 'old'), []);
      assert.deepEqual(await texts(store, 'next-day'), [], 'a later day is purged past the stuck one');
      assert.deepEqual(await texts(store, 'stuck'), ['day 0']);

      clock.advanceDays(1);
      assert.deepEqual((await retention.runOnce()).keptConversations, ['directline/stuck'], 'tried again the next day');
      assert.deepEqual((await store.listTranscripts('directline')).items.map((t) => t.id), ['stuck'], 'still listed, so tried again');
    });

    it('keeps a truncated transcript, and the conversation state with it, while the conversation goes on', async () => {
      // A Teams chat keeps its conversation id for months: past maxActivities nothing more is stored,
      // but the conversation is still being written to, so it has not expired.
      const clock = manualClock();
      const storage = await makeStorage();
      const told: string[] = [];
      const store = new StorageTranscriptStore({ storage, now: clock.now, maxActivities: 3, onExpired: async (cs) => void told.push(...cs.map((c) => c.conversationId)) });
      for (let i = 0; i < 3; i++) await store.logActivity(activity('long', `day 0 m${i}`));
      clock.advanceDays(25);
      await store.logActivity(activity('long', 'day 25'));
      clock.advanceDays(6);

      assert.deepEqual(await store.purgeOlderThan(new Date(clock.now().getTime() - 30 * DAY)), { deleted: 0, kept: 0 });
      assert.deepEqual(told, [], 'its conversation state is not deleted');
      assert.deepEqual(await texts(store, 'long'), ['day 0 m0', 'day 0 m1', 'day 0 m2']);
      clock.advanceDays(25);
      assert.deepEqual(await store.purgeOlderThan(new Date(clock.now().getTime() - 30 * DAY)), { deleted: 1, kept: 0 }, 'deleted 30 days after its last activity');
      assert.deepEqual(told, ['long']);
    });

    it('lists a transcript started again on a day whose index the purge has deleted (clock set back)', async () => {
      // The store remembers which conversations it has listed on a day; the purge must make it forget.
      let now = START;
      const storage = await makeStorage();
      const store = new StorageTranscriptStore({ storage, now: () => new Date(now) });
      await store.logActivity(activity('again', 'first'));
      now = START + 31 * DAY;
      assert.deepEqual(await store.purgeOlderThan(new Date(now - 30 * DAY)), { deleted: 1, kept: 0 });
      now = START;
      await store.logActivity(activity('again', 'second'));
      assert.deepEqual((await store.listTranscripts('directline')).items.map((t) => t.id), ['again']);
      assert.deepEqual(await texts(store, 'again'), ['second']);
    });

    it('purges from a second instance what the first wrote (the index lives in storage)', async () => {
      const clock = manualClock();
      const storage = await makeStorage();
      await new StorageTranscriptStore({ storage, now: clock.now }).logActivity(activity('gone', 'hello'));
      clock.advanceDays(31);
      const other = new StorageTranscriptStore({ storage, now: clock.now });
      assert.deepEqual(await new TranscriptRetention({ store: other, retentionDays: 30, logger: silent, now: clock.now }).runOnce(), { deleted: 1, kept: 0 });
      assert.deepEqual(await texts(other, 'gone'), []);
    });

    it('spreads a long conversation over pages: order kept, a turn writes one new page, delete and purge remove every page', async () => {
      const clock = manualClock();
      const storage = await makeStorage();
      const store = new StorageTranscriptStore({ storage, now: clock.now, activitiesPerDocument: 2 });
      for (let i = 0; i < 3; i++) await store.logActivity(activity('paged', `m${i}`));
      // A turn's activities arrive together: one append, over more than one page when it holds more than a page does.
      await Promise.all([3, 4, 5].map((i) => store.logActivity(activity('paged', `m${i}`))));
      await store.logActivity(activity('paged', 'm6'));
      assert.deepEqual(await texts(store, 'paged'), ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6']);
      const pageKeys = [0, 1, 2, 3, 4, 5, 6].map((n) => `transcript-page/directline/paged/${n}`);
      const pages = await storage.read(pageKeys);
      assert.deepEqual(
        pageKeys.map((k) => (pages[k]?.activities as { text: string }[] | undefined)?.map((a) => a.text)),
        [['m0'], ['m1'], ['m2'], ['m3', 'm4'], ['m5'], ['m6'], undefined],
      );
      // The last page alone shows when the conversation was last written: the purge keeps it.
      clock.advanceDays(20);
      await store.logActivity(activity('paged', 'm7'));
      clock.advanceDays(11);
      const retention = new TranscriptRetention({ store, retentionDays: 30, logger: silent, now: clock.now });
      assert.deepEqual(await retention.runOnce(), { deleted: 0, kept: 0 });
      assert.equal((await texts(store, 'paged')).length, 8);

      await store.deleteTranscript('directline', 'paged');
      assert.deepEqual(await texts(store, 'paged'), []);
      assert.deepEqual(await storage.read([...pageKeys, 'transcript/directline/paged']), {});

      await store.logActivity(activity('purged', 'a'));
      await store.logActivity(activity('purged', 'b'));
      await store.logActivity(activity('purged', 'c'));
      clock.advanceDays(31);
      assert.deepEqual(await retention.runOnce(), { deleted: 1, kept: 0 });
      assert.deepEqual(await storage.read(['transcript/directline/purged', 'transcript-page/directline/purged/0', 'transcript-page/directline/purged/1', 'transcript-page/directline/purged/2']), {});
    });

    it("splits a busy day's index so no new conversation rewrites all of it, and still lists and purges every one", async () => {
      const clock = manualClock();
      const storage = await makeStorage();
      const store = new StorageTranscriptStore({ storage, now: clock.now });
      const ids = Array.from({ length: 24 }, (_, i) => `busy-${i}`);
      for (const id of ids) await store.logActivity(activity(id, 'hello'));
      const indexes = await storage.read(Array.from({ length: 16 }, (_, shard) => `transcript-day/2026-03-01/${shard}`));
      const sizes = Object.values(indexes).map((index) => (index.transcripts as unknown[]).length);
      assert.equal(sizes.reduce((a, b) => a + b, 0), ids.length);
      assert.ok(Math.max(...sizes) < ids.length / 2, `one index document holds ${Math.max(...sizes)} of ${ids.length}`);
      const listed = (await new StorageTranscriptStore({ storage, now: clock.now, pageSize: 100 }).listTranscripts('directline')).items.map((i) => i.id);
      assert.deepEqual(listed.sort(), [...ids].sort());
      clock.advanceDays(31);
      assert.deepEqual(await new TranscriptRetention({ store, retentionDays: 30, logger: silent, now: clock.now }).runOnce(), { deleted: ids.length, kept: 0 });
    });

    it('lists and purges transcripts indexed before the index had shards', async () => {
      const clock = manualClock();
      const storage = await makeStorage();
      const created = new Date(START).toISOString();
      await storage.write({
        'transcript-purge': { oldestDay: '2026-03-01' },
        'transcript-day/2026-03-01': { transcripts: [{ channelId: 'directline', conversationId: 'older', created }] },
        'transcript/directline/older': { channelId: 'directline', conversationId: 'older', created, updated: created, activities: [{ type: 'message', text: 'old', timestamp: created }] },
      });
      const store = new StorageTranscriptStore({ storage, now: clock.now });
      assert.deepEqual((await store.listTranscripts('directline')).items.map((i) => i.id), ['older']);
      clock.advanceDays(31);
      assert.deepEqual(await new TranscriptRetention({ store, retentionDays: 30, logger: silent, now: clock.now }).runOnce(), { deleted: 1, kept: 0 });
      assert.deepEqual(await storage.read(['transcript/directline/older', 'transcript-day/2026-03-01']), {});
    });

    it('reads and appends to a transcript stored before pages (one document per conversation)', async () => {
      const storage = await makeStorage();
      const created = new Date(START).toISOString();
      const stored = (text: string) => ({ type: 'message', channelId: 'directline', conversation: { id: 'legacy' }, from: { id: 'visitor', role: 'user' }, text, timestamp: created });
      await storage.write({
        'transcript/directline/legacy': { channelId: 'directline', conversationId: 'legacy', created, updated: created, activities: [stored('before 1'), stored('before 2')] },
      });
      const store = new StorageTranscriptStore({ storage, maxActivities: 4 });
      for (const text of ['after 1', 'after 2', 'after 3']) await store.logActivity(activity('legacy', text));
      assert.deepEqual(await texts(store, 'legacy'), ['before 1', 'before 2', 'after 1', 'after 2']);
      assert.equal((await storage.read(['transcript/directline/legacy']))['transcript/directline/legacy']?.truncated, true);
    });

    it('keeps the first activities of a very long conversation and marks it truncated', async () => {
      const storage = await makeStorage();
      const store = new StorageTranscriptStore({ storage, maxActivities: 3 });
      for (let i = 0; i < 5; i++) await store.logActivity(activity('long', `m${i}`));
      assert.deepEqual(await texts(store, 'long'), ['m0', 'm1', 'm2']);
      assert.equal((await storage.read(['transcript/directline/long']))['transcript/directline/long']?.truncated, true);
    });
  });
}

describeTranscriptStore('memory', async () => new MemoryStorage());

describe('transcripts on disk and in Blob storage', () => {
  const temps: TempDirectory[] = [];
  let azurite: RunningAzurite;
  let containers = 0;

  before(async () => {
    azurite = await startAzurite();
  });
  after(async () => {
    await azurite?.stop();
    await Promise.all(temps.map((t) => t.cleanup()));
  });

  describeTranscriptStore('file', async () => {
    const temp = await makeTempDirectory();
    temps.push(temp);
    return createStorage({ kind: 'file', path: temp.path });
  });

  describeTranscriptStore('blob (Azurite)', async () =>
    createStorage({ kind: 'blob', connectionString: azurite.connectionString, containerName: `transcripts-${process.pid}-${++containers}` }),
  );

  it('leaves no file behind once everything has been purged', async () => {
    const temp = await makeTempDirectory();
    temps.push(temp);
    const clock = manualClock();
    const store = new StorageTranscriptStore({ storage: createStorage({ kind: 'file', path: temp.path }), now: clock.now });
    const retention = new TranscriptRetention({ store, retentionDays: 7, logger: silent, now: clock.now });
    await store.logActivity(activity('c', 'hello'));
    await retention.runOnce();
    assert.ok((await readdir(temp.path)).length > 0);
    clock.advanceDays(8);
    await retention.runOnce();
    const left = await readdir(temp.path);
    // Only the purge cursor and the index documents for the coming days remain; no transcript.
    for (const file of left) assert.doesNotMatch(await readFile(join(temp.path, file), 'utf8'), /hello/);
  });
});
