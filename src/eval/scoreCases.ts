import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { findTopic } from '../knowledge/knowledgeBase';
import type { Understanding } from '../recognition/understandMessage';
import { type EvalCase, expectedTopics } from './evalCase';

export type Outcome = 'correct' | 'clarified' | 'wrong';

export interface CaseResult {
  readonly case: EvalCase;
  readonly decision: Understanding;
  readonly outcome: Outcome;
  readonly staffLeak: boolean;
  readonly ms: number;
}

export interface EvalSummary {
  cases: number;
  correct: number;
  clarified: number;
  wrong: number;
  accuracy: number;
  clarifyRate: number;
  wrongAnswerRate: number;
  outOfScopeRecall: number;
  staffLeaks: number;
  p50Ms: number;
  p99Ms: number;
}

/** Scores one decision exactly as spec/evaluation.md says. */
export function scoreCase(c: EvalCase, decision: Understanding, knowledgeBase: KnowledgeBase): { outcome: Outcome; staffLeak: boolean } {
  const expected = expectedTopics(c);
  const shown = decision.kind === 'answer' ? [decision.topicId] : decision.kind === 'clarify' ? decision.topicIds : [];
  const staffLeak = c.audience === 'public' && shown.some((id) => findTopic(knowledgeBase, id)?.audience === 'staff');
  switch (decision.kind) {
    case 'answer':
      return { outcome: expected.includes(decision.topicId) ? 'correct' : 'wrong', staffLeak };
    case 'clarify':
      return { outcome: decision.topicIds.some((id) => expected.includes(id)) ? 'clarified' : 'wrong', staffLeak };
    case 'none':
      return { outcome: expected.includes('none') ? 'correct' : 'wrong', staffLeak };
  }
}

export function summarize(results: readonly CaseResult[]): EvalSummary {
  const count = (predicate: (r: CaseResult) => boolean) => results.filter(predicate).length;
  const n = results.length;
  const ratio = (x: number, d: number) => (d === 0 ? 0 : round(x / d, 4));
  const outOfScope = results.filter((r) => expectedTopics(r.case).includes('none'));
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const correct = count((r) => r.outcome === 'correct');
  const clarified = count((r) => r.outcome === 'clarified');
  return {
    cases: n,
    correct,
    clarified,
    wrong: count((r) => r.outcome === 'wrong'),
    accuracy: ratio(correct, n),
    clarifyRate: ratio(clarified, n),
    wrongAnswerRate: ratio(count((r) => r.decision.kind === 'answer' && r.outcome === 'wrong'), n),
    outOfScopeRecall: ratio(outOfScope.filter((r) => r.outcome === 'correct').length, outOfScope.length),
    staffLeaks: count((r) => r.staffLeak),
    p50Ms: round(percentile(times, 0.5), 3),
    p99Ms: round(percentile(times, 0.99), 3),
  };
}

/** Which expected topic was answered as which other topic, most frequent first. */
export function confusionPairs(results: readonly CaseResult[]): Array<{ expected: string; got: string; count: number }> {
  const pairs = new Map<string, number>();
  for (const r of results) {
    if (r.outcome !== 'wrong') continue;
    const got = r.decision.kind === 'answer' ? r.decision.topicId : r.decision.kind === 'clarify' ? `clarify(${r.decision.topicIds.join('|')})` : 'none';
    const key = `${expectedTopics(r.case).join('|')}\u0000${got}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  return [...pairs.entries()]
    .map(([key, count]) => {
      const [expected = '', got = ''] = key.split('\u0000');
      return { expected, got, count };
    })
    .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected));
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
