import assert from 'node:assert/strict';
import { BOT_ID, BOT_NAME, person, STAFF_TENANT, teamsMessage } from './support/teamsActivities';
import { startTeamsApp, type TeamsTestApp } from './support/teamsApp';

type Sent = Record<string, unknown>;

const topicOf = (reply: Sent | undefined) => (reply?.channelData as { topicId?: string } | undefined)?.topicId;
const cardsOf = (reply: Sent | undefined) =>
  ((reply?.attachments ?? []) as { contentType: string; content: { actions?: { type: string; title: string; data?: Record<string, unknown> }[] } }[]).filter(
    (a) => a.contentType === 'application/vnd.microsoft.card.adaptive',
  );

describe('Teams conversations: personal, group chat and channel', () => {
  let t: TeamsTestApp;

  before(async () => {
    t = await startTeamsApp({ StaffTenantIds: STAFF_TENANT });
  });
  after(() => t.close());

  async function say(activity: Sent): Promise<Sent[]> {
    const response = await t.post(activity, t.bf.channelToken());
    assert.equal(response.status, 200);
    return t.bf.posted((activity.conversation as { id: string }).id).filter((a) => a.type === 'message');
  }

  it('in a personal chat it answers without a mention, with the follow-ups as Adaptive Card buttons instead of suggested actions', async () => {
    const [answer] = await say(teamsMessage('what happened', { serviceUrl: t.bf.serviceUrl }));
    assert.equal(topicOf(answer), 'what-happened');
    assert.equal(answer?.suggestedActions, undefined, 'Teams drops suggested actions outside personal chats; cards work everywhere');
    const [card] = cardsOf(answer);
    assert.ok(card, 'an Adaptive Card carries the follow-ups');
    const actions = card.content.actions ?? [];
    assert.ok(actions.length >= 1);
    for (const action of actions) {
      assert.equal(action.type, 'Action.Submit');
      const msteams = action.data?.msteams as { type: string; text: string; displayText: string };
      assert.equal(msteams.type, 'messageBack');
      assert.equal(msteams.text, action.title, 'the button sends its question as text');
    }
  });

  it('in a channel it stays quiet unless @mentioned', async () => {
    const replies = await say(teamsMessage('is my data out there', { serviceUrl: t.bf.serviceUrl, kind: 'channel' }));
    assert.deepEqual(replies, []);
  });

  it('in a channel, @mentioned, it reads the message without the mention', async () => {
    // With "<at>Cyber Attack Assistant</at>" left in, this message is not understood (a fallback).
    const [answer] = await say(teamsMessage('is my data out there', { serviceUrl: t.bf.serviceUrl, kind: 'channel', mention: true }));
    assert.equal(topicOf(answer), 'am-i-affected');
  });

  it('in a group chat it stays quiet unless @mentioned, then answers', async () => {
    const conversationId = `19:group-${Date.now()}@thread.v2`;
    assert.deepEqual(await say(teamsMessage('scam call', { serviceUrl: t.bf.serviceUrl, kind: 'groupChat', conversationId })), []);
    const [answer] = await say(teamsMessage('scam call', { serviceUrl: t.bf.serviceUrl, kind: 'groupChat', conversationId, mention: true }));
    assert.equal(topicOf(answer), 'report-scam');
  });

  it('a press on one of its follow-up buttons in a channel is answered without a mention', async () => {
    const [answer] = await say(
      teamsMessage('What happened?', { serviceUrl: t.bf.serviceUrl, kind: 'channel', value: { followUp: true } }),
    );
    assert.equal(topicOf(answer), 'what-happened');
  });

  it('welcomes a person who installs it in a personal chat, but not each new member of a team', async () => {
    const base = teamsMessage('', { serviceUrl: t.bf.serviceUrl });
    const sam = person('Sam');
    const personal = { ...base, type: 'conversationUpdate', text: undefined, membersAdded: [{ id: sam.id, aadObjectId: sam.aadObjectId }, { id: BOT_ID, name: BOT_NAME }] };
    const welcome = await say(personal);
    assert.equal(welcome.length, 1);
    assert.ok(cardsOf(welcome[0]).length === 1, 'the welcome suggestions are card buttons too');

    const channel = teamsMessage('', { serviceUrl: t.bf.serviceUrl, kind: 'channel' });
    const joined = { ...channel, type: 'conversationUpdate', text: undefined, membersAdded: [{ id: person('Alex').id, givenName: 'Alex' }], channelData: { ...(channel.channelData as object), eventType: 'teamMemberAdded' } };
    assert.deepEqual(await say(joined), []);
  });

  it('a card action with no hand-off channel configured, or a malformed one, is refused without failing the turn', async () => {
    const base = teamsMessage('', { serviceUrl: t.bf.serviceUrl });
    for (const value of [{ action: { type: 'Action.Execute', verb: 'handoff.take', data: { handoffId: 'x' } } }, {}, 'nonsense', null]) {
      const response = await t.post({ ...base, type: 'invoke', name: 'adaptiveCard/action', text: undefined, value }, t.bf.channelToken());
      assert.equal(response.status, 501, 'not implemented: no hand-off channel');
    }
    // The bot still answers afterwards.
    const [answer] = await say(teamsMessage('what happened', { serviceUrl: t.bf.serviceUrl }));
    assert.equal(topicOf(answer), 'what-happened');
  });
});
