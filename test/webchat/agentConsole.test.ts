import assert from 'node:assert/strict';
import http from 'node:http';
import type { Browser } from 'playwright-core';
import { handoffMessages } from '../../src/messages';
import { visitor } from '../handoff/handoffFixtures';
import { AgentConsole, RecordingNotifier } from './support/agentConsole';
import { launchChromium } from './support/browser';
import { type ChatApp, startChatApp } from './support/chatApp';

const ALICE = 'alice-console-key-0123456789';
const BOB = 'bob-console-key-0123456789abc';

function raw(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on('error', reject);
  });
}

describe('agent console in Chromium', function () {
  let chat: ChatApp;
  let browser: Browser;
  const notifier = new RecordingNotifier();
  const consoles: AgentConsole[] = [];
  let conversations = 0;

  before(async function () {
    this.timeout(60_000);
    [chat, browser] = await Promise.all([
      startChatApp({ AgentConsoleKeys: `Alice:${ALICE},Bob:${BOB}`, AgentIdleMinutes: '3' }, { visitorNotifier: notifier, agentEventsPollMs: 200 }),
      launchChromium(),
    ]);
  });
  after(async () => {
    await browser?.close();
    await chat?.close();
  });

  const open = async () => {
    const agent = await AgentConsole.open(browser, chat.base);
    consoles.push(agent);
    return agent;
  };

  afterEach(async () => {
    for (const agent of consoles.splice(0)) {
      assert.deepEqual(agent.problems, [], 'no CSP violations or script errors');
      assert.ok(!agent.requestedUrls.some((url) => url.includes(ALICE) || url.includes(BOB)), 'the key never travels in a URL');
      await agent.close();
    }
    // Every test starts with an empty queue and no one online.
    for (const h of await chat.app.handoff.queue.list()) await chat.app.handoff.queue.close(h.id, { endedBy: 'visitor' });
    for (const c of await chat.app.handoff.callbacks.listOpen()) await chat.app.handoff.callbacks.complete(c.id, { agent: 'test' });
    for (const name of await chat.app.handoff.presence.onlineAgents()) await chat.app.handoff.presence.setStatus(name, 'offline');
  });

  /** A visitor waiting for a person, as the bot would queue them. */
  const queued = async (summary: string, priority: 'urgent' | 'normal' = 'normal') => {
    const conversationId = `console-${++conversations}`;
    const result = await chat.app.handoff.queue.enqueue({ ...visitor(conversationId, { priority, summary }), channel: 'directline' });
    return result.handoff;
  };

  it('serves the console page with a strict CSP, no inline script and no other site', async () => {
    const page = await raw(`${chat.base}/agent`);
    assert.equal(page.status, 200);
    const csp = String(page.headers['content-security-policy']);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /connect-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.equal(page.headers['x-frame-options'], 'SAMEORIGIN');
    assert.doesNotMatch(page.body, /<script(?![^>]*\bsrc=)[^>]*>/, 'every script is a file');
    assert.doesNotMatch(page.body, /https?:\/\//, 'nothing from another site');
    assert.match(page.body, /data-presence-refresh-ms="60000"/, 'the console says it is online three times per AgentIdleMinutes');
    for (const asset of page.body.match(/\/agent\/assets\/agent\.[0-9a-f]+\.(js|css)/g) ?? []) {
      const res = await raw(`${chat.base}${asset}`);
      assert.equal(res.status, 200, asset);
      assert.match(String(res.headers['cache-control']), /immutable/);
    }
    assert.equal((await raw(`${chat.base}/agent/assets/agent.000000000000.js`)).status, 404);
  });

  it('refuses a wrong key with a clear error, keeps nothing, and is axe-clean', async () => {
    const agent = await open();
    assert.deepEqual(await agent.axeViolations(), [], 'sign-in form');
    await agent.signIn('not-a-real-console-key-123');
    const error = agent.page.getByRole('alert').filter({ hasText: 'That key was not accepted' });
    await error.waitFor();
    assert.equal(await agent.page.getByLabel('Console key').getAttribute('aria-invalid'), 'true');
    assert.ok(await agent.page.getByLabel('Console key').evaluate((el) => el === document.activeElement), 'focus stays on the key');
    assert.ok(!(await agent.page.getByRole('heading', { name: /Waiting chats/ }).isVisible()));
    assert.equal(await agent.sessionKey(), null);
    assert.deepEqual(await chat.app.handoff.presence.onlineAgents(), []);
    assert.deepEqual(await agent.axeViolations(), [], 'with the error shown');
  });

  it('signs in and out: online, the queue urgent first with summary, wait, channel and topics, callbacks; axe-clean', async () => {
    const older = await queued('Asked whether their data was published; wants to talk to someone.');
    await queued('Said they might harm themselves; offered a person at once.', 'urgent');
    await chat.app.handoff.callbacks.create({ firstName: 'Ailsa', phone: '07700 900123' });

    const agent = await open();
    await agent.signInAs(ALICE);
    assert.deepEqual(await chat.app.handoff.presence.onlineAgents(), ['Alice']);
    assert.match(await agent.page.getByRole('banner').innerText(), /Signed in as Alice/);
    assert.equal(await agent.sessionKey(), ALICE, 'kept for this tab only');

    const items = agent.page.locator('#queue-list > li');
    await items.nth(1).waitFor();
    assert.match(await items.nth(0).innerText(), /Urgent[\s\S]*harm themselves/);
    const normal = await items.nth(1).innerText();
    assert.match(normal, new RegExp(older.summary.replace(/[.;]/g, '.')));
    assert.match(normal, /Waiting (under a minute|\d+ minutes?) · Web chat/);
    assert.match(normal, /am i affected, data published/);
    assert.match(await agent.page.getByRole('heading', { name: /Waiting chats/ }).innerText(), /2 waiting/);

    const callback = agent.page.locator('#callbacks-list > li', { hasText: 'Ailsa' });
    await callback.waitFor();
    assert.equal(await callback.getByRole('link', { name: '07700 900123' }).getAttribute('href'), 'tel:+447700900123');
    assert.deepEqual(await agent.axeViolations(), [], 'queue view');

    await agent.page.getByRole('button', { name: 'Sign out' }).click();
    await agent.page.getByLabel('Console key').waitFor();
    assert.deepEqual(await chat.app.handoff.presence.onlineAgents(), []);
    assert.equal(await agent.sessionKey(), null);
    assert.ok(!chat.logLines.some((line) => line.includes(ALICE)), 'the key is never logged');
  });

  it('shows a new hand-off at once, without a reload, and announces it', async () => {
    const agent = await open();
    await agent.signInAs(BOB);
    await agent.page.getByText('Nobody is waiting.').waitFor();
    const navigations = agent.navigations;

    const handoff = await queued('Worried about a scam phone call; asked for a person.', 'urgent');
    await agent.queueItem(handoff.summary).waitFor({ timeout: 10_000 });
    await agent.announced(/Urgent: a new chat is waiting\. Worried about a scam phone call/);
    assert.match(await agent.queueItem(handoff.summary).innerText(), /Urgent[\s\S]*New/);
    assert.equal(agent.navigations, navigations, 'the page was not reloaded');
  });

  it('works from the keyboard alone: claim, read the conversation, send with Enter, read the reply, end the chat', async () => {
    const handoff = await queued('Asked about their records; wants a person.');
    const agent = await open();
    await agent.signInAs(ALICE);
    await agent.queueItem(handoff.summary).waitFor();

    // Focus starts on the queue heading after sign-in; Tab reaches the chat's Claim button.
    await agent.tabTo((f) => f.name === 'Claim chat' && f.describedBy === handoff.summary);
    await agent.page.keyboard.press('Enter');
    await agent.page.getByLabel('Message to the visitor').waitFor();
    assert.equal((await agent.focused()).id, 'message', 'focus moves to the message box');
    await agent.transcriptLine('was my data published?').waitFor();
    await agent.transcriptLine('Here is what we know').waitFor();
    // (The hand-off jobs may also have told this visitor their place in the queue.)
    assert.equal(notifier.textsFor(handoff.conversationId).at(-1), handoffMessages.agentJoined('Alice'));

    await agent.page.keyboard.type('Hello, I am Alice from the helpline.');
    await agent.page.keyboard.press('Enter');
    await agent.transcriptLine('Hello, I am Alice from the helpline.').waitFor();
    assert.equal(notifier.textsFor(handoff.conversationId).at(-1), 'Hello, I am Alice from the helpline.');
    assert.equal(await agent.page.getByLabel('Message to the visitor').inputValue(), '', 'the box is cleared');

    // Shift+Enter is a new line, not a send.
    await agent.page.keyboard.type('Line one');
    await agent.page.keyboard.press('Shift+Enter');
    await agent.page.keyboard.type('line two');
    assert.equal(await agent.page.getByLabel('Message to the visitor').inputValue(), 'Line one\nline two');
    await agent.page.keyboard.press('Enter');
    await agent.transcriptLine('line two').waitFor();

    // The visitor's reply arrives while the console is open.
    await chat.app.handoff.queue.appendMessage(handoff.id, { from: 'visitor', text: 'Thank you, is my address out there?' });
    await agent.transcriptLine('is my address out there?').waitFor();
    assert.deepEqual(await agent.axeViolations(), [], 'chat view');

    await agent.tabTo((f) => f.name === 'End chat');
    await agent.page.keyboard.press('Enter');
    await agent.page.getByText('You ended the chat.').waitFor();
    assert.equal(notifier.textsFor(handoff.conversationId).at(-1), handoffMessages.agentEndedChat);
    assert.equal((await agent.focused()).id, 'queue-title', 'focus returns to the queue');
    assert.equal((await chat.app.handoff.queue.get(handoff.id))?.status, 'closed');
    await agent.announced(/Chat ended/);
  });

  it('shows and announces a risk flag raised while the chat is open, in the chat and in the queue', async () => {
    const handoff = await queued('Asked about support services; wants a person.');
    const agent = await open();
    await agent.signInAs(BOB);
    await agent.queueItem(handoff.summary).getByRole('button', { name: 'Claim chat' }).click();
    await agent.page.getByLabel('Message to the visitor').waitFor();

    await chat.app.handoff.queue.flagRisk(handoff.id, 'self-harm');
    await agent.announced(/Risk flagged in this chat \(self-harm\)/);
    assert.match(await agent.page.locator('#chat-facts').innerText(), /Safety\s+Risk flagged at \d\d:\d\d \(self-harm\)/);
    await agent.queueItem(handoff.summary).getByText('Risk flagged').waitFor();
    assert.deepEqual(await agent.axeViolations(), [], 'with the flag shown');
  });

  it('says a risk flag already raised after (or with, first) the claim, never overwritten by it', async () => {
    const handoff = await queued('Asked about the helpline; wants a person.');
    await chat.app.handoff.queue.flagRisk(handoff.id, 'self-harm');
    const agent = await open();
    await agent.signInAs(BOB);
    await agent.queueItem(handoff.summary).getByRole('button', { name: 'Claim chat' }).click();
    await agent.announced(/You have claimed the chat/);
    await agent.announced(/Risk flagged in this chat \(self-harm\)/);
    // The region's last words are read out in full: the risk must not be overwritten by the claim.
    const said = await agent.page.evaluate(() => (window as unknown as { announcements: string[] }).announcements);
    assert.match(said.at(-1) ?? '', /^Risk flagged in this chat \(self-harm\)/, JSON.stringify(said));
  });

  it('keeps a risk flag the live queue has shown when its own read after claiming was taken just before the flag', async () => {
    const handoff = await queued('Asked about counselling; wants a person.');
    const agent = await open();
    await agent.signInAs(BOB);
    const flagShown = agent.queueItem(handoff.summary).getByText('Risk flagged');
    // The read the console makes after claiming is answered from before the flag, and delivered
    // only once the stream has shown the flag: the order a loaded machine can give by chance.
    await agent.page.route('**/api/agent/queue', async (route) => {
      const beforeTheFlag = await route.fetch();
      await chat.app.handoff.queue.flagRisk(handoff.id, 'self-harm');
      await flagShown.waitFor();
      await route.fulfill({ response: beforeTheFlag });
    });
    const staleRead = agent.page.waitForEvent('requestfinished', (r) => r.url().endsWith('/api/agent/queue'));
    await agent.queueItem(handoff.summary).getByRole('button', { name: 'Claim chat' }).click();
    await staleRead;
    // Time for the page to handle the answer it has just received.
    await agent.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    assert.ok(await flagShown.isVisible(), 'the older read does not take the flag away');
    await agent.page.unrouteAll();
  });

  it('an agent claiming a chat someone else has just taken is told so, and sees who has it', async () => {
    // A queue that is not re-read during the test, so Bob's view is still the one from before Alice claimed.
    const stale = await startChatApp({ AgentConsoleKeys: `Alice:${ALICE},Bob:${BOB}` }, { visitorNotifier: notifier, agentEventsPollMs: 600_000 });
    try {
      const handoff = (await stale.app.handoff.queue.enqueue(visitor('console-stale'))).handoff;
      const [alice, bob] = await Promise.all([AgentConsole.open(browser, stale.base), AgentConsole.open(browser, stale.base)]);
      consoles.push(alice, bob);
      await Promise.all([alice.signInAs(ALICE), bob.signInAs(BOB)]);
      const claimOf = (agent: AgentConsole) => agent.queueItem(handoff.summary).getByRole('button', { name: 'Claim chat' });
      await Promise.all([claimOf(alice).waitFor(), claimOf(bob).waitFor()]);

      await claimOf(alice).click();
      await alice.page.getByLabel('Message to the visitor').waitFor();
      await claimOf(bob).click();
      await bob.page.getByRole('alert').filter({ hasText: 'Someone else took this chat.' }).waitFor();
      assert.equal((await stale.app.handoff.queue.get(handoff.id))?.claimedByAgent, 'Alice');
      assert.ok(!(await bob.page.getByLabel('Message to the visitor').isVisible()), 'Bob has no chat open');
      // Bob's queue is read again at once: it shows who has the chat, with no Claim button.
      await bob.queueItem(handoff.summary).getByText('With Alice').waitFor();
      assert.equal(await claimOf(bob).count(), 0);
      assert.deepEqual(await bob.axeViolations(), [], 'with the message shown');
    } finally {
      for (const agent of consoles.splice(0)) {
        assert.deepEqual(agent.problems, [], 'no CSP violations or script errors');
        await agent.close();
      }
      await stale.close();
    }
  });

  it('lists callback requests and marks them done from the keyboard', async () => {
    await chat.app.handoff.callbacks.create({ firstName: 'Morag', phone: '01387 246246' });
    await chat.app.handoff.callbacks.create({ firstName: 'Euan', phone: '020 7946 0000' });
    const agent = await open();
    await agent.signInAs(BOB);
    const list = agent.page.locator('#callbacks-list > li');
    await list.nth(1).waitFor();
    assert.match(await list.nth(0).innerText(), /Morag[\s\S]*01387 246246/);
    assert.match(await list.nth(1).innerText(), /Euan[\s\S]*020 7946 0000/);

    await agent.tabTo((f) => f.name === 'Mark done' && f.describedBy === 'Morag');
    await agent.page.keyboard.press('Enter');
    await list.filter({ hasText: 'Morag' }).waitFor({ state: 'detached' });
    assert.deepEqual((await chat.app.handoff.callbacks.listOpen()).map((c) => c.firstName), ['Euan']);
    const next = await agent.focused();
    assert.deepEqual([next.name, next.describedBy], ['Mark done', 'Euan'], 'focus moves to the next request');
    await agent.announced(/Callback for Morag marked done/);

    // A request taken while the console is open shows on refresh, and is announced; an urgent one first, marked.
    await chat.app.handoff.callbacks.create({ firstName: 'Iona', phone: '07700 900456', priority: 'urgent' });
    await agent.page.getByRole('button', { name: 'Refresh callbacks' }).click();
    await list.filter({ hasText: 'Iona' }).waitFor();
    await agent.announced(/Urgent: A new callback request has arrived/);
    assert.match(await list.nth(0).innerText(), /Iona[\s\S]*Urgent[\s\S]*07700 900456/);
    assert.doesNotMatch(await list.nth(1).innerText(), /Urgent/);
  });

  it('stays signed in across a reload of the tab', async () => {
    const agent = await open();
    await agent.signInAs(ALICE);
    await agent.page.reload();
    await agent.page.getByText(/Signed in as Alice/).waitFor();
    await agent.page.getByText(/^Live:/).waitFor();
    assert.deepEqual(await chat.app.handoff.presence.onlineAgents(), ['Alice']);
  });
});
