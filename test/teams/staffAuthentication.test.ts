import assert from 'node:assert/strict';
import { BotFrameworkStandIn } from './support/botFrameworkStandIn';
import { OTHER_TENANT, STAFF_TENANT, teamsMessage } from './support/teamsActivities';
import { startTeamsApp, type TeamsTestApp } from './support/teamsApp';

const STAFF_QUESTION = 'a journalist contacted me, what do I say to the press';
const STAFF_TOPIC = 'staff-media-enquiries';

/** The bot's replies in one conversation, as the connector received them. */
function replies(t: TeamsTestApp, activity: Record<string, unknown>): Record<string, unknown>[] {
  return t.bf.posted((activity.conversation as { id: string }).id).filter((a) => a.type === 'message');
}

const topicOf = (reply: Record<string, unknown> | undefined) => (reply?.channelData as { topicId?: string } | undefined)?.topicId;

describe('Teams: who is staff (real Bot Framework JWT validation against a loopback OpenID server)', () => {
  let t: TeamsTestApp;

  before(async () => {
    t = await startTeamsApp({ StaffTenantIds: STAFF_TENANT });
  });
  after(() => t.close());

  it('a valid channel token from a staff tenant gets the staff answer, sent with a token from the login endpoint', async () => {
    const activity = teamsMessage(STAFF_QUESTION, { serviceUrl: t.bf.serviceUrl, tenantId: STAFF_TENANT });
    const response = await t.post(activity, t.bf.channelToken());
    assert.equal(response.status, 200);
    const [answer] = replies(t, activity);
    assert.equal(topicOf(answer), STAFF_TOPIC);
    assert.ok(t.bf.calls.every((c) => c.authorised), 'every reply carried a token the login endpoint issued');
    assert.ok(t.bf.tokenRequests >= 1);
  });

  it('a valid token from a tenant not in StaffTenantIds gets public answers only', async () => {
    const activity = teamsMessage(STAFF_QUESTION, { serviceUrl: t.bf.serviceUrl, tenantId: OTHER_TENANT });
    assert.equal((await t.post(activity, t.bf.channelToken())).status, 200);
    const answers = replies(t, activity);
    assert.ok(answers.length > 0, 'the bot still answers');
    for (const answer of answers) assert.doesNotMatch(String(topicOf(answer) ?? ''), /^staff-/);
  });

  it('a valid token without channelData (so no tenant) is public, and the bot does not fail', async () => {
    const activity = teamsMessage(STAFF_QUESTION, { serviceUrl: t.bf.serviceUrl, channelData: null });
    assert.equal((await t.post(activity, t.bf.channelToken())).status, 200);
    const answers = replies(t, activity);
    assert.ok(answers.length > 0);
    for (const answer of answers) assert.doesNotMatch(String(topicOf(answer) ?? ''), /^staff-/);
  });

  it('channelData that is not an object, or a tenant that is not a string, is public too', async () => {
    for (const channelData of [{ tenant: 'x' }, { tenant: { id: 42 } }, { tenant: null }] as Record<string, unknown>[]) {
      const activity = teamsMessage(STAFF_QUESTION, { serviceUrl: t.bf.serviceUrl, channelData });
      assert.equal((await t.post(activity, t.bf.channelToken())).status, 200);
      for (const answer of replies(t, activity)) assert.doesNotMatch(String(topicOf(answer) ?? ''), /^staff-/);
    }
  });

  const refused: [string, (bf: BotFrameworkStandIn) => string | undefined][] = [
    ['no token', () => undefined],
    ['an expired token', (bf) => bf.channelToken({ expiresIn: -3600 })],
    ['a token for another bot (wrong audience)', (bf) => bf.channelToken({ aud: '00000000-1111-4222-8333-444444444444' })],
    ['a token from another issuer', (bf) => bf.channelToken({ iss: 'https://sts.example.com/' })],
    ['a token signed with another key (bad signature)', (bf) => bf.channelToken({}, { signWith: BotFrameworkStandIn.otherKey() })],
    ['a token for another serviceUrl', (bf) => bf.channelToken({ serviceurl: 'https://smba.example.com/' })],
    ['something that is not a JWT', () => 'not-a-jwt'],
  ];
  // botframework-connector prints rejected tokens' errors with console.error; keep the test output readable.
  const consoleError = console.error;
  beforeEach(() => {
    console.error = () => undefined;
  });
  afterEach(() => {
    console.error = consoleError;
  });
  for (const [name, tokenFor] of refused) {
    it(`${name} → 401 with a JSON error, and nothing is sent`, async () => {
      const activity = teamsMessage(STAFF_QUESTION, { serviceUrl: t.bf.serviceUrl, tenantId: STAFF_TENANT });
      const response = await t.post(activity, tokenFor(t.bf));
      assert.equal(response.status, 401);
      assert.equal((response.body as { error?: { code?: string } }).error?.code, 'unauthorized');
      assert.deepEqual(replies(t, activity), []);
    });
  }
});

describe('Teams: an unauthenticated bot (local mode) never treats anyone as staff', () => {
  let t: TeamsTestApp;

  before(async () => {
    // The config refuses StaffTenantIds without MicrosoftAppId; set it anyway to show the turn rule holds on its own.
    t = await startTeamsApp({}, { authenticated: false, configOverrides: { StaffTenantIds: [STAFF_TENANT] } });
  });
  after(() => t.close());

  it('a forged Teams activity from the staff tenant, even with a token, gets public answers', async () => {
    const activity = teamsMessage(STAFF_QUESTION, { serviceUrl: t.bf.serviceUrl, tenantId: STAFF_TENANT });
    const response = await t.post(activity, t.bf.channelToken());
    assert.equal(response.status, 200);
    const answers = replies(t, activity);
    assert.ok(answers.length > 0);
    for (const answer of answers) assert.doesNotMatch(String(topicOf(answer) ?? ''), /^staff-/);
  });
});
