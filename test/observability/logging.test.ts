import assert from 'node:assert/strict';
import { MemoryStorage } from 'botbuilder';
import { type App, buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/observability/logger';
import type { Recognizer } from '../../src/recognition/recognizer';
import { realKnowledgeBase, realRecognizer } from '../support/realKnowledgeBase';

type Line = Record<string, unknown>;

const PERSONAL = ['0103801234', '07700 900123', 'jane.doe@example.com', 'DG2 7HY', 'my secret worry'];

describe('logs: correlation ids and no personal data', () => {
  let app: App;
  let base: string;
  const lines: Line[] = [];
  const raw: string[] = [];
  const sunk: Line[] = [];
  let failNext = false;

  before(async () => {
    const config = loadConfig({ StorageKind: 'memory' });
    if (!config.ok) throw new Error(config.problems.join('\n'));
    const real = await realRecognizer();
    // Fails when asked to, quoting the message and more personal data the way a careless client error might.
    const recognizer: Recognizer = {
      recognize: async (text, options) => {
        if (!failNext) return real.recognize(text, options);
        failNext = false;
        throw new Error(`lookup failed for "${text}" (user jane.doe@example.com, 07700 900123, DG2 7HY)`);
      },
    } as Recognizer;
    const logger = createLogger({
      level: 'debug',
      destination: { write: (line: string) => void (raw.push(line), lines.push(JSON.parse(line) as Line)) },
      errorSink: { error: (line) => void sunk.push(line) },
    });
    app = buildApp({ config: config.config, knowledgeBase: await realKnowledgeBase(), storage: new MemoryStorage(), logger, recognizer });
    base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  });

  after(async () => {
    await app?.close();
  });

  let nextId = 0;
  const say = (text: string, conversationId: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        type: 'message',
        id: `m${++nextId}`,
        channelId: 'emulator',
        serviceUrl: 'http://127.0.0.1:9',
        deliveryMode: 'expectReplies',
        from: { id: 'visitor' },
        recipient: { id: 'bot' },
        conversation: { id: conversationId },
        text,
      }),
    });

  it('answers every request with an x-request-id, honouring a sane one from the caller', async () => {
    const generated = (await fetch(`${base}/healthz`)).headers.get('x-request-id') ?? '';
    assert.match(generated, /^[0-9a-f-]{36}$/);
    const mine = 'front-door.4f6c2a91:7';
    assert.equal((await fetch(`${base}/healthz`, { headers: { 'x-request-id': mine } })).headers.get('x-request-id'), mine);
    for (const insane of ['short', 'has spaces in it', 'x'.repeat(200), 'jane.doe@example.com', '07700900123', '<script>alert(1)</script>']) {
      const answered = (await fetch(`${base}/healthz`, { headers: { 'x-request-id': insane } })).headers.get('x-request-id');
      assert.notEqual(answered, insane);
      assert.match(answered ?? '', /^[0-9a-f-]{36}$/);
    }
    const notFound = await fetch(`${base}/no/such/page`, { headers: { 'x-request-id': mine } });
    assert.equal(notFound.headers.get('x-request-id'), mine);
  });

  it('tags the turn with its request id and conversation id, and logs no user text', async () => {
    const res = await say('my chi is 0103801234, call me on 07700 900123 about my secret worry', 'conv-log-1', { 'x-request-id': 'req-turn-000001' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-request-id'), 'req-turn-000001');
    const turn = lines.find((l) => l.msg === 'turn' && l.conversationId === 'conv-log-1');
    assert.ok(turn, 'one line per turn');
    assert.equal(turn.requestId, 'req-turn-000001');
    assert.equal(turn.activityType, 'message');
    assert.equal(typeof turn.durationMs, 'number');
    const request = lines.find((l) => l.msg === 'request' && l.requestId === 'req-turn-000001');
    assert.deepEqual([request?.method, request?.route, request?.status], ['POST', '/api/messages', 200]);
    for (const value of PERSONAL) assert.ok(!raw.some((l) => l.includes(value)), `a log line contains ${value}`);
  });

  it('keeps generated ids whole, even one whose groups are all digits, and still redacts the rest of the line', () => {
    const captured: Line[] = [];
    const logger = createLogger({ destination: { write: (line: string) => void captured.push(JSON.parse(line) as Line) } });
    const id = '01234567-8901-4234-8567-890123456789';
    logger.info({ requestId: id, conversationId: '12345678-ecd3-4a5b-9c8d-0123456789ab', note: 'ring 07700 900123' }, 'checked');
    assert.equal(captured[0]?.requestId, id);
    assert.equal(captured[0]?.conversationId, '12345678-ecd3-4a5b-9c8d-0123456789ab');
    assert.equal(captured[0]?.note, 'ring [PHONE]');
  });

  it('redacts personal data an error message quotes, and hands error lines to the telemetry sink', async () => {
    failNext = true;
    const res = await say('please help, my email is jane.doe@example.com and my secret worry is this', 'conv-log-2');
    assert.equal(res.status, 200);
    const failed = lines.find((l) => l.msg === 'turn failed' && l.conversationId === 'conv-log-2');
    assert.ok(failed, JSON.stringify(lines.slice(-5)));
    const message = String((failed.err as { message?: unknown }).message);
    assert.match(message, /\[EMAIL\]|\[redacted\]/);
    for (const value of PERSONAL) assert.ok(!raw.some((l) => l.includes(value)), `a log line contains ${value}`);
    assert.ok(sunk.some((l) => l.msg === 'turn failed' && l.conversationId === 'conv-log-2'));
  });
});
