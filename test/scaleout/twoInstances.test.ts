import assert from 'node:assert/strict';
import { HELPLINE, handoffFlowMessages, handoffMessages } from '../../src/messages';
import { type RunningAzurite, startAzurite } from '../support/azurite';
import { type BotProcess, startBotProcess } from './support/botProcess';
import { type LoggedActivity, Visitor } from './support/visitor';

const ALICE = 'alice-scaleout-key-0123456789';

/**
 * Two real bot processes on two ports sharing one Blob storage (Azurite), as two App Service
 * instances behind a load balancer: whichever instance a request reaches, the result is the same.
 */
describe('two instances as one (StorageKind=blob on Azurite, two processes)', function () {
  this.timeout(300_000);
  let azurite: RunningAzurite;
  let a: BotProcess;
  let b: BotProcess;

  const env = () => ({
    StorageKind: 'blob',
    BlobConnectionString: azurite.connectionString,
    BlobContainerName: `scaleout-${process.pid}`,
    TranscriptContainerName: `scaleout-transcripts-${process.pid}`,
    DirectLineTokenSecret: 'scale-out-test-token-secret-0123456789abcdef',
    AgentConsoleKeys: `Alice:${ALICE}`,
    // The processes run on the real clock: keep the helpline open so a hand-off can be queued any time.
    HelplineHours: 'Mon-Sun 00:00-24:00',
    HelplineClosedDates: '',
  });

  const agent = async (instance: BotProcess, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${instance.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${ALICE}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text === '' ? undefined : JSON.parse(text)) as any };
  };

  /** Stops an instance (SIGTERM, drained) and starts it again on the same port and storage. */
  const restart = async (instance: BotProcess): Promise<BotProcess> => {
    assert.equal(await instance.stop(), 0, instance.errors());
    return startBotProcess(env(), instance.port);
  };

  const allActivities = async (visitor: Visitor, base: string): Promise<LoggedActivity[]> => {
    const res = await fetch(`${base}/v3/directline/conversations/${visitor.conversationId}/activities`, { headers: visitor.headers() });
    assert.equal(res.status, 200);
    return ((await res.json()) as { activities: LoggedActivity[] }).activities;
  };
  const ids = (list: LoggedActivity[]) => list.map((x) => x.id);

  before(async () => {
    azurite = await startAzurite();
    [a, b] = await Promise.all([startBotProcess(env()), startBotProcess(env())]);
  });

  after(async () => {
    await Promise.all([a?.kill(), b?.kill()]);
    await azurite?.stop();
  });

  it('a visitor who started on A carries on through B; restarting either loses nothing', async () => {
    const visitor = await Visitor.connect(a.base);
    assert.equal(await visitor.say(a.base, 'what is the helpline number?'), 200);
    await visitor.waitForBot(a.base, (t) => t.includes(HELPLINE), 'with the helpline (asked on A)');

    assert.equal(await visitor.say(b.base, 'what happened?'), 200, 'B accepts the token A issued');
    const answeredOnB = await visitor.waitForBot(b.base, (t) => /cyber|attack/i.test(t), 'about the attack (asked on B)');
    assert.ok((await allActivities(visitor, a.base)).some((x) => x.id === answeredOnB.id), 'A shows what B answered');

    const before = await allActivities(visitor, b.base);
    a = await restart(a);
    assert.deepEqual(ids(await allActivities(visitor, a.base)), ids(before), 'A after a restart has every activity');
    b = await restart(b);
    assert.deepEqual(ids(await allActivities(visitor, b.base)), ids(before), 'B after a restart has every activity');

    assert.equal(await visitor.say(a.base, 'is my data in the leak?'), 200);
    const after = await allActivities(visitor, b.base);
    assert.deepEqual(ids(after.slice(0, before.length)), ids(before), 'the conversation went on where it was');
    assert.ok(after.length > before.length + 1, 'with the new message and its answer');
  });

  it('a hand-off made on A is claimed through B, and the agent’s messages reach the visitor polling A', async () => {
    assert.equal((await agent(b, 'POST', '/api/agent/presence', { status: 'online' })).status, 200);
    const visitor = await Visitor.connect(a.base);
    await visitor.say(a.base, 'Talk to a person', { action: 'handoff' });
    await visitor.waitForBot(a.base, (t) => t === handoffFlowMessages.consent, 'asking for consent');
    await visitor.say(a.base, handoffFlowMessages.yesGoAhead);
    await visitor.waitForBot(a.base, (t) => /in the queue for a person/.test(t), 'with a place in the queue');

    const queue = (await agent(b, 'GET', '/api/agent/queue')).body as Array<{ id: string; conversationId: string }>;
    const item = queue.find((q) => q.conversationId === visitor.conversationId);
    assert.ok(item, 'B’s agent API sees the hand-off queued on A');
    const claim = await agent(b, 'POST', `/api/agent/handoffs/${item.id}/claim`, { agentName: 'Alice' });
    assert.equal(claim.status, 200, JSON.stringify(claim.body));
    await visitor.waitForBot(a.base, (t) => t === handoffMessages.agentJoined('Alice'), 'saying Alice joined');

    assert.equal((await agent(b, 'POST', `/api/agent/handoffs/${item.id}/messages`, { text: 'Hello, this is Alice. How can I help?' })).status, 201);
    await visitor.waitForBot(a.base, (t) => t === 'Hello, this is Alice. How can I help?', 'from the agent on B');

    assert.equal(await visitor.say(a.base, 'I got a letter about my records'), 200);
    const handoff = (await agent(b, 'GET', `/api/agent/handoffs/${item.id}`)).body as { transcript: Array<{ from: string; text: string }> };
    assert.ok(handoff.transcript.some((e) => e.from === 'visitor' && e.text === 'I got a letter about my records'), 'the visitor’s reply on A is in the transcript B serves');

    // A restart of B between the agent's messages loses neither the claim nor the conversation.
    b = await restart(b);
    assert.equal((await agent(b, 'POST', `/api/agent/handoffs/${item.id}/messages`, { text: 'Still here after a restart.' })).status, 201);
    await visitor.waitForBot(a.base, (t) => t === 'Still here after a restart.', 'after B restarted');
  });
});
