import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import pino from 'pino';
import { type App, buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { handoffFlowMessages, handoffMessages, messages } from '../../src/messages';
import { createStorage } from '../../src/storage/createStorage';
import { makeTempDirectory, type TempDirectory } from '../storage/tempDirectory';
import { realKnowledgeBase, realRecognizer } from '../support/realKnowledgeBase';
import { ChatPage, launchChromium } from './support/browser';
import { TEST_TOKEN_SECRET } from './support/chatApp';

const ALICE = 'alice-console-key-0123456789';
const STATUS = '#chat-status';
/** The greeting topic's opening, which the welcome starts with. */
const WELCOME = 'Hello. I can answer questions';

/** One server process's worth of app over the durable file storage in `dir`; the next one on the same port and dir is a restart. */
async function startApp(dir: string, port: number): Promise<{ app: App; base: string }> {
  const loaded = loadConfig({
    StorageKind: 'file',
    StoragePath: dir,
    // Shared across the restart, as the README asks for any deployment that restarts.
    DirectLineTokenSecret: TEST_TOKEN_SECRET,
    DirectLinePollingIntervalMs: '200',
    AgentConsoleKeys: `Alice:${ALICE}`,
    HelplineHours: 'Mon-Sun 00:00-24:00',
  });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const app = buildApp({
    config: loaded.config,
    knowledgeBase: await realKnowledgeBase(),
    recognizer: await realRecognizer(),
    storage: createStorage({ kind: 'file', path: dir }),
    logger: pino({ level: 'silent' }),
  });
  const listening = await app.listen(port, '127.0.0.1');
  return { app, base: `http://127.0.0.1:${listening}` };
}

/** The server goes away at once, as a crash or a restart would take it: open connections are cut too. */
async function stopAbruptly(app: App): Promise<void> {
  const closed = app.close();
  app.server.server.closeAllConnections();
  await closed;
}

async function agentCall(base: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `Bearer ${ALICE}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json().catch(() => undefined) };
}

/** Every message bubble (the visitor's or the bot's) containing `text`, case and all. */
const bubbles = (chat: ChatPage, text: string) =>
  chat.page.locator('.webchat__bubble__content', { hasText: new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });

/** Chromium reports each refused connection while the server is away; those are expected here. */
const unexpected = (problems: readonly string[]) => problems.filter((p) => !/Failed to load resource/.test(p));

describe('web chat: the page recovers when the server restarts', function () {
  let browser: Browser;
  let temp: TempDirectory;
  let running: { app: App; base: string } | undefined;

  before(async function () {
    this.timeout(60_000);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    temp = await makeTempDirectory();
  });
  afterEach(async () => {
    if (running) await stopAbruptly(running.app);
    running = undefined;
    await temp.cleanup();
  });

  it('reconnects to the same conversation without a reload, loses nothing said meanwhile, and the visitor carries on', async function () {
    this.timeout(120_000);
    running = await startApp(temp.path, 0);
    const { base } = running;
    const port = Number(new URL(base).port);
    assert.equal((await agentCall(base, 'POST', '/api/agent/presence', { status: 'online' })).status, 200);

    const visitor = await ChatPage.open(browser, `${base}/`);
    let navigations = 0;
    visitor.page.on('framenavigated', (frame) => {
      if (frame === visitor.page.mainFrame()) navigations += 1;
    });
    try {
      // Before the restart: an answer, then a person takes the chat.
      await visitor.ask('what is the helpline number');
      await visitor.botMessage('Call the helpline on').waitFor();
      await visitor.page.getByRole('button', { name: messages.talkToPerson, exact: true }).first().click();
      await visitor.botMessage(handoffFlowMessages.consent.split('. ')[0] ?? '').waitFor();
      await visitor.ask('yes');
      await visitor.botMessage(handoffFlowMessages.queued(1)).waitFor();
      const [queued] = (await agentCall(base, 'GET', '/api/agent/queue')).body;
      assert.equal((await agentCall(base, 'POST', `/api/agent/handoffs/${queued.id}/claim`, { agentName: 'Alice' })).status, 200);
      await visitor.botMessage(handoffMessages.agentJoined('Alice')).waitFor();

      // The server goes away: the page says so, calmly, and keeps trying.
      await stopAbruptly(running.app);
      running = undefined;
      await visitor.page.locator(STATUS, { hasText: 'Reconnecting…' }).waitFor({ timeout: 15_000 });

      // The page cannot get through until the agent has written on the new server: that message
      // lands after the last poll the page saw, which is what the watermark is for.
      await visitor.page.route('**/v3/directline/**', (route) => route.abort());
      running = await startApp(temp.path, port);
      const wrote = await agentCall(base, 'POST', `/api/agent/handoffs/${queued.id}/messages`, { text: 'Are you still there? The chat restarted.' });
      assert.equal(wrote.status, 201, JSON.stringify(wrote.body));
      const polls: string[] = [];
      visitor.page.on('request', (request) => {
        if (request.url().includes('/activities?watermark=')) polls.push(new URL(request.url()).searchParams.get('watermark') ?? '');
      });
      await visitor.page.unroute('**/v3/directline/**');

      await visitor.botMessage('Are you still there? The chat restarted.').waitFor({ timeout: 30_000 });
      await visitor.page.locator(STATUS).waitFor({ state: 'hidden', timeout: 15_000 });
      assert.ok(Number(polls[0]) > 0, `the page read on from where it was (watermark ${polls[0]}), not the whole conversation again`);

      // The visitor carries on in the same conversation: to the agent, then the bot answers again.
      await visitor.ask('Yes, still here');
      const seen = async () => (await agentCall(base, 'GET', `/api/agent/handoffs/${queued.id}`)).body.transcript.map((e: { text: string }) => e.text);
      for (let i = 0; i < 100 && !(await seen()).includes('Yes, still here'); i++) await new Promise((r) => setTimeout(r, 100));
      assert.ok((await seen()).includes('Yes, still here'), 'the agent got the message sent after the restart');
      assert.equal((await agentCall(base, 'POST', `/api/agent/handoffs/${queued.id}/close`)).status, 200);
      await visitor.botMessage(handoffMessages.agentEndedChat.split('. ')[0] ?? '').waitFor();
      await visitor.ask('what is the helpline number');
      // The answer's own text ("It is open"), not its "Tap to call" card, which also says "Call the helpline on".
      await visitor.page.waitForFunction(
        (text) => Array.from(document.querySelectorAll('.webchat__bubble__content')).filter((b) => (b.textContent ?? '').includes(text)).length === 2,
        'It is open',
      );

      // Nothing lost and nothing twice: every message shows exactly once, all without a reload.
      const count = (text: string) => bubbles(visitor, text).count();
      assert.equal(await count('what is the helpline number'), 2, 'asked once before the restart and once after');
      assert.equal(await count('It is open'), 2, 'answered once before the restart and once after');
      assert.equal(await count(handoffMessages.agentJoined('Alice')), 1);
      assert.equal(await count('Are you still there? The chat restarted.'), 1);
      assert.equal(await count('Yes, still here'), 1);
      assert.equal(await count(WELCOME), 1, 'one welcome: the same conversation, not a new one');
      assert.equal(navigations, 0, 'the page was not reloaded');
      assert.deepEqual(unexpected(visitor.problems), [], 'no CSP violations or script errors');
    } finally {
      await visitor.close();
    }
  });

  it('after a reload the tab picks up its conversation again, with what was said so far', async function () {
    this.timeout(60_000);
    running = await startApp(temp.path, 0);
    const visitor = await ChatPage.open(browser, `${running.base}/`);
    try {
      await visitor.ask('what is the helpline number');
      await visitor.botMessage('Call the helpline on').waitFor();
      await visitor.page.reload();
      await visitor.userMessage('what is the helpline number').waitFor({ timeout: 15_000 });
      await visitor.ask('thank you');
      await visitor.page.locator(STATUS).waitFor({ state: 'hidden' });
      await visitor.botMessage('welcome').waitFor();
      assert.equal(await bubbles(visitor, WELCOME).count(), 1, 'the same conversation: one welcome');
      assert.equal(await bubbles(visitor, 'what is the helpline number').count(), 1);
      assert.deepEqual(unexpected(visitor.problems), []);
    } finally {
      await visitor.close();
    }
  });
});
