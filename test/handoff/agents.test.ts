import assert from 'node:assert/strict';
import { AgentKeyring, parseAgentConsoleKeys } from '../../src/handoff/agentKeys';
import { AgentPresence } from '../../src/handoff/agentPresence';
import { loadConfig } from '../../src/config';
import { createStorage } from '../../src/storage/createStorage';
import { ManualClock } from './handoffFixtures';

describe('agent console keys', () => {
  const parsed = parseAgentConsoleKeys('Alice Smith:alice-key-0123456789, bob:bob-key-0123456789abcdef');

  it('knows whose key it is, and no one else’s', () => {
    assert.ok(parsed.ok);
    const keyring = new AgentKeyring(parsed.value);
    assert.equal(keyring.identifyBearer('Bearer alice-key-0123456789'), 'Alice Smith');
    assert.equal(keyring.identifyBearer('bearer bob-key-0123456789abcdef'), 'bob');
    assert.equal(keyring.identifyBearer('Bearer alice-key-012345678'), undefined);
    assert.equal(keyring.identifyBearer('alice-key-0123456789'), undefined);
    assert.equal(keyring.identifyBearer(undefined), undefined);
    assert.equal(new AgentKeyring([]).identifyBearer('Bearer anything-at-all-here'), undefined);
  });

  const problems: [string, RegExp][] = [
    ['alice', /entry 1 is not name:key/],
    ['alice:short', /entry 1 \("alice"\): the key must be at least 16 characters/],
    ['alice:alice-key-0123456789,alice:other-key-0123456789', /entry 2 \("alice"\): the name is used twice/],
    [':alice-key-0123456789', /the name must be/],
  ];
  for (const [text, says] of problems) {
    it(`refuses "${text.replace(/:.*/, ':…')}" without repeating the key`, () => {
      const result = parseAgentConsoleKeys(text);
      assert.equal(result.ok, false);
      const problem = (result as { problem: string }).problem;
      assert.match(problem, says);
      assert.doesNotMatch(problem, /0123456789|short/);
    });
  }
});

describe('agent presence', () => {
  it('counts an agent online until they go offline or idle past AgentIdleMinutes, in shared storage', async () => {
    const storage = createStorage({ kind: 'memory', path: 'unused' });
    const clock = new ManualClock('2026-06-15T09:00:00Z');
    const presence = new AgentPresence({ storage, clock, idleMinutes: 10 });
    const otherInstance = new AgentPresence({ storage, clock, idleMinutes: 10 });

    assert.equal(await presence.isAnyoneOnline(), false);
    await presence.setStatus('alice', 'online');
    await presence.setStatus('bob', 'online');
    assert.deepEqual(await otherInstance.onlineAgents(), ['alice', 'bob']);

    clock.advanceMinutes(6);
    await otherInstance.touch('alice');
    clock.advanceMinutes(6);
    assert.deepEqual(await presence.onlineAgents(), ['alice'], 'bob idle for 12 minutes');

    await presence.touch('bob');
    assert.deepEqual(await presence.onlineAgents(), ['alice'], 'activity does not bring back an idle agent');
    await presence.setStatus('alice', 'offline');
    assert.equal(await presence.isAnyoneOnline(), false);
  });
});

describe('hand-off settings', () => {
  it('has working defaults', () => {
    const result = loadConfig({});
    assert.ok(result.ok, result.ok ? '' : result.problems.join('\n'));
    const c = result.config;
    assert.equal(c.HelplineTimeZone, 'Europe/London');
    assert.deepEqual(c.HelplineHours.map((p) => [p.day, p.start, p.end]), [
      [1, 540, 1080], [2, 540, 1080], [3, 540, 1080], [4, 540, 1080], [5, 540, 1080], [6, 540, 780],
    ]);
    assert.deepEqual(c.HelplineClosedDates, []);
    assert.equal(c.HandoffQueueTimeoutMinutes, 15);
    assert.equal(c.AgentIdleMinutes, 10);
    assert.deepEqual(c.AgentConsoleKeys, []);
    assert.equal(c.HandoffTarget, 'embedded');
  });

  it('names the key of every bad value, and never repeats a console key', () => {
    const result = loadConfig({
      HelplineHours: 'Mon-Fri 9-6',
      HelplineTimeZone: 'Europe/Londn',
      HelplineClosedDates: '2026-12-25, 2026-02-30',
      HandoffQueueTimeoutMinutes: 'soon',
      AgentIdleMinutes: '0',
      AgentConsoleKeys: 'alice:tooshortkey',
      HandoffTarget: 'teams',
    });
    assert.equal(result.ok, false);
    const problems = result.ok ? [] : result.problems;
    for (const key of ['HelplineHours', 'HelplineTimeZone', 'HelplineClosedDates', 'HandoffQueueTimeoutMinutes', 'AgentIdleMinutes', 'AgentConsoleKeys', 'HandoffTarget']) {
      assert.ok(problems.some((p) => p.startsWith(`${key}: `)), `${key} in ${problems.join(' | ')}`);
    }
    assert.ok(problems.some((p) => p.includes('2026-02-30')));
    assert.ok(!problems.some((p) => p.includes('tooshortkey')));
  });
});
