import assert from 'node:assert/strict';
import { describeTime, describeWeeklyHours } from '../../src/handoff/describeHours';
import { DEFAULT_HELPLINE_HOURS } from '../../src/handoff/handoffConfig';
import { parseHelplineHours } from '../../src/handoff/helplineHours';
import { findTopic } from '../../src/knowledge/knowledgeBase';
import { HELPLINE_HOURS } from '../../src/messages';
import { realKnowledgeBase } from '../support/realKnowledgeBase';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The times and day names a text mentions: enough to notice when one place changes the hours. */
function hoursMentioned(text: string): { times: string[]; days: string[] } {
  const times = [...new Set(text.toLowerCase().match(/\b\d{1,2}(?::\d{2})?(?:am|pm)\b|\bmidnight\b/g) ?? [])].sort();
  const days = DAYS.filter((day) => new RegExp(`\\b${day}\\b`, 'i').test(text));
  return { times, days };
}

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
