import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bestFirst, bestFirstThenId } from '../../src/recognition/rankOrder';
import type { ScoredTopic } from '../../src/recognition/recognizer';

describe('rank order: sign comparators sort as score differences did', () => {
  // Ties, zeros of both signs, infinities and NaN: where a difference and a sign could part.
  const score = fc.oneof(fc.constantFrom(0, -0, 0.5, 1, Infinity, -Infinity, NaN), fc.double());
  const rankings = fc.array(fc.record({ topicId: fc.constantFrom('a', 'b', 'c', 'd', 'e'), score }), { maxLength: 40 });

  it('bestFirst orders as b.score - a.score', () => {
    fc.assert(
      fc.property(rankings, (ranked: ScoredTopic[]) => {
        assert.deepEqual([...ranked].sort(bestFirst), [...ranked].sort((a, b) => b.score - a.score));
      }),
    );
  });

  it('bestFirstThenId orders as b.score - a.score, then by id', () => {
    fc.assert(
      fc.property(rankings, (ranked: ScoredTopic[]) => {
        const byDifference = (a: ScoredTopic, b: ScoredTopic) => b.score - a.score || (a.topicId < b.topicId ? -1 : 1);
        assert.deepEqual([...ranked].sort(bestFirstThenId), [...ranked].sort(byDifference));
      }),
    );
  });
});
