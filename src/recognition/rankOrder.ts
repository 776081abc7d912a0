import type { ScoredTopic } from './recognizer';

// Comparators for rankings. They answer -1, 0 or 1, never a difference of scores: a fractional number
// returned to the built-in sort is boxed on the heap, one allocation per comparison (some 27 KB a
// message for a ranking of 240 topics), where a small integer is not. Only the sign counts to the sort,
// so the order is the same as `b.score - a.score` (NaN, like a tie, counts as equal).

/** Best first; ties keep their order (the sort is stable). */
export function bestFirst(a: ScoredTopic, b: ScoredTopic): number {
  return a.score > b.score ? -1 : a.score < b.score ? 1 : 0;
}

/** Best first; ties by topic id, so the order never depends on the knowledge base's. */
export function bestFirstThenId(a: ScoredTopic, b: ScoredTopic): number {
  return bestFirst(a, b) || (a.topicId < b.topicId ? -1 : 1);
}
