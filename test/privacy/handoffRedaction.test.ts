import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Storage } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { buildHandoff } from '../../src/handoff/buildHandoff';
import { CallbackRequests } from '../../src/handoff/callbacks';
import { HandoffEvents } from '../../src/handoff/handoffEvents';
import { HandoffQueue } from '../../src/handoff/handoffQueue';
import type { Handoff } from '../../src/handoff/handoffRecord';
import { storageKeys } from '../../src/handoff/queueIndex';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { HELPLINE } from '../../src/messages';
import { createLogger } from '../../src/observability/logger';
import { publishedValues } from '../../src/privacy/redact';
import { speakerRedactors } from '../../src/privacy/speakerRedactors';
import type { Recognizer } from '../../src/recognition/recognizer';
import { createStorage } from '../../src/storage/createStorage';
import { botTexts } from '../../src/transcripts/buildTranscripts';
import { BotConversation } from '../dialogs/botConversation';
import { ManualClock, storageKinds, visitor } from '../handoff/handoffFixtures';
import { makeTempDirectory, type TempDirectory } from '../storage/tempDirectory';
import { realKnowledgeBase, realRecognizer } from '../support/realKnowledgeBase';

/** Monday 15 June 2026, 10:00 in London: inside the default helpline hours. */
const MONDAY_MORNING = '2026-06-15T09:00:00.000Z';

const CHI = '0103801234';
const PHONE = '07700 900123';
/** Any way the visitor's CHI or phone number could survive: as typed, or with the spaces gone. */
const RAW_DIGITS = /0103801234|07700\s*900\s*123|7700900123/;

/** Every file under a directory, as text: what is on the disk, however the storage lays it out. */
async function everythingOnDisk(dir: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
  return (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
}

/** The stored item as the storage holds it (not through the queue's schema). */
async function rawItem(storage: Storage, key: string): Promise<Record<string, unknown>> {
  const item = (await storage.read([key]))[key] as Record<string, unknown> | undefined;
  assert.ok(item, `${key} is stored`);
  return item;
}

describe('redaction of what is kept around a hand-off', () => {
  describe('the conversation so far (conversation state, file storage)', () => {
    let kb: KnowledgeBase;
    let recognizer: Recognizer;
    let temp: TempDirectory;
    before(async () => {
      kb = await realKnowledgeBase();
      recognizer = await realRecognizer();
    });
    beforeEach(async () => {
      temp = await makeTempDirectory();
    });
    afterEach(() => temp.cleanup());

    it('keeps the visitor’s CHI and phone number out of the stored state and the hand-off’s history; the helpline stays', async () => {
      const loaded = loadConfig({ StorageKind: 'file', StoragePath: temp.path });
      if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
      const storage = createStorage({ kind: 'file', path: temp.path });
      const clock = new ManualClock(MONDAY_MORNING);
      const services = buildHandoff({ config: loaded.config, storage, clock, published: publishedValues(botTexts(kb)) });
      await services.presence.setStatus('Alice', 'online');
      const events = new HandoffEvents([], createLogger({ level: 'silent' }));
      const conversation = new BotConversation({ knowledgeBase: kb, recognizer, storage, handoff: { services, events } });

      await conversation.send(`my chi is ${CHI} and my mobile is ${PHONE}, is my data in the leak?`);
      await conversation.send('what is the helpline number');
      // Before any hand-off: the state on disk already holds the message redacted.
      const before = await everythingOnDisk(temp.path);
      assert.doesNotMatch(before, RAW_DIGITS);
      assert.match(before, /my chi is \[CHI\] and my mobile is \[PHONE\], is my data in the leak\?/);

      await conversation.send('Talk to a person');
      await conversation.send('Yes, go ahead');
      const [handoff] = await services.queue.list();
      assert.ok(handoff, 'queued');
      const pre = handoff.transcript;
      assert.equal(pre[0]?.from, 'visitor');
      assert.equal(pre[0]?.text, 'my chi is [CHI] and my mobile is [PHONE], is my data in the leak?');
      assert.ok(pre.some((e) => e.from === 'bot' && e.text.includes(HELPLINE)), 'the bot’s own helpline number is not personal data');
      assert.doesNotMatch(JSON.stringify(pre), RAW_DIGITS);

      const after = await everythingOnDisk(temp.path);
      assert.doesNotMatch(after, RAW_DIGITS);
      assert.match(after, /\[CHI\]/);
    });
  });

  for (const kind of storageKinds) {
    describe(`ended hand-offs (${kind.name} storage)`, () => {
      let storage: Storage;
      let reopen: () => Storage;
      let cleanup: () => Promise<void>;
      let clock: ManualClock;
      let queue: HandoffQueue;

      beforeEach(async () => {
        ({ storage, reopen, cleanup } = await kind.make());
        clock = new ManualClock(MONDAY_MORNING);
        queue = new HandoffQueue({ storage, clock, redactors: speakerRedactors(publishedValues([HELPLINE])) });
      });
      afterEach(() => cleanup());

      /** A hand-off whose summary, history and live chat all carry personal data. */
      async function liveChat(conversationId: string): Promise<Handoff> {
        const queued = await queue.enqueue(
          visitor(conversationId, {
            summary: `Asked to talk to a person about ${PHONE}.`,
            transcript: [
              { from: 'visitor', text: `is ${CHI} in the leak?`, at: MONDAY_MORNING },
              { from: 'bot', text: `Call the helpline on ${HELPLINE}.`, at: MONDAY_MORNING },
            ],
          }),
        );
        assert.equal(queued.kind, 'queued');
        await queue.appendMessage(queued.handoff.id, { from: 'visitor', text: `ring me on ${PHONE}, born 01/03/1980` });
        return queued.handoff;
      }

      function texts(handoff: Handoff | undefined): string[] {
        return (handoff?.transcript ?? []).map((e) => `${e.from}: ${e.text}`);
      }

      it('keeps the live transcript as written while the chat is open (the agent needs it)', async () => {
        const handoff = await liveChat('open');
        assert.equal((await queue.claim(handoff.id, { agent: 'alice', displayName: 'Alice' })).kind, 'claimed');
        const live = await queue.get(handoff.id);
        assert.ok(texts(live).includes(`visitor: ring me on ${PHONE}, born 01/03/1980`));
        assert.equal(live?.summary, `Asked to talk to a person about ${PHONE}.`);
      });

      it('redacts the transcript and summary when an agent closes it, keeping the helpline in the bot’s and agent’s words', async () => {
        const handoff = await liveChat('closed');
        await queue.claim(handoff.id, { agent: 'alice', displayName: 'Alice' });
        await queue.appendMessage(handoff.id, { from: 'agent', text: `I will call ${PHONE}; or ring ${HELPLINE}.`, agent: 'alice' });
        const closed = await queue.close(handoff.id, { endedBy: 'agent', agent: 'alice' });
        assert.equal(closed.kind, 'closed');

        const expected = [
          'visitor: is [CHI] in the leak?',
          `bot: Call the helpline on ${HELPLINE}.`,
          'visitor: ring me on [PHONE], born [DATE]',
          `agent: I will call [PHONE]; or ring ${HELPLINE}.`,
        ];
        assert.deepEqual(texts(closed.kind === 'closed' ? closed.handoff : undefined), expected, 'listeners hear the redacted record');
        const stored = await new HandoffQueue({ storage: reopen(), clock }).get(handoff.id);
        assert.deepEqual(texts(stored), expected);
        assert.equal(stored?.summary, 'Asked to talk to a person about [PHONE].');
        assert.equal(stored?.status, 'closed');
        assert.equal(stored?.claimedBy, 'Alice');
        assert.doesNotMatch(JSON.stringify(await rawItem(reopen(), storageKeys.record(handoff.id))), RAW_DIGITS);
      });

      it('redacts when the visitor ends the chat', async () => {
        const handoff = await liveChat('visitor-closed');
        assert.equal((await queue.close(handoff.id, { endedBy: 'visitor' })).kind, 'closed');
        assert.doesNotMatch(JSON.stringify(await rawItem(reopen(), storageKeys.record(handoff.id))), RAW_DIGITS);
      });

      it('redacts when the visitor leaves the queue (abandon)', async () => {
        const handoff = await liveChat('abandoned');
        assert.equal((await queue.abandon(handoff.id, 'visitor')).kind, 'abandoned');
        const stored = await rawItem(reopen(), storageKeys.record(handoff.id));
        assert.equal(stored.status, 'abandoned');
        assert.doesNotMatch(JSON.stringify(stored), RAW_DIGITS);
        assert.match(JSON.stringify(stored), /ring me on \[PHONE\], born \[DATE\]/);
      });

      it('redacts when the queue times out a silent visitor', async () => {
        const handoff = await liveChat('timed-out');
        clock.advanceMinutes(16);
        assert.equal((await queue.timeOut(handoff.id, 15)).kind, 'abandoned');
        const stored = await rawItem(reopen(), storageKeys.record(handoff.id));
        assert.equal(stored.endedBy, 'timeout');
        assert.doesNotMatch(JSON.stringify(stored), RAW_DIGITS);
      });

      it('a hand-off that is still open is not touched by another one ending', async () => {
        const open = await liveChat('still-open');
        const other = await liveChat('ending');
        await queue.close(other.id, { endedBy: 'visitor' });
        assert.ok(texts(await queue.get(open.id)).includes(`visitor: ring me on ${PHONE}, born 01/03/1980`));
      });
    });

    describe(`callback requests once done (${kind.name} storage)`, () => {
      let reopen: () => Storage;
      let storage: Storage;
      let cleanup: () => Promise<void>;
      let clock: ManualClock;
      let callbacks: CallbackRequests;
      const key = (id: string) => `callback/record/${id}`;

      beforeEach(async () => {
        ({ storage, reopen, cleanup } = await kind.make());
        clock = new ManualClock(MONDAY_MORNING);
        callbacks = new CallbackRequests({ storage, clock });
      });
      afterEach(() => cleanup());

      it('keeps the first name and number while open, and drops them in the write that marks it done', async () => {
        const created = await callbacks.create({ firstName: 'Ailsa', phone: PHONE, handoffId: 'h1' });
        assert.ok(created.ok);
        const id = created.callback.id;
        const open = await rawItem(reopen(), key(id));
        assert.equal(open.firstName, 'Ailsa');
        assert.equal(open.phone, '+447700900123');

        clock.advanceMinutes(30);
        const done = await callbacks.complete(id, { agent: 'alice' });
        assert.equal(done.kind, 'done');
        const stored = await rawItem(reopen(), key(id));
        const { eTag: _eTag, ...fields } = stored;
        assert.deepEqual(fields, {
          id,
          createdAt: MONDAY_MORNING,
          handoffId: 'h1',
          priority: 'normal',
          status: 'done',
          doneAt: '2026-06-15T09:30:00.000Z',
          doneBy: 'alice',
        });
        assert.deepEqual(done.kind === 'done' && Object.keys(done.callback).sort(), ['createdAt', 'doneAt', 'doneBy', 'handoffId', 'id', 'priority', 'status']);
        assert.deepEqual(await new CallbackRequests({ storage: reopen(), clock }).listOpen(), []);
        assert.equal((await callbacks.get(id))?.status, 'done');
      });

      it('marking done again is fine, and drops a name and number a done record still carried', async () => {
        const id = 'written-before-names-were-dropped';
        await storage.write({
          [key(id)]: { id, createdAt: MONDAY_MORNING, status: 'done', doneAt: MONDAY_MORNING, doneBy: 'bob', firstName: 'Rab', phone: '+447700900123', eTag: '*' },
        });
        const again = await callbacks.complete(id, { agent: 'alice' });
        assert.equal(again.kind === 'done' && again.callback.doneBy, 'bob', 'the first completion stands');
        const stored = await rawItem(reopen(), key(id));
        assert.equal(stored.firstName, undefined);
        assert.equal(stored.phone, undefined);
        assert.equal(stored.doneBy, 'bob');
      });
    });
  }
});
