import type { Topic } from '../knowledge/topicSchema';
import type { Recognition } from './recognizer';

/** What the bot does with a message: the value every later layer works from. */
export type Decision =
  | { readonly kind: 'answer'; readonly topicId: string; readonly score: number }
  | { readonly kind: 'clarify'; readonly topicIds: readonly string[]; readonly score: number }
  | { readonly kind: 'none'; readonly score: number };

/** What every step after the recogniser decides against: the topics, the thresholds and the topics a decision may point to. */
export interface DecisionGrounds {
  readonly topics: readonly Topic[];
  readonly thresholds: DecisionThresholds;
  readonly crisisTopicId: string;
  readonly humanTopicId: string;
  readonly supportTopicId: string;
}

export interface DecisionThresholds {
  /** Lowest top score that is answered outright. */
  readonly answer: number;
  /** Below `answer`, a top score this far ahead of the next one is still a clear answer. */
  readonly margin: number;
  /** Lowest score a topic needs to be offered at all. */
  readonly floor: number;
  /** Topics within this distance of the top one are "too close to call" (Rasa's ambiguity gap). */
  readonly gap: number;
  /** At or above this out-of-scope score, the bot says what it can help with instead of guessing. */
  readonly outOfScope: number;
  readonly maxChoices: number;
}

export const DEFAULT_THRESHOLDS: DecisionThresholds = {
  answer: 0.42,
  margin: 0.1,
  floor: 0.25,
  gap: 0.06,
  outOfScope: 0.5,
  maxChoices: 3,
};

/** Turns a ranking into one answer, a "did you mean" choice of two or three, or none. */
export function decide(recognition: Recognition, thresholds: DecisionThresholds = DEFAULT_THRESHOLDS): Decision {
  const [top] = recognition.ranked;
  if (!top || top.score < thresholds.floor || recognition.outOfScope >= thresholds.outOfScope)
    return { kind: 'none', score: top?.score ?? 0 };
  // The first few close to the top, in one pass that stops once it has them: a ranking holds every topic.
  const close: string[] = [];
  for (const s of recognition.ranked) {
    if (close.length >= thresholds.maxChoices) break;
    if (s.score >= thresholds.floor && top.score - s.score <= thresholds.gap) close.push(s.topicId);
  }
  if (close.length >= 2) return { kind: 'clarify', topicIds: close, score: top.score };
  const second = recognition.ranked[1]?.score ?? 0;
  if (top.score >= thresholds.answer || top.score - second >= thresholds.margin)
    return { kind: 'answer', topicId: top.topicId, score: top.score };
  return { kind: 'none', score: top.score };
}
