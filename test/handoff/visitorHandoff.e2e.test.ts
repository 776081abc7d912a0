import assert from 'node:assert/strict';
import { type Activity, DirectLine } from 'botframework-directlinejs';
import { type App, buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { handoffFlowMessages, handoffMessages } from '../../src/messages';
import { createLogger } from '../../src/observability/logger';
import { createStorage } from '../../src/storage/createStorage';
import { directLineFor, fetchAjax, Transcript } from '../directline/support/directLineClient';
import { makeTempDirectory, type TempDirectory } from '../storage/tempDirectory';
import { realKnowledgeBase, realRecognizer } from '../support/realKnowledgeBase';
import { type Connection, newConnection } from '../webchat/support/chatApp';
import { ManualClock } from './handoffFixtures';

const ALICE = 'alice-key-0123456789';
const TOKEN_SECRET = 'handoff-e2e-direct-line-secret-0123456789';
/** Monday 15 June 2026, 10:00 in London: open. */
const MONDAY_MORNING = '2026-06-15T09:00:00.000Z';
/** Sunday 14 June 2026, 10:00 in London: closed. */
const SUNDAY_MORNING = '2026-06-14T09:00:00.000Z';

const fromBot = (a: Activity) => a.from.role === 'bot';
/** Text as a person reads it: Markdown links shown as their labels. */
const textOf = (a: Activity) => ('text' in a && typeof a.text === 'string' ? a.text : '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
const topicOf = (a: Activity) => (a.channelData as { topicId?: string } | undefined)?.topicId;

interface Running {
  readonly app: App;
  readonly base: string;
  readonly port: number;
}

/** The whole app on loopback with the local Direct Line, one agent key and an injected clock; jobs run only when told. */
async function startApp(options: { clock: ManualClock; storagePath?: string; port?: number; env?: Record<string, string> }): Promise<Running> {
  const result = loadConfig({
    StorageKind: options.storagePath === undefined ? 'memory' : 'file',
    ...(options.storagePath === undefined ? {} : { StoragePath: options.storagePath }),
    DirectLineTokenSecret: TOKEN_SECRET,
    DirectLinePollingIntervalMs: '200',
    AgentConsoleKeys: `Alice:${ALICE}`,
    ...options.env,
  });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const config = result.config;
  const app = buildApp({
    config,
    knowledgeBase: await realKnowledgeBase(),
    recognizer: await realRecognizer(),
    storage: createStorage({ kind: config.StorageKind === 'file' ? 'file' : 'memory', path: config.StoragePath }),
    logger: createLogger({ level: 'silent' }),
    clock: options.clock,
    handoffJobsIntervalMs: 0,
    agentEventsPollMs: 50,
  });
  const port = await app.listen(options.port ?? 0, '127.0.0.1');
  return { app, base: `http://127.0.0.1:${port}`, port };
}

/** The agent console's side: the agent API over real HTTP with Alice's key. */
function agentApi(running: () => Running) {
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${running().base}${path}`, {
      method,
      headers: { authorization: `Bearer ${ALICE}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text === '' ? undefined : (JSON.parse(text) as any) };
  };
}

/** A visitor on the web page: the real Direct Line client, reading the bot's messages in order. */
class Visitor {
  private seen = 0;

  private constructor(
    private transcript: Transcript,
    private directLine: DirectLine,
    private readonly connection: Connection,
  ) {}

  get userId(): string {
    return this.connection.userId;
  }

  get conversationId(): string {
    return this.connection.conversationId;
  }

  static async open(base: string): Promise<Visitor> {
    const connection = await newConnection(base);
    const directLine = directLineFor(base, connection);
    const visitor = new Visitor(new Transcript(directLine), directLine, connection);
    await visitor.next(/I can answer questions/);
    return visitor;
  }

  /**
   * Joins the same conversation again, as the page does when reloaded: directlinejs stops polling
   * for good after one failed request, so a client that polled while the server was down is done.
   * The log is read again from the start, in the same order, so the place in it still holds.
   */
  reconnect(base: string): void {
    this.transcript.end();
    this.directLine = new DirectLine({
      token: this.connection.token,
      conversationId: this.connection.conversationId,
      domain: new URL(this.connection.domain, base).href,
      webSocket: false,
      pollingInterval: this.connection.pollingIntervalMs,
      ajax: fetchAjax,
      WebSocket: NeverWebSocket as unknown as typeof WebSocket,
      // A request on a connection the old server closed fails at once; retry after 1 s, not the default 20 s.
      timeout: 1000,
    });
    this.transcript = new Transcript(this.directLine);
  }

  /** The bot's next message after the last one read, which must match. */
  async next(pattern: RegExp | string): Promise<Activity> {
    const from = this.seen;
    const activity = await this.transcript.waitFor((a) => this.transcript.activities.indexOf(a) >= from && fromBot(a) && textOf(a) !== '', `matching ${pattern}`);
    this.seen = this.transcript.activities.indexOf(activity) + 1;
    const text = textOf(activity);
    // Compared as shown, like textOf: a message's own Markdown links are read as their text.
    if (typeof pattern === 'string') assert.equal(text, pattern.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'));
    else assert.match(text, pattern);
    return activity;
  }

  /** Sends a message and waits until the service has it (the echo). */
  async say(text: string, value?: unknown): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.directLine
        .postActivity({ type: 'message', text, from: { id: this.userId }, ...(value === undefined ? {} : { value }) } as Activity)
        .subscribe({ next: () => resolve(), error: reject });
    });
  }

  /** Bot messages not yet read. */
  unread(): Activity[] {
    return this.transcript.activities.slice(this.seen).filter(fromBot);
  }

  end(): void {
    this.transcript.end();
  }
}

class NeverWebSocket {
  constructor() {
    throw new Error('these tests poll');
  }
}

describe('hand-off end to end: local Direct Line visitor, agent API over HTTP', function () {
  this.timeout(60_000);
  let running: Running;
  let clock: ManualClock;
  const visitors: Visitor[] = [];
  const agent = agentApi(() => running);

  async function visitor(): Promise<Visitor> {
    const v = await Visitor.open(running.base);
    visitors.push(v);
    return v;
  }

  async function start(at: string, env: Record<string, string> = {}): Promise<void> {
    clock = new ManualClock(at);
    running = await startApp({ clock, env });
    assert.equal((await agent('POST', '/api/agent/presence', { status: 'online' })).status, 200);
  }

  /** From asking to the queue: consent, then the place in it. */
  async function queue(v: Visitor, place: RegExp): Promise<void> {
    await v.say('Talk to a person', { action: 'handoff' });
    await v.next(handoffFlowMessages.consent);
    await v.say('Yes, go ahead');
    await v.next(place);
  }

  async function openHandoff(conversationId: string): Promise<any> {
    const queue = (await agent('GET', '/api/agent/queue')).body as { id: string; conversationId: string }[];
    const item = queue.find((q) => q.conversationId === conversationId);
    assert.ok(item, `${conversationId} is in the queue`);
    return (await agent('GET', `/api/agent/handoffs/${item.id}`)).body;
  }

  afterEach(async () => {
    for (const v of visitors.splice(0)) v.end();
    await running?.app.close();
  });

  it('asks for a person → consent → queued with a place → agent claims → both ways → agent ends → the bot answers again', async () => {
    await start(MONDAY_MORNING);
    const ann = await visitor();
    await ann.say('what is the helpline number');
    await ann.next(/01387 216 777/);
    await queue(ann, /You are next in the queue for a person\. I cannot say how long the wait will be\./);

    clock.advanceMinutes(1);
    const ben = await visitor();
    await queue(ben, /You are number 2 in the queue for a person\./);

    const queued = await openHandoff(ann.conversationId);
    assert.equal(queued.status, 'queued');
    assert.equal(queued.priority, 'normal');
    assert.equal(queued.channel, 'directline');
    assert.deepEqual(queued.lastTopics, ['helpline']);
    assert.ok(queued.transcript.some((e: { from: string; text: string }) => e.from === 'visitor' && e.text === 'what is the helpline number'), 'the agent reads the conversation so far');

    clock.advanceMinutes(2);
    const claim = await agent('POST', `/api/agent/handoffs/${queued.id}/claim`, { agentName: 'Alice' });
    assert.equal(claim.status, 200);
    assert.equal(claim.body.visitorNotified, true);
    await ann.next(handoffMessages.agentJoined('Alice'));
    await running.app.handoffJobs.runOnce();
    await ben.next('You are now next in the queue.');

    // Visitor → agent: into the transcript, not answered by the bot.
    await ann.say('is my data in the leak?');
    await waitUntil(async () => (await agent('GET', `/api/agent/handoffs/${queued.id}`)).body.transcript.some((e: { text: string }) => e.text === 'is my data in the leak?'), 'the message in the transcript');
    // Agent → visitor.
    const sent = await agent('POST', `/api/agent/handoffs/${queued.id}/messages`, { text: 'Hello, I can look into that for you.' });
    assert.equal(sent.status, 201);
    const fromAgent = await ann.next('Hello, I can look into that for you.');
    // Not a reply to an activity the page never saw: Web Chat would hold such a message back for 5 s.
    assert.equal((fromAgent as { replyToId?: string }).replyToId, undefined);

    assert.equal((await agent('POST', `/api/agent/handoffs/${queued.id}/close`)).status, 200);
    await ann.next(handoffMessages.agentEndedChat);
    await ann.say('what is the helpline number');
    const answer = await ann.next(/01387 216 777/);
    assert.equal(topicOf(answer), 'helpline', 'the bot answers again');

    // Ben leaves the queue; the third visitor estimate now has history: Ann waited 3 minutes.
    await ben.say('end chat');
    await ben.next(handoffFlowMessages.leftQueue);
    const cat = await visitor();
    await queue(cat, /You are next in the queue for a person\. Recent chats have waited about 3 minutes\./);
    assert.deepEqual(((await agent('GET', '/api/agent/queue')).body as { conversationId: string }[]).map((q) => q.conversationId), [cat.conversationId]);
  });

  it('two fallbacks, then accepting the offer, queues the visitor', async () => {
    await start(MONDAY_MORNING);
    const v = await visitor();
    await v.say('qwxz blorp');
    await v.next(/Sorry, I can't help with that/);
    await v.say('zzkv frump');
    await v.next(/Would you like to talk to a person/);
    await v.say('yes');
    await v.next(handoffFlowMessages.consent);
    await v.say('yes');
    await v.next(/next in the queue/);
    assert.match((await openHandoff(v.conversationId)).summary, /could not answer twice/);
  });

  it('crisis: the urgent-help answer and an offer at once; accepted, the visitor is queued as urgent, ahead of others', async () => {
    await start(MONDAY_MORNING);
    const waiting = await visitor();
    await queue(waiting, /next in the queue/);
    const v = await visitor();
    await v.say('i want to end my life');
    const crisis = await v.next(/999/);
    assert.equal(topicOf(crisis), 'crisis');
    await v.say('yes');
    await v.next(handoffFlowMessages.consent);
    await v.say('yes');
    await v.next(/You are next in the queue/);
    const items = (await agent('GET', '/api/agent/queue')).body as { conversationId: string; priority: string }[];
    assert.deepEqual(items.map((i) => [i.conversationId, i.priority]), [[v.conversationId, 'urgent'], [waiting.conversationId, 'normal']]);
    await running.app.handoffJobs.runOnce();
    await waiting.next('You are now number 2 in the queue.');
  });

  it('out of hours: next opening, phone and hours, then a callback with a bad and a good number, visible to agents', async () => {
    await start(SUNDAY_MORNING);
    const v = await visitor();
    await v.say('Talk to a person');
    await v.next(handoffFlowMessages.consent);
    await v.say('yes');
    await v.next(/not taking chats right now\. They are next available tomorrow at 9am\.\s+You can call the helpline on 01387 216 777: Monday to Friday 9am to 6pm/);
    await v.next(handoffFlowMessages.callbackOffer);
    await v.say('Yes, phone me back');
    await v.next(handoffFlowMessages.askFirstName);
    await v.say('Priya');
    await v.next(handoffFlowMessages.askPhone('Priya'));
    await v.say('0909 879 0000');
    await v.next(/premium-rate/);
    await v.say('01387 123456');
    await v.next(handoffFlowMessages.callbackSaved('Priya', '01387 123456', 'tomorrow at 9am'));
    const callbacks = (await agent('GET', '/api/agent/callbacks')).body as { firstName: string; phone: string }[];
    assert.deepEqual(callbacks.map((c) => [c.firstName, c.phone]), [['Priya', '+441387123456']]);
    assert.deepEqual((await agent('GET', '/api/agent/queue')).body, []);
  });

  it('cancel at the consent question and at the phone number returns to the bot, storing nothing', async () => {
    await start(SUNDAY_MORNING);
    const v = await visitor();
    await v.say('Talk to a person');
    await v.next(handoffFlowMessages.consent);
    await v.say('back');
    await v.next(handoffFlowMessages.backToBot);
    await v.say('Talk to a person');
    await v.next(handoffFlowMessages.consent);
    await v.say('yes');
    await v.next(/not taking chats/);
    await v.next(handoffFlowMessages.callbackOffer);
    await v.say('yes');
    await v.next(handoffFlowMessages.askFirstName);
    await v.say('Priya');
    await v.next(handoffFlowMessages.askPhone('Priya'));
    await v.say('cancel');
    await v.next(handoffFlowMessages.backToBot);
    await v.say('what is the helpline number');
    assert.equal(topicOf(await v.next(/01387 216 777/)), 'helpline');
    assert.deepEqual((await agent('GET', '/api/agent/callbacks')).body, []);
  });

  it('risk during the relay: the visitor gets the crisis numbers, the hand-off is flagged and made urgent', async () => {
    await start(MONDAY_MORNING);
    const other = await visitor();
    await queue(other, /next in the queue/);
    clock.advanceMinutes(1);
    const v = await visitor();
    await queue(v, /number 2 in the queue/);
    await v.say('honestly i dont want to live anymore');
    await v.next(handoffFlowMessages.riskWhileWaiting(1, true));
    const flagged = await openHandoff(v.conversationId);
    assert.equal(flagged.priority, 'urgent');
    assert.equal(flagged.risk.reason, 'suicide');
    const items = (await agent('GET', '/api/agent/queue')).body as { conversationId: string; risk?: unknown }[];
    assert.equal(items[0]?.conversationId, v.conversationId, 'now first');
    assert.ok(items[0]?.risk, 'the queue shows the flag');
  });

  it('a queued visitor silent past HandoffQueueTimeoutMinutes is told and removed (injected clock)', async () => {
    await start(MONDAY_MORNING, { HandoffQueueTimeoutMinutes: '10' });
    const v = await visitor();
    await queue(v, /every 10 minutes/);
    clock.advanceMinutes(9);
    await running.app.handoffJobs.runOnce();
    assert.equal(((await agent('GET', '/api/agent/queue')).body as unknown[]).length, 1);
    clock.advanceMinutes(1);
    await running.app.handoffJobs.runOnce();
    await v.next(handoffFlowMessages.timedOut(10));
    assert.deepEqual((await agent('GET', '/api/agent/queue')).body, []);
    await v.say('what is the helpline number');
    assert.equal(topicOf(await v.next(/01387 216 777/)), 'helpline');
  });

  describe('restart in the middle of a chat (file storage)', () => {
    let temp: TempDirectory;
    beforeEach(async () => {
      temp = await makeTempDirectory();
    });
    afterEach(() => temp.cleanup());

    it('visitor and agent carry on after the server is replaced on the same storage', async () => {
      clock = new ManualClock(MONDAY_MORNING);
      running = await startApp({ clock, storagePath: temp.path });
      await agent('POST', '/api/agent/presence', { status: 'online' });
      const v = await visitor();
      await queue(v, /next in the queue/);
      const handoff = await openHandoff(v.conversationId);
      await agent('POST', `/api/agent/handoffs/${handoff.id}/claim`, {});
      await v.next(handoffMessages.agentJoined('Alice'));

      // Stop the server; a new one on the same port and storage folder takes over.
      await running.app.close();
      running = await startApp({ clock, storagePath: temp.path, port: running.port });
      v.reconnect(running.base);

      await v.say('are you still there?');
      await waitUntil(async () => (await agent('GET', `/api/agent/handoffs/${handoff.id}`)).body.transcript.some((e: { text: string }) => e.text === 'are you still there?'), 'the message after the restart');
      assert.equal((await agent('POST', `/api/agent/handoffs/${handoff.id}/messages`, { text: 'Yes, I am still here.' })).status, 201);
      await v.next('Yes, I am still here.');
      assert.deepEqual(v.unread(), [], 'the bot did not answer the relayed message');
      await agent('POST', `/api/agent/handoffs/${handoff.id}/close`);
      await v.next(handoffMessages.agentEndedChat);
      await v.say('what is the helpline number');
      assert.equal(topicOf(await v.next(/01387 216 777/)), 'helpline');
    });
  });
});

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
