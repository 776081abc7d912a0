import type { Decision, DecisionThresholds } from './decide';

/** Greetings, thanks and goodbyes: a reply of manners, not an answer. */
const MANNERS = new Set(['greeting', 'thanks', 'goodbye']);
/** Longer than "ok thanks, bye for now": a message this long says more than its manners. */
const MANNERS_WORDS = 6;

/**
 * "is it true they only took a wee sample at first and then the rest later" scored goodbye first ("later"),
 * low but clear of the rest: a reply of manners to a question is wrong where declining is not. Below the
 * answer level, a long message is not answered with one; it is declined, and read again as a declined
 * message is (a person asked for, a buried question).
 */
export function withoutMannersGuessed(decision: Decision, text: string, thresholds: DecisionThresholds): Decision {
  if (decision.kind !== 'answer' || !MANNERS.has(decision.topicId) || decision.score >= thresholds.answer) return decision;
  return text.split(/\s+/).length > MANNERS_WORDS ? { kind: 'none', score: decision.score } : decision;
}
