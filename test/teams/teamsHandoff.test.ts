import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { handoffMessages } from '../../src/messages';
import { teamsMessages } from '../../src/teams/teamsMessages';
import { createStorage } from '../../src/storage/createStorage';
import { BotFrameworkStandIn } from './support/botFrameworkStandIn';
import {
  APP_ID,
  APP_PASSWORD,
  cardInvoke,
  HANDOFF_CHANNEL,
  OTHER_TENANT,
  person,
  STAFF_TENANT,
  type TeamsPerson,
  teamsMessage,
  webVisitorMessage,
} from './support/teamsActivities';
import { ManualClock } from '../handoff/handoffFixtures';
import { startTeamsApp, type TeamsTestApp } from './support/teamsApp';

const CONSOLE_KEY = 'console-key-0123456789abcdef';
const ENV = {
  StaffTenantIds: STAFF_TENANT,
  HandoffTeamsChannelId: HANDOFF_CHANNEL,
  HelplineHours: 'Mon-Sun 00:00-24:00',
  AgentConsoleKeys: `Casey:${CONSOLE_KEY}`,
};

type Json = Record<string, unknown>;
type Card = { body: Json[]; actions: { type: string; title: string; verb: string; data: { handoffId: string } }[] };
type CardReply = { statusCode: number; type: string; value: unknown };

const cardOf = (activity: Json | undefined): Card => {
  const attachment = (activity?.attachments as { contentType: string; content: Card }[] | undefined)?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  assert.ok(attachment, 'an Adaptive Card');
  return attachment.content;
};
const cardText = (card: Card) => JSON.stringify(card.body);
const textsIn = (t: TeamsTestApp, conversationId: string) => t.bf.posted(conversationId).map((a) => String(a.text ?? ''));

describe('Teams for agents: hand-offs posted to a channel, taken, answered and ended from Teams', () => {
  let storage: Storage;
  let bf: BotFrameworkStandIn;
  let t: TeamsTestApp;
  const alex = person('Alex');
  const sam = person('Sam');

  before(async () => {
    bf = new BotFrameworkStandIn({ appId: APP_ID, password: APP_PASSWORD });
    await bf.start();
    storage = createStorage({ kind: 'memory', path: 'unused' });
    t = await startTeamsApp(ENV, { bf, deps: { storage, handoffJobsIntervalMs: 0 } });
  });
  after(async () => {
    await t.close();
    await bf.stop();
  });

  async function post(activity: Json, app = t): Promise<{ status: number; body: unknown }> {
    return app.post(activity, bf.channelToken());
  }

  /** An agent @mentions the bot at the top of the hand-off channel. */
  async function inChannel(agent: TeamsPerson, text: string, tenantId = STAFF_TENANT): Promise<string[]> {
    const activity = teamsMessage(text, { serviceUrl: bf.serviceUrl, from: agent, kind: 'channel', mention: true, tenantId, conversationId: `${HANDOFF_CHANNEL};messageid=${randomUUID()}` });
    assert.equal((await post(activity)).status, 200);
    return textsIn(t, (activity.conversation as { id: string }).id);
  }

  async function replyInThread(agent: TeamsPerson, threadId: string, text: string, app = t, tenantId = STAFF_TENANT): Promise<void> {
    const activity = teamsMessage(text, { serviceUrl: bf.serviceUrl, from: agent, kind: 'channel', conversationId: threadId, tenantId });
    assert.equal((await post(activity, app)).status, 200);
  }

  async function press(agent: TeamsPerson, verb: string, handoffId: string, threadId: string, app = t): Promise<CardReply> {
    const response = await post(cardInvoke({ action: { type: 'Action.Execute', verb, data: { handoffId } }, trigger: 'manual' }, { serviceUrl: bf.serviceUrl, from: agent, threadId }), app);
    assert.equal(response.status, 200);
    return response.body as CardReply;
  }

  async function visitor(conversationId: string, text: string): Promise<string[]> {
    const before = bf.posted(conversationId).length;
    assert.equal((await post(webVisitorMessage(text, { serviceUrl: bf.serviceUrl, conversationId }))).status, 200);
    return textsIn(t, conversationId).slice(before);
  }

  /** A web visitor asks for a person and says yes; returns the Teams thread made for them. */
  async function queueVisitor(conversationId: string, first = 'what is the helpline number'): Promise<{ handoffId: string; threadId: string; card: Card }> {
    const threadsBefore = bf.created.length;
    await visitor(conversationId, first);
    assert.match((await visitor(conversationId, 'Talk to a person')).join('\n'), /Shall I go ahead/);
    assert.match((await visitor(conversationId, 'Yes, go ahead')).join('\n'), /in the queue/);
    const created = bf.created[threadsBefore];
    assert.ok(created, 'a new thread in the hand-off channel');
    const card = cardOf(created.parameters.activity as Json);
    const take = card.actions.find((a) => a.title === teamsMessages.card.take);
    assert.ok(take);
    return { handoffId: take.data.handoffId, threadId: created.conversationId, card };
  }

  it('an agent says "online" in the hand-off channel and counts as taking chats; someone from another tenant cannot', async () => {
    assert.match((await inChannel(alex, 'online')).join('\n'), /You are taking chats until/);
    assert.match((await inChannel(sam, 'online')).join('\n'), /You are taking chats until/);
    const online = await t.app.handoff.presence.onlineAgents();
    assert.ok(online.includes(`teams:${alex.aadObjectId}`) && online.includes(`teams:${sam.aadObjectId}`));
    assert.match((await inChannel(sam, 'status')).join('\n'), /Alex, Sam/);
    const outsider = person('Olly');
    assert.deepEqual(await inChannel(outsider, 'online', OTHER_TENANT), [teamsMessages.agent.notStaff]);
  });

  it('a new hand-off is posted as a card (summary, priority, waiting since, "Take this chat") starting its own thread, with the conversation so far', async () => {
    const { threadId, card, handoffId } = await queueVisitor(`web-${randomUUID()}`);
    const created = bf.created.find((c) => c.conversationId === threadId);
    assert.ok(created?.authorised, 'posted with a token from the login endpoint');
    assert.deepEqual((created.parameters.channelData as Json).channel, { id: HANDOFF_CHANNEL });
    assert.deepEqual((created.parameters.channelData as Json).tenant, { id: STAFF_TENANT });
    const text = cardText(card);
    assert.match(text, /A visitor wants to talk to a person/);
    assert.match(text, /Asked to talk to a person/);
    assert.match(text, /Normal/);
    assert.match(text, /\{\{DATE\(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ, SHORT\)\}\}/);
    assert.match(text, /Helpline number/);
    assert.doesNotMatch(text, /URGENT/);
    assert.deepEqual(card.actions.map((a) => [a.type, a.verb, a.data.handoffId]), [['Action.Execute', 'handoff.take', handoffId]]);
    const [soFar] = textsIn(t, threadId);
    assert.match(soFar ?? '', /^The conversation so far:\nVisitor: what is the helpline number\nAssistant: /);
  });

  it('two agents press "Take this chat" at once: exactly one gets it, the other is told who has it; the visitor hears one name', async () => {
    const conversationId = `web-${randomUUID()}`;
    const { handoffId, threadId } = await queueVisitor(conversationId);
    await visitor(conversationId, 'hello, is anyone there?');
    assert.ok(textsIn(t, threadId).includes('Visitor: hello, is anyone there?'), 'what the visitor writes while waiting shows in the thread');

    const before = bf.posted(conversationId).length;
    const [a, b] = await Promise.all([press(alex, 'handoff.take', handoffId, threadId), press(sam, 'handoff.take', handoffId, threadId)]);
    const replies = [a, b].map((r) => JSON.stringify(r.value));
    const won = replies.filter((r) => !r.includes('is already looking after this chat'));
    assert.equal(won.length, 1, replies.join('\n'));
    const winner = won[0]?.includes('Alex is looking after') ? 'Alex' : 'Sam';
    const loser = winner === 'Alex' ? 'Sam' : 'Alex';
    assert.ok(replies.some((r) => r.includes(`${winner} is already looking after this chat`)), `the loser (${loser}) sees who won`);
    for (const r of [a, b]) assert.equal(r.type, 'application/vnd.microsoft.card.adaptive');

    const joined = textsIn(t, conversationId).slice(before);
    assert.deepEqual(joined, [handoffMessages.agentJoined(winner)]);
    const handoff = await t.app.handoff.queue.get(handoffId);
    assert.equal(handoff?.status, 'active');
    assert.equal(handoff?.claimedBy, winner);

    // Everyone in the channel sees the card change: "End chat" instead of "Take this chat".
    const update = bf.updates(threadId).at(-1);
    assert.ok(update?.authorised);
    assert.deepEqual(cardOf(update.activity).actions.map((x) => x.verb), ['handoff.end']);
    assert.ok(textsIn(t, threadId).includes(teamsMessages.thread.taken(winner)));
  });

  it('pressing "Take this chat" again on one’s own chat (double press, a retried invoke) keeps it, and the visitor and the thread hear it once', async () => {
    const conversationId = `web-${randomUUID()}`;
    const { handoffId, threadId } = await queueVisitor(conversationId);
    const before = bf.posted(conversationId).length;

    const first = await press(alex, 'handoff.take', handoffId, threadId);
    const [again, racing] = await Promise.all([press(alex, 'handoff.take', handoffId, threadId), press(alex, 'handoff.take', handoffId, threadId)]);
    for (const reply of [first, again, racing]) {
      assert.equal(reply.type, 'application/vnd.microsoft.card.adaptive');
      assert.match(cardText(reply.value as Card), /Alex is looking after this chat/);
      assert.deepEqual((reply.value as Card).actions.map((x) => x.verb), ['handoff.end']);
    }
    assert.deepEqual(textsIn(t, conversationId).slice(before), [handoffMessages.agentJoined('Alex')]);
    assert.equal(textsIn(t, threadId).filter((text) => text === teamsMessages.thread.taken('Alex')).length, 1);
    assert.equal((await t.app.handoff.queue.get(handoffId))?.claimedBy, 'Alex');
    await press(alex, 'handoff.end', handoffId, threadId);
  });

  it('a console agent claiming again a chat they hold (second tab, another name) is not announced again, in Teams or to the visitor', async () => {
    const conversationId = `web-${randomUUID()}`;
    const { handoffId, threadId } = await queueVisitor(conversationId);
    const before = bf.posted(conversationId).length;
    const claim = (agentName?: string) =>
      fetch(`${t.base}/api/agent/handoffs/${handoffId}/claim`, {
        method: 'POST',
        headers: { authorization: `Bearer ${CONSOLE_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify(agentName === undefined ? {} : { agentName }),
      });
    assert.equal((await claim()).status, 200);
    assert.equal((await claim()).status, 200);
    assert.equal((await claim('Someone Else')).status, 200);
    assert.deepEqual(textsIn(t, conversationId).slice(before), [handoffMessages.agentJoined('Casey')]);
    assert.equal(textsIn(t, threadId).filter((text) => text === teamsMessages.thread.taken('Casey')).length, 1);
    assert.ok(!textsIn(t, threadId).some((text) => text.includes('Someone Else')));
    assert.equal((await t.app.handoff.queue.get(handoffId))?.claimedBy, 'Casey');
  });

  it('the agent who took it talks to the visitor in the thread; anyone else is told their message was not sent; "End chat" returns the visitor to the bot', async () => {
    const conversationId = `web-${randomUUID()}`;
    const { handoffId, threadId } = await queueVisitor(conversationId);

    const notYet = bf.posted(threadId).length;
    await replyInThread(alex, threadId, 'Hello, I am here');
    assert.deepEqual(textsIn(t, threadId).slice(notYet), [teamsMessages.agent.takeFirst]);
    assert.ok(!textsIn(t, conversationId).includes('Hello, I am here'));

    await press(alex, 'handoff.take', handoffId, threadId);
    const visitorBefore = bf.posted(conversationId).length;
    await replyInThread(alex, threadId, 'Hello, I am Alex. How can I help?');
    const samBefore = bf.posted(threadId).length;
    await replyInThread(sam, threadId, 'I can do this one');
    assert.deepEqual(textsIn(t, threadId).slice(samBefore), [teamsMessages.agent.notYours('Alex')]);
    assert.deepEqual(textsIn(t, conversationId).slice(visitorBefore), ['Hello, I am Alex. How can I help?'], 'only the holder reaches the visitor');
    assert.ok(bf.calls.filter((c) => c.conversationId === conversationId).every((c) => c.authorised));

    await visitor(conversationId, 'I got a strange text message');
    assert.ok(textsIn(t, threadId).includes('Visitor: I got a strange text message'));

    const samEnd = await press(sam, 'handoff.end', handoffId, threadId);
    assert.match(JSON.stringify(samEnd.value), /Only Alex, who is looking after this chat, can end it/);
    assert.equal((await t.app.handoff.queue.get(handoffId))?.status, 'active');

    const ended = await press(alex, 'handoff.end', handoffId, threadId);
    assert.equal(ended.type, 'application/vnd.microsoft.card.adaptive');
    assert.deepEqual((ended.value as Card).actions, [], 'an ended chat has no buttons');
    assert.match(cardText(ended.value as Card), /The chat has ended/);
    assert.ok(textsIn(t, conversationId).includes(handoffMessages.agentEndedChat));

    // Back with the bot: the next question is answered, not relayed.
    const answer = await visitor(conversationId, 'what is the helpline number');
    assert.match(answer.join('\n'), /01387/);
    assert.ok(!textsIn(t, threadId).includes('Visitor: what is the helpline number'));

    const transcript = (await t.app.handoff.queue.get(handoffId))?.transcript.map((e) => `${e.from}: ${e.text}`) ?? [];
    assert.ok(transcript.includes('agent: Hello, I am Alex. How can I help?'));
    assert.ok(!transcript.some((line) => line.includes('I can do this one')));
  });

  it('a crisis hand-off is marked urgent on the card', async () => {
    const conversationId = `web-${randomUUID()}`;
    const threadsBefore = bf.created.length;
    const crisis = await visitor(conversationId, 'i want to end my life');
    assert.match(crisis.join('\n'), /999/);
    await visitor(conversationId, 'Talk to a person');
    await visitor(conversationId, 'Yes, go ahead');
    const card = cardOf(bf.created[threadsBefore]?.parameters.activity as Json);
    assert.match(cardText(card), /URGENT/);
    assert.match(cardText(card), /"Urgent"/);
  });

  it('risk-to-life wording while waiting makes the card urgent and says so in the thread', async () => {
    const conversationId = `web-${randomUUID()}`;
    const { handoffId, threadId } = await queueVisitor(conversationId);
    const reply = await visitor(conversationId, 'i feel like ending it all');
    // Moved past the normal visitors still waiting, but an earlier urgent one (the crisis hand-off above) stays ahead.
    const place = await t.app.handoff.queue.position(handoffId);
    assert.ok(place.kind === 'queued');
    assert.match(reply.join('\n'), place.position === 1 ? /(moved to the front of the queue|you are next in the queue)\./ : new RegExp(`moved up the queue: you are now number ${place.position}\\.`));
    assert.match(cardText(cardOf(bf.updates(threadId).at(-1)?.activity)), /URGENT/);
    assert.ok(textsIn(t, threadId).includes(teamsMessages.thread.riskFlagged));
  });

  it('a chat taken in the agent console shows on the Teams card, and a Teams agent pressing "Take" is told who has it', async () => {
    const conversationId = `web-${randomUUID()}`;
    const { handoffId, threadId } = await queueVisitor(conversationId);
    const claim = await fetch(`${t.base}/api/agent/handoffs/${handoffId}/claim`, {
      method: 'POST',
      headers: { authorization: `Bearer ${CONSOLE_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({}),
    });
    assert.equal(claim.status, 200);
    assert.match(cardText(cardOf(bf.updates(threadId).at(-1)?.activity)), /Casey is looking after this chat/);
    const late = await press(alex, 'handoff.take', handoffId, threadId);
    assert.match(JSON.stringify(late.value), /Casey is already looking after this chat/);
    // And the console cannot be beaten by Teams afterwards either: the record is unchanged.
    assert.equal((await t.app.handoff.queue.get(handoffId))?.claimedByAgent, 'Casey');
  });

  it('bad input: unknown or ended hand-offs, malformed actions, non-staff and missing channelData get a clear answer, and nothing changes', async () => {
    const conversationId = `web-${randomUUID()}`;
    const { handoffId, threadId } = await queueVisitor(conversationId);

    const gone = await press(alex, 'handoff.take', 'no-such-handoff', threadId);
    assert.deepEqual(gone, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: teamsMessages.agent.gone });

    for (const value of [{}, { action: { type: 'Action.Submit', verb: 'handoff.take', data: { handoffId } } }, { action: { type: 'Action.Execute', verb: 'delete.everything', data: { handoffId } } }, { action: { type: 'Action.Execute', verb: 'handoff.take' } }, 'nonsense']) {
      const response = await post(cardInvoke(value, { serviceUrl: bf.serviceUrl, from: alex, threadId }));
      assert.equal(response.status, 200);
      assert.deepEqual((response.body as CardReply).statusCode, 400);
      assert.equal(((response.body as CardReply).value as { message: string }).message, teamsMessages.agent.badAction);
    }

    const outsider = await post(cardInvoke({ action: { type: 'Action.Execute', verb: 'handoff.take', data: { handoffId } } }, { serviceUrl: bf.serviceUrl, from: person('Olly'), threadId, tenantId: OTHER_TENANT }));
    assert.equal((outsider.body as CardReply).value, teamsMessages.agent.notStaff);
    const noChannelData = await post(cardInvoke({ action: { type: 'Action.Execute', verb: 'handoff.take', data: { handoffId } } }, { serviceUrl: bf.serviceUrl, from: alex, threadId, channelData: null }));
    assert.equal((noChannelData.body as CardReply).value, teamsMessages.agent.notStaff);
    const before = bf.posted(threadId).length;
    await replyInThread(person('Olly'), threadId, 'hi', t, OTHER_TENANT);
    assert.deepEqual(textsIn(t, threadId).slice(before), [teamsMessages.agent.notStaff]);
    assert.equal((await t.app.handoff.queue.get(handoffId))?.status, 'queued', 'still waiting for a real agent');

    await press(alex, 'handoff.take', handoffId, threadId);
    await press(alex, 'handoff.end', handoffId, threadId);
    const again = await press(sam, 'handoff.take', handoffId, threadId);
    assert.match(JSON.stringify(again.value), /This chat has already ended/);
    const endAgain = await press(alex, 'handoff.end', handoffId, threadId);
    assert.match(JSON.stringify(endAgain.value), /This chat has already ended/);
    const afterEnd = bf.posted(threadId).length;
    await replyInThread(alex, threadId, 'one more thing');
    assert.deepEqual(textsIn(t, threadId).slice(afterEnd), [teamsMessages.agent.endedNotSent]);
  });

  it('a visitor who has gone cannot be reached: the agent is told, and the message stays in the record', async () => {
    const conversationId = `web-${randomUUID()}`;
    const { handoffId, threadId } = await queueVisitor(conversationId);
    await press(alex, 'handoff.take', handoffId, threadId);
    bf.goneConversations.add(conversationId);
    const before = bf.posted(threadId).length;
    await replyInThread(alex, threadId, 'Are you still there?');
    assert.deepEqual(textsIn(t, threadId).slice(before), [teamsMessages.agent.undelivered]);
    assert.ok((await t.app.handoff.queue.get(handoffId))?.transcript.some((e) => e.from === 'agent' && e.text === 'Are you still there?'));
  });

  it('after a restart (a new app over the same storage) the card and thread are still found: take, reply and end work', async () => {
    const conversationId = `web-${randomUUID()}`;
    const { handoffId, threadId } = await queueVisitor(conversationId);
    const restarted = await startTeamsApp(ENV, { bf, deps: { storage, handoffJobsIntervalMs: 0 } });
    try {
      const updatesBefore = bf.updates(threadId).length;
      const taken = await press(sam, 'handoff.take', handoffId, threadId, restarted);
      assert.match(JSON.stringify(taken.value), /Sam is looking after this chat/);
      assert.equal(bf.updates(threadId).length, updatesBefore + 1, 'the original card was updated in place');
      await replyInThread(sam, threadId, 'Hi, Sam here', restarted);
      assert.ok(textsIn(t, conversationId).includes('Hi, Sam here'));
      await press(sam, 'handoff.end', handoffId, threadId, restarted);
      assert.equal((await restarted.app.handoff.queue.get(handoffId))?.status, 'closed');
    } finally {
      await restarted.close();
    }
  });

  it('an agent quiet in a chat they took is reminded in the thread: "about 1 minute", then "about 2 minutes"', async () => {
    const conversationId = `web-${randomUUID()}`;
    const { handoffId, threadId } = await queueVisitor(conversationId);
    await press(alex, 'handoff.take', handoffId, threadId);
    const claimedAt = (await t.app.handoff.queue.get(handoffId))?.claimedAt;
    assert.ok(claimedAt);
    // The same storage one minute after the claim, with a one-minute reminder and jobs run by hand.
    const clock = new ManualClock(new Date(Date.parse(claimedAt) + 60_000).toISOString());
    const later = await startTeamsApp({ ...ENV, AgentReminderMinutes: '1' }, { bf, deps: { storage, clock, handoffJobsIntervalMs: 0 } });
    try {
      const before = bf.posted(threadId).length;
      await later.app.handoffJobs.runOnce();
      assert.deepEqual(textsIn(t, threadId).slice(before), ['The visitor has been waiting about 1 minute for a reply.']);

      await replyInThread(alex, threadId, 'Sorry, one moment', later);
      clock.advanceMinutes(2);
      const second = bf.posted(threadId).length;
      await later.app.handoffJobs.runOnce();
      assert.deepEqual(textsIn(t, threadId).slice(second), ['The visitor has been waiting about 2 minutes for a reply.']);
      await press(alex, 'handoff.end', handoffId, threadId, later);
    } finally {
      await later.close();
    }
  });

  it('"offline" takes an agent off duty', async () => {
    assert.deepEqual(await inChannel(alex, 'offline'), [teamsMessages.duty.offline]);
    assert.deepEqual(await inChannel(sam, 'offline'), [teamsMessages.duty.offline]);
    const online = await t.app.handoff.presence.onlineAgents();
    assert.ok(!online.some((a) => a.startsWith('teams:')));
  });
});
