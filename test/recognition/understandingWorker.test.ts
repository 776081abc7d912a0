import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { MemoryStorage } from 'botbuilder';
import fc from 'fast-check';
import { type App, buildApp } from '../../src/app';
import { buildUnderstanding } from '../../src/buildUnderstanding';
import { loadConfig } from '../../src/config';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { createLogger } from '../../src/observability/logger';
import { DecisionCache } from '../../src/recognition/decisionCache';
import type { DecideElsewhere } from '../../src/recognition/rememberedDecision';
import type { MessageUnderstanding, Understanding } from '../../src/recognition/understandMessage';
import { UnderstandingWorker, type UnderstandingWorkerOptions } from '../../src/recognition/worker/understandingWorker';
import { realKnowledgeBase } from '../support/realKnowledgeBase';

const silent = createLogger({ level: 'silent' });

async function whenReady(worker: UnderstandingWorker): Promise<void> {
  while (!worker.stats().ready) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** A stand-in thread: says it is ready, then does `onMessage` (crash, ignore) with every message. */
function standInThread(onMessage: string): Worker {
  return new Worker(`const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => { ${onMessage} }); parentPort.postMessage({ ready: true });`, { eval: true });
}

/** Dev-set messages (never the held-out ones) and short replies whose decision reads the previous topic. */
function devTexts(every: number): string[] {
  const evalDir = path.join(__dirname, '../fixtures/eval');
  return readdirSync(evalDir)
    .filter((name) => /^dev\d*\.jsonl$/.test(name))
    .sort()
    .flatMap((name) => readFileSync(path.join(evalDir, name), 'utf8').split('\n').filter(Boolean))
    .map((line) => (JSON.parse(line) as { text: string }).text)
    .filter((_, i) => i % every === 0)
    .concat(['no', 'yes please', 'what are the hours', 'no i dont want a human', 'ive overdone it this week', 'i want to end my life']);
}

describe('the understanding worker (UnderstandingWorker=on)', () => {
  let kb: KnowledgeBase;
  let here: MessageUnderstanding;
  const workers: UnderstandingWorker[] = [];
  const started = (options: Partial<UnderstandingWorkerOptions> = {}) => {
    const worker = new UnderstandingWorker({ knowledgeBase: kb, maxChars: 2000, logger: silent, ...options });
    workers.push(worker);
    return worker;
  };

  before(async () => {
    kb = await realKnowledgeBase();
    here = buildUnderstanding(kb, { MaxMessageChars: 2000 });
  });
  after(async () => {
    for (const worker of workers) await worker.close();
  });

  it('decides every message as the main thread does, after every previous topic, for both audiences', async function () {
    this.timeout(120_000);
    const worker = started();
    await whenReady(worker);
    const differing: string[] = [];
    for (const text of devTexts(20))
      for (const previousTopicId of [undefined, 'helpline', 'human', 'crisis'])
        for (const audience of ['public', 'staff'] as const) {
          const [there, mine] = [await worker.decide({ text, audience, previousTopicId }), await here.understandWatched({ text, audience, previousTopicId })];
          if (JSON.stringify(there) !== JSON.stringify(mine)) differing.push(`${JSON.stringify({ text, audience, previousTopicId })}: ${JSON.stringify(there)} ≠ ${JSON.stringify(mine)}`);
        }
    assert.deepEqual(differing, []);
    const crisis = await worker.decide({ text: 'i want to end my life', audience: 'public' });
    assert.equal(crisis?.decision.kind === 'answer' && crisis.decision.topicId, 'crisis');
    assert.equal(worker.stats().readHere, 0);
  });

  it('decides any text as the main thread does: any Unicode, lone surrogates, control characters, past MaxMessageChars', async function () {
    this.timeout(120_000);
    const worker = started({ maxChars: 300 });
    const short = buildUnderstanding(kb, { MaxMessageChars: 300 });
    await whenReady(worker);
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom('\u0000', '\ud800 helpline', 'x'.repeat(5000)));
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom(undefined, 'helpline', 'crisis'), fc.constantFrom('public' as const, 'staff' as const), async (t, previousTopicId, audience) => {
        const [there, mine] = [await worker.decide({ text: t, audience, previousTopicId }), await short.understandWatched({ text: t, audience, previousTopicId })];
        assert.deepEqual(there, mine);
      }),
      { numRuns: 150 },
    );
    assert.equal(worker.stats().readHere, 0);
  });

  it('remembers what the thread decided by whether it read the previous topic, as a decision made here is', async () => {
    const asked: (string | undefined)[] = [];
    const decide = (readPrevious: boolean): DecideElsewhere => async (input) => {
      asked.push(input.previousTopicId);
      return { decision: { kind: 'answer', topicId: 'helpline', score: 1, via: 'recognizer' }, readPrevious };
    };
    const followUp = buildUnderstanding(kb, { MaxMessageChars: 2000 }, { decisionCache: new DecisionCache<Understanding>(10), elsewhere: decide(true) });
    await followUp.understand({ text: 'and the hours', audience: 'public', previousTopicId: 'helpline' });
    await followUp.understand({ text: 'and the hours', audience: 'public', previousTopicId: 'ransom' });
    await followUp.understand({ text: 'and the hours', audience: 'public', previousTopicId: 'helpline' });
    assert.deepEqual(asked, ['helpline', 'ransom'], 'read again after another topic, remembered after the same one');
    asked.length = 0;
    const question = buildUnderstanding(kb, { MaxMessageChars: 2000 }, { decisionCache: new DecisionCache<Understanding>(10), elsewhere: decide(false) });
    await question.understand({ text: 'what is the helpline number', audience: 'public', previousTopicId: 'helpline' });
    await question.understand({ text: 'what is the helpline number', audience: 'public', previousTopicId: 'ransom' });
    assert.deepEqual(asked, ['helpline'], 'read once whatever came before');
  });

  it('loses no message when the thread crashes: it is read on the main thread, and the thread is started again', async () => {
    let starts = 0;
    const worker = started({
      restartMs: 10,
      startThread: () => (starts++ === 0 ? standInThread('process.exit(3)') : standInThread(`parentPort.postMessage({ id: m.id, decision: { kind: 'none', score: 0, via: 'recognizer' }, readPrevious: false })`)),
    });
    await whenReady(worker);
    const understanding = buildUnderstanding(kb, { MaxMessageChars: 2000 }, { elsewhere: worker.decide });
    const crisis = await understanding.understand({ text: 'i want to end my life tonight', audience: 'public' });
    assert.equal(crisis.kind === 'answer' && crisis.topicId, 'crisis', 'the message the crash took was read here');
    assert.equal(worker.stats().readHere, 1);
    await whenReady(worker);
    assert.equal(worker.stats().restarts, 1);
    assert.deepEqual((await worker.decide({ text: 'hello', audience: 'public' }))?.decision, { kind: 'none', score: 0, via: 'recognizer' }, 'the new thread answers');
  });

  it('reads messages here, and tries again later, when a thread cannot even be created', async () => {
    let starts = 0;
    const worker = started({
      restartMs: 10,
      startThread: () => {
        if (starts++ === 0) throw new Error('cannot find module understandingThread.js');
        return standInThread(`parentPort.postMessage({ id: m.id, decision: { kind: 'none', score: 0, via: 'recognizer' }, readPrevious: false })`);
      },
    });
    assert.equal(await worker.decide({ text: 'hello', audience: 'public' }), undefined);
    await whenReady(worker);
    assert.deepEqual({ starts, restarts: worker.stats().restarts }, { starts: 2, restarts: 1 });
  });

  it('reads a message here when the thread does not answer in time, and replaces the thread', async () => {
    let starts = 0;
    const worker = started({ timeoutMs: 200, restartMs: 10, startThread: () => (starts++, standInThread('')) });
    await whenReady(worker);
    const understanding = buildUnderstanding(kb, { MaxMessageChars: 2000 }, { elsewhere: worker.decide });
    const understood = await understanding.understand({ text: 'what is the helpline number', audience: 'public' });
    assert.equal(understood.kind === 'answer' && understood.topicId, 'helpline');
    await whenReady(worker);
    assert.equal(starts, 2, 'a new thread replaced the silent one');
  });

  it('reads messages here until the thread is ready, and after close', async function () {
    this.timeout(60_000);
    const never = started({ startThread: () => new Worker(`setInterval(() => {}, 1000)`, { eval: true }) });
    assert.equal(await never.decide({ text: 'hello', audience: 'public' }), undefined);
    const worker = started();
    await whenReady(worker);
    await worker.close();
    assert.equal(await worker.decide({ text: 'hello', audience: 'public' }), undefined);
    assert.deepEqual({ ready: worker.stats().ready, restarts: worker.stats().restarts }, { ready: false, restarts: 0 }, 'closed, not restarted');
  });
});

describe('the understanding worker in the bot (buildApp)', () => {
  const apps: App[] = [];
  after(async () => {
    for (const app of apps) await app.close();
  });

  async function start(env: Record<string, string>): Promise<App> {
    const loaded = loadConfig({ StorageKind: 'memory', ...env });
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const app = buildApp({ config: loaded.config, knowledgeBase: await realKnowledgeBase(), storage: new MemoryStorage(), logger: silent });
    apps.push(app);
    return app;
  }

  it('answers through the thread once it is ready, and stops it on close', async function () {
    this.timeout(60_000);
    const app = await start({ UnderstandingWorker: 'on' });
    const worker = app.understandingWorker;
    assert.ok(worker);
    await whenReady(worker);
    const port = await app.listen(0, '127.0.0.1');
    const body = { type: 'message', channelId: 'emulator', deliveryMode: 'expectReplies', from: { id: 'visitor' }, recipient: { id: 'bot' }, conversation: { id: 'worker-1' }, text: 'who is behind the attack' };
    const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const reply = (await res.json()) as { activities: { channelData?: { topicId?: string } }[] };
    assert.equal(reply.activities[0]?.channelData?.topicId, 'who-is-responsible');
    assert.equal(worker.stats().decided, 1);
    apps.splice(apps.indexOf(app), 1);
    await app.close();
    assert.equal(worker.stats().ready, false);
  });

  it('is off by default and unused with CLU; refuses a value other than on or off, naming the key', async () => {
    assert.equal((await start({})).understandingWorker, undefined);
    assert.equal((await start({ UnderstandingWorker: 'on', CluEndpoint: 'http://127.0.0.1:9', CluKey: 'k', CluProjectName: 'p', CluDeploymentName: 'd' })).understandingWorker, undefined);
    const result = loadConfig({ UnderstandingWorker: 'yes' });
    assert.ok(!result.ok && result.problems.some((p) => p.startsWith('UnderstandingWorker')), JSON.stringify(result));
  });
});
