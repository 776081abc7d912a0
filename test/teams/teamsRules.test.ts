import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config';
import { parseHelplineSchedule } from '../../src/handoff/businessHours';
import type { Handoff } from '../../src/handoff/handoffRecord';
import { dutyCommandOf, nextClosing } from '../../src/teams/dutyCommands';
import { isFollowUpClick, renderForTeams } from '../../src/teams/followUpCard';
import { handoffCardJson } from '../../src/teams/handoffCard';
import { isBotMentioned, withoutBotMention } from '../../src/teams/mentions';
import { audienceOfTurn, type StaffPolicy, type TurnIdentity } from '../../src/teams/staffIdentity';
import { teamsAgentOf } from '../../src/teams/teamsAgent';
import { APP_ID, BOT_ID, OTHER_TENANT, STAFF_TENANT } from './support/teamsActivities';

const ISSUER = 'https://api.botframework.com';
const policy: StaffPolicy = { appId: APP_ID, channelTokenIssuer: ISSUER, staffTenantIds: [STAFF_TENANT] };
const channelToken: TurnIdentity = { claims: [{ type: 'iss', value: ISSUER }, { type: 'aud', value: APP_ID }, { type: 'serviceurl', value: 'https://smba.example/' }], authenticationType: true };
const staffData = { tenant: { id: STAFF_TENANT } };

describe('who is staff (audienceOfTurn)', () => {
  const cases: [string, Parameters<typeof audienceOfTurn>[0], StaffPolicy, 'staff' | 'public'][] = [
    ['a validated channel token, Teams, staff tenant', { identity: channelToken, channelId: 'msteams', channelData: staffData }, policy, 'staff'],
    ['the tenant id in upper case', { identity: channelToken, channelId: 'msteams', channelData: { tenant: { id: STAFF_TENANT.toUpperCase() } } }, policy, 'staff'],
    ['another tenant', { identity: channelToken, channelId: 'msteams', channelData: { tenant: { id: OTHER_TENANT } } }, policy, 'public'],
    ['no channelData', { identity: channelToken, channelId: 'msteams', channelData: undefined }, policy, 'public'],
    ['channelData that is a string', { identity: channelToken, channelId: 'msteams', channelData: 'tenant' }, policy, 'public'],
    ['a tenant that is not an object', { identity: channelToken, channelId: 'msteams', channelData: { tenant: STAFF_TENANT } }, policy, 'public'],
    ['not Teams (web chat with a staff tenant in channelData)', { identity: channelToken, channelId: 'webchat', channelData: staffData }, policy, 'public'],
    ['an unauthenticated bot (no app id)', { identity: channelToken, channelId: 'msteams', channelData: staffData }, { ...policy, appId: undefined }, 'public'],
    ['the anonymous identity of a bot without auth', { identity: { claims: [], authenticationType: 'anonymous' }, channelId: 'msteams', channelData: staffData }, policy, 'public'],
    ['no identity at all', { identity: undefined, channelId: 'msteams', channelData: staffData }, policy, 'public'],
    ['a proactive turn (the adapter made the identity; no issuer)', { identity: { claims: [{ type: 'aud', value: APP_ID }, { type: 'appid', value: APP_ID }], authenticationType: true }, channelId: 'msteams', channelData: staffData }, policy, 'public'],
    ['a token for another bot', { identity: { ...channelToken, claims: [{ type: 'iss', value: ISSUER }, { type: 'aud', value: 'other-bot' }] }, channelId: 'msteams', channelData: staffData }, policy, 'public'],
    ['a token from another issuer (Emulator, a skill)', { identity: { ...channelToken, claims: [{ type: 'iss', value: 'https://sts.windows.net/x/' }, { type: 'aud', value: APP_ID }] }, channelId: 'msteams', channelData: staffData }, policy, 'public'],
    ['no staff tenants configured', { identity: channelToken, channelId: 'msteams', channelData: staffData }, { ...policy, staffTenantIds: [] }, 'public'],
  ];
  for (const [name, facts, p, expected] of cases) {
    it(`${name} → ${expected}`, () => assert.equal(audienceOfTurn(facts, p), expected));
  }
});

describe('the bot\'s @mention', () => {
  const mention = (text: string) => ({ type: 'mention', mentioned: { id: BOT_ID, name: 'Cyber Attack Assistant' }, text });
  const cases: [string, Record<string, unknown>, string, boolean][] = [
    ['at the start', { text: '<at>Cyber Attack Assistant</at> is my data out there', entities: [mention('<at>Cyber Attack Assistant</at>')] }, 'is my data out there', true],
    ['in the middle, with a line break', { text: 'hi <at>Cyber Attack Assistant</at>\nwhat happened?', entities: [mention('<at>Cyber Attack Assistant</at>')] }, 'hi what happened?', true],
    ['a mention entity without its text (Teams mobile)', { text: '<at>Cyber Attack Assistant</at> help', entities: [{ type: 'mention', mentioned: { id: BOT_ID, name: 'Cyber Attack Assistant' } }] }, 'help', true],
    ['someone else mentioned: their name stays', { text: '<at>Alex Smith</at> can you look?', entities: [{ type: 'mention', mentioned: { id: '29:alex', name: 'Alex Smith' }, text: '<at>Alex Smith</at>' }] }, 'Alex Smith can you look?', false],
    ['no entities', { text: 'what happened' }, 'what happened', false],
    ['entities that are not objects', { text: 'what happened', entities: [null, 'x', 3] }, 'what happened', false],
  ];
  for (const [name, activity, text, mentioned] of cases) {
    it(name, () => {
      const withRecipient = { ...activity, recipient: { id: BOT_ID } };
      assert.equal(withoutBotMention(withRecipient as never), text);
      assert.equal(isBotMentioned(withRecipient as never), mentioned);
    });
  }
});

describe('replies rendered for Teams', () => {
  it('turns suggested actions into Adaptive Card messageBack buttons and keeps other attachments', () => {
    const hero = { contentType: 'application/vnd.microsoft.card.hero', content: {} };
    const rendered = renderForTeams({
      type: 'message',
      text: 'answer',
      attachments: [hero],
      suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'What happened?', value: 'What happened?' }] },
    });
    assert.equal(rendered.suggestedActions, undefined);
    assert.equal(rendered.text, 'answer');
    assert.equal(rendered.attachments?.[0], hero);
    const card = rendered.attachments?.[1]?.content as { actions: { type: string; title: string; data: { msteams: Record<string, unknown> } }[] };
    assert.deepEqual(card.actions.map((a) => [a.type, a.title, a.data.msteams.type, a.data.msteams.text]), [['Action.Submit', 'What happened?', 'messageBack', 'What happened?']]);
  });

  it('leaves a reply without buttons alone, and recognises its own button presses only', () => {
    const plain = { type: 'message', text: 'hi' };
    assert.equal(renderForTeams(plain), plain);
    assert.equal(isFollowUpClick({ value: { followUp: true } }), true);
    assert.equal(isFollowUpClick({ value: { followUp: 'yes' } }), false);
    assert.equal(isFollowUpClick({ value: 'followUp' }), false);
    assert.equal(isFollowUpClick({}), false);
  });
});

describe('the hand-off card', () => {
  const base: Handoff = {
    id: 'h1',
    conversationId: 'c1',
    conversationReference: { conversation: { id: 'c1' } },
    channel: 'webchat',
    status: 'queued',
    priority: 'normal',
    waitingSince: '2026-06-15T09:00:00.123Z',
    lastVisitorAt: '2026-06-15T09:00:00.123Z',
    summary: 'Asked to talk to a person.',
    lastTopics: ['helpline', 'gone-topic'],
    transcript: [],
  };
  const json = (h: Handoff) => JSON.stringify(handoffCardJson(h, { topicTitle: (id) => (id === 'helpline' ? 'Helpline number' : undefined) }));

  it('queued: summary, normal priority, waiting since in the reader\'s time, topics by title, "Take this chat"', () => {
    const card = handoffCardJson(base) as { actions: { verb: string; data: unknown }[] };
    assert.deepEqual(card.actions.map((a) => [a.verb, a.data]), [['handoff.take', { handoffId: 'h1' }]]);
    assert.match(json(base), /\{\{DATE\(2026-06-15T09:00:00Z, SHORT\)\}\} \{\{TIME\(2026-06-15T09:00:00Z\)\}\}/);
    assert.match(json(base), /Helpline number, gone-topic/);
    assert.match(json(base), /Website chat/);
    assert.doesNotMatch(json(base), /URGENT/);
  });

  it('urgent when the priority is urgent or risk was flagged', () => {
    assert.match(json({ ...base, priority: 'urgent' }), /URGENT/);
    assert.match(json({ ...base, risk: { flaggedAt: base.waitingSince, lastFlaggedAt: base.waitingSince, reason: 'x' } }), /URGENT.*risk to life/);
  });

  it('active: who has it and "End chat"; ended: no buttons', () => {
    const active = { ...base, status: 'active' as const, claimedBy: 'Alex', claimedByAgent: 'teams:1' };
    assert.match(json(active), /Alex is looking after this chat/);
    assert.deepEqual((handoffCardJson(active) as { actions: { verb: string }[] }).actions.map((a) => a.verb), ['handoff.end']);
    const ended = { ...active, status: 'closed' as const, endedBy: 'visitor' as const };
    assert.deepEqual((handoffCardJson(ended) as { actions: unknown[] }).actions, []);
    assert.match(json(ended), /the visitor left/);
  });
});

describe('agents in Teams', () => {
  it('are keyed by their Entra object id, named by their first name', () => {
    assert.deepEqual(teamsAgentOf({ from: { id: '29:x', name: 'Alex Smith', aadObjectId: 'aad-1' } }), { key: 'teams:aad-1', displayName: 'Alex' });
    assert.deepEqual(teamsAgentOf({ from: { id: '29:x', name: '' } }), { key: 'teams:29:x', displayName: 'A member of the helpline team' });
    assert.equal(teamsAgentOf({}), undefined);
  });

  it('duty commands are whole short phrases; questions are not commands', () => {
    assert.equal(dutyCommandOf('Online'), 'online');
    assert.equal(dutyCommandOf('  off   duty. '), 'offline');
    assert.equal(dutyCommandOf("who's online?"), 'status');
    assert.equal(dutyCommandOf('is the helpline online'), undefined);
    assert.equal(dutyCommandOf(''), undefined);
  });

  it('a shift lasts until the helpline next closes, or a day when it never does', () => {
    const weekdays = parseHelplineSchedule({ hours: 'Mon-Fri 09:00-18:00', timeZone: 'Europe/London', closedDates: '' });
    assert.ok(weekdays.ok);
    // Monday 15 June 2026, 10:00 BST → closes 18:00 BST (17:00Z).
    assert.equal(nextClosing(weekdays.value, new Date('2026-06-15T09:00:00Z')).toISOString(), '2026-06-15T17:00:00.000Z');
    const always = parseHelplineSchedule({ hours: 'Mon-Sun 00:00-24:00', timeZone: 'Europe/London', closedDates: '' });
    assert.ok(always.ok);
    assert.equal(nextClosing(always.value, new Date('2026-06-15T09:00:00Z')).toISOString(), '2026-06-16T09:00:00.000Z');
  });
});

describe('Teams settings', () => {
  const problems = (env: Record<string, string>) => {
    const result = loadConfig(env);
    return result.ok ? [] : result.problems;
  };
  const auth = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' };

  it('StaffTenantIds: comma-separated GUIDs, kept lower-case', () => {
    const result = loadConfig({ ...auth, StaffTenantIds: ` ${STAFF_TENANT.toUpperCase()}, ${OTHER_TENANT} ` });
    assert.ok(result.ok);
    assert.deepEqual(result.config.StaffTenantIds, [STAFF_TENANT, OTHER_TENANT]);
    assert.match(problems({ ...auth, StaffTenantIds: 'contoso.onmicrosoft.com' }).join('\n'), /^StaffTenantIds: "contoso.onmicrosoft.com" is not a tenant id/m);
  });

  it('HandoffTeamsChannelId: a channel id as its link shows it (URL-encoded is fine)', () => {
    const encoded = loadConfig({ ...auth, StaffTenantIds: STAFF_TENANT, HandoffTeamsChannelId: '19%3Aabc123%40thread.tacv2' });
    assert.ok(encoded.ok);
    assert.equal(encoded.config.HandoffTeamsChannelId, '19:abc123@thread.tacv2');
    assert.match(problems({ ...auth, StaffTenantIds: STAFF_TENANT, HandoffTeamsChannelId: 'General' }).join('\n'), /^HandoffTeamsChannelId: /m);
  });

  it('staff and the hand-off channel need an authenticated bot, and the channel needs staff tenants', () => {
    assert.match(problems({ StaffTenantIds: STAFF_TENANT }).join('\n'), /^StaffTenantIds: needs MicrosoftAppId/m);
    assert.match(problems({ ...auth, HandoffTeamsChannelId: '19:abc@thread.tacv2' }).join('\n'), /^HandoffTeamsChannelId: needs StaffTenantIds/m);
    assert.match(problems({ StaffTenantIds: STAFF_TENANT, HandoffTeamsChannelId: '19:abc@thread.tacv2' }).join('\n'), /^HandoffTeamsChannelId: needs MicrosoftAppId/m);
  });
});
