import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../src/app';
import { handoffMessages } from '../../src/messages';
import { visitor } from './handoffFixtures';
import { buildMemoryApp } from './memoryApp';

const ALICE = 'alice-key-0123456789';
const BOB = 'bob-key-0123456789abcdef';

/** Stands in for the Bot Connector / Direct Line service the adapter posts proactive messages to. */
class LoopbackConnector {
  readonly received: { conversationId: string; text: string }[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
        const conversationId = decodeURIComponent(match?.[1] ?? '');
        // As the real service answers for a conversation the visitor has left.
        if (req.method !== 'POST' || match === null || conversationId.startsWith('gone')) {
          res.statusCode = 404;
          res.end(JSON.stringify({ error: { code: 'ConversationNotFound', message: 'Conversation not found.' } }));
          return;
        }
        const activity = JSON.parse(body) as { text?: string };
        this.received.push({ conversationId, text: activity.text ?? '' });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `a${this.received.length}` }));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  textsFor(conversationId: string): string[] {
    return this.received.filter((r) => r.conversationId === conversationId).map((r) => r.text);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('agent API over HTTP', () => {
  let app: App;
  let base: string;
  const connector = new LoopbackConnector();

  before(async () => {
    await connector.start();
    app = await buildMemoryApp({ AgentConsoleKeys: `Alice:${ALICE},Bob:${BOB}` }, { agentEventsPollMs: 25 });
    base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  });

  after(async () => {
    await app.close();
    await connector.stop();
  });

  async function call(method: string, path: string, options: { key?: string; body?: unknown; rawBody?: string } = {}) {
    const headers: Record<string, string> = {};
    if (options.key !== undefined) headers.authorization = `Bearer ${options.key}`;
    if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${base}${path}`, { method, headers, body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text === '' ? undefined : (JSON.parse(text) as any) };
  }

  async function queued(conversationId: string, priority: 'urgent' | 'normal' = 'normal') {
    const result = await app.handoff.queue.enqueue(visitor(conversationId, { priority, conversationReference: { ...visitor(conversationId).conversationReference, serviceUrl: connector.url } }));
    return result.handoff;
  }

  it('refuses every route without a valid key, with a JSON 401', async () => {
    const routes: [string, string][] = [
      ['POST', '/api/agent/presence'],
      ['GET', '/api/agent/queue'],
      ['GET', '/api/agent/handoffs/x'],
      ['POST', '/api/agent/handoffs/x/claim'],
      ['POST', '/api/agent/handoffs/x/messages'],
      ['POST', '/api/agent/handoffs/x/close'],
      ['GET', '/api/agent/callbacks'],
      ['POST', '/api/agent/callbacks/x/done'],
      ['GET', '/api/agent/events'],
    ];
    for (const [method, path] of routes) {
      for (const key of [undefined, 'wrong-key-0123456789', ALICE.slice(0, -1)]) {
        const res = await call(method, path, { key });
        assert.equal(res.status, 401, `${method} ${path}`);
        assert.equal(res.body.error.code, 'unauthorized');
        assert.equal(res.headers.get('www-authenticate'), 'Bearer');
      }
    }
  });

  it('sets presence, and refuses a status it does not know', async () => {
    assert.equal((await call('POST', '/api/agent/presence', { key: ALICE, body: { status: 'away' } })).status, 400);
    const res = await call('POST', '/api/agent/presence', { key: ALICE, body: { status: 'online' } });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.onlineAgents, ['Alice']);
    assert.equal(await app.handoff.presence.isAnyoneOnline(), true);
  });

  it('shows the queue, urgent first, and one hand-off with its transcript', async () => {
    const normal = await queued('queue-normal');
    const urgent = await queued('queue-urgent', 'urgent');

    const queue = await call('GET', '/api/agent/queue', { key: BOB });
    assert.equal(queue.status, 200);
    assert.deepEqual(queue.body.map((h: any) => h.id).slice(0, 2), [urgent.id, normal.id]);
    assert.deepEqual(Object.keys(queue.body[0]).sort(), ['channel', 'conversationId', 'id', 'lastTopics', 'priority', 'status', 'summary', 'waitingSince']);

    const one = await call('GET', `/api/agent/handoffs/${normal.id}`, { key: BOB });
    assert.equal(one.status, 200);
    assert.deepEqual(one.body.transcript.map((t: any) => t.text), ['was my data published?', 'Here is what we know…']);
    assert.equal(one.body.conversationReference, undefined, 'routing details stay on the server');
    assert.equal((await call('GET', '/api/agent/handoffs/unknown', { key: BOB })).status, 404);

    await app.handoff.queue.close(normal.id, { endedBy: 'visitor' });
    await app.handoff.queue.close(urgent.id, { endedBy: 'visitor' });
  });

  it('lets one agent claim, talk to the visitor and end the chat; others get 409', async () => {
    const handoff = await queued('chat-1');
    const path = `/api/agent/handoffs/${handoff.id}`;

    assert.equal((await call('POST', `${path}/claim`, { key: ALICE, body: { agentName: 42 } })).status, 400);
    assert.equal((await call('POST', `${path}/claim`, { key: ALICE, rawBody: '{"agentName":' })).status, 400);
    assert.equal((await call('POST', '/api/agent/handoffs/unknown/claim', { key: ALICE, body: {} })).status, 404);

    const [a, b] = await Promise.all([
      call('POST', `${path}/claim`, { key: ALICE, body: { agentName: 'Alice' } }),
      call('POST', `${path}/claim`, { key: BOB, body: { agentName: 'Bob' } }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    const [winnerKey, loserKey, winnerName] = a.status === 200 ? [ALICE, BOB, 'Alice'] : [BOB, ALICE, 'Bob'];
    const loser = a.status === 200 ? b : a;
    assert.equal(loser.body.error.code, 'claimed-by-another-agent');
    assert.deepEqual(connector.textsFor('chat-1'), [handoffMessages.agentJoined(winnerName)]);

    assert.equal((await call('POST', `${path}/messages`, { key: winnerKey, body: { text: '   ' } })).status, 400);
    assert.equal((await call('POST', `${path}/messages`, { key: loserKey, body: { text: 'Hi, I am here too' } })).status, 409);
    const sent = await call('POST', `${path}/messages`, { key: winnerKey, body: { text: 'Hello, how can I help?' } });
    assert.equal(sent.status, 201);
    assert.equal(connector.textsFor('chat-1').at(-1), 'Hello, how can I help?');
    await app.handoff.queue.appendMessage(handoff.id, { from: 'visitor', text: 'Is my address out there?' });

    const transcript = (await call('GET', path, { key: loserKey })).body.transcript.map((t: any) => `${t.from}: ${t.text}`);
    assert.deepEqual(transcript.slice(-2), ['agent: Hello, how can I help?', 'visitor: Is my address out there?']);

    assert.equal((await call('POST', `${path}/close`, { key: loserKey })).status, 409);
    const closed = await call('POST', `${path}/close`, { key: winnerKey });
    assert.equal(closed.status, 200);
    assert.equal(closed.body.handoff.status, 'closed');
    assert.equal(connector.textsFor('chat-1').at(-1), handoffMessages.agentEndedChat);
    const again = await call('POST', `${path}/close`, { key: winnerKey });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'handoff-ended');
    assert.equal((await call('POST', `${path}/messages`, { key: winnerKey, body: { text: 'one more thing' } })).status, 409);
    assert.ok(!(await call('GET', '/api/agent/queue', { key: ALICE })).body.some((h: any) => h.id === handoff.id));
  });

  it('a second claim by the agent who holds the chat succeeds without telling the visitor again or changing the name', async () => {
    const handoff = await queued('chat-again');
    const path = `/api/agent/handoffs/${handoff.id}`;
    const first = await call('POST', `${path}/claim`, { key: ALICE, body: { agentName: 'Alice' } });
    assert.equal(first.status, 200);
    assert.equal(first.body.alreadyClaimed, false);

    // A double-click, a second tab, a retried request, and the same key with another name.
    const repeats = await Promise.all([
      call('POST', `${path}/claim`, { key: ALICE, body: { agentName: 'Alice' } }),
      call('POST', `${path}/claim`, { key: ALICE, body: {} }),
      call('POST', `${path}/claim`, { key: ALICE, body: { agentName: 'Ally' } }),
    ]);
    for (const again of repeats) {
      assert.equal(again.status, 200);
      assert.equal(again.body.alreadyClaimed, true);
      assert.equal(again.body.handoff.status, 'active');
      assert.equal(again.body.handoff.claimedBy, 'Alice');
    }
    assert.deepEqual(connector.textsFor('chat-again'), [handoffMessages.agentJoined('Alice')]);
    assert.equal((await app.handoff.queue.get(handoff.id))?.claimedBy, 'Alice');

    const other = await call('POST', `${path}/claim`, { key: BOB, body: { agentName: 'Bob' } });
    assert.equal(other.status, 409);
    assert.equal(other.body.error.code, 'claimed-by-another-agent');
    assert.deepEqual(connector.textsFor('chat-again'), [handoffMessages.agentJoined('Alice')]);
    await call('POST', `${path}/close`, { key: ALICE });
  });

  it('says when a message could not reach the visitor, and keeps it in the transcript', async () => {
    const handoff = await queued('gone-1');
    const path = `/api/agent/handoffs/${handoff.id}`;
    assert.equal((await call('POST', `${path}/claim`, { key: ALICE, body: {} })).body.visitorNotified, false);
    const sent = await call('POST', `${path}/messages`, { key: ALICE, body: { text: 'Are you there?' } });
    assert.equal(sent.status, 502);
    assert.equal(sent.body.error.code, 'visitor-unreachable');
    assert.equal((await call('GET', path, { key: ALICE })).body.transcript.at(-1).text, 'Are you there?');
    await call('POST', `${path}/close`, { key: ALICE });
  });

  it('lists callback requests and marks them done', async () => {
    const created = await app.handoff.callbacks.create({ firstName: 'Ailsa', phone: '07700 900123' });
    assert.ok(created.ok);
    const list = await call('GET', '/api/agent/callbacks', { key: BOB });
    assert.deepEqual(list.body.map((c: any) => [c.firstName, c.phone]), [['Ailsa', '+447700900123']]);

    const done = await call('POST', `/api/agent/callbacks/${created.callback.id}/done`, { key: BOB });
    assert.equal(done.status, 200);
    assert.equal(done.body.status, 'done');
    assert.deepEqual((await call('GET', '/api/agent/callbacks', { key: BOB })).body, []);
    assert.equal((await call('POST', '/api/agent/callbacks/unknown/done', { key: BOB })).status, 404);
  });

  it('announces a new hand-off on the event stream', async () => {
    const controller = new AbortController();
    const res = await fetch(`${base}/api/agent/events`, { headers: { authorization: `Bearer ${ALICE}` }, signal: controller.signal });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const chunk = await reader.read();
        if (chunk.done) throw new Error(`stream ended before ${needle}`);
        text += decoder.decode(chunk.value, { stream: true });
      }
    };

    await readUntil('event: queue');
    const handoff = await queued('announced', 'urgent');
    await readUntil(`"id":"${handoff.id}"`);
    const event = text.split('\n\n').find((block) => block.startsWith('event: handoff') && block.includes(handoff.id));
    assert.ok(event, text);
    const data = JSON.parse(event.replace(/^event: handoff\ndata: /, ''));
    assert.deepEqual([data.conversationId, data.priority, data.status], ['announced', 'urgent', 'queued']);
    controller.abort();
    await app.handoff.queue.close(handoff.id, { endedBy: 'visitor' });
  });
});
