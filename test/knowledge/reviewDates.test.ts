import assert from 'node:assert/strict';
import { formatProblem } from '../../src/knowledge/knowledgeProblem';
import { findOverdueReviews } from '../../src/knowledge/reviewDates';
import { realKnowledgeBase } from '../support/realKnowledgeBase';

describe('topics due for review', () => {
  it('names each topic reviewed more than the allowed days before today, and none within it', async () => {
    const kb = await realKnowledgeBase();
    const latest = new Date(Math.max(...kb.topics.map((t) => t.reviewed.getTime())));
    const earliest = new Date(Math.min(...kb.topics.map((t) => t.reviewed.getTime())));
    const day = 86_400_000;

    assert.deepEqual(findOverdueReviews(kb, latest, 30), []);
    const late = findOverdueReviews(kb, new Date(latest.getTime() + 31 * day), 30);
    assert.equal(late.length, kb.topics.length);
    assert.match(formatProblem(late[0]!), /warning: field "reviewed" is \d{4}-\d\d-\d\d, 31 days ago \(more than 30\)/);
    // Exactly the limit is still fine; a day over is not.
    assert.deepEqual(findOverdueReviews(kb, new Date(earliest.getTime() + 30 * day), 30), []);
    assert.ok(findOverdueReviews(kb, new Date(earliest.getTime() + 31 * day), 30).length > 0);
  });

  it('warns about a reviewed date after today (a mistyped year)', async () => {
    const kb = await realKnowledgeBase();
    const before = new Date(Math.min(...kb.topics.map((t) => t.reviewed.getTime())) - 86_400_000);
    const problems = findOverdueReviews(kb, before, 30);
    assert.equal(problems.length, kb.topics.length);
    assert.ok(problems.every((p) => p.code === 'reviewed-in-future'));
  });
});
