import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { send } from '../hostile/support/hostileHttp';
import { type ServerProcess, startServerProcess } from '../hostile/support/serverProcess';

const AGENT_KEY = 'crash-agent-key-0123456789';
const json = { 'content-type': 'application/json' };
const agentAuth = { authorization: `Bearer ${AGENT_KEY}` };

/** What the server said it had done: every one must survive the crash. */
interface Acknowledged {
  /** Direct Line: conversation, its token, and the ids the service gave each posted message. */
  readonly messages: { conversationId: string; token: string; ids: string[] }[];
  /** Conversations the bot said were in the queue for a person. */
  readonly queued: Set<string>;
  /** Phone numbers (national format) the bot said it saved for a callback. */
  readonly callbacks: Set<string>;
}

const QUESTIONS = ['what is the helpline number?', 'what happened', 'is my data in the leak', 'how do I report a scam', 'is my appointment still on'];

/** One turn on /api/messages with the replies in the response; throws once the server is gone. */
async function say(base: string, conversationId: string, text: string, extra: Record<string, unknown> = {}): Promise<string[]> {
  const reply = await send(base, {
    method: 'POST',
    path: '/api/messages',
    headers: json,
    body: JSON.stringify({ type: 'message', channelId: 'emulator', deliveryMode: 'expectReplies', from: { id: `v-${conversationId}` }, recipient: { id: 'bot' }, conversation: { id: conversationId }, text, ...extra }),
  });
  if (reply.status !== 200) throw new Error(`/api/messages answered ${reply.status}`);
  return ((reply.json as { activities?: { text?: string }[] }).activities ?? []).map((a) => a.text ?? '');
}

/** A visitor chatting through the local Direct Line until the server dies. */
async function directLineVisitor(base: string, acknowledged: Acknowledged, alive: () => boolean): Promise<void> {
  while (alive()) {
    const grant = await send(base, { method: 'POST', path: '/api/directline/token' });
    if (grant.status !== 200) return;
    const { conversationId, token } = grant.json as { conversationId: string; token: string };
    const auth = { authorization: `Bearer ${token}` };
    if ((await send(base, { method: 'POST', path: '/v3/directline/conversations', headers: auth })).status >= 300) return;
    const record = { conversationId, token, ids: [] as string[] };
    acknowledged.messages.push(record);
    for (const text of QUESTIONS) {
      const posted = await send(base, { method: 'POST', path: `/v3/directline/conversations/${conversationId}/activities`, headers: { ...json, ...auth }, body: JSON.stringify({ type: 'message', text }) });
      if (posted.status !== 200) return;
      record.ids.push((posted.json as { id: string }).id);
    }
  }
}

/** A visitor asking for a person: queued while an agent is online, a callback request otherwise. */
async function handoffVisitor(base: string, acknowledged: Acknowledged, next: () => number, alive: () => boolean): Promise<void> {
  while (alive()) {
    const n = next();
    const conversationId = `crash-handoff-${n}`;
    await say(base, conversationId, 'Talk to a person', { value: { action: 'handoff' } });
    const afterConsent = (await say(base, conversationId, 'yes')).join('\n');
    if (/in the queue/.test(afterConsent)) {
      acknowledged.queued.add(conversationId);
      continue;
    }
    if (!/phone you back/.test(afterConsent)) throw new Error(`unexpected reply to consent: ${afterConsent}`);
    await say(base, conversationId, 'yes');
    await say(base, conversationId, `Crash ${letters(n)}`);
    const phone = `07700 ${String(900000 + n)}`;
    const saved = (await say(base, conversationId, phone)).join('\n');
    if (saved.includes(phone)) acknowledged.callbacks.add(phone);
  }
}

/** 0 → "a", 27 → "bb": a name part from a number (names may not hold digits). */
function letters(n: number): string {
  let out = '';
  let rest = n;
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return out;
}

async function setPresence(base: string, status: 'online' | 'offline'): Promise<void> {
  const reply = await send(base, { method: 'POST', path: '/api/agent/presence', headers: { ...json, ...agentAuth }, body: JSON.stringify({ status }) });
  assert.equal(reply.status, 200, reply.raw);
}

describe('crash safety: SIGKILL during load, restart on the same data', function () {
  this.timeout(240_000);
  let dataDir: string;
  let server: ServerProcess | undefined;

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'crash-data-'));
  });
  after(async () => {
    await server?.kill();
    await rm(dataDir, { recursive: true, force: true });
  });

  const env = () => ({
    StorageKind: 'file',
    StoragePath: dataDir,
    AgentConsoleKeys: `Crash Agent:${AGENT_KEY}`,
    DirectLineTokenSecret: 'crash-test-direct-line-token-secret-0123456789',
    HelplineHours: 'Mon-Sun 00:00-24:00',
    HandoffQueueTimeoutMinutes: '1440',
    AgentIdleMinutes: '1440',
    DirectLineMaxConversations: '100000',
    DirectLineActivitiesPerMinute: '10000',
    DirectLineActivitiesPerMinutePerAddress: '100000',
    RequestsPerMinutePerAddress: '10000000',
    RequestsPerMinutePerConversation: '10000000',
    MessagesPerMinutePerConversation: '10000000',
  });

  it('keeps every acknowledged message, queued hand-off and callback request', async () => {
    server = await startServerProcess(env());
    const first = server;
    const acknowledged: Acknowledged = { messages: [], queued: new Set(), callbacks: new Set() };
    let killed = false;
    const alive = () => !killed;
    let counter = 0;
    const next = () => counter++;
    const swallow = (work: Promise<void>) => work.catch(() => undefined);

    // Phase 1: an agent is online, so people asking for a person are queued, while others chat.
    await setPresence(first.base, 'online');
    const visitors = [0, 1, 2].map(() => swallow(directLineVisitor(first.base, acknowledged, alive)));
    let handoffs = [0, 1].map(() => swallow(handoffVisitor(first.base, acknowledged, next, () => alive() && acknowledged.queued.size < 8)));
    await Promise.all(handoffs);
    assert.ok(acknowledged.queued.size >= 8, 'hand-offs were queued');

    // Phase 2: nobody online, so people asking for a person leave callback requests; kill mid-flight.
    await setPresence(first.base, 'offline');
    handoffs = [0, 1, 2].map(() => swallow(handoffVisitor(first.base, acknowledged, next, alive)));
    while (acknowledged.callbacks.size < 6) await new Promise((resolve) => setTimeout(resolve, 20));
    await first.kill();
    killed = true;
    await Promise.all([...visitors, ...handoffs]);
    const messageCount = acknowledged.messages.reduce((n, m) => n + m.ids.length, 0);
    assert.ok(messageCount >= 10, `only ${messageCount} Direct Line messages were acknowledged`);

    // Restart on the same folder: everything the first process acknowledged is there.
    server = await startServerProcess(env());
    const { base } = server;
    for (const { conversationId, token, ids } of acknowledged.messages) {
      if (ids.length === 0) continue;
      const log = await send(base, { method: 'GET', path: `/v3/directline/conversations/${conversationId}/activities`, headers: { authorization: `Bearer ${token}` } });
      assert.equal(log.status, 200, `conversation ${conversationId}: ${log.raw}`);
      const logged = new Set((log.json as { activities: { id: string }[] }).activities.map((a) => a.id));
      for (const id of ids) assert.ok(logged.has(id), `acknowledged message ${id} is missing after the crash`);
    }
    const queue = await send(base, { method: 'GET', path: '/api/agent/queue', headers: agentAuth });
    assert.equal(queue.status, 200, queue.raw);
    const inQueue = new Set((queue.json as { conversationId: string; status: string }[]).filter((h) => h.status === 'queued').map((h) => h.conversationId));
    for (const conversationId of acknowledged.queued) assert.ok(inQueue.has(conversationId), `queued hand-off ${conversationId} is missing after the crash`);
    const callbacks = await send(base, { method: 'GET', path: '/api/agent/callbacks', headers: agentAuth });
    assert.equal(callbacks.status, 200, callbacks.raw);
    const phones = new Set((callbacks.json as { phone: string }[]).map((c) => `0${c.phone.slice(3, 7)} ${c.phone.slice(7)}`));
    for (const phone of acknowledged.callbacks) assert.ok(phones.has(phone), `callback request for ${phone} is missing after the crash`);

    // And the restarted bot answers as before.
    const answer = await say(base, 'after-the-crash', 'what is the helpline number?');
    assert.ok(answer.some((t) => t.includes('01387 216 777')), answer.join('\n'));
  });
});
