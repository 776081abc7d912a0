import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { TokenSigner } from '../../src/directline/tokens';
import { assertErrorBody, assertSafeReply, send } from './support/hostileHttp';
import {
  contentType,
  deepNesting,
  forbiddenUrl,
  garbledAuthorization,
  hostileAttachment,
  hostileJsonText,
  invalidUtf8Body,
  LOG_CANARY,
  pathTrick,
  wrongType,
} from './support/hostileInputs';
import { type ServerProcess, startServerProcess } from './support/serverProcess';

const SEED = 90_009;
const RUNS = 150;
const settings = (runs = RUNS) => ({ numRuns: runs, seed: SEED, endOnFailure: true });

const AGENT_KEY = 'hostile-agent-key-0123456789';
const TOKEN_SECRET = 'hostile-suite-direct-line-secret-0123456789';
const HELPLINE = '01387 216 777';

/** Counts every request that reaches it: attachments and reply addresses must never lead here. */
class Canary {
  hits = 0;
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((_req, res) => {
      this.hits++;
      res.end('{}');
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function activity(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: 'a1',
    channelId: 'emulator',
    deliveryMode: 'expectReplies',
    from: { id: 'hostile-user' },
    recipient: { id: 'bot' },
    conversation: { id: `hostile-${Math.random().toString(36).slice(2)}` },
    text: `${LOG_CANARY} my number is 07700 900123`,
    ...overrides,
  };
}

const json = { 'content-type': 'application/json' };
/** Stands in for a deeply nested value until the body is text. */
const DEEP = '\u0000deep\u0000';

describe('hostile input (fast-check, the real server process)', function () {
  this.timeout(180_000);
  let server: ServerProcess;
  const canary = new Canary();

  before(async () => {
    await canary.start();
    server = await startServerProcess({
      StorageKind: 'memory',
      AgentConsoleKeys: `Hostile Tester:${AGENT_KEY}`,
      DirectLineTokenSecret: TOKEN_SECRET,
      DirectLineMaxConversations: '1000000',
      DirectLineActivitiesPerMinute: '10000',
      DirectLineActivitiesPerMinutePerAddress: '100000',
      RequestsPerMinutePerAddress: '10000000',
      RequestsPerMinutePerConversation: '10000000',
      MessagesPerMinutePerConversation: '10000000',
      AgentSignInFailuresPerMinute: '10000',
      HelplineHours: 'Mon-Sun 00:00-24:00',
    });
  });

  after(async () => {
    await server?.stop();
    await canary.stop();
  });

  describe('/api/messages', () => {
    it('answers any body that is not an activity with a 4xx JSON error', async () => {
      const body = fc.oneof(
        hostileJsonText,
        deepNesting,
        fc.uint8Array({ maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.constantFrom('', '{', '{"type":', 'null', '[]', '"message"', '{"type":"message"}', '\uFEFF{}', '{"a":1}{"b":2}', 'NaN'),
      );
      await fc.assert(
        fc.asyncProperty(body, contentType, async (b, type) => {
          const reply = await send(server.base, { method: 'POST', path: '/api/messages', headers: type === undefined ? {} : { 'content-type': type }, body: b });
          assertSafeReply(reply, 'POST /api/messages');
        }),
        settings(),
      );
    });

    it('takes JSON only: form posts and multipart uploads are refused, and no upload reaches the temp folder', async () => {
      const before = new Set(readdirSync(tmpdir()).filter((f) => f.startsWith('upload_')));
      for (const path of ['/api/messages', '/v3/directline/conversations/x/activities', '/api/agent/presence', '/api/directline/token']) {
        const form = new FormData();
        form.append('file', new Blob(['x'.repeat(50_000)]), 'passwd');
        for (const [key, value] of Object.entries(activity())) form.append(key, typeof value === 'string' ? value : JSON.stringify(value));
        const multipart = await send(server.base, { method: 'POST', path, body: form });
        assertSafeReply(multipart, `multipart ${path}`, path === '/api/directline/token' ? [200] : []);
        const urlencoded = await send(server.base, { method: 'POST', path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'type=message&channelId=emulator&conversation[id]=c&deliveryMode=expectReplies&text=hi' });
        assertSafeReply(urlencoded, `form post ${path}`, path === '/api/directline/token' ? [200] : []);
      }
      const after = readdirSync(tmpdir()).filter((f) => f.startsWith('upload_') && !before.has(f));
      assert.deepEqual(after, [], 'uploads were written to the temp folder');
    });

    it('refuses bodies larger than MaxRequestBytes with 413', async () => {
      const reply = await send(server.base, { method: 'POST', path: '/api/messages', headers: json, body: JSON.stringify(activity({ text: 'x'.repeat(300_000) })) });
      assert.equal(reply.status, 413);
      assertErrorBody(reply);
    });

    it('answers activities with wrong types, poisoned keys, deep values and hostile attachments without a 5xx, and fetches nothing', async () => {
      const field = fc.constantFrom('type', 'channelId', 'conversation', 'text', 'from', 'recipient', 'attachments', 'entities', 'value', 'channelData', 'membersAdded', 'timestamp', 'locale', 'id', 'replyToId', 'name');
      const mutation = fc.oneof(
        fc.tuple(field, wrongType).map(([k, v]) => (a: Record<string, unknown>) => ({ ...a, [k]: v })),
        fc.array(hostileAttachment, { minLength: 1, maxLength: 3 }).map((attachments) => (a: Record<string, unknown>) => ({ ...a, attachments })),
        fc.constantFrom('message', 'conversationUpdate', 'invoke', 'event', 'messageReaction', 'installationUpdate', 'endOfConversation', 'typing', 'handoff', 'trace', 'unknown').map(
          (type) => (a: Record<string, unknown>) => ({ ...a, type, name: 'handoff.initiate', value: { x: 1 }, membersAdded: [{ id: 'u' }], reactionsAdded: [{ type: 'like' }] }),
        ),
        // Built as text below: JSON.stringify itself overflows on values this deep.
        deepNesting.map((deep) => (a: Record<string, unknown>) => ({ ...a, value: DEEP, [DEEP]: deep })),
        pathTrick.map((id) => (a: Record<string, unknown>) => ({ ...a, conversation: { id }, channelId: id, from: { id } })),
        fc.constant((a: Record<string, unknown>) => JSON.parse(JSON.stringify(a).replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},')) as Record<string, unknown>),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
          const { [DEEP]: deep, ...body } = mutations.reduce((a, m) => m(a), activity());
          const text = JSON.stringify(body).replace(JSON.stringify(DEEP), typeof deep === 'string' ? deep : 'null');
          const reply = await send(server.base, { method: 'POST', path: '/api/messages', headers: json, body: text });
          assertSafeReply(reply, `POST /api/messages ${text.slice(0, 200)}`, [200]);
        }),
        settings(),
      );
      // A separate canary URL: an attachment pointing at a reachable loopback server is still never fetched.
      const reply = await send(server.base, {
        method: 'POST',
        path: '/api/messages',
        headers: json,
        body: JSON.stringify(activity({ attachments: [{ contentType: 'image/png', contentUrl: `${canary.url}/x.png`, content: { downloadUrl: `${canary.url}/y` } }] })),
      });
      assert.equal(reply.status, 200);
      assert.equal(canary.hits, 0, 'the bot fetched an attachment URL');
    });

    it('never replies to a serviceUrl off this machine when unauthenticated (SSRF)', async () => {
      await fc.assert(
        fc.asyncProperty(forbiddenUrl, fc.constantFrom(undefined, 'normal', 'expectReplies'), async (serviceUrl, deliveryMode) => {
          const reply = await send(server.base, { method: 'POST', path: '/api/messages', headers: json, body: JSON.stringify(activity({ serviceUrl, deliveryMode })) });
          assert.equal(reply.status, 400, reply.raw);
          assertErrorBody(reply);
          assert.equal((reply.json as { error: { code: string } }).error.code, 'service-url-not-allowed');
        }),
        settings(40),
      );
      const noAddress = await send(server.base, { method: 'POST', path: '/api/messages', headers: json, body: JSON.stringify(activity({ deliveryMode: undefined })) });
      assert.equal(noAddress.status, 400);
      assert.equal((noAddress.json as { error: { code: string } }).error.code, 'no-reply-address');
    });

    it('takes text that is not valid UTF-8 without a 5xx', async () => {
      await fc.assert(
        fc.asyncProperty(invalidUtf8Body, async (body) => {
          const reply = await send(server.base, { method: 'POST', path: '/api/messages', headers: json, body });
          assertSafeReply(reply, 'POST /api/messages (invalid UTF-8)', [200]);
        }),
        settings(60),
      );
    });
  });

  describe('the local Direct Line (/v3/directline)', () => {
    const methods = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS');
    const route = fc.oneof(
      fc.constant('/v3/directline/tokens/generate'),
      fc.constant('/v3/directline/tokens/refresh'),
      fc.constant('/v3/directline/conversations'),
      pathTrick.map((id) => `/v3/directline/conversations/${id}`),
      pathTrick.map((id) => `/v3/directline/conversations/${id}/activities`),
      fc.tuple(pathTrick, fc.oneof(fc.integer().map(String), pathTrick)).map(([id, w]) => `/v3/directline/conversations/${id}/activities?watermark=${w}`),
      pathTrick.map((id) => `/v3/directline/conversations/${id}/upload`),
      pathTrick.map((p) => `/v3/directline/${p}`),
      pathTrick.map((p) => `/directline-connector/${p}/v3/conversations/${p}/activities`),
    );

    it('refuses forged, garbled and missing tokens, path tricks and bad bodies with a 4xx JSON error', async () => {
      await fc.assert(
        fc.asyncProperty(methods, route, garbledAuthorization, fc.option(fc.oneof(hostileJsonText, deepNesting), { nil: undefined }), async (method, path, authorization, body) => {
          const headers: Record<string, string> = { ...json };
          if (authorization !== undefined) headers.authorization = authorization;
          const reply = await send(server.base, { method, path, headers, body });
          // tokens/generate is the one route that needs no token (the page's way in); OPTIONS is CORS.
          const allowed = path === '/v3/directline/tokens/generate' && method === 'POST' ? [200] : method === 'OPTIONS' ? [204] : [];
          assertSafeReply(reply, `${method} ${path}`, allowed);
        }),
        settings(),
      );
    });

    it('refuses a real token used on another conversation, and hostile activities on its own', async () => {
      const mine = await startConversation(server.base);
      const other = await startConversation(server.base);
      const stranger = new TokenSigner({ secret: 'another-secret-entirely-0123456789abcdef', ttlSeconds: 600 }).issue(mine.conversationId, 'u_x');
      const expired = new TokenSigner({ secret: TOKEN_SECRET, ttlSeconds: 600, now: () => Date.now() - 3_600_000 }).issue(mine.conversationId, 'u_x');
      for (const [token, status] of [[other.token, 403], [stranger.token, 403], [expired.token, 403], [`${mine.token}x`, 403], [mine.token.toLowerCase(), 403]] as const) {
        const reply = await send(server.base, { method: 'GET', path: `/v3/directline/conversations/${mine.conversationId}/activities`, headers: { authorization: `Bearer ${token}` } });
        assert.equal(reply.status, status, reply.raw);
        assertErrorBody(reply);
      }
      const posted = fc.oneof(
        hostileJsonText,
        deepNesting,
        fc.tuple(fc.constantFrom('type', 'text', 'from', 'attachments', 'entities', 'channelData', 'value', 'locale', 'conversation', 'serviceUrl'), wrongType).map(([k, v]) => JSON.stringify({ type: 'message', text: 'hi', [k]: v })),
        fc.array(hostileAttachment, { minLength: 1, maxLength: 2 }).map((attachments) => JSON.stringify({ type: 'message', text: 'hi', attachments })),
        fc.constant(`{"type":"message","text":"${LOG_CANARY}","__proto__":{"role":"bot"},"from":{"__proto__":{"role":"bot"},"id":"bot"}}`),
        fc.tuple(fc.constantFrom('value', 'channelData', 'entities'), deepNesting).map(([field, deep]) => `{"type":"event","name":"x","${field}":${field === 'entities' ? `[{"a":${deep}}]` : field === 'channelData' ? `{"a":${deep}}` : deep}}`),
      );
      await fc.assert(
        fc.asyncProperty(posted, async (body) => {
          const reply = await send(server.base, { method: 'POST', path: `/v3/directline/conversations/${mine.conversationId}/activities`, headers: { ...json, authorization: `Bearer ${mine.token}` }, body });
          assertSafeReply(reply, `POST activities ${body.slice(0, 200)}`, [200]);
        }),
        settings(80),
      );
      // Reading the log back (everything posted above is in it) works; nothing made it claim to come from the bot.
      const log = await send(server.base, { method: 'GET', path: `/v3/directline/conversations/${mine.conversationId}/activities`, headers: { authorization: `Bearer ${mine.token}` } });
      assert.equal(log.status, 200, log.raw.slice(0, 300));
      const activities = (log.json as { activities: { from: { id: string; role?: string }; type: string }[] }).activities;
      for (const a of activities) {
        if (a.from.role !== 'bot') assert.equal(a.from.id, mine.userId);
        else assert.equal(a.from.id === mine.userId, false);
      }
      assert.equal(canary.hits, 0);
    });
  });

  describe('the token endpoint (/api/directline/token)', () => {
    it('gives a conversation or a 4xx JSON error, whatever the method, origin, headers and body', async () => {
      const origin = fc.constantFrom(undefined, 'null', 'https://evil.example', 'http://127.0.0.1', 'file://', 'http://localhost:1', '*', 'https://www.nhsdg.co.uk');
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'), origin, contentType, fc.option(hostileJsonText, { nil: undefined }), garbledAuthorization, async (method, o, type, body, authorization) => {
          const headers: Record<string, string> = {};
          if (o !== undefined) headers.origin = o;
          if (type !== undefined) headers['content-type'] = type;
          if (authorization !== undefined) headers.authorization = authorization;
          const reply = await send(server.base, { method, path: '/api/directline/token', headers, body });
          const sameSite = o === undefined || o === server.base;
          const allowed = method === 'POST' && sameSite ? [200] : method === 'OPTIONS' && sameSite ? [204] : [];
          assertSafeReply(reply, `${method} token origin=${o}`, allowed);
          if (reply.status === 200) assert.match(String((reply.json as { token?: string }).token), /^dl1\./);
        }),
        settings(),
      );
    });
  });

  describe('the agent API (/api/agent)', () => {
    const agentPath = fc.oneof(
      fc.constantFrom('/api/agent/queue', '/api/agent/callbacks', '/api/agent/presence'),
      pathTrick.map((id) => `/api/agent/handoffs/${id}`),
      fc.tuple(pathTrick, fc.constantFrom('claim', 'messages', 'close', 'release', pathTrick.toString())).map(([id, action]) => `/api/agent/handoffs/${id}/${action}`),
      pathTrick.map((id) => `/api/agent/callbacks/${id}/done`),
      pathTrick.map((p) => `/api/agent/${p}`),
    );
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH');
    const body = fc.option(fc.oneof(hostileJsonText, deepNesting, fc.constant('{"status":"online"}'), fc.constant('{"text":"hello"}')), { nil: undefined });

    it('refuses every request without a valid console key with 401 and a JSON error', async () => {
      await fc.assert(
        fc.asyncProperty(method, fc.oneof(agentPath, fc.constant('/api/agent/events')), garbledAuthorization, body, async (m, path, authorization, b) => {
          const headers: Record<string, string> = { ...json };
          if (authorization !== undefined) headers.authorization = authorization;
          const reply = await send(server.base, { method: m, path, headers, body: b });
          assertSafeReply(reply, `${m} ${path}`);
        }),
        settings(),
      );
    });

    it('answers a signed-in agent’s hostile ids and bodies with 200 or a 4xx JSON error', async () => {
      await fc.assert(
        fc.asyncProperty(method, agentPath, body, async (m, path, b) => {
          const reply = await send(server.base, { method: m, path, headers: { ...json, authorization: `Bearer ${AGENT_KEY}` }, body: b });
          assertSafeReply(reply, `${m} ${path} ${String(b).slice(0, 100)}`, [200]);
        }),
        settings(),
      );
    });

    it('takes hostile claims, messages and closes on real hand-offs without a 5xx or a damaged record', async () => {
      const auth = { ...json, authorization: `Bearer ${AGENT_KEY}` };
      assert.equal((await send(server.base, { method: 'POST', path: '/api/agent/presence', headers: auth, body: '{"status":"online"}' })).status, 200);
      for (let i = 0; i < 3; i++) {
        const conversation = { id: `hostile-handoff-${i}` };
        await send(server.base, { method: 'POST', path: '/api/messages', headers: json, body: JSON.stringify(activity({ conversation, text: 'Talk to a person', value: { action: 'handoff' } })) });
        const queued = await send(server.base, { method: 'POST', path: '/api/messages', headers: json, body: JSON.stringify(activity({ conversation, text: 'yes' })) });
        assert.match(queued.raw, /in the queue/, queued.raw);
      }
      const queue = await send(server.base, { method: 'GET', path: '/api/agent/queue', headers: auth });
      const ids = (queue.json as { id: string }[]).map((h) => h.id);
      assert.ok(ids.length >= 3, queue.raw);
      const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 5000 }), fc.constantFrom('\u0000', '\u202e<script>', `${LOG_CANARY} 0141 496 0000`, ''));
      const body = fc.oneof(
        hostileJsonText,
        deepNesting,
        text.map((t) => JSON.stringify({ text: t })),
        text.map((t) => JSON.stringify({ agentName: t })),
        fc.constant('{"text":"hello","__proto__":{"status":"closed"},"constructor":{"prototype":{"claimedBy":"x"}}}'),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...ids), fc.constantFrom('claim', 'messages', 'close'), body, async (id, action, b) => {
          const reply = await send(server.base, { method: 'POST', path: `/api/agent/handoffs/${id}/${action}`, headers: auth, body: b });
          // An agent's message to a visitor who cannot be reached is saved and reported as 502 by design.
          if (reply.status === 502) assert.equal((reply.json as { error: { code: string } }).error.code, 'visitor-unreachable', reply.raw);
          else assertSafeReply(reply, `POST ${action} ${b.slice(0, 100)}`, [200, 201]);
        }),
        // Fewer runs: each claim or message tries to reach the visitor, which takes a while to fail here.
        settings(60),
      );
      for (const id of ids) {
        const record = await send(server.base, { method: 'GET', path: `/api/agent/handoffs/${id}`, headers: auth });
        assert.equal(record.status, 200, record.raw);
        assert.equal(Object.getPrototypeOf(record.json), Object.prototype);
        assert.equal((record.json as { id: string }).id, id);
      }
      assert.equal((await send(server.base, { method: 'GET', path: '/api/agent/queue', headers: auth })).status, 200);
    });
  });

  describe('the HTTP layer', () => {
    it('survives malformed HTTP on a raw socket', async () => {
      const { port } = new URL(server.base);
      const requests = [
        'GARBAGE\r\n\r\n',
        'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nContent-Length: 20\r\n\r\n{}',
        'POST /api/messages HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
        `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
        `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
        'GET /v3/directline/conversations/\x00\xff HTTP/1.1\r\nHost: x\r\n\r\n',
        'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"type":',
      ];
      for (const raw of requests) {
        const answer = await new Promise<string>((resolve) => {
          const socket = connect(Number(port), '127.0.0.1');
          let data = '';
          socket.on('data', (chunk) => (data += chunk.toString('latin1')));
          socket.on('error', () => resolve(data));
          socket.on('close', () => resolve(data));
          socket.write(Buffer.from(raw, 'latin1'));
          // A request that stops half way is ended by the client, as a dropped connection would be.
          setTimeout(() => socket.end(), 300);
        });
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
        assert.ok(status === 0 || (status >= 400 && status < 500), `raw request answered ${status}: ${answer.slice(0, 200)}`);
      }
    });
  });

  describe('afterwards', () => {
    it('the process is still running and a normal conversation works, through /api/messages and the Direct Line', async () => {
      assert.ok(server.alive(), 'the server process died');
      const reply = await send(server.base, { method: 'POST', path: '/api/messages', headers: json, body: JSON.stringify(activity({ text: 'what is the helpline number?' })) });
      assert.equal(reply.status, 200, reply.raw);
      const texts = (reply.json as { activities: { text?: string }[] }).activities.map((a) => a.text ?? '');
      assert.ok(texts.some((t) => t.includes(HELPLINE)), texts.join('\n'));

      const conversation = await startConversation(server.base);
      const auth = { authorization: `Bearer ${conversation.token}` };
      const posted = await send(server.base, { method: 'POST', path: `/v3/directline/conversations/${conversation.conversationId}/activities`, headers: { ...json, ...auth }, body: JSON.stringify({ type: 'message', text: 'what is the helpline number?', from: { id: conversation.userId } }) });
      assert.equal(posted.status, 200, posted.raw);
      const log = await send(server.base, { method: 'GET', path: `/v3/directline/conversations/${conversation.conversationId}/activities`, headers: auth });
      const answers = (log.json as { activities: { from: { role?: string }; text?: string }[] }).activities.filter((a) => a.from.role === 'bot').map((a) => a.text ?? '');
      assert.ok(answers.some((t) => t.includes(HELPLINE)), answers.join('\n'));
    });

    it('logged nothing a visitor typed and printed no stack trace', () => {
      assert.ok(!server.stdout().includes(LOG_CANARY), 'a hostile message reached the log');
      assert.ok(!server.stdout().includes('07700 900123'), 'a phone number reached the log');
      assert.doesNotMatch(server.stderr(), /\n\s+at\s/, server.stderr().slice(0, 2000));
    });
  });
});

async function startConversation(base: string): Promise<{ conversationId: string; token: string; userId: string }> {
  const created = await send(base, { method: 'POST', path: '/api/directline/token' });
  assert.equal(created.status, 200, created.raw);
  const grant = created.json as { conversationId: string; token: string; userId: string };
  const started = await send(base, { method: 'POST', path: '/v3/directline/conversations', headers: { authorization: `Bearer ${grant.token}` } });
  assert.ok(started.status === 201 || started.status === 200, started.raw);
  return grant;
}
