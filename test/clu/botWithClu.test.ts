import assert from 'node:assert/strict';
import path from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { type App, buildApp } from '../../src/app';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { loadKnowledgeBase } from '../../src/knowledge/loadKnowledgeBase';
import { createLogger } from '../../src/observability/logger';
import { type CluLoopback, conversationResult, errorReply, startCluLoopback } from '../support/cluLoopback';
import { cluConfig } from './cluHarness';

interface Reply {
  readonly text?: string;
  readonly channelData?: { topicId?: string };
}

/** The bot as index.ts builds it from config alone (no recogniser passed in), over HTTP on loopback. */
async function startBot(knowledgeBase: KnowledgeBase, env: Record<string, string>, endpoint: string) {
  const app: App = buildApp({ config: cluConfig(endpoint, env), knowledgeBase, storage: new MemoryStorage(), logger: createLogger({ level: 'silent' }) });
  const port = await app.listen(0, '127.0.0.1');
  let id = 0;
  const say = async (text: string): Promise<Reply[]> => {
    const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `m-${++id}`,
        channelId: 'emulator',
        serviceUrl: 'http://127.0.0.1:9',
        deliveryMode: 'expectReplies',
        from: { id: 'visitor' },
        recipient: { id: 'bot' },
        conversation: { id: `clu-${port}` },
        text,
      }),
    });
    assert.equal(res.status, 200);
    return ((await res.json()) as { activities: Reply[] }).activities;
  };
  const topicOf = async (text: string) => (await say(text)).map((r) => r.channelData?.topicId ?? 'no-topic').join(',');
  return { app, topicOf };
}

describe('the bot with CLU configured (loopback CLU)', () => {
  const QUESTION = 'what happened in the cyber attack'; // the embedded recogniser answers what-happened
  let knowledgeBase: KnowledgeBase;
  let clu: CluLoopback;
  const apps: App[] = [];

  before(async () => {
    const loaded = await loadKnowledgeBase(path.resolve(__dirname, '../../knowledge'));
    assert.ok(loaded.ok);
    knowledgeBase = loaded.knowledgeBase;
    clu = await startCluLoopback(() => errorReply(500, 'InternalServerError', 'not set up'));
  });
  after(async () => {
    await Promise.all(apps.map((a) => a.close()));
    await clu.close();
  });
  beforeEach(() => clu.requests.splice(0));

  it('answers as CLU says while CLU is up, and from the embedded recogniser when CLU fails', async () => {
    const bot = await startBot(knowledgeBase, {}, clu.endpoint);
    apps.push(bot.app);
    clu.respondWith(() => conversationResult(QUESTION, [['timeline', 0.93], ['what-happened', 0.4], ['None', 0.01]]));
    assert.equal(await bot.topicOf(QUESTION), 'timeline');
    clu.respondWith(() => errorReply(500, 'InternalServerError', 'Internal error'));
    assert.equal(await bot.topicOf(QUESTION), 'what-happened');
    assert.equal(clu.requests.length, 2);
  });

  it('stops waiting for a CLU that has stopped answering: after a few timeouts, turns skip CLU', async () => {
    const bot = await startBot(knowledgeBase, { CluTimeoutMs: '200' }, clu.endpoint);
    apps.push(bot.app);
    clu.respondWith(() => ({ hang: true }));
    for (let i = 0; i < 3; i++) assert.equal(await bot.topicOf(QUESTION), 'what-happened');
    assert.equal(clu.requests.length, 3);
    for (let i = 0; i < 3; i++) assert.equal(await bot.topicOf(QUESTION), 'what-happened');
    assert.equal(clu.requests.length, 3, 'the open circuit sends nothing to CLU, so these turns do not wait');
  });
});
