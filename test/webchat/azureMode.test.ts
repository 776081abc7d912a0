import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { AzureDirectLineStandIn } from './support/azureDirectLineStandIn';
import { type ChatApp, startChatApp } from './support/chatApp';

const SECRET = 'azure-direct-line-secret-DO-NOT-LEAK-7f3a9c';

describe('web chat with Azure Direct Line (loopback stand-in)', function () {
  let standIn: AzureDirectLineStandIn;
  let chat: ChatApp;
  let browser: Browser;

  before(async function () {
    this.timeout(60_000);
    standIn = await AzureDirectLineStandIn.start(SECRET);
    [chat, browser] = await Promise.all([startChatApp({ DirectLineSecret: SECRET, DirectLineEndpoint: standIn.endpoint }), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await chat?.close();
    await standIn?.close();
  });
  afterEach(() => {
    standIn.rejectTokens = false;
    assert.ok(!chat.logLines.join('').includes(SECRET), 'the secret is never logged');
  });

  it('exchanges the secret for a conversation token server side and gives the page only the token', async () => {
    const res = await fetch(`${chat.base}/api/directline/token`, { method: 'POST' });
    const raw = await res.text();
    assert.equal(res.status, 200);
    assert.ok(!raw.includes(SECRET), 'the secret is not in the response');
    const connection = JSON.parse(raw) as { token: string; conversationId: string; domain: string; webSocket: boolean; userId: string };
    assert.match(connection.token, /^azure-token-\d+$/);
    assert.equal(connection.domain, `${standIn.endpoint}/v3/directline`);
    assert.equal(connection.webSocket, true);
    const exchange = standIn.requests.find((r) => r.path === '/v3/directline/tokens/generate');
    assert.equal(exchange?.authorization, `Bearer ${SECRET}`);
    assert.equal((JSON.parse(exchange.body) as { user: { id: string } }).user.id, connection.userId);
    assert.match(connection.userId, /^dl_/);
  });

  it('answers 502 with a JSON error, and no secret, when Azure refuses the exchange', async () => {
    standIn.rejectTokens = true;
    const res = await fetch(`${chat.base}/api/directline/token`, { method: 'POST' });
    const raw = await res.text();
    assert.equal(res.status, 502);
    assert.equal((JSON.parse(raw) as { error: { code: string } }).error.code, 'directline-unavailable');
    assert.ok(!raw.includes(SECRET));
  });

  it('does not serve the local Direct Line', async () => {
    const res = await fetch(`${chat.base}/v3/directline/tokens/generate`, { method: 'POST' });
    assert.equal(res.status, 404);
  });

  it('has the page connect to Azure with the token over WebSocket, the secret nowhere in the browser', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const bodies: string[] = [];
      page.on('response', async (response) => {
        bodies.push(await response.text().catch(() => ''));
      });
      const response = await page.goto(`${chat.base}/`);
      const csp = response?.headers()['content-security-policy'] ?? '';
      assert.match(csp, new RegExp(`connect-src 'self' ${standIn.endpoint} ${standIn.endpoint.replace('http', 'ws')}`));
      const deadline = Date.now() + 15_000;
      let start: (typeof standIn.requests)[number] | undefined;
      while (!start && Date.now() < deadline) {
        await page.waitForTimeout(100);
        start = standIn.requests.find((r) => r.path === '/v3/directline/conversations');
      }
      assert.ok(start, 'Web Chat started the conversation with Azure');
      assert.match(start.authorization ?? '', /^Bearer azure-token-\d+$/);
      assert.ok(!(await page.content()).includes(SECRET), 'the secret is not in the page');
      assert.ok(!bodies.some((b) => b.includes(SECRET)), 'the secret is in no response the browser received');
      // Polling would have asked for activities; with WebSocket it goes to the stream URL instead.
      assert.ok(!standIn.requests.some((r) => r.path.endsWith('/activities')), 'no polling');
    } finally {
      await context.close();
    }
  });
});
