import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { type App, buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { fixedClock, type Clock } from '../../src/handoff/clock';
import { createLogger } from '../../src/observability/logger';
import { redact } from '../../src/privacy/redact';
import type { Recognizer } from '../../src/recognition/recognizer';
import { TextAnalyzer } from '../../src/recognition/textAnalyzer';
import { FileStorage } from '../../src/storage/fileStorage';
import { groupUnanswered } from '../../src/unanswered/groupUnanswered';
import { dayOf, UnansweredLog } from '../../src/unanswered/unansweredLog';
import { realKnowledgeBase, realRecognizer } from '../support/realKnowledgeBase';
import { runScript } from '../support/runScript';

/** The real recogniser, except that "CLOSE CALL" ties two topics, so a "did you mean" is certain. */
async function recognizerWithATie(): Promise<Recognizer> {
  const real = await realRecognizer();
  return {
    recognize: (text, audience) =>
      text.includes('CLOSE CALL')
        ? Promise.resolve({ ranked: [{ topicId: 'helpline', score: 0.5 }, { topicId: 'am-i-affected', score: 0.49 }], outOfScope: 0 })
        : real.recognize(text, audience),
  };
}

describe('unanswered questions (fallbacks and "did you mean", redacted)', () => {
  let app: App;
  let base: string;
  const storage = new MemoryStorage();

  before(async () => {
    const config = loadConfig({ StorageKind: 'memory' });
    if (!config.ok) throw new Error(config.problems.join('\n'));
    app = buildApp({ config: config.config, knowledgeBase: await realKnowledgeBase(), recognizer: await recognizerWithATie(), storage, logger: createLogger({ level: 'silent' }), handoffJobsIntervalMs: 0 });
    base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  });
  after(() => app.close());

  async function say(text: string, conversationId: string): Promise<void> {
    const res = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', channelId: 'emulator', deliveryMode: 'expectReplies', from: { id: 'u' }, recipient: { id: 'bot' }, conversation: { id: conversationId }, text }),
    });
    assert.equal(res.status, 200, await res.text());
  }

  it('records a fallback redacted, a "did you mean" with what it offered, and nothing for an answer', async () => {
    await say('my chi is 010 101 0101 and my mobile 07700 900123, can I get compensation for my parking ticket', 'u1');
    await say('CLOSE CALL about the phone', 'u2');
    await say('what is the helpline number?', 'u3');
    await say('My CHI is 2101901234 and my mobile 07700 900999, can I get compensation for my parking ticket', 'u4');
    await app.unanswered.flush();
    const [today] = await app.unanswered.read([dayOf(new Date())]);
    assert.ok(today, 'nothing stored today');
    const stored = JSON.stringify(today);
    for (const digits of ['0101', '07700', '900123', '2101901234', '900999']) assert.ok(!stored.includes(digits), `"${digits}" was stored`);
    const fallback = today.entries.find((e) => e.kind === 'fallback');
    assert.equal(fallback?.text, 'my chi is [CHI] and my mobile [PHONE], can I get compensation for my parking ticket');
    assert.equal(fallback?.count, 2, 'the same message redacted is counted, not stored twice');
    const clarify = today.entries.find((e) => e.kind === 'clarify');
    assert.deepEqual(clarify?.offered, ['helpline', 'am-i-affected']);
    assert.equal(today.entries.length, 2, 'the answered question is not recorded');
  });
});

describe('the unanswered log in storage', () => {
  it('keeps at most the daily limit of different messages, counting the rest as dropped', async () => {
    const log = new UnansweredLog({ storage: new MemoryStorage(), clock: fixedClock('2026-03-02T10:00:00Z'), redact, maxEntriesPerDay: 3 });
    for (const text of ['one', 'two', 'three', 'four', 'five', 'one']) log.record({ text, kind: 'fallback' });
    await log.flush();
    const [day] = await log.read(['2026-03-02']);
    assert.deepEqual(day?.entries.map((e) => [e.text, e.count]), [['one', 2], ['two', 1], ['three', 1]]);
    assert.equal(day?.dropped, 2);
  });

  it('gathers the messages of a busy second into one write', async () => {
    let writes = 0;
    const storage = new MemoryStorage();
    const counting = Object.assign(Object.create(storage) as MemoryStorage, {
      write: (changes: Parameters<MemoryStorage['write']>[0]) => ((writes += 1), storage.write(changes)),
    });
    const log = new UnansweredLog({ storage: counting, clock: fixedClock('2026-03-03T10:00:00Z'), redact, batchMs: 60_000 });
    for (let i = 0; i < 25; i++) log.record({ text: `question ${i % 3}`, kind: 'fallback' });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(writes, 0, 'nothing is written before the batch is due');
    await log.flush();
    assert.equal(writes, 1);
    const [day] = await log.read(['2026-03-03']);
    assert.equal(day?.entries.reduce((n, e) => n + e.count, 0), 25);
  });

  it('flush also writes what is recorded while a write is under way', async () => {
    const storage = new MemoryStorage();
    let release: () => void = () => undefined;
    let held = 0;
    const slow = Object.assign(Object.create(storage) as MemoryStorage, {
      write: async (changes: Parameters<MemoryStorage['write']>[0]) => {
        if (held++ === 0) await new Promise<void>((resolve) => (release = resolve));
        return storage.write(changes);
      },
    });
    const log = new UnansweredLog({ storage: slow, clock: fixedClock('2026-03-04T10:00:00Z'), redact, batchMs: 60_000 });
    log.record({ text: 'first', kind: 'fallback' });
    const flushed = log.flush();
    await new Promise((resolve) => setImmediate(resolve));
    log.record({ text: 'second', kind: 'fallback' });
    release();
    await flushed;
    const [day] = await log.read(['2026-03-04']);
    assert.deepEqual(day?.entries.map((e) => e.text).sort(), ['first', 'second']);
  });

  it('shortens long messages and deletes days past retention when a new day starts', async () => {
    const storage = new MemoryStorage();
    let now = new Date('2026-03-01T12:00:00Z');
    const clock: Clock = { now: () => now };
    const log = new UnansweredLog({ storage, clock, redact, retentionDays: 30, maxChars: 50 });
    log.record({ text: `${'word '.repeat(40)}end`, kind: 'fallback' });
    await log.flush();
    assert.equal((await log.read(['2026-03-01']))[0]?.entries[0]?.text.length, 50);
    now = new Date('2026-03-31T12:00:00Z');
    log.record({ text: 'a month later', kind: 'fallback' });
    await log.flush();
    assert.deepEqual((await log.read(['2026-03-01', '2026-03-31'])).map((d) => d.day), ['2026-03-31']);
  });

  it('loses nothing when many messages arrive at once, from two logs sharing one storage', async () => {
    const storage = new MemoryStorage();
    const clock = fixedClock('2026-03-02T10:00:00Z');
    const logs = [new UnansweredLog({ storage, clock, redact }), new UnansweredLog({ storage, clock, redact })];
    // The day's item exists (the Storage interface has no create-if-absent, so two instances creating
    // it in the same instant can still lose one batch: a count, never a conversation). From then on
    // eTags make the second writer read again and add its batch.
    logs[0]?.record({ text: 'first of the day', kind: 'fallback' });
    await logs[0]?.flush();
    for (let i = 0; i < 40; i++) logs[i % 2]?.record({ text: `question ${i % 5}`, kind: 'fallback' });
    await Promise.all(logs.map((l) => l.flush()));
    const [day] = await logs[0]!.read(['2026-03-02']);
    assert.equal(day?.entries.reduce((n, e) => n + e.count, 0), 41);
  });
});

describe('grouping unanswered messages by similarity', () => {
  it('puts rephrasings of one question together, most frequent group first, with counts', async () => {
    const kb = await realKnowledgeBase();
    const analyzer = new TextAnalyzer({ vocabularyTexts: kb.topics.flatMap((t) => t.questions), synonymGroups: kb.synonymGroups });
    const at = '2026-03-02T10:00:00.000Z';
    const groups = groupUnanswered(
      [
        { text: 'can I get compensation for my parking ticket', kind: 'fallback', count: 4, lastSeen: at },
        { text: 'Can I get compensation for my parking ticket', kind: 'fallback', count: 1, lastSeen: at },
        { text: 'compensation for parking ticket?', kind: 'fallback', count: 2, lastSeen: at },
        { text: 'is the hospital car park free', kind: 'fallback', count: 3, lastSeen: at },
        { text: 'is the car park at the hospital free', kind: 'clarify', count: 1, lastSeen: at, offered: ['helpline'] },
        { text: 'weather in dumfries tomorrow', kind: 'fallback', count: 1, lastSeen: at },
      ],
      (text) => analyzer.analyze(text),
    );
    assert.deepEqual(
      groups.map((g) => [g.total, g.examples.map((e) => e.text)]),
      [
        [7, ['can I get compensation for my parking ticket', 'compensation for parking ticket?']],
        [4, ['is the hospital car park free', 'is the car park at the hospital free']],
        [1, ['weather in dumfries tomorrow']],
      ],
    );
    assert.deepEqual(groups[1]?.byKind, { fallback: 3, clarify: 1 });
    assert.deepEqual(groups[1]?.offered, ['helpline']);
  });
});

describe('npm run kb:unanswered', () => {
  it('lists the groups from the bot’s storage, most frequent first, and --json ends with one JSON line', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'unanswered-'));
    try {
      const log = new UnansweredLog({ storage: new FileStorage({ directory }), clock: { now: () => new Date() }, redact });
      for (let i = 0; i < 3; i++) log.record({ text: 'can I get compensation for my parking ticket', kind: 'fallback' });
      log.record({ text: 'compensation for my parking ticket, my number is 07700 900123', kind: 'fallback' });
      log.record({ text: 'weather in dumfries tomorrow', kind: 'fallback' });
      await log.flush();
      const env = { StorageKind: 'file', StoragePath: directory };
      const text = runScript('src/cli/kbUnanswered.ts', [], env);
      assert.equal(text.status, 0, text.stderr);
      assert.match(text.stdout, /5 messages, 2 groups/);
      assert.match(text.stdout, /1\.\s+4×\s+"can I get compensation for my parking ticket"/);
      assert.match(text.stdout, /also "compensation for my parking ticket, my number is \[PHONE\]" ×1/);
      assert.match(text.stdout, /2\.\s+1×\s+"weather in dumfries tomorrow"/);
      const json = runScript('src/cli/kbUnanswered.ts', ['--json', '--days', '7'], env);
      assert.equal(json.status, 0, json.stderr);
      const summary = JSON.parse(json.stdout.trim().split('\n').at(-1) ?? '') as { messages: number; groups: { total: number }[] };
      assert.equal(summary.messages, 5);
      assert.deepEqual(summary.groups.map((g) => g.total), [4, 1]);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
