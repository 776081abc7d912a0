import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Activity, MemoryStorage, type Storage } from 'botbuilder';
import { createStorage } from '../../src/storage/createStorage';
import { StorageTranscriptStore } from '../../src/transcripts/storageTranscriptStore';
import { TranscriptRetention } from '../../src/transcripts/transcriptRetention';
import { createLogger } from '../../src/observability/logger';
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
      assert.deepEqual(await retention.runOnce(), { deleted: 1 });
      assert.deepEqual(await texts(store, 'old'), []);
      assert.deepEqual(await texts(store, 'newer'), ['day 20']);
      assert.deepEqual(await texts(store, 'active'), ['day 0', 'day 20']);

      clock.advanceDays(21); // day 52: both last written on day 20
      assert.deepEqual(await retention.runOnce(), { deleted: 2 });
      assert.deepEqual(await texts(store, 'newer'), []);
      assert.deepEqual(await texts(store, 'active'), []);
      assert.deepEqual((await store.listTranscripts('directline')).items, []);
      assert.deepEqual(await retention.runOnce(), { deleted: 0 });
    });

    it('purges from a second instance what the first wrote (the index lives in storage)', async () => {
      const clock = manualClock();
      const storage = await makeStorage();
      await new StorageTranscriptStore({ storage, now: clock.now }).logActivity(activity('gone', 'hello'));
      clock.advanceDays(31);
      const other = new StorageTranscriptStore({ storage, now: clock.now });
      assert.deepEqual(await new TranscriptRetention({ store: other, retentionDays: 30, logger: silent, now: clock.now }).runOnce(), { deleted: 1 });
      assert.deepEqual(await texts(other, 'gone'), []);
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
