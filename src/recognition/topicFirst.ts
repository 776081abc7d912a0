import { decide, type DecisionThresholds } from './decide';
import { bestFirst } from './rankOrder';
import type { Recognition } from './recognizer';

/** How far below the chosen topic the others drop: clear of the decision's ambiguity gap (0.06) and margin (0.1). */
const SETTLED = 0.11;

/**
 * The ranking with `topicId` first at `score` and every other topic, but those in `kept`, clear below it;
 * the out-of-scope score at most `inScope`. For the readings that know what a message asks better than
 * the recogniser's scores do (a scammer's contact, details given to be checked, a patient's question).
 */
export function withTopicFirst(recognition: Recognition, topicId: string, score: number, kept: ReadonlySet<string>, inScope: number): Recognition {
  const ceiling = score - SETTLED;
  const ranked = recognition.ranked.map((s) => (s.topicId === topicId ? { topicId, score } : kept.has(s.topicId) || s.score <= ceiling ? s : { topicId: s.topicId, score: ceiling }));
  return { ranked: ranked.sort(bestFirst), outOfScope: Math.min(recognition.outOfScope, inScope) };
}

/** The ranking with two topics' places and scores swapped, as the recogniser could have ranked them. */
export function withSwapped(recognition: Recognition, first: string, second: string): Recognition {
  const a = recognition.ranked.find((s) => s.topicId === first);
  const b = recognition.ranked.find((s) => s.topicId === second);
  if (!a || !b) return recognition;
  const ranked = recognition.ranked.map((s) => (s === a ? { topicId: first, score: b.score } : s === b ? { topicId: second, score: a.score } : s));
  return { ...recognition, ranked: ranked.sort(bestFirst) };
}

/** The ranking declined: out of scope at least `outOfScope`, for the readings that know a message is not this bot's. */
export function withOutOfScopeAtLeast(recognition: Recognition, outOfScope: number): Recognition {
  return recognition.outOfScope >= outOfScope ? recognition : { ...recognition, outOfScope };
}

/** How far below the out-of-scope threshold a reading that knows a message's topic keeps it. */
const IN_SCOPE_MARGIN = 0.05;

/**
 * The ranking with `topicId` answered: first at the answer level and clear of the out-of-scope threshold. For
 * the readings that know what a message the recogniser would have declined asks (a feeling, a letter).
 */
export function withTopicAnswered(recognition: Recognition, topicId: string, kept: ReadonlySet<string>, thresholds: DecisionThresholds): Recognition {
  return withTopicFirst(recognition, topicId, thresholds.answer, kept, thresholds.outOfScope - IN_SCOPE_MARGIN);
}

/**
 * Whether the recogniser would decline the message though it ranked `topicId` within its top `within`:
 * the readings that answer such a message (CAMHS named, care going ahead) start from this.
 */
export function declinedWithTopicNear(recognition: Recognition, topicId: string, within: number, thresholds: DecisionThresholds): boolean {
  return recognition.ranked.slice(0, within).some((s) => s.topicId === topicId) && decide(recognition, thresholds).kind === 'none';
}
