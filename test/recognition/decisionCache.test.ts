import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { type App, buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/observability/logger';
import { buildUnderstanding } from '../../src/buildUnderstanding';
import { decisionForAudience } from '../../src/dialogs/decisionForAudience';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { DecisionCache } from '../../src/recognition/decisionCache';
import { EmbeddedRecognizer } from '../../src/recognition/embeddedRecognizer';
import type { Recognition, Recognizer } from '../../src/recognition/recognizer';
import type { MessageUnderstanding, Understanding } from '../../src/recognition/understandMessage';
import { realKnowledgeBase } from '../support/realKnowledgeBase';

/** The embedded recogniser, counting the messages it is asked to read. */
class CountingRecognizer implements Recognizer {
  readonly read: string[] = [];
  constructor(private readonly inner: Recognizer) {}
  recognize(text: string, audience: 'public' | 'staff'): Promise<Recognition> {
    this.read.push(text);
    return this.inner.recognize(text, audience);
  }
}

describe('remembered decisions (DecisionCache)', () => {
  let kb: KnowledgeBase;
  let counting: CountingRecognizer;
  let cache: DecisionCache<Understanding>;
  let cached: MessageUnderstanding;
  let plain: MessageUnderstanding;

  before(async () => {
    kb = await realKnowledgeBase();
    const embedded = new EmbeddedRecognizer(kb);
    plain = buildUnderstanding(kb, { MaxMessageChars: 2000 }, { recognizer: embedded });
    counting = new CountingRecognizer(embedded);
  });

  beforeEach(() => {
    counting.read.length = 0;
    cache = new DecisionCache<Understanding>(100);
    cached = buildUnderstanding(kb, { MaxMessageChars: 2000 }, { recognizer: counting, auxiliary: counting, decisionCache: cache });
  });

  it('answers a message sent again without reading it again, with the same decision', async () => {
    const first = await cached.understand({ text: 'is my data on the dark web', audience: 'public' });
    const readOnce = counting.read.length;
    assert.ok(readOnce > 0, 'the first time, the recogniser reads it');
    const again = await cached.understand({ text: 'is my data on the dark web', audience: 'public' });
    assert.equal(counting.read.length, readOnce, 'the second time, nothing is read');
    assert.deepEqual(again, first);
    assert.deepEqual(again, await plain.understand({ text: 'is my data on the dark web', audience: 'public' }));
    assert.deepEqual(cache.stats(), { hits: 1, misses: 1, size: 1, capacity: 100 });
  });

  it("never gives the public a decision made for staff: the audience is part of the key", async () => {
    const text = 'what do i tell patients who ask about the hack';
    const forStaff = await cached.understand({ text, audience: 'staff' });
    assert.equal(forStaff.kind === 'answer' && forStaff.topicId, 'staff-patient-enquiries');
    const forPublic = await cached.understand({ text, audience: 'public' });
    assert.deepEqual(forPublic, await plain.understand({ text, audience: 'public' }));
    const shown = decisionForAudience(forPublic, kb, 'public');
    assert.ok(!(shown.kind === 'answer' && shown.topicId === 'staff-patient-enquiries'), JSON.stringify(shown));
    assert.equal(cache.stats().misses, 2);
  });

  it('reads a short follow-up again after a different answer: the previous topic is part of the key', async () => {
    const afterHelpline = await cached.understand({ text: 'what are the hours', audience: 'public', previousTopicId: 'helpline' });
    const afterNothing = await cached.understand({ text: 'what are the hours', audience: 'public' });
    assert.deepEqual(afterHelpline, await plain.understand({ text: 'what are the hours', audience: 'public', previousTopicId: 'helpline' }));
    assert.deepEqual(afterNothing, await plain.understand({ text: 'what are the hours', audience: 'public' }));
    assert.equal(afterHelpline.kind === 'answer' && afterHelpline.topicId, 'helpline', 'after the helpline answer, its hours');
    assert.equal(afterNothing.kind, 'none', 'with nothing before it, a question too short to place');
    assert.equal(cache.stats().hits, 0);
  });

  it('reads a question once whatever came before it, when the previous topic plays no part in its decision', async () => {
    const text = 'did the board pay the hackers';
    for (const previousTopicId of [undefined, 'helpline', 'ransom', 'human']) {
      assert.deepEqual(await cached.understand({ text, audience: 'public', previousTopicId }), await plain.understand({ text, audience: 'public', previousTopicId }), String(previousTopicId));
    }
    assert.deepEqual(cache.stats(), { hits: 3, misses: 1, size: 1, capacity: 100 });
  });

  it('decides as reading afresh would, for every message after every previous topic, in any order', async () => {
    // Dev-set messages (never the held-out ones), after topics a follow-up, a bare reply or risk wording reads differently.
    const evalDir = path.join(__dirname, '../fixtures/eval');
    const texts = readdirSync(evalDir)
      .filter((name) => /^dev\d*\.jsonl$/.test(name))
      .sort()
      .flatMap((name) => readFileSync(path.join(evalDir, name), 'utf8').split('\n').filter(Boolean))
      .map((line) => (JSON.parse(line) as { text: string }).text)
      .filter((_, i) => i % 40 === 0)
      .concat(['no', 'yes please', 'and the number?', 'what about saturday', 'no i dont want a human', 'ive overdone it this week', 'ok']);
    const turns = texts.flatMap((text) => [undefined, 'helpline', 'human', 'crisis', 'scam-contact'].flatMap((previousTopicId) => (['public', 'staff'] as const).map((audience) => ({ text, audience, previousTopicId }))));
    // A fixed shuffle, so a decision made after one topic is met again after another.
    const order = turns.map((turn, i) => ({ turn, at: (i * 7919) % turns.length })).sort((a, b) => a.at - b.at).map((x) => x.turn);
    const big = new DecisionCache<Understanding>(100_000);
    const remembering = buildUnderstanding(kb, { MaxMessageChars: 2000 }, { decisionCache: big });
    const differing: string[] = [];
    for (const turn of order) {
      const [got, fresh] = [await remembering.understand(turn), await plain.understand(turn)];
      if (JSON.stringify(got) !== JSON.stringify(fresh)) differing.push(`${JSON.stringify(turn)}: ${JSON.stringify(got)} ≠ ${JSON.stringify(fresh)}`);
    }
    assert.deepEqual(differing, []);
    assert.ok(big.stats().hits > turns.length / 2, `only ${big.stats().hits} of ${turns.length} remembered`);
  });

  it('remembers a crisis as a crisis', async () => {
    for (let i = 0; i < 2; i++) {
      const understood = await cached.understand({ text: 'i want to end my life', audience: 'public' });
      assert.equal(understood.kind === 'answer' && understood.topicId, 'crisis');
    }
    assert.equal(cache.stats().hits, 1);
  });

  it('hands out decisions no turn can change for the next one', async () => {
    await cached.understand({ text: 'the helpline or the police?', audience: 'public' });
    const shared = await cached.understand({ text: 'the helpline or the police?', audience: 'public' });
    assert.ok(Object.isFrozen(shared));
    assert.throws(() => Object.assign(shared, { topicId: 'ransom' }), TypeError);
    if (shared.kind === 'clarify') assert.throws(() => (shared.topicIds as string[]).push('ransom'), TypeError);
  });

  it('forgets the least recently used decision first, and keeps no more than its capacity', () => {
    const small = new DecisionCache<{ n: number }>(2);
    small.set('a', { n: 1 });
    small.set('b', { n: 2 });
    assert.deepEqual(small.get('a'), { n: 1 }, 'a is now the most recently used');
    small.set('c', { n: 3 });
    assert.equal(small.get('b'), undefined, 'b went first');
    assert.deepEqual(small.get('a'), { n: 1 });
    assert.deepEqual(small.get('c'), { n: 3 });
    assert.equal(small.stats().size, 2);
  });

  it('with capacity 0 remembers nothing', () => {
    const none = new DecisionCache<{ n: number }>(0);
    none.set('a', { n: 1 });
    assert.equal(none.get('a'), undefined);
    assert.equal(none.stats().size, 0);
  });

  it('keys by a digest: no text of the message is kept, and different parts never share a key', () => {
    const key = DecisionCache.keyOf(['public', undefined, 'my chi is 0101901234 and i live at 12 high street']);
    assert.doesNotMatch(key, /0101901234|high|street/i);
    assert.notEqual(DecisionCache.keyOf(['ab', 'c']), DecisionCache.keyOf(['a', 'bc']));
    assert.notEqual(DecisionCache.keyOf(['public', undefined, 'x']), DecisionCache.keyOf(['public', '', 'x']));
    assert.equal(DecisionCache.keyOf(['public', 'helpline', 'x']), DecisionCache.keyOf(['public', 'helpline', 'x']));
  });

  it('hashes the same on every Node 20: the one-shot digest (20.12 on) gives what a Hash object gives', () => {
    // The key is the SHA-256 of the parts, each after its length; older Node 20 takes createHash.
    assert.equal(DecisionCache.keyOf(['public', undefined, 'is my data out there']), createHash('sha256').update('3|6:public-1:20:is my data out there').digest('base64'));
  });
});

describe('remembered decisions in the bot (buildApp, DecisionCacheSize)', () => {
  const apps: App[] = [];
  after(async () => {
    for (const app of apps) await app.close();
  });

  async function start(env: Record<string, string>): Promise<{ app: App; ask: (text: string) => Promise<string | undefined> }> {
    const loaded = loadConfig({ StorageKind: 'memory', ...env });
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const app = buildApp({ config: loaded.config, knowledgeBase: await realKnowledgeBase(), storage: new MemoryStorage(), logger: createLogger({ level: 'silent' }) });
    apps.push(app);
    const port = await app.listen(0, '127.0.0.1');
    let turn = 0;
    const ask = async (text: string) => {
      const body = { type: 'message', channelId: 'emulator', deliveryMode: 'expectReplies', from: { id: `visitor-${turn}` }, recipient: { id: 'bot' }, conversation: { id: `conversation-${turn++}` }, text };
      const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const reply = (await res.json()) as { activities: { channelData?: { topicId?: string } }[] };
      return reply.activities[0]?.channelData?.topicId;
    };
    return { app, ask };
  }

  it('answers two visitors who send the same words alike, reading the words once (embedded recogniser)', async () => {
    const { app, ask } = await start({});
    assert.equal(await ask('who is behind the attack'), 'who-is-responsible');
    assert.equal(await ask('who is behind the attack'), 'who-is-responsible');
    assert.deepEqual(app.understanding.decisions?.stats(), { hits: 1, misses: 1, size: 1, capacity: 10_000 });
  });

  it('remembers nothing with CLU configured (it can fail over, and its model changes) or with DecisionCacheSize=0', async () => {
    const clu = await start({ CluEndpoint: 'http://127.0.0.1:9', CluKey: 'k', CluProjectName: 'p', CluDeploymentName: 'd' });
    assert.equal(clu.app.understanding.decisions, undefined);
    const off = loadConfig({ StorageKind: 'memory', DecisionCacheSize: '0' });
    assert.ok(off.ok && off.config.DecisionCacheSize === 0);
  });

  it('refuses a DecisionCacheSize that is not a whole number from 0 to 1,000,000, naming the key', () => {
    for (const bad of ['-1', 'lots', '2.5', '1000001']) {
      const result = loadConfig({ DecisionCacheSize: bad });
      assert.ok(!result.ok && result.problems.some((p) => p.startsWith('DecisionCacheSize')), `${bad}: ${JSON.stringify(result)}`);
    }
  });
});
