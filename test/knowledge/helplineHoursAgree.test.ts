import assert from 'node:assert/strict';
import { describeTime, describeWeeklyHours } from '../../src/handoff/describeHours';
import { DEFAULT_HELPLINE_HOURS } from '../../src/handoff/handoffConfig';
import { parseHelplineHours } from '../../src/handoff/helplineHours';
import { hoursMentioned, textsDisagreeingWith } from '../../src/handoff/statedHours';
import { findTopic } from '../../src/knowledge/knowledgeBase';
import { HELPLINE_HOURS } from '../../src/messages';
import { MemoryStorage } from 'botbuilder';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/observability/logger';
import { realKnowledgeBase, realRecognizer } from '../support/realKnowledgeBase';

/**
 * The helpline's hours are said in three places: the default `HelplineHours` (when the bot offers a
 * person or a callback), the fixed messages (fallbacks, the chat page), and the `helpline` topic's
 * answer. A person told "open until 6pm" by one and "until 5pm" by another would not know whom to
 * believe, so a change in one place must be made in all three.
 */
describe('helpline hours agree everywhere they are stated', () => {
  const parsed = parseHelplineHours(DEFAULT_HELPLINE_HOURS);
  assert.ok(parsed.ok);
  const schedule = hoursMentioned(describeWeeklyHours(parsed.value));

  it('the default schedule mentions its own opening and closing times', () => {
    const times = [...new Set(parsed.value.flatMap((p) => [describeTime(p.start), describeTime(p.end)]))].sort();
    assert.deepEqual(schedule.times, times);
  });

  it('the fixed messages give the same times and days as HelplineHours', () => {
    assert.deepEqual(hoursMentioned(HELPLINE_HOURS), schedule);
  });

  it("the helpline topic's answer gives the same times and days as HelplineHours", async () => {
    const topic = findTopic(await realKnowledgeBase(), 'helpline');
    assert.ok(topic, 'the knowledge base has no helpline topic');
    assert.deepEqual(hoursMentioned(topic.answer), schedule);
  });
});

describe('a HelplineHours the bot does not state', () => {
  it('names the texts that give other hours, and none when they agree', () => {
    const changed = parseHelplineHours('Mon-Fri 08:00-20:00');
    assert.ok(changed.ok);
    assert.deepEqual(textsDisagreeingWith(changed.value, { messages: HELPLINE_HOURS, other: 'Open 8am to 8pm Monday to Friday, closed Saturday and Sunday' }), ['messages']);
    const same = parseHelplineHours(DEFAULT_HELPLINE_HOURS);
    assert.ok(same.ok);
    assert.deepEqual(textsDisagreeingWith(same.value, { messages: HELPLINE_HOURS }), []);
  });

  it('is logged as a warning when the bot starts, naming the key and both places to change', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', destination: { write: (line: string) => void lines.push(line) } });
    const knowledgeBase = await realKnowledgeBase();
    for (const [hours, warned] of [['Mon-Fri 08:00-20:00', true], ['', false]] as const) {
      lines.length = 0;
      const result = loadConfig({ StorageKind: 'memory', HelplineHours: hours });
      assert.ok(result.ok);
      const app = buildApp({ config: result.config, knowledgeBase, storage: new MemoryStorage(), logger, recognizer: await realRecognizer() });
      await app.close();
      const warning = lines.map((l) => JSON.parse(l) as { msg: string; disagreeing?: string[] }).find((l) => l.msg.startsWith('HelplineHours differs'));
      assert.equal(warning !== undefined, warned, lines.join('\n'));
      if (warning) assert.deepEqual(warning.disagreeing, ['HELPLINE_HOURS', 'helpline answer']);
    }
  });
});
