import assert from 'node:assert/strict';
import { MemoryStorage, type Storage } from 'botbuilder';
import { type App, type AppDependencies, buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { HELPLINE, messages } from '../../src/messages';
import { createLogger } from '../../src/observability/logger';
import type { Recognizer } from '../../src/recognition/recognizer';
import { realKnowledgeBase, realRecognizer } from '../support/realKnowledgeBase';

interface Reply {
  readonly status: number;
  readonly contentType: string | null;
  readonly body: unknown;
  readonly raw: string;
}

interface Activity {
  readonly text?: string;
  readonly suggestedActions?: { actions: { title: string }[] };
  readonly channelData?: { topicId?: string };
}

function configFor(env: Record<string, string> = {}) {
  const result = loadConfig({ StorageKind: 'memory', ...env });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.config;
}

/** A running server on a free loopback port, with what a client needs to talk to it. */
class RunningApp {
  private constructor(
    readonly app: App,
    readonly base: string,
  ) {}

  static async start(deps: AppDependencies): Promise<RunningApp> {
    const app = buildApp(deps);
    const port = await app.listen(0, '127.0.0.1');
    return new RunningApp(app, `http://127.0.0.1:${port}`);
  }

  async request(path: string, init: RequestInit = {}): Promise<Reply> {
    const res = await fetch(`${this.base}${path}`, init);
    const raw = await res.text();
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      body = undefined;
    }
    return { status: res.status, contentType: res.headers.get('content-type'), body, raw };
  }

  post(body: string, headers: Record<string, string> = {}): Promise<Reply> {
    return this.request('/api/messages', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  }

  /** Posts a message with expectReplies and returns the bot's replies from the response body. */
  async say(text: string, conversationId: string): Promise<Activity[]> {
    const reply = await this.post(JSON.stringify(messageActivity(text, conversationId)));
    assert.equal(reply.status, 200, reply.raw);
    return (reply.body as { activities: Activity[] }).activities;
  }
}

let nextId = 0;
function messageActivity(text: string, conversationId: string) {
  return {
    type: 'message',
    id: `activity-${++nextId}`,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9',
    deliveryMode: 'expectReplies',
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
    conversation: { id: conversationId },
    text,
  };
}

function assertJsonError(reply: Reply, status: number, code: string): void {
  assert.equal(reply.status, status, reply.raw);
  assert.match(reply.contentType ?? '', /application\/json/);
  const error = (reply.body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  assert.equal(error?.code, code, reply.raw);
  assert.equal(typeof error?.message, 'string');
  assertNoStackTrace(reply);
}

function assertNoStackTrace(reply: Reply): void {
  assert.doesNotMatch(reply.raw, /\n\s+at |node_modules|\.ts:\d+/, `stack trace in the response: ${reply.raw.slice(0, 300)}`);
}

const alwaysFails = (): Promise<never> => Promise.reject(Object.assign(new Error('disk unplugged'), { code: 'EIO' }));
const failingStorage: Storage = { read: alwaysFails, write: alwaysFails, delete: alwaysFails };

describe('HTTP server on loopback (real restify, CloudAdapter, fetch)', () => {
  let kb: KnowledgeBase;
  let server: RunningApp;
  const started: RunningApp[] = [];
  const start = async (deps: Partial<AppDependencies> = {}) => {
    const running = await RunningApp.start({
      config: configFor(),
      knowledgeBase: kb,
      storage: new MemoryStorage(),
      logger: createLogger({ level: 'silent' }),
      recognizer: await realRecognizer(),
      ...deps,
    });
    started.push(running);
    return running;
  };

  before(async () => {
    kb = await realKnowledgeBase();
    // The default wiring, recogniser included, exactly as index.ts asks for it.
    server = await start({ recognizer: undefined });
  });
  after(async () => {
    await Promise.all(started.map((s) => s.app.close()));
  });

  it('answers "what\'s the helpline number?" in the response body with expectReplies: the number and the hours', async () => {
    const reply = await server.post(JSON.stringify(messageActivity("what's the helpline number?", 'helpline-1')));
    assert.equal(reply.status, 200, reply.raw);
    assert.match(reply.contentType ?? '', /application\/json/);
    const activities = (reply.body as { activities: Activity[] }).activities;
    assert.equal(activities.length, 1);
    const text = activities[0]?.text ?? '';
    assert.ok(text.includes(HELPLINE), text);
    assert.match(text, /9am to 6pm/);
    assert.match(text, /Saturday/);
  });

  it('/healthz says the process is up; /readyz that knowledge and storage are ready', async () => {
    const health = await server.request('/healthz');
    assert.equal(health.status, 200);
    assert.deepEqual(health.body, { status: 'ok' });
    const ready = await server.request('/readyz');
    assert.equal(ready.status, 200, ready.raw);
    assert.deepEqual(ready.body, { status: 'ready', checks: { knowledge: 'ok', storage: 'ok' } });
  });

  it('/readyz is 503 when storage fails, and a message then gets the apology with the helpline', async () => {
    const broken = await start({ storage: failingStorage });
    const ready = await broken.request('/readyz');
    assert.equal(ready.status, 503, ready.raw);
    assert.deepEqual(ready.body, { status: 'not-ready', checks: { knowledge: 'ok', storage: 'failing' } });
    assertNoStackTrace(ready);
    const [apology] = await broken.say('is my data in the leak', 'storage-down-1');
    assert.ok(apology?.text?.includes(HELPLINE), apology?.text);
    assert.equal((await broken.request('/healthz')).status, 200);
  });

  describe('bad requests get a JSON error and no stack trace', () => {
    const cases: [string, () => Promise<Reply>, number, string][] = [
      ['malformed JSON', () => server.post('{"type": "message", "text": "hel'), 400, 'bad-json'],
      ['a body over the limit', () => server.post(JSON.stringify({ ...messageActivity('x', 'big-1'), text: 'x'.repeat(300_000) })), 413, 'body-too-large'],
      ['a JSON array', () => server.post('[1, 2, 3]'), 400, 'not-an-activity'],
      ['an object without a type', () => server.post('{"hello": "world"}'), 400, 'not-an-activity'],
      ['an activity without a conversation', () => server.post(JSON.stringify({ type: 'message', channelId: 'emulator', text: 'hi' })), 400, 'not-an-activity'],
      ['an activity whose text is not a string', () => server.post(JSON.stringify({ ...messageActivity('x', 'num-1'), text: 42 })), 400, 'not-an-activity'],
      ['no body at all', () => server.request('/api/messages', { method: 'POST' }), 400, 'not-an-activity'],
      ['an unknown route', () => server.request('/api/nothing-here'), 404, 'not-found'],
      ['GET on the messages endpoint', () => server.request('/api/messages'), 405, 'method-not-allowed'],
    ];
    for (const [name, send, status, code] of cases) {
      it(`${name} → ${status} ${code}`, async () => assertJsonError(await send(), status, code));
    }

    it('the body-not-an-activity error names the field', async () => {
      const reply = await server.post(JSON.stringify({ ...messageActivity('x', 'num-2'), text: 42 }));
      assert.match((reply.body as { error: { message: string } }).error.message, /"text"/);
    });
  });

  it('after bad input the process still answers and stored conversation state is kept', async () => {
    const conversation = 'kept-state-1';
    const [first] = await server.say('can you recommend a good pizza recipe', conversation);
    assert.ok(first?.text?.includes(HELPLINE));
    assert.ok(!(first?.suggestedActions?.actions ?? []).some((a) => a.title === messages.talkToPerson));

    await server.post('{"type": "message", "conversation": {"id": "kept-state-1"}, "text": "oops');
    await server.post(JSON.stringify({ ...messageActivity('x'.repeat(300_000), conversation) }));
    await server.post(JSON.stringify({ ...messageActivity('x', conversation), text: { not: 'text' } }));
    await server.request('/no/such/route', { method: 'DELETE' });
    await server.post(JSON.stringify({ ...messageActivity('', conversation), type: 'typing' }));

    // The fallback count stored before the bad requests is still there: this is the second in a row.
    const [second] = await server.say("what's the weather going to be like in Paris tomorrow", conversation);
    assert.deepEqual(second?.suggestedActions?.actions.map((a) => a.title), [messages.talkToPerson]);
    const [answer] = await server.say("what's the helpline number?", conversation);
    assert.equal(answer?.channelData?.topicId, 'helpline');
  });

  it('a non-message activity gets 200 and no replies', async () => {
    const reply = await server.post(JSON.stringify({ ...messageActivity('', 'typing-1'), type: 'typing' }));
    assert.equal(reply.status, 200, reply.raw);
    assert.deepEqual(reply.body, { activities: [] });
  });

  describe('authentication', () => {
    it('needs no Authorization header when MicrosoftAppId is empty (the Emulator case)', async () => {
      const replies = await server.say('hello', 'no-auth-1');
      assert.ok(replies.length > 0);
    });

    it('enforces the Bot Framework JWT when MicrosoftAppId is set: no or a bogus token → 401 JSON', async () => {
      const secured = await start({
        config: configFor({ MicrosoftAppId: '3f1c0f9e-8d1a-4c55-9b7e-2d6a4f0c1b2a', MicrosoftAppPassword: 'not-a-real-secret' }),
      });
      const body = JSON.stringify(messageActivity("what's the helpline number?", 'auth-1'));
      assertJsonError(await secured.post(body), 401, 'unauthorized');
      assertJsonError(await secured.post(body, { authorization: 'Bearer not.a.jwt' }), 401, 'unauthorized');
    });
  });

  it('a turn that throws: the person gets the apology with the helpline; the log has the error but not their words', async () => {
    const words = 'I think my daughter Morag Fairbairn is in the leak';
    const lines: string[] = [];
    const throwing: Recognizer = {
      // Quotes the message, as an HTTP client echoing its request might.
      recognize: async (text) => {
        throw new Error(`recogniser unavailable while reading "${text}"`);
      },
    };
    const app = await start({ recognizer: throwing, logger: createLogger({ destination: { write: (line: string) => void lines.push(line) } }) });
    const replies = await app.say(words, 'turn-error-1');
    assert.equal(replies.length, 1);
    assert.ok(replies[0]?.text?.includes(HELPLINE), replies[0]?.text);
    assert.match(replies[0]?.text ?? '', /sorry/i);

    const failure = lines.map((l) => JSON.parse(l) as { msg?: string; err?: { message?: string } }).find((l) => l.msg === 'turn failed');
    assert.ok(failure, `no "turn failed" log line in:\n${lines.join('')}`);
    assert.match(failure.err?.message ?? '', /recogniser unavailable/);
    const log = lines.join('').toLowerCase();
    for (const piece of ['morag', 'fairbairn', 'daughter', words.toLowerCase()]) assert.ok(!log.includes(piece), `the log contains "${piece}"`);
  });
});
