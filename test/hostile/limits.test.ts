import assert from 'node:assert/strict';
import { RateLimiter } from '../../src/directline/rateLimiter';
import { FailureThrottle } from '../../src/server/failureThrottle';
import { type ChatApp, startChatApp } from '../webchat/support/chatApp';
import { assertErrorBody, type RawReply, send } from './support/hostileHttp';

const AGENT_KEY = 'limits-agent-key-0123456789';
const json = { 'content-type': 'application/json' };

function message(conversationId: string, text = 'what is the helpline number?') {
  return JSON.stringify({
    type: 'message',
    channelId: 'emulator',
    deliveryMode: 'expectReplies',
    from: { id: 'user' },
    recipient: { id: 'bot' },
    conversation: { id: conversationId },
    text,
  });
}

function assertTooMany(reply: RawReply): void {
  assert.equal(reply.status, 429, reply.raw);
  assertErrorBody(reply);
  assert.match(reply.retryAfter ?? '', /^[1-9]\d*$/, 'Retry-After in whole seconds');
  assert.ok(Number(reply.retryAfter) <= 60);
}

async function times(n: number, request: () => Promise<RawReply>): Promise<RawReply[]> {
  const replies: RawReply[] = [];
  for (let i = 0; i < n; i++) replies.push(await request());
  return replies;
}

describe('visitor rate limits (429, Retry-After, JSON body)', () => {
  let chat: ChatApp;

  before(async () => {
    chat = await startChatApp({
      TrustedProxyHops: '1',
      MessagesPerMinutePerConversation: '3',
      RequestsPerMinutePerAddress: '10',
      RequestsPerMinutePerConversation: '10',
      AgentSignInFailuresPerMinute: '3',
      AgentConsoleKeys: `Limits:${AGENT_KEY}`,
    });
  });
  after(() => chat.close());

  const from = (address: string) => ({ 'x-forwarded-for': address });

  it('/api/messages: a conversation gets its allowance, then 429; other conversations are unaffected', async () => {
    const ok = await times(3, () => send(chat.base, { method: 'POST', path: '/api/messages', headers: json, body: message('limited-1') }));
    assert.deepEqual(ok.map((r) => r.status), [200, 200, 200]);
    assertTooMany(await send(chat.base, { method: 'POST', path: '/api/messages', headers: json, body: message('limited-1') }));
    assert.equal((await send(chat.base, { method: 'POST', path: '/api/messages', headers: json, body: message('limited-2') })).status, 200);
  });

  it('/api/messages without authentication: a client address gets its allowance, then 429; this machine is not counted', async () => {
    const replies = await times(11, () => send(chat.base, { method: 'POST', path: '/api/messages', headers: { ...json, ...from('203.0.113.7') }, body: '{}' }));
    assert.deepEqual(new Set(replies.slice(0, 10).map((r) => r.status)), new Set([400]));
    assertTooMany(replies[10] as RawReply);
    // Another address, and loopback (the local Direct Line delivering visitors' messages), still get through.
    assert.equal((await send(chat.base, { method: 'POST', path: '/api/messages', headers: { ...json, ...from('203.0.113.8') }, body: '{}' })).status, 400);
    const local = await times(12, () => send(chat.base, { method: 'POST', path: '/api/messages', headers: json, body: '{}' }));
    assert.ok(local.every((r) => r.status === 400));
  });

  it('token endpoint and Direct Line: a client address gets its allowance, then 429', async () => {
    const replies = await times(11, () => send(chat.base, { method: 'POST', path: '/api/directline/token', headers: from('198.51.100.20') }));
    assert.deepEqual(new Set(replies.slice(0, 10).map((r) => r.status)), new Set([200]));
    assertTooMany(replies[10] as RawReply);
    assertTooMany(await send(chat.base, { method: 'POST', path: '/v3/directline/tokens/generate', headers: from('198.51.100.20') }));
    assert.equal((await send(chat.base, { method: 'POST', path: '/api/directline/token', headers: from('198.51.100.21') })).status, 200);
  });

  it('Direct Line: one conversation gets its allowance of requests (polling), then 429; another conversation is unaffected', async () => {
    const grant = (await send(chat.base, { method: 'POST', path: '/api/directline/token', headers: from('198.51.100.30') })).json as { conversationId: string; token: string };
    const other = (await send(chat.base, { method: 'POST', path: '/api/directline/token', headers: from('198.51.100.31') })).json as { conversationId: string; token: string };
    // Each poll comes from a different address, so only the per-conversation limit can stop them.
    const poll = (g: typeof grant, i: number) =>
      send(chat.base, { method: 'GET', path: `/v3/directline/conversations/${g.conversationId}/activities`, headers: { authorization: `Bearer ${g.token}`, ...from(`192.0.2.${i}`) } });
    const replies: RawReply[] = [];
    for (let i = 0; i < 11; i++) replies.push(await poll(grant, i + 1));
    assert.deepEqual(new Set(replies.slice(0, 10).map((r) => r.status)), new Set([200]));
    assertTooMany(replies[10] as RawReply);
    assert.equal((await poll(other, 100)).status, 200);
  });

  it('agent API: after too many failed sign-ins an address gets 429, even with the right key; other addresses can still sign in', async () => {
    const agent = (key: string, address: string) => send(chat.base, { method: 'GET', path: '/api/agent/queue', headers: { authorization: `Bearer ${key}`, ...from(address) } });
    const failures = await times(3, () => agent('wrong-key-0123456789', '203.0.113.50'));
    assert.deepEqual(failures.map((r) => r.status), [401, 401, 401]);
    assertTooMany(await agent(AGENT_KEY, '203.0.113.50'));
    assert.equal((await agent(AGENT_KEY, '203.0.113.51')).status, 200);
  });
});

describe('the counters behind the limits', () => {
  it('a rate limit lets a key through again once its window has passed', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    assert.equal(limiter.take('a').ok, true);
    assert.equal(limiter.take('a').ok, true);
    const refused = limiter.take('a');
    assert.deepEqual(refused, { ok: false, retryAfterSeconds: 60 });
    now += 60_001;
    assert.equal(limiter.take('a').ok, true);
  });

  it('a failure throttle blocks only after the limit, counts only failures, and forgets them after the window', () => {
    let now = 5_000_000;
    const throttle = new FailureThrottle({ limit: 2, windowMs: 60_000, now: () => now });
    assert.equal(throttle.check('x').ok, true);
    throttle.fail('x');
    assert.equal(throttle.check('x').ok, true, 'checking is free');
    assert.equal(throttle.check('x').ok, true);
    now += 30_000;
    throttle.fail('x');
    assert.deepEqual(throttle.check('x'), { ok: false, retryAfterSeconds: 30 });
    assert.equal(throttle.check('y').ok, true, 'another key is not blocked');
    now += 30_001;
    assert.equal(throttle.check('x').ok, true, 'the first failure has left the window');
  });
});
