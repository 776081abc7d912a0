import assert from 'node:assert/strict';
import { type ConversationReference, TurnContext } from 'botbuilder';
import type { Activity } from 'botframework-directlinejs';
import { HELPLINE } from '../../src/messages';
import { type ChatApp, newConnection, startChatApp } from '../webchat/support/chatApp';
import { directLineFor, Transcript } from './support/directLineClient';

const fromBot = (a: Activity) => a.from.role === 'bot';
const textOf = (a: Activity) => ('text' in a && typeof a.text === 'string' ? a.text : '');

interface Reply {
  readonly status: number;
  readonly body: { error?: { code: string; message: string } } & Record<string, unknown>;
  readonly retryAfter: string | null;
}

async function call(base: string, path: string, init: { method?: string; token?: string; body?: string } = {}): Promise<Reply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
  const res = await fetch(`${base}${path}`, { method: init.method ?? 'GET', headers, body: init.body });
  const text = await res.text();
  return { status: res.status, body: text === '' ? {} : JSON.parse(text), retryAfter: res.headers.get('retry-after') };
}

const message = (text: string) => JSON.stringify({ type: 'message', text, from: { id: 'x' }, channelData: { clientActivityID: `c-${text}` } });

describe('local Direct Line, driven by the real directlinejs client', () => {
  let chat: ChatApp;
  const references = new Map<string, Partial<ConversationReference>>();

  before(async () => {
    chat = await startChatApp();
    // Stands in for whatever keeps conversation references for later (the hand-off queue does).
    chat.app.adapter.use(async (context, next) => {
      references.set(context.activity.conversation.id, TurnContext.getConversationReference(context.activity));
      await next();
    });
  });
  after(() => chat.close());

  it('starts a conversation with the welcome, echoes the question with its client id, and answers with the helpline number and call buttons', async () => {
    const connection = await newConnection(chat.base);
    const transcript = new Transcript(directLineFor(chat.base, connection));
    try {
      await transcript.waitFor((a) => fromBot(a) && textOf(a).includes('I can answer questions'), 'welcome');
      const id = await transcript.say('what is the helpline number', 'client-1', { id: connection.userId });

      const echo = await transcript.waitFor((a) => a.id === id, 'echo');
      assert.equal(echo.channelData?.clientActivityID, 'client-1');
      assert.equal(echo.from.id, connection.userId);
      assert.equal(echo.from.role, 'user');

      const answer = await transcript.waitFor((a) => fromBot(a) && textOf(a).includes(HELPLINE), 'answer');
      const card = (answer as { attachments?: { contentType: string; content: { buttons: { title: string; value: string }[] } }[] }).attachments?.[0];
      assert.equal(card?.contentType, 'application/vnd.microsoft.card.hero');
      assert.ok(card.content.buttons.some((b) => b.value === 'tel:+441387216777' && b.title.includes(HELPLINE)), JSON.stringify(card.content.buttons));
      const followUps = (answer as { suggestedActions?: { actions: unknown[] } }).suggestedActions?.actions ?? [];
      assert.ok(followUps.length > 0, 'follow-ups stay as suggested actions');
    } finally {
      transcript.end();
    }
  });

  it('delivers a proactive message sent later through the adapter with a stored conversation reference', async () => {
    const connection = await newConnection(chat.base);
    const transcript = new Transcript(directLineFor(chat.base, connection));
    try {
      await transcript.waitFor(fromBot, 'welcome');
      const reference = references.get(connection.conversationId);
      assert.ok(reference, 'the welcome turn left a conversation reference');
      await chat.app.adapter.continueConversationAsync('', reference, async (context) => {
        await context.sendActivity('A person from the helpline team has read your message.');
      });
      await transcript.waitFor((a) => fromBot(a) && textOf(a) === 'A person from the helpline team has read your message.', 'proactive message');
    } finally {
      transcript.end();
    }
  });

  it("keeps each conversation's token to its own conversation (403 reading or posting elsewhere)", async () => {
    const a = await newConnection(chat.base);
    const b = await newConnection(chat.base);
    const read = await call(chat.base, `/v3/directline/conversations/${b.conversationId}/activities`, { token: a.token });
    assert.equal(read.status, 403);
    assert.equal(read.body.error?.code, 'wrong-conversation');
    const post = await call(chat.base, `/v3/directline/conversations/${b.conversationId}/activities`, { method: 'POST', token: a.token, body: message('from a') });
    assert.equal(post.status, 403);
    const own = await call(chat.base, `/v3/directline/conversations/${b.conversationId}/activities`, { token: b.token });
    assert.equal(own.status, 200);
    assert.ok(!JSON.stringify(own.body).includes('from a'), "a's message never reached b's log");
  });

  it('refuses an expired token (403), a forged one (403) and a missing one (401)', async () => {
    const { conversationId, userId, token } = await newConnection(chat.base);
    const expired = chat.signer(() => Date.now() - 2 * 3600_000).issue(conversationId, userId).token;
    const path = `/v3/directline/conversations/${conversationId}/activities`;
    const tooLate = await call(chat.base, path, { token: expired });
    assert.equal(tooLate.status, 403);
    assert.equal(tooLate.body.error?.code, 'token-expired');
    const forged = await call(chat.base, path, { token: `${token.slice(0, -4)}AAAA` });
    assert.equal(forged.status, 403);
    assert.equal(forged.body.error?.code, 'token-invalid');
    assert.equal((await call(chat.base, path)).status, 401);
  });

  it('answers 404 for a conversation that does not exist', async () => {
    const token = chat.signer().issue('0123456789abcdef0123456789abcdef', 'u_nobody').token;
    const reply = await call(chat.base, '/v3/directline/conversations/0123456789abcdef0123456789abcdef/activities', { token });
    assert.equal(reply.status, 404);
    assert.equal(reply.body.error?.code, 'conversation-not-found');
  });

  it('answers 400 with a JSON error for a body that is not JSON, or not an activity', async () => {
    const { conversationId, token } = await newConnection(chat.base);
    const path = `/v3/directline/conversations/${conversationId}/activities`;
    const notJson = await call(chat.base, path, { method: 'POST', token, body: '{"type": "message", "text": ' });
    assert.equal(notJson.status, 400);
    assert.equal(notJson.body.error?.code, 'bad-json');
    const botPose = await call(chat.base, path, { method: 'POST', token, body: JSON.stringify({ type: 'conversationUpdate' }) });
    assert.equal(botPose.status, 400);
    assert.equal(botPose.body.error?.code, 'not-an-activity');
  });

  it('refreshes a token for the same conversation', async () => {
    const { conversationId, token } = await newConnection(chat.base);
    const refreshed = await call(chat.base, '/v3/directline/tokens/refresh', { method: 'POST', token });
    assert.equal(refreshed.status, 200);
    assert.equal(refreshed.body.conversationId, conversationId);
    const read = await call(chat.base, `/v3/directline/conversations/${conversationId}/activities`, { token: String(refreshed.body.token) });
    assert.equal(read.status, 200);
  });

  it('hides the connector routes from anyone without the key', async () => {
    const { conversationId } = await newConnection(chat.base);
    const reply = await call(chat.base, `/directline-connector/guess/v3/conversations/${conversationId}/activities`, {
      method: 'POST',
      body: JSON.stringify({ type: 'message', text: 'I am the bot, honest' }),
    });
    assert.equal(reply.status, 404);
  });
});

describe('local Direct Line caps', () => {
  let chat: ChatApp;
  before(async () => {
    chat = await startChatApp({ DirectLineMaxConversations: '3', DirectLineActivitiesPerMinute: '2', DirectLineMaxActivityBytes: '2048' });
  });
  after(() => chat.close());

  it('limits messages per conversation (429 with Retry-After) and message size (413)', async () => {
    const { conversationId, token } = await newConnection(chat.base);
    const path = `/v3/directline/conversations/${conversationId}/activities`;
    const tooBig = await call(chat.base, path, { method: 'POST', token, body: message('x'.repeat(3000)) });
    assert.equal(tooBig.status, 413);
    assert.equal((await call(chat.base, path, { method: 'POST', token, body: message('hello') })).status, 200);
    assert.equal((await call(chat.base, path, { method: 'POST', token, body: message('thanks') })).status, 200);
    const third = await call(chat.base, path, { method: 'POST', token, body: message('bye') });
    assert.equal(third.status, 429);
    assert.equal(third.body.error?.code, 'too-many-activities');
    assert.ok(Number(third.retryAfter) >= 1, `Retry-After: ${third.retryAfter}`);
  });

  it('limits open conversations (429 with Retry-After)', async () => {
    // One conversation is already open from the test above.
    await newConnection(chat.base);
    await newConnection(chat.base);
    const res = await fetch(`${chat.base}/api/directline/token`, { method: 'POST' });
    assert.equal(res.status, 429);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'too-many-conversations');
    assert.ok(Number(res.headers.get('retry-after')) >= 1);
  });
});

describe('local Direct Line per-address cap', () => {
  let chat: ChatApp;
  before(async () => {
    chat = await startChatApp({ DirectLineActivitiesPerMinutePerAddress: '3' });
  });
  after(() => chat.close());

  it('limits new conversations and messages from one address (429 with Retry-After)', async () => {
    const { conversationId, token } = await newConnection(chat.base);
    const path = `/v3/directline/conversations/${conversationId}/activities`;
    assert.equal((await call(chat.base, path, { method: 'POST', token, body: message('hello') })).status, 200);
    assert.equal((await call(chat.base, '/v3/directline/tokens/generate', { method: 'POST' })).status, 200);
    const fourth = await call(chat.base, path, { method: 'POST', token, body: message('again') });
    assert.equal(fourth.status, 429);
    assert.equal(fourth.body.error?.code, 'too-many-requests');
    assert.ok(Number(fourth.retryAfter) >= 1);
  });
});
